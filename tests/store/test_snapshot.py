"""Encrypted copies of the open vault: a byte copy, and a page-for-page restore."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from hj_journal.store import snapshot
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.models import Entry
from hj_journal.store.registry import VaultRegistry
from hj_journal.store.vault import Vault


def _add(vault: Vault, title: str) -> None:
    with vault.transaction() as session:
        session.add(Entry(entry_date=date(2026, 1, 1), title=title, body=f"{title} words"))


def _count(vault: Vault) -> int:
    with vault.session() as session:
        return int(session.scalar(select(func.count()).select_from(Entry)) or 0)


def test_a_byte_copy_is_the_vault_file_and_its_checksum(vault: Vault, tmp_path: Path) -> None:
    import hashlib

    _add(vault, "one")
    target = tmp_path / "copy.db"
    digest = snapshot.copy_file(vault.engine, target)
    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()
    assert target.read_bytes() == vault.db_path.read_bytes()  # the log was folded in first
    assert snapshot.check_attached(vault.engine, target) == []
    assert snapshot.check_pages(vault.engine, target) == []
    with pytest.raises(FileExistsError):
        snapshot.copy_file(vault.engine, target)


def test_no_byte_copy_while_a_reader_keeps_the_log_from_being_folded_in(
    vault: Vault, tmp_path: Path
) -> None:
    _add(vault, "one")
    pool = vault.engine.pool.recreate()
    reader = pool.connect()
    try:
        reader.driver_connection.execute("BEGIN")
        reader.driver_connection.execute("SELECT count(*) FROM entries").fetchall()
        _add(vault, "two")  # lands in the log, which the reader's snapshot still needs
        fairy = vault.engine.raw_connection()
        fairy.driver_connection.execute("PRAGMA busy_timeout = 50").fetchall()
        fairy.close()
        target = tmp_path / "copy.db"
        assert snapshot.copy_file(vault.engine, target) is None
        assert not target.exists()
    finally:
        reader.invalidate()
        pool.dispose()
    assert _count(vault) == 2


def test_a_stopped_byte_copy_leaves_no_file(vault: Vault, tmp_path: Path) -> None:
    def stop(_done: int, _total: int) -> None:
        raise KeyboardInterrupt

    target = tmp_path / "copy.db"
    with pytest.raises(KeyboardInterrupt):
        snapshot.copy_file(vault.engine, target, stop)
    assert not target.exists()
    _add(vault, "still writable")  # the write lock was let go
    assert _count(vault) == 1


def test_restoring_pages_brings_back_the_copy_and_its_search_index(
    vault: Vault, tmp_path: Path
) -> None:
    _add(vault, "kept")
    copy = tmp_path / "copy.db"
    snapshot.export_copy(vault.engine, copy)
    _add(vault, "gone")
    seen: list[tuple[int, int]] = []
    snapshot.restore_pages(vault.engine, copy, lambda done, total: seen.append((done, total)))
    with vault.session() as session:
        assert list(session.scalars(select(Entry.title))) == ["kept"]
        found = session.execute(text("SELECT rowid FROM entry_fts WHERE entry_fts MATCH 'gone'"))
        assert found.all() == []
    assert seen and seen[-1][0] == seen[-1][1]
    assert vault.verify().ok
    _add(vault, "after")  # the vault goes on as usual
    assert _count(vault) == 2


def test_another_vaults_copy_or_another_schema_changes_nothing(
    vault: Vault, registry: VaultRegistry, policy: KdfPolicy, tmp_path: Path
) -> None:
    _add(vault, "mine")
    other, _ = registry.create("Other", "another calm passphrase", policy=policy)
    try:
        theirs = tmp_path / "theirs.db"
        snapshot.export_copy(other.engine, theirs)
    finally:
        other.lock()
    with pytest.raises(snapshot.SnapshotError):
        snapshot.restore_pages(vault.engine, theirs)
    older = tmp_path / "older.db"
    snapshot.export_copy(vault.engine, older)
    _add(vault, "newer")
    with vault.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0000_other'"))
    with pytest.raises(snapshot.SchemaMismatchError):
        snapshot.restore_pages(vault.engine, older)
    assert _count(vault) == 2
    assert vault.verify().ok
