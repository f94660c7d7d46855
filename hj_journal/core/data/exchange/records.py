"""What an importer hands back: plain, frozen records and one error type.

Importers only read. They never touch the vault; a later step writes a whole
:class:`ImportBatch` in one transaction, so a batch is either used completely or
not at all. Every record in a batch is complete — an entry that could not be read
in full is not in ``entries`` but in ``skipped``, with a calm reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

#: ``progress(done, total)``: called now and then while a file is read. The unit is
#: whatever suits the format (entries, files, or bytes for streamed text); only
#: ``done / total`` is meaningful. The last call always has ``done == total``.
Progress = Callable[[int, int], None]


class ImportFormatError(ValueError):
    """The file is not in the expected format at all (or cannot be read).

    ``str(error)`` is one calm sentence meant for the user, for example
    "This file doesn't look like a jrnl JSON export."
    """


@dataclass(frozen=True, slots=True)
class ImportedAttachment:
    """A photo or file that comes with an imported entry (Day One's photos).

    ``uuid`` names it in the entry's body (``![](hjattach:<uuid>)``) where the source
    showed it; the import keeps that uuid for the stored file.
    """

    uuid: str
    name: str
    data: bytes


@dataclass(frozen=True, slots=True)
class ImportedEntry:
    """One journal entry read from another app.

    ``source_id`` is the source's own id (a uuid) when it has one, otherwise a
    SHA-256 hex digest of the entry's date, title and body. Parsing the same file
    twice gives the same ids, which is what re-import dedupe relies on.
    ``created_at`` is timezone-aware UTC; ``entry_date`` is the local day the entry
    is about. ``tags`` are names without jrnl's ``@`` prefix, without duplicates.
    ``media_skipped`` counts photos, audio, video and PDFs that were left behind.
    """

    source_id: str
    entry_date: date
    created_at: datetime
    title: str
    body: str
    tags: tuple[str, ...] = ()
    pinned: bool = False
    media_skipped: int = 0
    attachments: tuple[ImportedAttachment, ...] = ()


@dataclass(frozen=True, slots=True)
class ImportedCheckIn:
    """One mood check-in read from another app (Daylio).

    ``mood`` is a valence from −3 to +3, or ``None`` when the source's mood word has
    no clear meaning (a custom mood); the word is then kept in ``context_tags``.
    ``distress`` is ``None`` because no supported source records it.
    ``entry_source_id`` links to the :class:`ImportedEntry` made from this
    check-in's note (same moment), if there was one.
    """

    source_id: str
    at: datetime
    mood: int | None
    distress: int | None = None
    context_tags: tuple[str, ...] = ()
    note: str = ""
    entry_source_id: str | None = None


@dataclass(frozen=True, slots=True)
class SkippedItem:
    """Something that was left out, and why.

    ``where`` names the file and the entry number or line (for example
    "journal.json, entry 4"); ``reason`` is one calm sentence for the user.
    Neither ever quotes the text of an entry.
    """

    where: str
    reason: str


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """Everything read from one file or folder.

    ``format`` is one of the names :func:`detect_format` returns ("jrnl",
    "jrnl-txt", "dayone", "daylio", "markdown"). ``warnings`` are calm sentences
    about the batch as a whole, such as "12 photos were not imported."
    """

    format: str
    entries: tuple[ImportedEntry, ...] = ()
    checkins: tuple[ImportedCheckIn, ...] = ()
    skipped: tuple[SkippedItem, ...] = ()
    warnings: tuple[str, ...] = ()
