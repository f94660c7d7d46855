"""Schema migrations: every kept vault opens and migrates; models match migrations."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hj_journal.store import migrate
from hj_journal.store.errors import UnsupportedVaultError
from hj_journal.store.models import Base, CheckIn, Entry
from hj_journal.store.vault import Vault

KEPT = Path(__file__).resolve().parents[1] / "data" / "vaults"
PASSPHRASE = "sample vault passphrase"


def _kept_revisions() -> list[str]:
    return sorted(p.name for p in KEPT.iterdir() if p.is_dir())


def test_a_vault_is_kept_for_the_first_schema() -> None:
    assert "0001" in _kept_revisions()


@pytest.mark.parametrize("revision", _kept_revisions())
def test_each_kept_vault_opens_and_migrates(revision: str, tmp_path: Path, policy) -> None:
    folder = tmp_path / revision
    shutil.copytree(KEPT / revision, folder)
    vault = Vault(folder)
    vault.unlock(PASSPHRASE, policy=policy)
    try:
        assert migrate.current_revision(vault.engine) == migrate.head_revision()
        with vault.session() as session:
            entry = session.query(Entry).one()
            assert entry.title == "Sample entry"
            assert [t.name for t in entry.tags] == ["sample"]
            assert session.query(CheckIn).one().distress == 4
        assert vault.verify().ok
        copies = list(folder.glob("vault.db.pre-migration-*"))
        if revision == migrate.head_revision():
            assert copies == []
        else:
            assert len(copies) == 1  # the copy taken before migrating
    finally:
        vault.lock()
    recovery_key = (folder / "RECOVERY_KEY.txt").read_text().strip()
    vault.unlock_with_recovery_key(recovery_key)
    vault.lock()


def _is_sync_table(item: object) -> bool:
    table = item[1] if isinstance(item, tuple) and len(item) > 1 else None
    return getattr(table, "name", "").startswith("sync_")


def test_the_models_match_the_migrations(vault: Vault) -> None:
    """A model change without a migration would make this list non-empty."""
    with vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    # The search index and its state tables live outside the ORM (migrations 0001, 0009,
    # 0013), and so do the sync tables, which only hj_journal.core.sync reads (migration 0010).
    diff = [
        d
        for d in diff
        if "entry_fts" not in repr(d)
        and "search_index_state" not in repr(d)
        and "search_pending" not in repr(d)
        and not _is_sync_table(d)
    ]
    assert diff == []


def test_a_vault_from_a_newer_app_is_refused_clearly(vault: Vault, policy) -> None:
    from sqlalchemy import text

    with vault.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'from-the-future'"))
    vault.lock()
    with pytest.raises(UnsupportedVaultError, match="newer version"):
        vault.unlock("a calm and quiet river", policy=policy)


# ---------------------------------------------------------------------- the cheap check


def test_the_newest_script_by_file_name_is_alembics_head() -> None:
    """The cheap check reads revisions from file names; each file must start with its own."""
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(migrate._config())
    for script in scripts.walk_revisions():
        assert script.path is not None
        assert Path(script.path).name.startswith(f"{script.revision}_"), script.path
    assert migrate.newest_script_revision() == migrate.head_revision()


def test_the_newest_script_ignores_other_files(tmp_path: Path) -> None:
    names = ("__init__.py", "0003_c.py", "0010_j.py", "0011_notes.txt", "9999.py", "x_0012.py")
    for name in names:
        (tmp_path / name).write_text("")
    assert migrate.newest_script_revision(tmp_path) == "0010"
    assert migrate.newest_script_revision(tmp_path / "missing") is None


def test_a_current_vault_is_seen_without_alembic(vault: Vault) -> None:
    from sqlalchemy import text

    assert migrate.is_current(vault.engine)
    with vault.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0001'"))
    assert not migrate.is_current(vault.engine)
    with vault.transaction() as session:
        newest = migrate.newest_script_revision()
        session.execute(text("INSERT INTO alembic_version VALUES (:v)"), {"v": newest})
    assert not migrate.is_current(vault.engine)  # two rows: Alembic looks properly
    with vault.transaction() as session:
        session.execute(text("DROP TABLE alembic_version"))
    assert not migrate.is_current(vault.engine)
