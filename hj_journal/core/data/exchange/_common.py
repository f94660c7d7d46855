"""Small helpers every importer shares: safe reading, decoding, ids, dates.

Nothing here knows a particular format. The rules that matter for the user:

* A file over :data:`MAX_FILE_BYTES` is refused before it is read.
* Text must be UTF-8 (a byte-order mark is fine; UTF-16/32 with a BOM is read too).
* Ids are stable: the same input always gives the same ``source_id``.
* A moment without a time zone is read in the given zone, or this computer's.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, date, datetime, time, tzinfo
from pathlib import Path
from typing import Any, BinaryIO

from hj_journal.core.common.i18n import translate
from hj_journal.core.data.exchange.records import ImportFormatError, Progress

#: Files (and, for Day One, unpacked JSON) larger than this are refused.
MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_FILE_TEXT = "200 MiB"

#: The journal's own limits (``hj_journal.core.journal.entries``; a test keeps them equal).
#: They are repeated here so the parsers stay free of the store layer.
MAX_TITLE = 500
MAX_BODY = 5_000_000
MAX_TAG = 64

#: The time used when a source gives a day but no time. Noon keeps the UTC day
#: equal to the local day in nearly every time zone.
NO_TIME = time(12, 0)

_BAD_TEXT = re.compile("[\ud800-\udfff]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_YMD = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_HM = re.compile(r"([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?(?:\s*([AaPp])\.?[Mm]\.?)?")
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class SkipError(Exception):
    """Raised while reading one entry: leave it out, with this calm reason."""


# ------------------------------------------------------------------ reading files


def cannot_open(path: Path) -> ImportFormatError:
    """The error for a file that is missing or not readable."""
    return ImportFormatError(
        f"HJ Journal couldn't open “{printable(path.name)}”. It may have moved, "
        "or this account may not be allowed to read it."
    )


def too_big() -> ImportFormatError:
    """The error for input over the size limit."""
    return ImportFormatError(
        translate(
            "DataExchangeCommon",
            "This file is larger than {limit}, which is more than HJ Journal can import at once.",
        ).format(limit=MAX_FILE_TEXT)
    )


def open_checked(path: Path, max_bytes: int) -> tuple[BinaryIO, int]:
    """Open a regular file for reading after checking its size.

    Returns the open file and its size. Raises :class:`ImportFormatError` when the
    file cannot be opened, is not a regular file, or is larger than ``max_bytes``.
    """
    try:
        if not path.is_file():
            raise cannot_open(path)
        handle = path.open("rb")
    except OSError as error:
        raise cannot_open(path) from error
    try:
        size = os.fstat(handle.fileno()).st_size
    except OSError as error:
        handle.close()
        raise cannot_open(path) from error
    if size > max_bytes:
        handle.close()
        raise too_big()
    return handle, size


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """All of a file's bytes, refusing files over ``max_bytes`` (even if they grow)."""
    handle, _size = open_checked(path, max_bytes)
    with handle:
        try:
            data = handle.read(max_bytes + 1)
        except OSError as error:
            raise cannot_open(path) from error
    if len(data) > max_bytes:
        raise too_big()
    return data


