"""Markdown folders: front matter, headings, dates, sub-folders, links, bad files."""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from hj_journal.core.data.exchange._frontmatter import split_front_matter
from hj_journal.core.data.exchange.markdown_folder import parse_markdown_folder
from hj_journal.core.data.exchange.records import ImportBatch, ImportedEntry, ImportFormatError

TZ = timezone(timedelta(hours=2))
MTIME = datetime(2024, 6, 1, 22, 30, tzinfo=UTC).timestamp()  # 2 June at UTC+2


def parse(path: Path) -> ImportBatch:
    return parse_markdown_folder(path, local_tz=TZ)


def put(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    os.utime(path, (MTIME, MTIME))
    return path


def test_front_matter_and_heading_files(tmp_path: Path, samples: dict[str, bytes]) -> None:
    notes = tmp_path / "notes"
    put(notes, "a-quiet-morning.md", samples["markdown"])
    put(notes, "bus.md", "# Notes from the bus\n\nMostly people-watching. 🚌\n")

    batch = parse(notes)

    assert batch.format == "markdown"
    assert batch.skipped == ()
    morning, bus = batch.entries
    assert morning == ImportedEntry(
        source_id=morning.source_id,
        entry_date=date(2024, 5, 1),
        created_at=datetime(2024, 5, 1, 7, 30, tzinfo=UTC),
        title="A quiet morning",
        body="Tea, and the window open. 🌿\n\nSecond paragraph.",
        tags=("rest", "family time"),
        pinned=True,
    )
    assert bus == ImportedEntry(
        source_id=bus.source_id,
        entry_date=date(2024, 6, 2),
        created_at=datetime(2024, 6, 1, 22, 30, tzinfo=UTC),
        title="Notes from the bus",
        body="Mostly people-watching. 🚌",
    )


def test_ids_survive_a_changed_modification_time(tmp_path: Path) -> None:
    path = put(tmp_path, "day.md", "# Day\n\ntext\n")
    before = parse(tmp_path).entries[0].source_id

    os.utime(path, (MTIME + 86_400, MTIME + 86_400))

    after = parse(tmp_path).entries[0]
    assert after.source_id == before
    assert after.entry_date == date(2024, 6, 3)


def test_front_matter_id_is_used(tmp_path: Path) -> None:
    put(tmp_path, "x.md", "---\nid: 7c9e6679-7425-40de-944b-e07fc1f90ae7\n---\nbody\n")

    assert parse(tmp_path).entries[0].source_id == "7c9e6679-7425-40de-944b-e07fc1f90ae7"


def test_sub_folders_are_read_and_hidden_ones_and_other_files_are_not(tmp_path: Path) -> None:
    put(tmp_path, "2024/05/one.md", "one")
    put(tmp_path, "2024/two.markdown", "two")
    put(tmp_path, "three.MD", "three")
    put(tmp_path, ".obsidian/workspace.md", "hidden")
    put(tmp_path, ".draft.md", "hidden")
    put(tmp_path, "picture.png", b"\x89PNG")

    batch = parse(tmp_path)

    assert [entry.body for entry in batch.entries] == ["one", "two", "three"]


def test_links_outside_the_folder_and_to_folders_are_not_followed(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    put(outside, "secret.md", "not yours")
    notes = tmp_path / "notes"
    put(notes, "real.md", "real")
    (notes / "leak.md").symlink_to(outside / "secret.md")
    (notes / "folder-link").symlink_to(outside)
    (notes / "inside-link").symlink_to(notes)
    (notes / "again.md").symlink_to(notes / "real.md")
    (notes / "dangling.md").symlink_to(notes / "gone.md")
    (notes / "photo.jpg").symlink_to(outside / "secret.md")

    batch = parse(notes)

    assert [entry.body for entry in batch.entries] == ["real"]
    assert [(item.where, item.reason) for item in batch.skipped] == [
        ("again.md", "This is the same file as “real.md”, so it was read once."),
        ("dangling.md", "This link points to a file that isn't there, so it was not read."),
        ("folder-link", "This is a link to something outside the folder, so it was not read."),
        ("inside-link", "This is a link to a folder, so it was not followed."),
        ("leak.md", "This is a link to something outside the folder, so it was not read."),
    ]
    assert all("not yours" not in entry.body for entry in batch.entries)


def test_bad_files_are_skipped_with_reasons(tmp_path: Path) -> None:
    put(tmp_path, "good.md", "fine")
    put(tmp_path, "latin1.md", "caf\xe9".encode("latin-1"))
    put(tmp_path, "empty.md", "")
    put(tmp_path, "only-front-matter.md", "---\ntags: a\n---\n")
    put(tmp_path, "bad-date.md", "---\ndate: 2024-02-30\n---\ntext\n")
    put(tmp_path, "old.md", "---\ndate: 0001-01-01T00:00:00\n---\ntext\n")

    batch = parse(tmp_path)

    assert [entry.body for entry in batch.entries] == ["fine"]
    assert {item.where: item.reason for item in batch.skipped} == {
        "bad-date.md": "This file was left out because its date, “2024-02-30”, isn't a date "
        "HJ Journal can read.",
        "empty.md": "This file is empty, so there was nothing to import.",
        "latin1.md": "This file isn't saved as UTF-8 text, so it was left out.",
        "old.md": "This file was left out because its date, “0001-01-01T00:00:00”, is too far "
        "from today to place in time.",
        "only-front-matter.md": "This file is empty, so there was nothing to import.",
    }


@pytest.mark.parametrize(
    ("value", "created_at", "day"),
    [
        ("2024-05-01", datetime(2024, 5, 1, 10, 0, tzinfo=UTC), date(2024, 5, 1)),
        ("2024-05-01T23:30:00Z", datetime(2024, 5, 1, 23, 30, tzinfo=UTC), date(2024, 5, 1)),
        ("'2024-05-01 08:00+05:00'", datetime(2024, 5, 1, 3, 0, tzinfo=UTC), date(2024, 5, 1)),
    ],
)
def test_front_matter_date_forms(
    tmp_path: Path, value: str, created_at: datetime, day: date
) -> None:
    put(tmp_path, "x.md", f"---\ndate: {value}\n---\ntext\n")

    entry = parse(tmp_path).entries[0]

    assert (entry.created_at, entry.entry_date) == (created_at, day)


def test_a_single_markdown_file_can_be_imported(tmp_path: Path) -> None:
    path = put(tmp_path, "one.md", "# One\nbody")

    assert [entry.title for entry in parse(path).entries] == ["One"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        ("empty-folder", "This folder has no Markdown (.md) files in it."),
        ("no-markdown", "This folder has no Markdown (.md) files in it."),
        ("text-file", "This isn't a folder of Markdown files."),
        ("missing", "HJ Journal couldn't open “target”."),
    ],
)
def test_refuses_what_is_not_a_markdown_folder(tmp_path: Path, make: str, message: str) -> None:
    target = tmp_path / "target"
    if make == "empty-folder":
        target.mkdir()
    elif make == "no-markdown":
        put(target, "notes.txt", "plain")
    elif make == "text-file":
        target.write_text("plain")

    with pytest.raises(ImportFormatError, match=re.escape(message)):
        parse(target)


def test_refuses_folders_over_the_size_limit(tmp_path: Path) -> None:
    put(tmp_path, "a.md", "x" * 600)
    put(tmp_path, "b.md", "x" * 600)

    with pytest.raises(ImportFormatError, match="larger than"):
        parse_markdown_folder(tmp_path, max_bytes=1000)


def test_progress_counts_files(tmp_path: Path) -> None:
    for name in ("a.md", "b.md", "c.md"):
        put(tmp_path, name, name)
    calls: list[tuple[int, int]] = []

    parse_markdown_folder(tmp_path, progress=lambda d, t: calls.append((d, t)))

    assert calls == [(1, 3), (2, 3), (3, 3)]


# ------------------------------------------------------------------ front matter subset


def test_front_matter_subset() -> None:
    text = (
        "---\n"
        "# a comment line\n"
        "Title: 'It''s # not a comment'\n"
        "tags:\n"
        "  - one\n"
        '  - "two, three"\n'
        "date: 2024-01-01   # trailing comment\n"
        "weird line without a colon\n"
        "starred: yes\n"
        "...\n"
        "body\n"
    )

    fields, body = split_front_matter(text)

    assert fields == {
        "title": "It''s # not a comment",
        "tags": ["one", "two, three"],
        "date": "2024-01-01",
        "starred": "yes",
    }
    assert body == "body\n"


def test_comma_string_tags_and_unclosed_front_matter(tmp_path: Path) -> None:
    put(tmp_path, "a.md", "---\ntags: rest, walks , rest  # a YAML comment\n---\ntext\n")
    put(tmp_path, "a2.md", '---\ntags: ["#Rest", "#walks"]\n---\ntext\n')
    put(tmp_path, "b.md", "---\nnot closed\n\ntext\n")

    first, hashed, second = parse(tmp_path).entries

    assert first.tags == ("rest", "walks")
    assert hashed.tags == ("Rest", "walks")
    assert second.body == "---\nnot closed\n\ntext"
