"""Read jrnl's own plain-text journal file.

Each entry starts with a header line ``[YYYY-MM-DD HH:MM] Title`` (a trailing
`` *`` means starred) and its body runs until the next header. Bodies may hold
blank lines. As in jrnl itself, a line counts as a header only if its date and
time are real; ``[2024-02-30 10:00] …`` inside a body stays part of the body (and
a warning says so, in case it was meant to start an entry).

Tags are jrnl's ``@words`` found in the title and body, stored without the ``@``.
The file is streamed line by line; a line that is not valid UTF-8 spoils only
the entry it belongs to, which is skipped with a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path

from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.data.exchange._common import (
    MAX_FILE_BYTES,
    EntryTags,
    IdAllocator,
    SkipError,
    Ticker,
    entry_id,
    fit_text,
    has_bad_text,
    open_lines,
    parse_clock,
    parse_ymd,
    printable,
    tidy_body,
    tidy_title,
    to_utc,
)
from hj_journal.core.data.exchange.records import (
    ImportBatch,
    ImportedEntry,
    ImportFormatError,
    Progress,
    SkippedItem,
)

FORMAT = "jrnl-txt"
_WHAT = QT_TRANSLATE_NOOP("ImportFields", "a jrnl journal")

#: A header shape; the date and time are checked separately.
HEADER = re.compile(r"\[([0-9]{4}-[0-9]{2}-[0-9]{2})[ T]([0-9]{2}:[0-9]{2}(?::[0-9]{2})?)\] ?(.*)")
#: jrnl's tag pattern, with ``@`` as the tag symbol.
_TAG = re.compile(r"(?<!\S)@([-+*#/\w]+)")
_MAX_WARNED_LINES = 5


@dataclass
class _Pending:
    """An entry being collected line by line."""

    number: int
    line: int
    moment: datetime
    title: str
    starred: bool
    lines: list[str] = field(default_factory=list)


def parse_jrnl_text(
    path: Path,
    *,
    progress: Progress | None = None,
    local_tz: tzinfo | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> ImportBatch:
    """Read a jrnl plain-text journal into an :class:`ImportBatch`.

    Raises :class:`ImportFormatError` when no line starts like a jrnl entry, or the
    file is empty, too large or unreadable. ``progress`` counts bytes.
    """
    path = Path(path)
    total, lines = open_lines(path, max_bytes, _WHAT)
    ticker = Ticker(progress, total)
    ids = IdAllocator()
    tags = EntryTags()
    entries: list[ImportedEntry] = []
    skipped: list[SkippedItem] = []
    leading: list[str] = []
    odd_headers: list[tuple[int, str]] = []
    current: _Pending | None = None
    seen_text = False

    def finish(pending: _Pending) -> None:
        try:
            entries.append(_build(pending, local_tz, ids, tags))
        except SkipError as skip:
            where = f"{path.name}, entry {pending.number} (line {pending.line})"
            skipped.append(SkippedItem(where, str(skip)))

    for line_number, (done, raw) in enumerate(lines, start=1):
        text = raw.rstrip("\n").rstrip("\r")
        seen_text = seen_text or bool(text.strip())
        header = HEADER.fullmatch(text)
        if header is not None:
            moment = _header_moment(header[1], header[2])
            if moment is not None:
                if current is not None:
                    finish(current)
                title, starred = _split_star(header[3])
                number = current.number + 1 if current else 1
                current = _Pending(number, line_number, moment, title, starred)
                ticker.tick(done)
                continue
            odd_headers.append((line_number, f"{header[1]} {header[2]}"))
        if current is None:
            leading.append(text)
        else:
            current.lines.append(text)
        ticker.tick(done)
    if current is not None:
        finish(current)
    elif not seen_text:
        raise ImportFormatError(
            translate(
                "DataExchangeJrnlText",
                "This file is empty.",
            )
        )
    else:
        raise ImportFormatError(
            translate(
                "DataExchangeJrnlText",
                "This file doesn't look like a jrnl journal: no line starts with a date "
                "such as “[2024-05-01 09:30]”.",
            )
        )
    ticker.finish()
    if any(line.strip() for line in leading):
        skipped.insert(
            0,
            SkippedItem(
                translate(
                    "DataExchangeJrnlText",
                    "{name}, lines 1–{count}",
                ).format(name=path.name, count=len(leading)),
                translate(
                    "DataExchangeJrnlText",
                    "The text before the first dated entry was left out because it has no date.",
                ),
            ),
        )
    return ImportBatch(
        format=FORMAT,
        entries=tuple(entries),
        skipped=tuple(skipped),
        warnings=_odd_header_warnings(odd_headers) + tags.warnings(),
    )


def _header_moment(day_text: str, clock_text: str) -> datetime | None:
    """The header's local date and time, or ``None`` if it is not a real moment."""
    day = parse_ymd(day_text)
    clock = parse_clock(clock_text)
    if day is None or clock is None:
        return None
    return datetime.combine(day, clock)


def _split_star(title: str) -> tuple[str, bool]:
    """Split jrnl's trailing `` *`` star mark from a header title."""
    stripped = title.rstrip()
    if stripped == "*":
        return "", True
    if stripped.endswith(" *"):
        return stripped[:-2], True
    return stripped, False


def _build(
    pending: _Pending, local_tz: tzinfo | None, ids: IdAllocator, tags: EntryTags
) -> ImportedEntry:
    """Turn collected lines into a complete entry, or raise :class:`SkipError`."""
    subject = f"Entry {pending.number}"
    raw_body = "\n".join(pending.lines)
    if has_bad_text(pending.title) or has_bad_text(raw_body):
        raise SkipError(
            translate(
                "DataExchangeJrnlText",
                "{subject} was left out because part of it isn't valid UTF-8 text.",
            ).format(subject=subject)
        )
    title, body = fit_text(tidy_title(pending.title), tidy_body(raw_body), subject)
    try:
        created_at = to_utc(pending.moment, local_tz)
    except ValueError:
        raise SkipError(
            translate(
                "DataExchangeJrnlText",
                "{subject} was left out because its date, “{value}”, is too far from "
                "today to place in time.",
            ).format(
                subject=subject,
                value=printable(pending.moment.isoformat(sep=" ", timespec="minutes")),
            )
        ) from None
    base = entry_id(pending.moment.isoformat(timespec="minutes"), title, body)
    return ImportedEntry(
        source_id=ids.claim(base),
        entry_date=pending.moment.date(),
        created_at=created_at,
        title=title,
        body=body,
        tags=tags.clean(match[1] for match in _TAG.finditer(f"{title}\n{body}")),
        pinned=pending.starred,
    )


def _odd_header_warnings(odd: list[tuple[int, str]]) -> tuple[str, ...]:
    """One warning about header-like lines whose date isn't real, if there were any."""
    if not odd:
        return ()
    shown = ", ".join(f"{line} (“{printable(value)}”)" for line, value in odd[:_MAX_WARNED_LINES])
    more = len(odd) - _MAX_WARNED_LINES
    if more > 0:
        shown = translate(
            "DataExchangeJrnlText", "{lines} and %n more line(s)", None, more
        ).format(lines=shown)
    if len(odd) == 1:
        sentence = translate(
            "DataExchangeJrnlText",
            "Line {lines} looks like the start of an entry, but the date isn't a real one, so "
            "the text was kept as part of the entry before it.",
        )
    else:
        sentence = translate(
            "DataExchangeJrnlText",
            "Lines {lines} look like the start of an entry, but the date isn't a real one, so "
            "the text was kept as part of the entry before it.",
        )
    return (sentence.format(lines=shown),)
