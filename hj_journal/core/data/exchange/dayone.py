"""Read a Day One JSON export: the zip Day One writes, or the JSON inside it.

The zip holds one ``<Journal>.json`` per journal plus media folders. Only the
``.json`` members are read, and only after safety checks: a member whose path
leaves the archive (absolute, ``..``) is not read, and an archive whose JSON would
unpack to more than ``max_bytes`` (200 MiB), or expands suspiciously (more than
:data:`MAX_RATIO` times its packed size), is refused. Nothing is written to disk.

Entries keep their Markdown ``text``. Photos, audio recordings and PDFs in the zip
(``photos/<md5>.<type>``, ``audios/<md5>.<format>``, ``pdfs/<md5>.pdf``) come with their
entries as attachments: each ``![](dayone-moment://…)`` becomes ``![](hjattach:<id>)``,
shown where it was. A file over 100 MB, a video, a file missing from the archive (or a
JSON export read on its own), or media beyond 1 GB in one import become a short note
such as "(a photo was here)", and the batch says how many items were left behind.
If the text starts with a heading, that heading becomes the title. ``starred`` or
``isPinned`` pins.
"""

from __future__ import annotations

import json
import lzma
import re
import struct
import zipfile
import zlib
from collections import Counter
from datetime import UTC, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.data.exchange._common import (
    MAX_FILE_BYTES,
    MAX_FILE_TEXT,
    EntryTags,
    IdAllocator,
    SkipError,
    Ticker,
    bool_field,
    decode_document,
    entry_id,
    fit_text,
    local_moment,
    parse_iso_moment,
    printable,
    read_bytes,
    required_text,
    source_uuid,
    text_field,
    text_list_field,
    tidy_body,
    tidy_title,
    to_utc,
)
from hj_journal.core.data.exchange.records import (
    ImportBatch,
    ImportedAttachment,
    ImportedEntry,
    ImportFormatError,
    Progress,
    SkippedItem,
)
from hj_journal.store.models import new_uuid

FORMAT = "dayone"
_WHAT = QT_TRANSLATE_NOOP("ImportFields", "a Day One export")

#: A JSON member larger than ``_RATIO_FLOOR`` may expand at most this many times.
MAX_RATIO = 100
_RATIO_FLOOR = 1024 * 1024
_CHUNK = 1024 * 1024

#: Media lists in an entry, and the kind each holds.
_MEDIA_LISTS = {"photos": "photo", "audios": "audio", "videos": "video", "pdfAttachments": "pdf"}
#: The kind named in a ``dayone-moment:/<kind>/<id>`` link.
_LINK_KINDS = {"photo": "photo", "audio": "audio", "video": "video", "pdfattachment": "pdf"}
_PLACEHOLDER = {
    "photo": "(a photo was here)",
    "audio": "(an audio recording was here)",
    "video": "(a video was here)",
    "pdf": "(a PDF was here)",
    "other": "(an attachment was here)",
}


def _not_imported(kind: str, count: int) -> str:
    """``3 videos were not imported.``, in the reader's language."""
    if kind == "photo":
        return translate("DataExchangeDayone", "%n photo(s) (was|were) not imported.", None, count)
    if kind == "audio":
        return translate(
            "DataExchangeDayone", "%n audio recording(s) (was|were) not imported.", None, count
        )
    if kind == "video":
        return translate("DataExchangeDayone", "%n video(s) (was|were) not imported.", None, count)
    if kind == "pdf":
        return translate("DataExchangeDayone", "%n PDF(s) (was|were) not imported.", None, count)
    return translate(
        "DataExchangeDayone", "%n attachment(s) (was|were) not imported.", None, count
    )


#: Where each kind's files are in the zip, and the field naming a file's ending.
_MEDIA_FOLDERS = {"photos": ("photos", "type"), "audios": ("audios", "format"),
                  "pdfAttachments": ("pdfs", None)}  # fmt: skip