def decode_document(data: bytes, what: str) -> str:
    """Decode a whole document: UTF-8 (BOM allowed), or UTF-16/32 with a BOM."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if data.startswith(bom):
            encoding = name
            break
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise ImportFormatError(
            translate(
                "DataExchangeCommon",
                "This file isn't saved as UTF-8 text, so it can't be read as {what}.",
            ).format(what=translate("ImportFields", what))
        ) from error


def open_lines(path: Path, max_bytes: int, what: str) -> tuple[int, Iterator[tuple[int, str]]]:
    """Open a text file and return its size and an iterator of ``(bytes_read, line)``.

    The file is opened (and its size checked) right away; lines keep their endings.
    UTF-8 lines are decoded one by one with ``surrogateescape``, so a bad byte
    spoils only its own line: callers find it with :func:`has_bad_text` and skip
    just that entry. Files with a UTF-16/32 byte-order mark are decoded whole.
    """
    handle, size = open_checked(path, max_bytes)
    return size, _lines(handle, path, max_bytes, what)


def _lines(handle: BinaryIO, path: Path, max_bytes: int, what: str) -> Iterator[tuple[int, str]]:
    with handle:
        try:
            head = handle.read(4)
            for bom, name in _BOMS:
                if name != "utf-8-sig" and head.startswith(bom):
                    text = decode_document(head + handle.read(max_bytes + 1), what)
                    yield from _split_text(text)
                    return
            handle.seek(0)
            done = 0
            for raw in handle:
                if done == 0 and raw.startswith(codecs.BOM_UTF8):
                    line = raw[len(codecs.BOM_UTF8) :].decode("utf-8", "surrogateescape")
                else:
                    line = raw.decode("utf-8", "surrogateescape")
                done += len(raw)
                if done > max_bytes:
                    raise too_big()
                yield done, line
        except OSError as error:
            raise cannot_open(path) from error


def _split_text(text: str) -> Iterator[tuple[int, str]]:
    # Split on "\n" only, as the byte path does; form feeds and U+2028 belong to
    # the text. Progress is counted in UTF-8 bytes, close enough for a bar.
    done = 0
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if index < len(lines) - 1:
            line += "\n"
        elif not line:
            break
        done += len(line.encode("utf-8", "surrogatepass"))
        yield done, line


def load_json(path: Path, max_bytes: int, what: str) -> Any:
    """Read and parse a whole JSON document, or raise one clear :class:`ImportFormatError`."""
    text = decode_document(read_bytes(path, max_bytes), what)
    if not text.strip():
        raise ImportFormatError(
            translate(
                "DataExchangeCommon",
                "This file is empty.",
            )
        )
    try:
        return json.loads(text)
    except (ValueError, RecursionError) as error:
        # ValueError covers JSONDecodeError and over-long numbers; RecursionError
        # comes from absurdly deep nesting. Both mean "not a usable export".
        raise ImportFormatError(
            translate(
                "DataExchangeCommon",
                "This file looks incomplete or damaged, so it can't be read as {what}.",
            ).format(what=translate("ImportFields", what))
        ) from error


# ------------------------------------------------------------------ entry fields


def text_field(
    record: dict[str, Any], key: str, subject: str, label: str, *, required: bool = False
) -> str | None:
    """A text field of a JSON record, validated; ``None`` when absent and optional."""
    value = record.get(key)
    if value is None:
        if required:
            raise SkipError(
                translate(
                    "DataExchangeCommon",
                    "{subject} was left out because it has no {label}.",
                ).format(subject=subject, label=translate("ImportFields", label))
            )
        return None
    if not isinstance(value, str):
        raise SkipError(
            translate(
                "DataExchangeCommon",
                "{subject} was left out because its {label} isn't text.",
            ).format(subject=subject, label=translate("ImportFields", label))
        )
    if has_bad_text(value):
        raise SkipError(
            translate(
                "DataExchangeCommon",
                "{subject} was left out because its {label} has characters that aren't "
                "valid text.",
            ).format(subject=subject, label=translate("ImportFields", label))
        )
    return value


def required_text(record: dict[str, Any], key: str, subject: str, label: str) -> str:
    """A text field that must be present (see :func:`text_field`)."""
    value = text_field(record, key, subject, label, required=True)
    if value is None:  # pragma: no cover - text_field raised already
        raise SkipError(
            translate(
                "DataExchangeCommon",
                "{subject} was left out because it has no {label}.",
            ).format(subject=subject, label=translate("ImportFields", label))
        )
    return value


def bool_field(record: dict[str, Any], key: str, subject: str, label: str) -> bool:
    """A true/false field of a JSON record; absent means false."""
    value = record.get(key)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise SkipError(
            translate(
                "DataExchangeCommon",
                "{subject} was left out because its {label} isn't true or false.",
            ).format(subject=subject, label=translate("ImportFields", label))
        )
    return value


def text_list_field(record: dict[str, Any], key: str, subject: str, label: str) -> list[str]:
    """A list-of-text field of a JSON record; absent means empty."""
    value = record.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise SkipError(
            translate(
                "DataExchangeCommon",
                "{subject} was left out because its {label} aren't a list of words.",
            ).format(subject=subject, label=translate("ImportFields", label))
        )
    if any(has_bad_text(item) for item in value):
        raise SkipError(
            translate(
                "DataExchangeCommon",
                "{subject} was left out because its {label} have characters that aren't "
                "valid text.",
            ).format(subject=subject, label=translate("ImportFields", label))
        )
    return list(value)


# ------------------------------------------------------------------ text checks


def has_bad_text(text: str) -> bool:
    """True when ``text`` holds undecodable bytes or lone surrogates.

    Such text cannot be stored as UTF-8, so the entry holding it is skipped.
    """
    return _BAD_TEXT.search(text) is not None


def printable(value: object, limit: int = 40) -> str:
    """A short, safe rendering of a value for a message (never the full text)."""
    text = value if isinstance(value, str) else repr(value)
    text = _BAD_TEXT.sub("\ufffd", text)
    text = _CONTROL.sub(" ", text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def tidy_body(text: str) -> str:
    """Normalise line endings, drop leading blank lines and trailing space."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    lines = text.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    return "\n".join(lines)


