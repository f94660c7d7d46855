"""The synced tables, kept in step with the triggers of migrations 0010 and 0011."""

from __future__ import annotations

import importlib.util

from hj_journal.core.sync.tables import BY_NAME, ORDER, TABLES
from hj_journal.store.migrate import MIGRATIONS_DIR
from hj_journal.store.models import NOT_EXPORTED, Base


def _migration_tracked() -> dict[str, str]:
    tracked: dict[str, str] = {}
    for name in ("0010_sync.py", "0011_sync_entry_templates.py"):
        spec = importlib.util.spec_from_file_location(
            f"sync_migration_{name[:4]}", MIGRATIONS_DIR / "versions" / name
        )
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        tracked.update(module.TRACKED)
    return tracked


def test_every_synced_table_has_its_triggers_with_the_same_key() -> None:
    tracked = _migration_tracked()
    assert tracked == {t.name: t.key for t in TABLES}


def test_parents_come_before_their_children() -> None:
    for table in TABLES:
        for _column, parent in table.parents:
            assert ORDER[parent] < ORDER[table.name], (table.name, parent)
            assert parent in BY_NAME


def test_what_stays_on_this_device_is_not_synced() -> None:
    names = set(BY_NAME)
    assert not names & NOT_EXPORTED
    assert "drafts" not in names
    assert not any(n.startswith("sync_") for n in names)
    assert names <= set(Base.metadata.tables)
    settings = BY_NAME["settings"]
    assert not settings.travels("backup.folder")
    assert not settings.travels("vault.label")
    assert settings.travels("today.on_this_day")