MAX_MEDIA_FILE = 100 * 1000 * 1000
MAX_MEDIA_TOTAL = 1000 * 1000 * 1000
_MOMENT = re.compile(r"!\[[^\]\n]*\]\(dayone-moment:/(?:/|([A-Za-z]+)/)([^)\s]*)\)")
_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)[ \t#]*")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")

# zipfile reports damage through many exception types; all mean "unreadable archive".
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    EOFError,
    OSError,
    zlib.error,
    lzma.LZMAError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    struct.error,
    KeyError,
    IndexError,
    OverflowError,
)


def parse_dayone(
    path: Path,
    *,
    progress: Progress | None = None,
    local_tz: tzinfo | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> ImportBatch:
    """Read a Day One export (zip or JSON) into an :class:`ImportBatch`.

    ``local_tz`` is used only for entries whose ``timeZone`` is missing or unknown.
    Raises :class:`ImportFormatError` for a file that is not a Day One export, a
    damaged or unsafe archive, or input over ``max_bytes``.
    """
    path = Path(path)
    skipped: list[SkippedItem] = []
    is_zip = _looks_like_zip(path)
    if is_zip:
        documents = _read_archive(path, max_bytes, skipped)
    else:
        documents = [(path.name, decode_document(read_bytes(path, max_bytes), _WHAT))]
    journals: list[tuple[str, list[Any]]] = []
    for name, text in documents:
        entries = _journal_entries(text)
        if entries is None:
            if len(documents) == 1 and not skipped:
                if not text.strip():
                    raise ImportFormatError(
                        translate(
                            "DataExchangeDayone",
                            "This file is empty.",
                        )
                    )
                raise ImportFormatError(
                    translate(
                        "DataExchangeDayone",
                        "This file doesn't look like a Day One export.",
                    )
                )
            skipped.append(
                SkippedItem(
                    name,
                    translate(
                        "DataExchangeDayone",
                        "This file isn't a Day One journal, so it was not read.",
                    ),
                )
            )
        else:
            journals.append((name, entries))
    if not journals:
        raise ImportFormatError(
            translate(
                "DataExchangeDayone",
                "This file doesn't look like a Day One export.",
            )
        )

    with _MediaFiles(path if is_zip else None) as files:
        reader = _EntryReader(local_tz, files)
        ticker = Ticker(progress, sum(len(entries) for _name, entries in journals))
        done = 0
        for name, raw_entries in journals:
            for number, raw in enumerate(raw_entries, start=1):
                try:
                    reader.read(raw, f"Entry {number}")
                except SkipError as skip:
                    skipped.append(
                        SkippedItem(
                            translate(
                                "DataExchangeDayone",
                                "{name}, entry {number}",
                            ).format(name=name, number=number),
                            str(skip),
                        )
                    )
                done += 1
                ticker.tick(done)
        ticker.finish()
    return ImportBatch(
        format=FORMAT,
        entries=tuple(reader.entries),
        skipped=tuple(skipped),
        warnings=reader.warnings(),
    )


# ------------------------------------------------------------------ the archive


def _looks_like_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"PK\x05\x06")
    except OSError:
        return False  # read_bytes will say clearly that it can't be opened


def is_safe_member(name: str) -> bool:
    """True if an archive member's path stays inside the archive's folder."""
    normalized = name.replace("\\", "/")
    if normalized.startswith("/") or re.match(r"[A-Za-z]:", normalized) or "\x00" in name:
        return False
    return ".." not in normalized.split("/")


def _wanted(info: zipfile.ZipInfo) -> bool:
    """JSON members only; macOS metadata (``__MACOSX/``, ``._x.json``) is not a journal."""
    parts = info.filename.replace("\\", "/").split("/")
    return (
        not info.is_dir()
        and parts[-1].lower().endswith(".json")
        and not parts[-1].startswith("._")
        and "__MACOSX" not in parts
    )