def tidy_title(text: str) -> str:
    """A title is one line: collapse whitespace runs (including newlines)."""
    return " ".join(text.split())


def fit_text(title: str, body: str, subject: str) -> tuple[str, str]:
    """Make a title and body the journal can save, without losing any text.

    A title longer than the journal allows moves to the top of the body. A body
    too long for one entry is refused (:class:`SkipError`) rather than cut.
    """
    if len(title) > MAX_TITLE:
        title, body = "", f"{title}\n\n{body}" if body else title
    if len(body) > MAX_BODY:
        raise SkipError(
            translate(
                "DataExchangeCommon",
                "{subject} was left out because it is longer than one entry can hold "
                "(five million characters).",
            ).format(subject=subject)
        )
    return title, body


class EntryTags:
    """Cleans entry tags and leaves off (and counts) tags too long for the journal."""

    def __init__(self, strip_prefix: str = "") -> None:
        self._strip_prefix = strip_prefix
        self._dropped = 0

    def clean(self, names: Iterable[str]) -> tuple[str, ...]:
        """Tidy tag names (see :func:`clean_tags`), without the over-long ones."""
        tags = clean_tags(names, self._strip_prefix)
        kept = tuple(tag for tag in tags if len(tag) <= MAX_TAG)
        self._dropped += len(tags) - len(kept)
        return kept

    def warnings(self) -> tuple[str, ...]:
        """One calm sentence if any tag was left off."""
        if not self._dropped:
            return ()
        dropped = self._dropped
        sentence = translate(
            "DataExchangeCommon",
            "%n tag(s) longer than {limit} characters (was|were) left off their entries.",
            None,
            dropped,
        )
        return (sentence.format(limit=MAX_TAG),)


def clean_tags(names: Iterable[str], strip_prefix: str = "") -> tuple[str, ...]:
    """Tidy tag names: trim, drop a leading prefix symbol, drop empties and repeats.

    Repeats are found ignoring case; the first spelling wins.
    """
    seen: set[str] = set()
    tags: list[str] = []
    for name in names:
        tag = " ".join(name.split())
        if strip_prefix:
            tag = tag.lstrip(strip_prefix).strip()
        key = tag.casefold()
        if tag and key not in seen:
            seen.add(key)
            tags.append(tag)
    return tuple(tags)


