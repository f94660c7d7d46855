"""Daylio CSV: moods, activities, notes as entries, extra columns, bad rows."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from hj_journal.core.data.exchange.daylio import MOOD_VALENCE, parse_daylio
from hj_journal.core.data.exchange.records import (
    ImportBatch,
    ImportedCheckIn,
    ImportedEntry,
    ImportFormatError,
    SkippedItem,
)

TZ = timezone(timedelta(hours=2))
HEADER = "full_date,date,weekday,time,mood,activities,note_title,note\n"


def parse(path: Path) -> ImportBatch:
    return parse_daylio(path, local_tz=TZ)


def write(tmp_path: Path, data: bytes | str) -> Path:
    path = tmp_path / "daylio_export.csv"
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_reads_check_ins_and_notes(tmp_path: Path, samples: dict[str, bytes]) -> None:
    batch = parse(write(tmp_path, samples["daylio"]))

    assert batch.format == "daylio"
    dinner, morning, tired, rough = batch.checkins
    dinner_entry, rough_entry = batch.entries
    assert dinner == ImportedCheckIn(
        source_id=dinner.source_id,
        at=datetime(2024, 3, 5, 18, 15, tzinfo=UTC),
        mood=3,
        distress=None,
        context_tags=("friends", "cooking", "music"),
        note="",
        entry_source_id=dinner_entry.source_id,
    )
    assert dinner_entry == ImportedEntry(
        source_id=dinner_entry.source_id,
        entry_date=date(2024, 3, 5),
        created_at=datetime(2024, 3, 5, 18, 15, tzinfo=UTC),
        title="Dinner 🍝",
        body="We laughed a lot.\n\nSecond paragraph, with a comma.",
    )
    assert (morning.at, morning.mood, morning.context_tags) == (
        datetime(2024, 3, 5, 6, 5, tzinfo=UTC),
        0,
        (),
    )
    assert morning.entry_source_id is None
    # A custom mood word has no clear valence: kept as a context tag instead.
    assert (tired.mood, tired.context_tags) == (None, ("Super tired", "work", "nap"))
    assert (rough.mood, rough.entry_source_id) == (-3, rough_entry.source_id)
    assert (rough_entry.title, rough_entry.body) == ("", "Rough night.")
    assert batch.skipped == (
        SkippedItem(
            "daylio_export.csv, line 8",
            "The row on line 8 was left out because its date, “2024-02-30”, isn't a date "
            "HJ Journal can read.",
        ),
    )


def test_mood_mapping_is_documented_and_symmetric() -> None:
    assert MOOD_VALENCE == {"awful": -3, "bad": -1, "meh": 0, "good": 1, "rad": 3}


def test_ids_are_stable_and_distinct(tmp_path: Path, samples: dict[str, bytes]) -> None:
    path = write(tmp_path, samples["daylio"])

    first, again = parse(path), parse(path)

    assert first == again
    ids = [checkin.source_id for checkin in first.checkins]
    assert len(set(ids)) == len(ids)


def test_repeated_rows_stay_separate(tmp_path: Path) -> None:
    row = "2024-01-01,Jan 1,Monday,10:00,good,walk,,\n"

    batch = parse(write(tmp_path, HEADER + row + row))

    first, second = batch.checkins
    assert second.source_id == first.source_id + "-2"


def test_columns_are_found_by_name(tmp_path: Path) -> None:
    data = "mood,time,full_date,new_column\nBAD,23:59,2024-01-01,whatever\n"

    (checkin,) = parse(write(tmp_path, data)).checkins

    assert (checkin.mood, checkin.at) == (-1, datetime(2024, 1, 1, 21, 59, tzinfo=UTC))


def test_byte_order_mark_is_fine(tmp_path: Path) -> None:
    batch = parse(
        write(tmp_path, b"\xef\xbb\xbf" + (HEADER + "2024-01-01,,,10:00,rad,,,\n").encode())
    )

    assert batch.checkins[0].mood == 3


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("2024-01-01,,,,good,,,", "The row on line 2 was left out because it has no time."),
        (",,,10:00,good,,,", "The row on line 2 was left out because it has no date."),
        ("2024-01-01,,,10:00,,,,", "The row on line 2 was left out because it has no mood."),
        ("2024-01-01,,,10:61,good,,,", "its time, “10:61”, isn't a time"),
        ("2024-01-01,,,13:00 PM,good,,,", "its time, “13:00 PM”, isn't a time"),
        ("1/1/2024,,,10:00,good,,,", "its date, “1/1/2024”, isn't a date"),
        ("2024-01-01", "it has no time"),
        ("0001-01-01,,,00:00,good,,,", "is too far from today"),
    ],
)
def test_bad_row_is_skipped_with_line_and_value(tmp_path: Path, row: str, reason: str) -> None:
    good = "2024-01-02,,,10:00,good,,,\n"

    batch = parse(write(tmp_path, HEADER + row + "\n" + good))

    assert len(batch.checkins) == 1
    (skipped,) = batch.skipped
    assert skipped.where == "daylio_export.csv, line 2"
    assert reason in skipped.reason


def test_undecodable_row_is_skipped_and_the_rest_kept(tmp_path: Path) -> None:
    data = HEADER.encode() + b"2024-01-01,,,10:00,good,,,caf\xe9\n2024-01-02,,,10:00,rad,,,\n"

    batch = parse(write(tmp_path, data))

    assert [checkin.mood for checkin in batch.checkins] == [3]
    assert batch.skipped[0].reason == (
        "The row on line 2 was left out because part of it isn't valid UTF-8 text."
    )


def test_overlong_field_is_skipped_and_reading_goes_on(tmp_path: Path) -> None:
    huge = '"' + "x" * 200_000 + '"'
    data = HEADER + f"2024-01-01,,,10:00,good,,,{huge}\n2024-01-02,,,10:00,rad,,,\n"

    batch = parse(write(tmp_path, data))

    assert [checkin.mood for checkin in batch.checkins] == [3]
    assert "isn't laid out as CSV" in batch.skipped[0].reason


def test_blank_lines_are_ignored(tmp_path: Path) -> None:
    batch = parse(write(tmp_path, HEADER + "\n,,,,,,,\n2024-01-02,,,10:00,rad,,,\n\n"))

    assert len(batch.checkins) == 1
    assert batch.skipped == ()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("", "This file is empty."),
        ("date,mood\n2024-01-01,good\n", "doesn't look like a Daylio CSV export"),
        ('{"entries": []}', "doesn't look like a Daylio CSV export"),
    ],
)
def test_refuses_what_is_not_a_daylio_export(tmp_path: Path, content: str, message: str) -> None:
    with pytest.raises(ImportFormatError, match=message):
        parse(write(tmp_path, content))


def test_refuses_huge_files(tmp_path: Path, samples: dict[str, bytes]) -> None:
    with pytest.raises(ImportFormatError, match="larger than"):
        parse_daylio(write(tmp_path, samples["daylio"]), max_bytes=64)


def test_progress_reaches_the_end(tmp_path: Path, samples: dict[str, bytes]) -> None:
    calls: list[tuple[int, int]] = []

    parse_daylio(write(tmp_path, samples["daylio"]), progress=lambda d, t: calls.append((d, t)))

    assert calls[-1] == (len(samples["daylio"]), len(samples["daylio"]))