def _read_archive(path: Path, max_bytes: int, skipped: list[SkippedItem]) -> list[tuple[str, str]]:
    """The decoded JSON members of a Day One zip, after the safety checks."""
    try:
        with zipfile.ZipFile(path) as archive:
            members: list[zipfile.ZipInfo] = []
            for info in archive.infolist():
                if not _wanted(info):
                    continue
                if not is_safe_member(info.filename):
                    skipped.append(
                        SkippedItem(
                            f"{path.name}: {printable(info.filename, 80)}",
                            translate(
                                "DataExchangeDayone",
                                "This file inside the archive points outside it, so it was "
                                "not read.",
                            ),
                        )
                    )
                    continue
                members.append(info)
            _check_sizes(members, max_bytes)
            documents = []
            budget = max_bytes
            for info in members:
                data = _read_member(archive, info, budget)
                budget -= len(data)
                documents.append((printable(info.filename, 80), decode_document(data, _WHAT)))
            return documents
    except ImportFormatError:
        raise
    except _ZIP_ERRORS as error:
        raise ImportFormatError(
            translate(
                "DataExchangeDayone",
                "This archive looks incomplete or damaged, so it can't be read as a Day "
                "One export.",
            )
        ) from error


def _check_sizes(members: list[zipfile.ZipInfo], max_bytes: int) -> None:
    """Refuse archives that would unpack too large or expand suspiciously."""
    if sum(info.file_size for info in members) > max_bytes:
        raise ImportFormatError(
            translate(
                "DataExchangeDayone",
                "This archive's journal files add up to more than {max_file_text}, which "
                "is more than HJ Journal can import at once.",
            ).format(max_file_text=MAX_FILE_TEXT)
        )
    for info in members:
        if info.file_size > _RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise ImportFormatError(
                translate(
                    "DataExchangeDayone",
                    "This archive expands far more than a real export would, so HJ Journal "
                    "won't unpack it.",
                )
            )


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: int) -> bytes:
    """Read one member in chunks, never more than it declared or the budget allows."""
    limit = min(info.file_size, budget)
    chunks: list[bytes] = []
    total = 0
    with archive.open(info) as member:
        while chunk := member.read(_CHUNK):
            total += len(chunk)
            if total > limit:
                raise ImportFormatError(
                    translate(
                        "DataExchangeDayone",
                        "This archive expands far more than a real export would, so HJ Journal "
                        "won't unpack it.",
                    )
                )
            chunks.append(chunk)
    return b"".join(chunks)


def _journal_entries(text: str) -> list[Any] | None:
    """The entry list of a Day One journal document, or ``None`` if it isn't one."""
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if not isinstance(document, dict) or not isinstance(document.get("entries"), list):
        return None
    if document.get("format") == "hj-journal-export":
        return None
    entries: list[Any] = document["entries"]
    looks_right = "metadata" in document or any(
        isinstance(entry, dict) and "creationDate" in entry for entry in entries
    )
    return entries if looks_right or not entries else None


# ------------------------------------------------------------------ entries


