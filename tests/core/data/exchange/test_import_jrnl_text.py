"""jrnl's plain-text journal: headers, multi-paragraph bodies, stars, bad bytes."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from hj_journal.core.data.exchange.jrnl_json import parse_jrnl_json
from hj_journal.core.data.exchange.jrnl_text import parse_jrnl_text
from hj_journal.core.data.exchange.records import ImportBatch, ImportedEntry, ImportFormatError

TZ = timezone(timedelta(hours=2))


def parse(path: Path) -> ImportBatch:
    return parse_jrnl_text(path, local_tz=TZ)


def write(tmp_path: Path, data: bytes) -> Path:
    path = tmp_path / "journal.txt"
    path.write_bytes(data)
    return path


def test_reads_entries_bodies_stars_and_tags(tmp_path: Path, samples: dict[str, bytes]) -> None:
    batch = parse(write(tmp_path, samples["jrnl-txt"]))

    assert batch.format == "jrnl-txt"
    assert batch.skipped == ()
    first, second, third = batch.entries
    assert first == ImportedEntry(
        source_id=first.source_id,
        entry_date=date(2024, 3, 1),
        created_at=datetime(2024, 3, 1, 5, 30, tzinfo=UTC),
        title="Morning pages ☕",
        body="Slept well for once.\n\nThe kettle sang; I listened. @family 🌱",
        tags=("family",),
        pinned=False,
    )
    # A header-like line whose date isn't real stays in the body, with a warning.
    assert second.body == (
        "Noticed my shoulders up by my ears. Breathed.\n\n"
        "[2024-02-30 10:00] this line only looks like a header\n\nThird. @work"
    )
    assert (second.title, second.pinned, second.tags) == ("Hard meeting", True, ("work",))
    assert (third.title, third.body) == ("Just a title", "")
    (warning,) = batch.warnings
    assert warning.startswith("Line 9 (“2024-02-30 10:00”) looks like the start of an entry")


def test_same_entry_gets_the_same_id_as_in_the_json_export(
    tmp_path: Path, samples: dict[str, bytes], jrnl_doc: dict[str, Any]
) -> None:
    json_path = tmp_path / "journal.json"
    json_path.write_text(json.dumps(jrnl_doc), encoding="utf-8")

    from_text = parse(write(tmp_path, samples["jrnl-txt"])).entries
    from_json = parse_jrnl_json(json_path, local_tz=TZ).entries

    assert from_text[0].source_id == from_json[0].source_id
    assert from_text[2].source_id == from_json[2].source_id


def test_windows_line_endings_and_bom_read_the_same(
    tmp_path: Path, samples: dict[str, bytes]
) -> None:
    plain = parse(write(tmp_path, samples["jrnl-txt"]))
    windows = parse(write(tmp_path, b"\xef\xbb\xbf" + samples["jrnl-txt"].replace(b"\n", b"\r\n")))

    assert windows.entries == plain.entries


def test_utf16_with_bom_is_read(tmp_path: Path, samples: dict[str, bytes]) -> None:
    path = tmp_path / "journal.txt"
    path.write_text(samples["jrnl-txt"].decode(), encoding="utf-16")

    assert parse(path).entries == parse(write(tmp_path, samples["jrnl-txt"])).entries


def test_a_valid_header_inside_a_body_starts_a_new_entry(tmp_path: Path) -> None:
    text = "[2024-01-01 09:00] One\nfirst\n[2024-01-01 10:00] Two\nsecond\n"

    batch = parse(write(tmp_path, text.encode()))

    assert [(e.title, e.body) for e in batch.entries] == [("One", "first"), ("Two", "second")]


def test_star_alone_and_seconds_in_header(tmp_path: Path) -> None:
    batch = parse(write(tmp_path, b"[2024-01-01 09:00:59] *\nbody\n"))

    (entry,) = batch.entries
    assert (entry.title, entry.pinned, entry.body) == ("", True, "body")
    assert entry.created_at == datetime(2024, 1, 1, 7, 0, 59, tzinfo=UTC)


def test_undecodable_line_skips_only_its_entry(tmp_path: Path) -> None:
    data = (
        b"[2024-01-01 09:00] Fine\nok\n\n"
        b"[2024-01-02 09:00] Broken\ncaf\xe9 latin-1\n\n"
        b"[2024-01-03 09:00] Also fine\nok\n"
    )

    batch = parse(write(tmp_path, data))

    assert [entry.title for entry in batch.entries] == ["Fine", "Also fine"]
    (skipped,) = batch.skipped
    assert skipped.where == "journal.txt, entry 2 (line 4)"
    assert skipped.reason == "Entry 2 was left out because part of it isn't valid UTF-8 text."


def test_text_before_the_first_entry_is_reported(tmp_path: Path) -> None:
    batch = parse(write(tmp_path, b"stray words\n\n[2024-01-01 09:00] One\nbody\n"))

    assert [entry.title for entry in batch.entries] == ["One"]
    assert batch.skipped[0].where == "journal.txt, lines 1–2"
    assert "before the first dated entry" in batch.skipped[0].reason


def test_entry_too_far_in_the_past_is_skipped(tmp_path: Path) -> None:
    batch = parse(write(tmp_path, b"[0001-01-01 00:30] Dawn of time\nx\n"))

    assert batch.entries == ()
    assert "“0001-01-01 00:30”" in batch.skipped[0].reason


def test_many_header_like_lines_are_summarised(tmp_path: Path) -> None:
    odd = "".join(f"[2024-02-3{n % 2} 10:0{n}] odd\n" for n in range(7))
    batch = parse(write(tmp_path, f"[2024-01-01 09:00] One\n{odd}".encode()))

    assert batch.entries[0].body.count("odd") == 7
    assert "and 2 more lines look like" in batch.warnings[0]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "This file is empty."),
        (b"\n\n  \n", "This file is empty."),
        (b"just some notes\nwithout dates\n", "doesn't look like a jrnl journal"),
        (b"[2024-02-30 10:00] not a real date\n", "doesn't look like a jrnl journal"),
        (b"\xff\xfe\x00\xd8", "isn't saved as UTF-8"),
    ],
)
def test_refuses_what_is_not_a_jrnl_journal(tmp_path: Path, content: bytes, message: str) -> None:
    with pytest.raises(ImportFormatError, match=message):
        parse(write(tmp_path, content))


def test_refuses_huge_files(tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="larger than"):
        parse_jrnl_text(write(tmp_path, b"[2024-01-01 09:00] x\n" * 10), max_bytes=50)


def test_progress_counts_bytes_to_the_end(tmp_path: Path, samples: dict[str, bytes]) -> None:
    calls: list[tuple[int, int]] = []

    parse_jrnl_text(
        write(tmp_path, samples["jrnl-txt"]), progress=lambda d, t: calls.append((d, t))
    )

    size = len(samples["jrnl-txt"])
    assert calls[-1] == (size, size)
