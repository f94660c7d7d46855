"""jrnl JSON export: expected records, skipped entries, refusals, stable ids."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from hj_journal.core.data.exchange.jrnl_json import parse_jrnl_json
from hj_journal.core.data.exchange.records import ImportBatch, ImportedEntry, ImportFormatError

TZ = timezone(timedelta(hours=2))


def write(tmp_path: Path, document: Any, name: str = "journal.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def parse(path: Path) -> ImportBatch:
    return parse_jrnl_json(path, local_tz=TZ)


def test_reads_every_field(tmp_path: Path, jrnl_doc: dict[str, Any]) -> None:
    batch = parse(write(tmp_path, jrnl_doc))

    assert batch.format == "jrnl"
    assert batch.skipped == ()
    assert batch.checkins == ()
    first, second, third = batch.entries
    assert first == ImportedEntry(
        source_id=first.source_id,
        entry_date=date(2024, 3, 1),
        created_at=datetime(2024, 3, 1, 5, 30, tzinfo=UTC),
        title="Morning pages ☕",
        body="Slept well for once.\n\nThe kettle sang; I listened. @family 🌱",
        tags=("family",),
        pinned=False,
        media_skipped=0,
    )
    assert second == ImportedEntry(
        source_id="6f0c3f1c1b9a4c5e8d1e2f3a4b5c6d7e",
        entry_date=date(2024, 3, 2),
        created_at=datetime(2024, 3, 2, 16, 5, tzinfo=UTC),
        title="Hard meeting",
        body="Noticed my shoulders up by my ears. Breathed.\n\nSecond paragraph — "
        "naïve café résumé.\n\nThird. @work @family",
        tags=("work", "family"),
        pinned=True,
    )
    assert (third.title, third.body, third.entry_date) == ("Just a title", "", date(2024, 3, 3))


def test_ids_are_stable_and_pinned(tmp_path: Path, jrnl_doc: dict[str, Any]) -> None:
    path = write(tmp_path, jrnl_doc)

    first = [entry.source_id for entry in parse(path).entries]
    again = [entry.source_id for entry in parse(path).entries]

    assert first == again
    assert len(set(first)) == 3
    # The fallback id is part of the re-import contract: changing how it is made
    # would duplicate every entry imported by an earlier version. It is SHA-256 over
    # length-prefixed UTF-8 parts: "entry", local date-time, title, body.
    assert first[0] == "105809d9f96891316da17b0dd8babcaee39dbf1d98eda2064f0ff72b13840581"


def test_identical_entries_get_distinct_stable_ids(
    tmp_path: Path, jrnl_doc: dict[str, Any]
) -> None:
    jrnl_doc["entries"].append(dict(jrnl_doc["entries"][0]))
    batch = parse(write(tmp_path, jrnl_doc))

    ids = [entry.source_id for entry in batch.entries]
    assert ids[3] == ids[0] + "-2"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"date": "2024-13-01"}, "Entry 2 was left out because its date, “2024-13-01”, isn't"),
        ({"date": "01/03/2024"}, "its date, “01/03/2024”, isn't a date"),
        ({"date": "２０２４-03-01"}, "isn't a date HJ Journal can read"),
        ({"date": None}, "Entry 2 was left out because it has no date."),
        ({"time": "25:00"}, "its time, “25:00”, isn't a time"),
        ({"title": 5}, "its title isn't text"),
        ({"tags": "@work"}, "its tags aren't a list of words"),
        ({"starred": "yes"}, "its star isn't true or false"),
        ({"title": None, "body": None}, "it has no title or text"),
        ({"body": "broken \ud83d emoji"}, "its text has characters that aren't valid text"),
        ({"date": "0001-01-01", "time": "00:10"}, "too far from today"),
    ],
)
def test_bad_entry_is_skipped_with_a_reason(
    tmp_path: Path, jrnl_doc: dict[str, Any], change: dict[str, Any], reason: str
) -> None:
    entry = jrnl_doc["entries"][1]
    for key, value in change.items():
        if value is None:
            entry.pop(key)
        else:
            entry[key] = value
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(jrnl_doc), encoding="utf-8")

    batch = parse(path)

    assert [entry.title for entry in batch.entries] == ["Morning pages ☕", "Just a title"]
    (skipped,) = batch.skipped
    assert skipped.where == "journal.json, entry 2"
    assert reason in skipped.reason


def test_entry_that_is_not_an_object_is_skipped(tmp_path: Path) -> None:
    batch = parse(write(tmp_path, {"entries": ["hello", 3]}))

    assert batch.entries == ()
    assert [item.where for item in batch.skipped] == [
        "journal.json, entry 1",
        "journal.json, entry 2",
    ]


def test_missing_time_means_noon(tmp_path: Path) -> None:
    batch = parse(write(tmp_path, {"entries": [{"date": "2024-01-02", "body": "x"}]}))

    assert batch.entries[0].created_at == datetime(2024, 1, 2, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "This file is empty."),
        (b"   \n", "This file is empty."),
        (b"[1, 2]", "This file doesn't look like a jrnl JSON export."),
        (b'{"entries": {}}', "This file doesn't look like a jrnl JSON export."),
        (b'{"tags": {}, "entries": [{"title": "cut', "looks incomplete or damaged"),
        (b"[" * 100_000, "looks incomplete or damaged"),
        (b'{"entries": [' + b"1" * 5000 + b"]}", "looks incomplete or damaged"),
        (b'{"metadata": {}, "entries": []}', "it looks like another app's"),
        (b'{"format": "hj-journal-export", "entries": []}', "it looks like another app's"),
        ('{"entries": [{"title": "café"}]}'.encode("latin-1"), "isn't saved as UTF-8"),
    ],
)
def test_refuses_what_is_not_a_jrnl_export(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "journal.json"
    path.write_bytes(content)

    with pytest.raises(ImportFormatError, match=message):
        parse(path)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_reads_utf8_with_bom_and_utf16(
    tmp_path: Path, jrnl_doc: dict[str, Any], encoding: str
) -> None:
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(jrnl_doc, ensure_ascii=False), encoding=encoding)

    assert parse(path).entries[0].title == "Morning pages ☕"


def test_refuses_files_over_200_mib_without_reading_them(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024 + 1)  # sparse: costs no disk space

    with pytest.raises(ImportFormatError, match="larger than 200 MiB"):
        parse(path)


def test_size_limit_can_be_lowered(tmp_path: Path, jrnl_doc: dict[str, Any]) -> None:
    with pytest.raises(ImportFormatError, match="larger than"):
        parse_jrnl_json(write(tmp_path, jrnl_doc), max_bytes=100)


@pytest.mark.parametrize("name", ["missing.json", "."])
def test_missing_file_or_folder_is_a_clear_error(tmp_path: Path, name: str) -> None:
    with pytest.raises(ImportFormatError, match="couldn't open"):
        parse(tmp_path / name)


def test_progress_reaches_the_end(tmp_path: Path, jrnl_doc: dict[str, Any]) -> None:
    calls: list[tuple[int, int]] = []

    parse_jrnl_json(write(tmp_path, jrnl_doc), progress=lambda d, t: calls.append((d, t)))

    assert calls[-1] == (3, 3)
    assert [done for done, _total in calls] == sorted(done for done, _total in calls)


def test_times_without_a_zone_use_this_computers_zone(
    tmp_path: Path, jrnl_doc: dict[str, Any]
) -> None:
    entry = parse_jrnl_json(write(tmp_path, jrnl_doc)).entries[0]

    assert entry.created_at.utcoffset() == timedelta(0)
    local = datetime(2024, 3, 1, 7, 30).astimezone()
    assert entry.created_at == local
