"""Read a Daylio CSV export.

Header: ``full_date,date,weekday,time,mood,activities,note_title,note``. Columns
are found by name, so newer exports with extra columns (or a different order)
read fine; ``full_date``, ``time`` and ``mood`` are required, the rest optional.
``time`` is local wall-clock time (``20:15`` or ``8:15 PM``), read in
``local_tz`` (default: this computer's).

Every row becomes a check-in. Daylio's five default moods map to a valence:

=======  ==
awful    −3
bad      −1
meh       0
good     +1
rad      +3
=======  ==

The scale is symmetric and keeps Daylio's gaps: "rad" and "awful" are the
extremes, "good" and "bad" are one step from neutral. Any other mood word (Daylio
lets people rename or add moods) has no clear valence, so ``mood`` is ``None`` and
the word is kept as a context tag. Activities (split on `` | ``) become context
tags. A row with a note title or note also becomes a journal entry at the same
moment; the check-in points at it through ``entry_source_id`` and its own
``note`` stays empty so the text is stored once.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path

from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.data.exchange._common import (
    MAX_FILE_BYTES,
    IdAllocator,
    SkipError,
    Ticker,
    clean_tags,
    entry_id,
    fit_text,
    has_bad_text,
    open_lines,
    parse_clock,
    parse_ymd,
    printable,
    stable_id,
    tidy_body,
    tidy_title,
    to_utc,
)
from hj_journal.core.data.exchange.records import (
    ImportBatch,
    ImportedCheckIn,
    ImportedEntry,
    ImportFormatError,
    Progress,
    SkippedItem,
)

FORMAT = "daylio"
_WHAT = QT_TRANSLATE_NOOP("ImportFields", "a Daylio export")

#: Daylio's default mood words and the valence each maps to (see the module docs).
MOOD_VALENCE = {"awful": -3, "bad": -1, "meh": 0, "good": 1, "rad": 3}
REQUIRED_COLUMNS = ("full_date", "time", "mood")
_ACTIVITY_SEPARATOR = " | "


def parse_daylio(
    path: Path,
    *,
    progress: Progress | None = None,
    local_tz: tzinfo | None = None,
    max_bytes: int = MAX_FILE_BYTES,
) -> ImportBatch:
    """Read a Daylio CSV export into an :class:`ImportBatch`.

    Raises :class:`ImportFormatError` when the header is not Daylio's (or the file
    is empty, too large or unreadable). Rows that cannot be read in full are listed
    in ``skipped`` with their line number. ``progress`` counts bytes.
    """
    path = Path(path)
    total, lines = open_lines(path, max_bytes, _WHAT)
    ticker = Ticker(progress, total)
    done = 0

    def text_lines() -> Iterator[str]:
        nonlocal done  # how far the reader has got, for the progress bar
        for offset, line in lines:
            done = offset
            yield line

    reader = csv.reader(text_lines())
    columns = _read_header(reader)
    ids = IdAllocator()
    entry_ids = IdAllocator()
    checkins: list[ImportedCheckIn] = []
    entries: list[ImportedEntry] = []
    skipped: list[SkippedItem] = []
    while True:
        start = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error:
            skipped.append(
                SkippedItem(
                    translate(
                        "DataExchangeDaylio",
                        "{name}, line {start}",
                    ).format(name=path.name, start=start),
                    translate(
                        "DataExchangeDaylio",
                        "The row on line {start} was left out because it isn't laid out as CSV "
                        "(or a field in it is too long).",
                    ).format(start=start),
                )
            )
            continue
        ticker.tick(done)
        if not any(cell.strip() for cell in row):
            continue
        try:
            checkin, entry = _read_row(
                row,
                columns,
                translate("DataExchangeDaylio", "The row on line {line}").format(line=start),
                local_tz,
            )
        except SkipError as skip:
            skipped.append(
                SkippedItem(
                    translate(
                        "DataExchangeDaylio",
                        "{name}, line {start}",
                    ).format(name=path.name, start=start),
                    str(skip),
                )
            )
            continue
        if entry is not None:
            entry = replace(entry, source_id=entry_ids.claim(entry.source_id))
            entries.append(entry)
            checkin = replace(checkin, entry_source_id=entry.source_id)
        checkins.append(replace(checkin, source_id=ids.claim(checkin.source_id)))
    ticker.finish()
    return ImportBatch(
        format=FORMAT, entries=tuple(entries), checkins=tuple(checkins), skipped=tuple(skipped)
    )


def _read_header(reader: Iterator[list[str]]) -> dict[str, int]:
    """Column name → index, or :class:`ImportFormatError` if this isn't Daylio's header."""
    try:
        header = next(reader)
    except StopIteration:
        raise ImportFormatError(
            translate(
                "DataExchangeDaylio",
                "This file is empty.",
            )
        ) from None
    except csv.Error as error:
        raise ImportFormatError(
            translate(
                "DataExchangeDaylio",
                "This file doesn't look like a Daylio CSV export.",
            )
        ) from error
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        columns.setdefault(name.strip().lstrip("\ufeff").lower(), index)
    if not all(name in columns for name in REQUIRED_COLUMNS):
        raise ImportFormatError(
            translate(
                "DataExchangeDaylio",
                "This file doesn't look like a Daylio CSV export.",
            )
        )
    return columns


def _cell(row: list[str], columns: dict[str, int], name: str) -> str:
    index = columns.get(name)
    return row[index] if index is not None and index < len(row) else ""


def _read_row(
    row: list[str], columns: dict[str, int], subject: str, local_tz: tzinfo | None
) -> tuple[ImportedCheckIn, ImportedEntry | None]:
    """A check-in (and an entry, if the row has a note), ids still to be claimed."""
    if any(has_bad_text(cell) for cell in row):
        raise SkipError(
            translate(
                "DataExchangeDaylio",
                "{subject} was left out because part of it isn't valid UTF-8 text.",
            ).format(subject=subject)
        )
    date_text = _cell(row, columns, "full_date").strip()
    time_text = _cell(row, columns, "time").strip()
    mood_word = " ".join(_cell(row, columns, "mood").split())
    for value, label in (
        (date_text, QT_TRANSLATE_NOOP("ImportFields", "date")),
        (time_text, QT_TRANSLATE_NOOP("ImportFields", "time")),
        (mood_word, QT_TRANSLATE_NOOP("ImportFields", "mood")),
    ):
        if not value:
            raise SkipError(
                translate(
                    "DataExchangeDaylio",
                    "{subject} was left out because it has no {label}.",
                ).format(subject=subject, label=translate("ImportFields", label))
            )
    day = parse_ymd(date_text)
    if day is None:
        raise SkipError(
            translate(
                "DataExchangeDaylio",
                "{subject} was left out because its date, “{value}”, isn't a date HJ "
                "Journal can read.",
            ).format(subject=subject, value=printable(date_text))
        )
    clock = parse_clock(time_text)
    if clock is None:
        raise SkipError(
            translate(
                "DataExchangeDaylio",
                "{subject} was left out because its time, “{value}”, isn't a time HJ "
                "Journal can read.",
            ).format(subject=subject, value=printable(time_text))
        )
    local = datetime.combine(day, clock)
    try:
        at = to_utc(local, local_tz)
    except ValueError:
        raise SkipError(
            translate(
                "DataExchangeDaylio",
                "{subject} was left out because its date, “{value}”, is too far from "
                "today to place in time.",
            ).format(subject=subject, value=printable(date_text))
        ) from None
    activities_text = _cell(row, columns, "activities")
    activities = activities_text.split(_ACTIVITY_SEPARATOR)
    mood = MOOD_VALENCE.get(mood_word.casefold())
    tags = clean_tags(([mood_word] if mood is None else []) + activities)
    title_text = _cell(row, columns, "note_title")
    note_text = _cell(row, columns, "note")
    moment = local.isoformat(timespec="minutes")
    checkin = ImportedCheckIn(
        source_id=stable_id("daylio", moment, mood_word, activities_text, title_text, note_text),
        at=at,
        mood=mood,
        context_tags=tags,
    )
    title, body = tidy_title(title_text), tidy_body(note_text)
    if not title and not body:
        return checkin, None
    title, body = fit_text(title, body, subject)
    entry = ImportedEntry(
        source_id=entry_id(moment, title, body),
        entry_date=day,
        created_at=at,
        title=title,
        body=body,
    )
    return checkin, entry
