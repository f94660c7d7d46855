"""Keyed database connections: a damaged file is damage, and a wrong key is said once.

A vault whose database file is empty, cut short or not ours is damage, never a new vault.
Only creating a vault makes a database. Unlocking refuses, before SQLite could create or
Alembic could fill a blank database, and nothing in the folder is changed.

A key that does not open the database is said once: SQLCipher logs every failed page check
to stderr ("ERROR CORE ... hmac check failed"); on the unlock probe that is noise beside the
one sentence the app prints. Its log level is process-wide, so it must be back as it was
afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from hj_journal.core.vaults import KdfPolicy, Vault, VaultDamagedError, VaultRegistry
from hj_journal.store.engine import KeyMismatchError, open_connection
from tests.helpers import PASSPHRASE, cli_command, subprocess_env


def _locked(registry: VaultRegistry, policy: KdfPolicy) -> Vault:
    vault, _ = registry.create("Notebook", PASSPHRASE, policy=policy)
    vault.lock()
    return vault


def _folder_state(vault: Vault) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in vault.files()}


def _empty(db: Path) -> None:
    db.write_bytes(b"")


def _one_byte(db: Path) -> None:
    db.write_bytes(b"\x00")


def _short(db: Path) -> None:
    db.write_bytes(db.read_bytes()[:1000])


def _torn_page(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) - 100])


def _no_header(db: Path) -> None:
    db.write_bytes(os.urandom(4096 * 3))


def _plain_sqlite(db: Path) -> None:
    import sqlite3

    db.unlink()
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


BREAKAGES: dict[str, Callable[[Path], None]] = {
    "empty": _empty,
    "one byte": _one_byte,
    "shorter than a page": _short,
    "cut inside a page": _torn_page,
    "random bytes": _no_header,
    "plain SQLite": _plain_sqlite,
}


@pytest.mark.parametrize("name", list(BREAKAGES))
def test_a_broken_database_file_is_damage_and_nothing_is_created(
    registry: VaultRegistry, policy: KdfPolicy, name: str
) -> None:
    vault = _locked(registry, policy)
    for side in ("-wal", "-shm"):
        vault.db_path.with_name(vault.db_path.name + side).unlink(missing_ok=True)
    BREAKAGES[name](vault.db_path)
    before = _folder_state(vault)
    with pytest.raises(VaultDamagedError):
        vault.unlock(PASSPHRASE, policy=policy)
    assert not vault.is_unlocked
    assert _folder_state(vault) == before  # no -wal, no -shm, no schema written


def test_the_recovery_key_meets_the_same_check(
    created: tuple[Vault, str],
) -> None:
    vault, recovery_key = created
    vault.lock()
    vault.db_path.write_bytes(b"")
    with pytest.raises(VaultDamagedError):
        vault.unlock_with_recovery_key(recovery_key)
    assert vault.db_path.read_bytes() == b""


def test_an_encrypted_database_without_the_journal_schema_is_damage(
    registry: VaultRegistry, policy: KdfPolicy
) -> None:
    vault = _locked(registry, policy)
    key = vault.read_key_file().unwrap_with_passphrase(PASSPHRASE, policy)
    for path in vault.files():
        if path.name.startswith("vault.db"):
            path.unlink()
    # A whole, well-formed database under the vault's own key, but with nothing of ours.
    conn = open_connection(vault.db_path, key)
    conn.execute("CREATE TABLE other (x)")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = _folder_state(vault)
    with pytest.raises(VaultDamagedError):
        vault.unlock(PASSPHRASE, policy=policy)
    assert _folder_state(vault) == before


def test_a_missing_database_stays_missing(registry: VaultRegistry, policy: KdfPolicy) -> None:
    vault = _locked(registry, policy)
    vault.db_path.unlink()
    with pytest.raises(VaultDamagedError, match="missing"):
        vault.unlock(PASSPHRASE, policy=policy)
    assert not vault.db_path.exists()


def test_a_whole_vault_still_opens(registry: VaultRegistry, policy: KdfPolicy) -> None:
    vault = _locked(registry, policy)
    vault.unlock(PASSPHRASE, policy=policy)
    assert vault.verify().ok
    vault.lock()


# ---------------------------------------------------------------------- a wrong key


def _log_level() -> str:
    probe = sqlcipher.connect(":memory:")
    try:
        return str(probe.execute("PRAGMA cipher_log_level").fetchone()[0])
    finally:
        probe.close()


def _vault_db(registry: VaultRegistry, policy: KdfPolicy) -> Path:
    vault, _ = registry.create("Notebook", PASSPHRASE, policy=policy)
    vault.lock()
    return vault.db_path


def test_a_wrong_key_leaves_the_log_level_as_it_was(
    registry: VaultRegistry, policy: KdfPolicy
) -> None:
    db_path = _vault_db(registry, policy)
    before = _log_level()
    with pytest.raises(KeyMismatchError):
        open_connection(db_path, bytearray(32))
    assert _log_level() == before


@pytest.mark.slow
def test_a_key_file_that_does_not_fit_the_database_prints_one_line(tmp_path: Path) -> None:
    (tmp_path / "tmp").mkdir()
    env = subprocess_env(tmp_path / "one", HJ_PASSPHRASE=PASSPHRASE)
    for name in ("one", "two"):
        done = subprocess.run(
            cli_command(tmp_path / name, "init"), env=env, capture_output=True, timeout=120
        )
        assert done.returncode == 0, done.stderr
    # The second vault's key file opens with the same passphrase, but holds another key.
    (key_two,) = (tmp_path / "two" / "vaults").glob("*/vault.key")
    (key_one,) = (tmp_path / "one" / "vaults").glob("*/vault.key")
    shutil.copyfile(key_two, key_one)
    done = subprocess.run(
        cli_command(tmp_path / "one", "list"), env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 3
    assert "ERROR CORE" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr


def test_a_connection_in_use_is_never_closed_by_other_threads(vault) -> None:
    """Many threads over a session (the app's job threads come and go) leave every
    connection in use alone: none is closed under the thread using it."""
    import threading

    from sqlalchemy import text

    with vault.session() as held:
        assert held.execute(text("SELECT 1")).scalar() == 1
        errors: list[BaseException] = []

        def query() -> None:
            try:
                with vault.session() as session:
                    session.execute(text("SELECT count(*) FROM entries")).scalar()
            except BaseException as error:  # reported below
                errors.append(error)

        for _ in range(12):  # one after another, each a new thread
            worker = threading.Thread(target=query)
            worker.start()
            worker.join()
        assert errors == []
        assert held.execute(text("SELECT 2")).scalar() == 2
