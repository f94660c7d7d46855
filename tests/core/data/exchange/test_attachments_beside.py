"""Files beside Markdown entries come in as attachments; what can't come is a short note."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from hj_journal.core.data.exchange import attachments_beside
from hj_journal.core.data.exchange.attachments_beside import FilesBeside, unquote
from hj_journal.core.data.exchange.markdown_folder import parse_markdown_folder


def put(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_links_to_files_beside_become_attachments(tmp_path: Path) -> None:
    put(tmp_path, "2024-05-01-1a2b/sea view.png", b"\x89PNG sea")
    put(tmp_path, "2024-05-01-1a2b/letter.pdf", b"%PDF letter")
    put(
        tmp_path,
        "2024-05-01-1a2b.md",
        "# By the sea\n\nWaves.\n\n![sea](2024-05-01-1a2b/sea%20view.png)\n\n"
        "Again: ![](<2024-05-01-1a2b/sea view.png>)\n\n"
        "- [letter.pdf](2024-05-01-1a2b/letter.pdf)\n",
    )
    (entry,) = parse_markdown_folder(tmp_path).entries
    sea, letter = entry.attachments
    assert (sea.name, sea.data) == ("sea view.png", b"\x89PNG sea")
    assert (letter.name, letter.data) == ("letter.pdf", b"%PDF letter")
    # Both links to the photo name one attachment; the export's list of files goes.
    assert entry.body == (
        f"Waves.\n\n![sea](hjattach:{sea.uuid})\n\nAgain: ![](hjattach:{sea.uuid})"
    )


def test_links_that_are_not_files_beside_stay_as_written(tmp_path: Path) -> None:
    put(tmp_path, "secret.txt", b"not yours")
    root = tmp_path / "notes"
    put(root, "other.md", "# Other\n")
    put(root, "sub/pic.png", b"png")
    os.symlink(put(tmp_path, "elsewhere.png", b"png"), root / "sub" / "link.png")
    text = (
        "[web](https://example.org/a.png) [mail](mailto:a@b.c) [abs](/etc/hostname) "
        "[up](../secret.txt) [linked](sub/link.png) [entry](other.md) [here](#top) "
        "[folder](sub) [gone](sub/gone.jpg) [gone again](sub/gone.jpg)"
    )
    put(root, "day.md", f"# Day\n\n{text}\n")
    batch = parse_markdown_folder(root)
    day = next(e for e in batch.entries if e.title == "Day")
    assert day.attachments == () and day.body == text
    assert batch.warnings == (
        "1 linked file isn't there, so it was not imported; its link stays in the entry.",
        "2 linked files lie outside the folder, so they were not imported; their links stay "
        "in the entries.",
    )


def test_a_file_that_cant_be_read_or_is_too_large_is_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments_beside, "MAX_FILE", 10)
    put(tmp_path, "f/big.bin", b"x" * 11)
    put(tmp_path, "f/locked.bin", b"x")
    put(tmp_path, "f/ok.bin", b"fine")
    put(tmp_path, "a.md", "# A\n\n[big](f/big.bin) [locked](f/locked.bin) [ok](f/ok.bin)\n")

    def opened(path: str, mode: str) -> object:
        if path.endswith("locked.bin"):  # as a file without permission to read it
            raise PermissionError(path)
        return open(path, mode)

    monkeypatch.setattr(attachments_beside, "open", opened, raising=False)
    batch = parse_markdown_folder(tmp_path)
    (entry,) = batch.entries
    assert [a.name for a in entry.attachments] == ["ok.bin"]
    notes = " ".join(batch.warnings)
    assert "1 linked file is larger than an import takes" in notes
    assert "1 linked file couldn't be read" in notes


def test_the_budget_for_one_import_is_shared_and_a_file_linked_twice_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(attachments_beside, "MAX_TOTAL", 10)
    put(tmp_path, "one.bin", b"123456")
    put(tmp_path, "two.bin", b"123456")
    beside = FilesBeside(tmp_path)
    _body, first = beside.bring(tmp_path / "a.md", "[1](one.bin)")
    _body, again = beside.bring(tmp_path / "b.md", "[1](one.bin) [2](two.bin)")
    assert [a.data for a in first] == [b"123456"]
    assert [a.name for a in again] == ["one.bin"]  # already read: no more of the budget
    assert first[0].uuid != again[0].uuid  # each entry holds its own link
    assert beside.warnings() == (
        "1 linked file is larger than an import takes (100 MB, 1 GB in all), so it was not "
        "imported; its link stays in the entry.",
    )


def test_the_id_comes_from_the_text_as_written(tmp_path: Path) -> None:
    put(tmp_path, "p.png", b"png")
    put(tmp_path, "a.md", "# A\n\n![](p.png)\n")
    first = parse_markdown_folder(tmp_path).entries[0]
    second = parse_markdown_folder(tmp_path).entries[0]
    assert first.source_id == second.source_id  # so importing again finds it
    assert first.attachments[0].uuid != second.attachments[0].uuid


def test_unquote() -> None:
    assert unquote("a%20b%28c%29%25") == "a b(c)%"
    assert unquote("caf%C3%A9") == "café"
    assert unquote("100%") == "100%"
