"""Rows as portable data: links travel as keys and come back as local ids."""

from __future__ import annotations

from datetime import date
from typing import Any

from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.sync.rows import RowIO
from hj_journal.core.sync.tables import BY_NAME


def _conn(services: Services) -> Any:
    fairy = services.vault.engine.raw_connection()
    return fairy, fairy.driver_connection


def test_an_entry_reads_with_its_tags_and_writes_back_under_a_new_id(
    services: Services,
) -> None:
    view = services.journal.create(
        EntryInput(entry_date=date(2026, 1, 2), title="T", body="B", tags=("rest", "home"))
    )
    fairy, conn = _conn(services)
    try:
        rows = RowIO(conn)
        data = rows.read(BY_NAME["entries"], [view.uuid])[view.uuid]
        assert data["tags"] == ["home", "rest"] and "id" not in data and "tag_text" not in data
        conn.execute("BEGIN")
        copy = {**data, "uuid": "f" * 32, "title": "Copy"}
        assert rows.write(BY_NAME["entries"], "f" * 32, copy)
        conn.execute("COMMIT")
    finally:
        fairy.close()
    found = services.journal.find_by_uuid("f" * 32)
    assert found is not None and found.title == "Copy" and found.tags == ("home", "rest")
    assert [r.summary.title for r in services.journal.search("Copy")] == ["Copy"]


def test_a_child_whose_parent_is_missing_is_not_written(services: Services) -> None:
    fairy, conn = _conn(services)
    try:
        rows = RowIO(conn)
        conn.execute("BEGIN")
        data = {
            "uuid": "e" * 32,
            "plan_id": "0" * 32,
            "saved_at": "2026-01-01 00:00:00.000000",
            "data": "{}",
        }
        assert not rows.write(BY_NAME["plan_versions"], "e" * 32, data)
        conn.execute("ROLLBACK")
    finally:
        fairy.close()


def test_settings_write_by_their_name(services: Services) -> None:
    fairy, conn = _conn(services)
    try:
        rows = RowIO(conn)
        conn.execute("BEGIN")
        rows.write(
            BY_NAME["settings"], "today.on_this_day", {"key": "today.on_this_day", "value": "true"}
        )
        conn.execute("COMMIT")
        assert rows.read(BY_NAME["settings"], ["today.on_this_day"])
    finally:
        fairy.close()
    assert services.settings.on_this_day is True
