"""Format detection and the parser table."""

from __future__ import annotations

from pathlib import Path

import pytest

from hj_journal.core.data.exchange.detect import PARSERS, detect_format


@pytest.mark.parametrize(
    ("sample", "name", "expected"),
    [
        ("jrnl", "export.json", "jrnl"),
        ("jrnl-txt", "journal.txt", "jrnl-txt"),
        ("dayone-json", "Journal.json", "dayone"),
        ("dayone-zip", "Export.zip", "dayone"),
        ("daylio", "daylio_export.csv", "daylio"),
        ("markdown", "note.md", "markdown"),
    ],
)
def test_detects_each_sample(
    tmp_path: Path, samples: dict[str, bytes], sample: str, name: str, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(samples[sample])

    assert detect_format(path) == expected
    assert expected in PARSERS


def test_detects_utf16_and_bom(tmp_path: Path, samples: dict[str, bytes]) -> None:
    path = tmp_path / "export.csv"
    path.write_text(samples["daylio"].decode(), encoding="utf-16")
    bom = tmp_path / "export.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + samples["jrnl-txt"])

    assert (detect_format(path), detect_format(bom)) == ("daylio", "jrnl-txt")


def test_our_own_export_is_recognised_but_has_no_parser_here(tmp_path: Path) -> None:
    path = tmp_path / "hj.json"
    path.write_text('{"format": "hj-journal-export", "version": 1, "entries": []}')

    assert detect_format(path) == "json"
    assert "json" not in PARSERS


def test_folders(tmp_path: Path) -> None:
    (tmp_path / "notes" / "2024").mkdir(parents=True)
    (tmp_path / "notes" / "2024" / "a.md").write_text("x")
    (tmp_path / "empty").mkdir()

    assert detect_format(tmp_path / "notes") == "markdown"
    assert detect_format(tmp_path / "empty") is None


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01\x02", b"hello\nworld\n", b'{"something": "else"}', b"PK\x03\x04broken"],
)
def test_unknown_content_is_none(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "mystery.bin"
    path.write_bytes(content)

    assert detect_format(path) is None


def test_missing_path_is_none(tmp_path: Path) -> None:
    assert detect_format(tmp_path / "gone.json") is None