class _EntryReader:
    """Turns raw Day One entries into :class:`ImportedEntry` records and counts media."""

    def __init__(self, local_tz: tzinfo | None, files: _MediaFiles) -> None:
        self.entries: list[ImportedEntry] = []
        self._files = files
        self._local_tz = local_tz
        self._ids = IdAllocator()
        self._zones: dict[str, tzinfo | None] = {}
        self._media: Counter[str] = Counter()
        self._unknown_zone = False
        self._tags = EntryTags()

    def read(self, raw: Any, subject: str) -> None:
        """Read one entry (adding it to ``entries``) or raise :class:`SkipError`."""
        if not isinstance(raw, dict):
            raise SkipError(
                translate(
                    "DataExchangeDayone",
                    "{subject} was left out because it isn't a journal entry.",
                ).format(subject=subject)
            )
        created_text = required_text(
            raw, "creationDate", subject, QT_TRANSLATE_NOOP("ImportFields", "date")
        )
        moment = parse_iso_moment(created_text)
        if moment is None:
            raise SkipError(
                translate(
                    "DataExchangeDayone",
                    "{subject} was left out because its date, “{value}”, isn't a date HJ "
                    "Journal can read.",
                ).format(subject=subject, value=printable(created_text))
            )
        text = text_field(raw, "text", subject, QT_TRANSLATE_NOOP("ImportFields", "text"))
        if text is None:
            raise SkipError(
                translate(
                    "DataExchangeDayone",
                    "{subject} was left out because it has no text (it may hold only media).",
                ).format(subject=subject)
            )
        zone_name = text_field(
            raw, "timeZone", subject, QT_TRANSLATE_NOOP("ImportFields", "time zone")
        )
        tag_names = text_list_field(
            raw, "tags", subject, QT_TRANSLATE_NOOP("ImportFields", "tags")
        )
        starred = bool_field(raw, "starred", subject, QT_TRANSLATE_NOOP("ImportFields", "star"))
        pinned = (
            bool_field(raw, "isPinned", subject, QT_TRANSLATE_NOOP("ImportFields", "pin"))
            or starred
        )
        uuid = source_uuid(
            text_field(raw, "uuid", subject, QT_TRANSLATE_NOOP("ImportFields", "id"))
        )
        media_kinds = _listed_media(raw)
        media_files = _media_names(raw)
        try:
            # Day One writes UTC ("Z"); a moment without a zone is read as UTC too.
            created_at = to_utc(moment, UTC)
        except ValueError:
            raise SkipError(
                translate(
                    "DataExchangeDayone",
                    "{subject} was left out because its date, “{value}”, is too far from "
                    "today to place in time.",
                ).format(subject=subject, value=printable(created_text))
            ) from None
        found: dict[str, str] = {}
        brought: dict[str, ImportedAttachment] = {}

        def bring(identifier: str) -> ImportedAttachment | None:
            if identifier not in brought and identifier in media_files:
                data = self._files.read(media_files[identifier])
                if data is not None:
                    name = media_files[identifier].rsplit("/", 1)[-1]
                    brought[identifier] = ImportedAttachment(new_uuid(), name, data)
            return brought.get(identifier)

        def replace(match: re.Match[str]) -> str:
            identifier = match[2]
            kind = media_kinds.get(identifier) or _LINK_KINDS.get((match[1] or "photo").lower())
            kind = kind or "other"
            attachment = bring(identifier) if identifier else None
            if attachment is not None:
                return f"![](hjattach:{attachment.uuid})"
            found.setdefault(identifier or f"link-{len(found)}", kind)
            return _PLACEHOLDER[kind]

        title, body = fit_text(*_split_title(tidy_body(_MOMENT.sub(replace, text))), subject)
        for identifier in media_kinds:  # listed but not shown in the text: after it
            if bring(identifier) is None:
                found.setdefault(identifier, media_kinds[identifier])
        zone = self._zone(zone_name)  # after the last reason to skip: it may note a warning
        local = local_moment(created_at, zone)
        media = {k: v for k, v in {**found, **media_kinds}.items() if k not in brought}
        self._media.update(media.values())
        base = uuid
        if base is None:
            base = entry_id(local.isoformat(timespec="minutes"), title, body)
        self.entries.append(
            ImportedEntry(
                source_id=self._ids.claim(base),
                entry_date=local.date(),
                created_at=created_at,
                title=title,
                body=body,
                tags=self._tags.clean(tag_names),
                pinned=pinned,
                media_skipped=len(media),
                attachments=tuple(brought.values()),
            )
        )

    def _zone(self, name: str | None) -> tzinfo | None:
        """The entry's own time zone, or ``local_tz`` when it is missing or unknown."""
        if not name:
            return self._local_tz
        if name not in self._zones:
            try:
                self._zones[name] = ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError, OSError, UnicodeError):
                self._zones[name] = None
        zone = self._zones[name]
        if zone is None:
            self._unknown_zone = True
            return self._local_tz
        return zone

    def warnings(self) -> tuple[str, ...]:
        """Calm sentences about media left behind and unknown time zones."""
        notes = []
        for kind in ("photo", "audio", "video", "pdf", "other"):
            count = self._media[kind]
            if count:
                notes.append(_not_imported(kind, count))
        if self._unknown_zone:
            notes.append(
                translate(
                    "DataExchangeDayone",
                    "Some entries name a time zone HJ Journal doesn't know, so their days "
                    "were worked out in this computer's time zone.",
                )
            )
        return tuple(notes) + self._tags.warnings()


