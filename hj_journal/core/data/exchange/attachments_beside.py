"""Files beside Markdown entries, read back in as the entries' attachments.

HJ Journal's Markdown export puts an entry's files in a folder beside its file and links
them (``![IMG_0042.jpg](2024-05-01-1a2b3c4d/IMG_0042.jpg)``; files not shown in the
text are listed after it as ``- [letter.pdf](2024-05-01-1a2b3c4d/letter.pdf)``). Other
apps' folders link pictures the same way. :class:`FilesBeside` finds each relative link
in an entry's text, reads the file it names and turns the link into ``hjattach:<uuid>``;
the list the export wrote after the text goes, since the entry's strip shows every file.

Safety and limits, the same as for the folder's Markdown files and Day One's media:

* Only relative links are followed, never a web address, an absolute path or a link
  whose real place (symbolic links resolved) lies outside the chosen folder.
* A link to another Markdown file is a link between entries and is left alone.
* A file over 100 MB, or files beyond 1 GB in one import, are not read.
* The same file linked twice is read once; the vault keeps equal files once anyway.

Whatever is not brought (a file that isn't there, can't be read, is too large, or lies
outside the folder) keeps its link as written, and :meth:`FilesBeside.warnings` says in
a short note how many there were. Nothing is written anywhere.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from hj_journal.core.common.i18n import translate
from hj_journal.core.data.exchange.records import ImportedAttachment
from hj_journal.store.models import new_uuid

#: As for Day One's media: the largest file read, and all of them in one import.
MAX_FILE = 100 * 1000 * 1000
MAX_TOTAL = 1000 * 1000 * 1000

# [text](target) or ![text](target), the target bare or in <…>, an optional "title".
_LINK = re.compile(
    r"(?P<bang>!?)\[(?P<text>[^\]\n]*)\]\(\s*(?:<(?P<angled>[^>\n]+)>|(?P<bare>[^)\s]+))"
    r"(?P<title>\s+\"[^\"\n]*\")?\s*\)"
)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_LISTED = re.compile(r"- \[[^\]\n]*\]\(hjattach:[0-9a-f]{32}\)")

_REASONS = ("missing", "unreadable", "too large", "outside")


def _note(reason: str, count: int) -> str:
    """What became of ``count`` linked files left out for ``reason``, in one sentence."""
    # A counted text holds no brackets but its forms, so the limits are put in apart.
    if reason == "missing":
        return translate(
            "DataExchangeAttachmentsBeside",
            "%n linked file(s) (isn't|aren't) there, so (it was|they were) not imported; "
            "(its link stays in the entry|their links stay in the entries).",
            None,
            count,
        )
    if reason == "unreadable":
        return translate(
            "DataExchangeAttachmentsBeside",
            "%n linked file(s) couldn't be read, so (it was|they were) not imported; "
            "(its link stays in the entry|their links stay in the entries).",
            None,
            count,
        )
    if reason == "too large":
        return translate(
            "DataExchangeAttachmentsBeside",
            "%n linked file(s) (is|are) larger than an import takes {limits}, so (it was|they "
            "were) not imported; (its link stays in the entry|their links stay in the entries).",
            None,
            count,
        ).format(limits="(100 MB, 1 GB in all)")
    return translate(
        "DataExchangeAttachmentsBeside",
        "%n linked file(s) (lies|lie) outside the folder, so (it was|they were) not imported; "
        "(its link stays in the entry|their links stay in the entries).",
        None,
        count,
    )


def unquote(text: str) -> str:
    """A link target with ``%20``-style escapes turned back into characters."""

    def decoded(match: re.Match[str]) -> str:
        raw = bytes.fromhex(match[0].replace("%", ""))
        return raw.decode("utf-8", errors="replace")

    return _PERCENT.sub(decoded, text)


class FilesBeside:
    """Brings the files that a folder's entries link to (one per import; see the module)."""

    def __init__(self, root: Path, *, suffixes: tuple[str, ...] = (".md", ".markdown")) -> None:
        self._root = os.path.realpath(root)
        self._suffixes = suffixes
        self._budget = MAX_TOTAL
        self._read: dict[str, bytes] = {}  # real path → bytes, for a file linked again
        self._left: dict[str, set[str]] = {reason: set() for reason in _REASONS}

    def bring(self, entry_file: Path, body: str) -> tuple[str, tuple[ImportedAttachment, ...]]:
        """The entry's text with its links to files turned into ``hjattach:``, and the files."""
        brought: dict[str, ImportedAttachment] = {}  # real path → this entry's attachment
        folder = Path(entry_file).parent

        def replace(match: re.Match[str]) -> str:
            target = match["angled"] or match["bare"]
            real = self._place(folder, target)
            if real is None:
                return match[0]
            if real not in brought:
                data = self._data(real)
                if data is None:
                    return match[0]
                name = os.path.basename(real)
                brought[real] = ImportedAttachment(new_uuid(), name, data)
            link = f"hjattach:{brought[real].uuid}"
            return f"{match['bang']}[{match['text']}]({link}{match['title'] or ''})"

        body = _LINK.sub(replace, body)
        if brought:
            body = _without_listing(body)
        return body, tuple(brought.values())

    def _place(self, folder: Path, target: str) -> str | None:
        """The real path a link names, when it is a file to bring (else ``None``)."""
        if _SCHEME.match(target) or target.startswith(("/", "#", "\\")):
            return None  # a web address, mail, an absolute path or a place in the text
        relative = unquote(target.split("#", 1)[0].split("?", 1)[0])
        if not relative or relative.lower().endswith(self._suffixes):
            return None  # a link to another entry
        try:
            real = os.path.realpath(folder / relative)
            if os.path.commonpath([self._root, real]) != self._root:
                self._left["outside"].add(real)
                return None
            if os.path.isdir(real):
                return None
            if not os.path.isfile(real):
                self._left["missing"].add(real)
                return None
        except (OSError, ValueError):
            self._left["unreadable"].add(target)
            return None
        return real

    def _data(self, real: str) -> bytes | None:
        if real in self._read:
            return self._read[real]
        try:
            size = os.stat(real).st_size
            if size > min(MAX_FILE, self._budget):
                self._left["too large"].add(real)
                return None
            with open(real, "rb") as handle:
                data = handle.read(min(MAX_FILE, self._budget) + 1)
        except OSError:
            self._left["unreadable"].add(real)
            return None
        if len(data) > min(MAX_FILE, self._budget):  # it grew while being read
            self._left["too large"].add(real)
            return None
        self._budget -= len(data)
        self._read[real] = data
        return data

    def warnings(self) -> tuple[str, ...]:
        """Short notes about linked files that were not brought (their links stay)."""
        notes = []
        for reason in _REASONS:
            count = len(self._left[reason])
            if count:
                notes.append(_note(reason, count))
        return tuple(notes)


def _without_listing(body: str) -> str:
    """The text without the list of files the Markdown export wrote after it."""
    lines = body.split("\n")
    end = len(lines)
    while end and _LISTED.fullmatch(lines[end - 1]):
        end -= 1
    if end == len(lines):
        return body
    return "\n".join(lines[:end]).rstrip("\n")
