"""Everything an importer yields fits the journal's own limits, so saving never fails."""

from __future__ import annotations

import json
from pathlib import Path

from hj_journal.core.data.exchange import _common
from hj_journal.core.data.exchange.jrnl_json import parse_jrnl_json
from hj_journal.core.data.exchange.jrnl_text import parse_jrnl_text
from hj_journal.core.data.exchange.markdown_folder import parse_markdown_folder
from hj_journal.core.journal import entries as journal


def test_limits_match_the_journal() -> None:
    assert (_common.MAX_TITLE, _common.MAX_BODY, _common.MAX_TAG) == (
        journal.MAX_TITLE,
        journal.MAX_BODY,
        journal.MAX_TAG,
    )


def test_an_over_long_title_moves_into_the_body(tmp_path: Path) -> None:
    title = "word " * 150  # 750 characters
    path = tmp_path / "journal.txt"
    path.write_text(f"[2024-01-01 09:00] {title}\nthe body\n")

    (entry,) = parse_jrnl_text(path).entries

    assert entry.title == ""
    assert entry.body == f"{title.strip()}\n\nthe body"


def test_an_over_long_body_is_skipped_not_cut(tmp_path: Path) -> None:
    entries = [
        {"date": "2024-01-01", "time": "09:00", "title": "long", "body": "x" * 5_000_001},
        {"date": "2024-01-02", "time": "09:00", "title": "short", "body": "fine"},
    ]
    path = tmp_path / "journal.json"
    path.write_text(json.dumps({"entries": entries}))

    batch = parse_jrnl_json(path)

    assert [entry.title for entry in batch.entries] == ["short"]
    assert "longer than one entry can hold" in batch.skipped[0].reason


def test_over_long_tags_are_left_off_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"---\ntags: [ok, {'t' * 65}, {'u' * 70}]\n---\ntext\n")

    batch = parse_markdown_folder(tmp_path)

    assert batch.entries[0].tags == ("ok",)
    assert batch.warnings == ("2 tags longer than 64 characters were left off their entries.",)