# ------------------------------------------------------------------ ids


def stable_id(*parts: str) -> str:
    """A SHA-256 hex digest of the parts (length-prefixed, so never ambiguous)."""
    digest = hashlib.sha256()
    for part in parts:
        encoded = part.encode("utf-8", "surrogatepass")
        digest.update(f"{len(encoded)}:".encode())
        digest.update(encoded)
    return digest.hexdigest()


def entry_id(moment: str, title: str, body: str) -> str:
    """The fallback id of an entry: its local date (and time, if known), title, body."""
    return stable_id("entry", moment, title, body)


def source_uuid(value: str | None) -> str | None:
    """A source's own id, tidied (trimmed, lower case), or ``None`` if unusable."""
    if value is None or not 0 < len(value.strip()) <= 128:
        return None
    return value.strip().lower()


class IdAllocator:
    """Hands out ids, adding ``-2``, ``-3`` … when a base id repeats within one file.

    Two identical entries in one file stay two entries, and parsing the file again
    gives the same ids in the same order.
    """

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def claim(self, base: str) -> str:
        """The id to use for the next item whose natural id is ``base``."""
        count = self._counts.get(base, 0) + 1
        self._counts[base] = count
        return base if count == 1 else f"{base}-{count}"


# ------------------------------------------------------------------ dates and times


def parse_ymd(value: str) -> date | None:
    """``YYYY-MM-DD`` (ASCII digits only) as a date, or ``None``."""
    match = _YMD.fullmatch(value.strip())
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def parse_clock(value: str) -> time | None:
    """``HH:MM``, ``HH:MM:SS`` or ``h:MM AM/PM`` as a time, or ``None``."""
    match = _HM.fullmatch(value.strip())
    if match is None:
        return None
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    if match[4]:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if match[4] in "Pp" else 0)
    try:
        return time(hour, minute, second)
    except ValueError:
        return None


def parse_iso_moment(value: str) -> datetime | None:
    """An ISO 8601 date-time (``Z`` or offset allowed) or ``None``; may be naive."""
    value = value.strip()
    if not value.isascii() or not 10 <= len(value) <= 40:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def to_utc(moment: datetime, local_tz: tzinfo | None) -> datetime:
    """An aware UTC datetime. Naive moments are read in ``local_tz`` (or this computer's).

    Raises :class:`ValueError` for moments that cannot be placed (year 1 or 9999
    near the edge of the calendar).
    """
    try:
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=local_tz) if local_tz else moment.astimezone()
        return moment.astimezone(UTC)
    except (OverflowError, OSError, ValueError) as error:
        raise ValueError("moment out of range") from error


def local_moment(moment: datetime, zone: tzinfo | None) -> datetime:
    """An aware moment as naive wall-clock time in ``zone`` (or this computer's)."""
    try:
        local = moment.astimezone(zone) if zone else moment.astimezone()
    except (OverflowError, OSError, ValueError):
        local = moment  # at the very edge of the calendar: keep UTC wall time
    return local.replace(tzinfo=None)


# ------------------------------------------------------------------ progress and words


class Ticker:
    """Calls ``progress`` about 200 times over a run, and always once at the end."""

    def __init__(self, progress: Progress | None, total: int) -> None:
        self._progress = progress
        self._total = max(total, 0)
        self._step = max(1, self._total // 200)
        self._last = -1

    def tick(self, done: int) -> None:
        """Report ``done`` if enough has happened since the last report."""
        if self._progress is None:
            return
        done = min(done, self._total)
        if done - self._last >= self._step or (done == self._total and done != self._last):
            self._last = done
            self._progress(done, self._total)

    def finish(self) -> None:
        """Report completion (once)."""
        self.tick(self._total)


def plural(count: int, singular: str, many: str) -> str:
    """``"1 photo"`` / ``"3 photos"``."""
    return f"{count} {singular if count == 1 else many}"