def _listed_media(raw: dict[str, Any]) -> dict[str, str]:
    """Identifier → kind for every item in the entry's media lists."""
    media: dict[str, str] = {}
    for key, kind in _MEDIA_LISTS.items():
        items = raw.get(key)
        if not isinstance(items, list):
            continue
        for index, item in enumerate(items):
            identifier = item.get("identifier") if isinstance(item, dict) else None
            if not isinstance(identifier, str) or not identifier:
                identifier = f"{key}-{index}"
            media.setdefault(identifier, kind)
    return media


def _split_title(text: str) -> tuple[str, str]:
    """Use a leading Markdown heading as the title; the rest is the body."""
    first, _newline, rest = text.partition("\n")
    heading = _HEADING.fullmatch(first.strip())
    if heading is None:
        return "", text
    title = tidy_title(_ESCAPE.sub(r"\1", heading[1]))
    return title, tidy_body(rest)


def _media_names(raw: dict[str, Any]) -> dict[str, str]:
    """Identifier → the file's path inside the zip, for media Day One names by md5."""
    names: dict[str, str] = {}
    for key, (folder, ending_field) in _MEDIA_FOLDERS.items():
        items = raw.get(key)
        if not isinstance(items, list):
            continue
        for item in items:
            if not isinstance(item, dict):
                continue
            identifier, md5 = item.get("identifier"), item.get("md5")
            ending = item.get(ending_field) if ending_field else "pdf"
            if all(isinstance(v, str) and re.fullmatch(r"[A-Za-z0-9]{1,64}", v)
                   for v in (identifier, md5, ending)):  # fmt: skip
                names[str(identifier)] = f"{folder}/{md5}.{ending}"
    return names


class _MediaFiles:
    """The media members of a Day One zip, read one at a time within a size budget."""

    def __init__(self, path: Path | None) -> None:
        self._path = path
        self._archive: zipfile.ZipFile | None = None
        self._members: dict[str, zipfile.ZipInfo] = {}
        self._budget = MAX_MEDIA_TOTAL

    def __enter__(self) -> _MediaFiles:
        if self._path is not None:
            try:
                self._archive = zipfile.ZipFile(self._path)
                for info in self._archive.infolist():
                    name = info.filename.replace("\\", "/")
                    if not info.is_dir() and is_safe_member(info.filename):
                        self._members.setdefault(name.lower(), info)
            except _ZIP_ERRORS:
                self._archive = None  # the journal was read; its media can't be
        return self

    def __exit__(self, *_exc: object) -> None:
        if self._archive is not None:
            self._archive.close()

    def read(self, name: str) -> bytes | None:
        """The member's bytes, or ``None`` when it is missing, too large or damaged."""
        info = self._members.get(name.lower())
        if self._archive is None or info is None:
            return None
        if info.file_size > min(MAX_MEDIA_FILE, self._budget):
            return None
        try:
            data = _read_member(self._archive, info, min(MAX_MEDIA_FILE, self._budget))
        except (ImportFormatError, *_ZIP_ERRORS):
            return None
        self._budget -= len(data)
        return data
