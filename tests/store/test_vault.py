"""Vault lifecycle on real SQLCipher files: create, unlock, lock, keys, damage, wipe."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from hj_journal.store.errors import (
    VaultDamagedError,
    VaultExistsError,
    VaultLockedError,
    WrongSecretError,
)
from hj_journal.store.keyfile import KeyFile
from hj_journal.store.models import Entry
from hj_journal.store.registry import LabelTakenError
from hj_journal.store.vault import Vault
from tests.helpers import PASSPHRASE


def _add_entry(vault: Vault, title: str = "Morning", body: str = "Rain on the window.") -> None:
    with vault.transaction() as session:
        session.add(Entry(entry_date=date(2026, 3, 4), title=title, body=body))


def _snapshot(vault: Vault) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in vault.files()}


def test_a_new_vault_is_encrypted_and_uses_the_required_pragmas(vault: Vault) -> None:
    with vault.engine.connect() as conn:
        pragma = lambda name: conn.execute(text(f"PRAGMA {name}")).scalar()
        assert pragma("cipher_version")
        assert pragma("journal_mode") == "wal"
        assert pragma("foreign_keys") == 1
        assert pragma("secure_delete") == 1
        assert pragma("synchronous") == 2  # FULL
        assert pragma("temp_store") == 2  # MEMORY
        assert str(pragma("cipher_memory_security")) == "1"
    vault.lock()
    assert not vault.db_path.read_bytes().startswith(b"SQLite format 3")


def test_unlock_lock_and_unlock_again_keeps_data(vault: Vault, policy) -> None:
    _add_entry(vault)
    vault.lock()
    assert not vault.is_unlocked
    with pytest.raises(VaultLockedError):
        vault.engine  # noqa: B018
    vault.unlock(PASSPHRASE, policy=policy)
    with vault.session() as session:
        assert session.query(Entry).one().title == "Morning"


def test_locking_wipes_the_key_and_removes_the_write_ahead_log(vault: Vault) -> None:
    _add_entry(vault)
    key = vault._key
    assert key is not None and any(key)
    vault.lock()
    assert key == bytearray(len(key))
    names = {p.name for p in vault.files()}
    assert "vault.db-wal" not in names or (vault.folder / "vault.db-wal").stat().st_size == 0


def test_a_wrong_passphrase_changes_no_file(vault: Vault, policy) -> None:
    _add_entry(vault)
    vault.lock()
    before = _snapshot(vault)
    with pytest.raises(WrongSecretError):
        vault.unlock("not the passphrase", policy=policy)
    assert _snapshot(vault) == before
    assert not vault.is_unlocked


def test_recovery_key_unlocks_and_a_new_one_retires_it(created, policy) -> None:
    vault, recovery_key = created
    vault.lock()
    vault.unlock_with_recovery_key(recovery_key)
    new_key = vault.regenerate_recovery_key()
    vault.lock()
    with pytest.raises(WrongSecretError):
        vault.unlock_with_recovery_key(recovery_key)
    vault.unlock_with_recovery_key(new_key)
    assert vault.is_unlocked


def test_changing_the_passphrase_does_not_rewrite_the_database(vault: Vault, policy) -> None:
    _add_entry(vault)
    vault.checkpoint()
    db_before = vault.db_path.read_bytes()
    vault.change_passphrase("a brand new passphrase", policy=policy)
    assert vault.db_path.read_bytes() == db_before
    vault.lock()
    with pytest.raises(WrongSecretError):
        vault.unlock(PASSPHRASE, policy=policy)
    vault.unlock("a brand new passphrase", policy=policy)
    assert vault.check_passphrase("a brand new passphrase", policy=policy)
    assert not vault.check_passphrase(PASSPHRASE, policy=policy)


def test_verify_passes_on_a_healthy_vault(vault: Vault) -> None:
    _add_entry(vault)
    assert vault.verify().ok


def _flip_byte(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0x40
    path.write_bytes(bytes(data))


def test_a_flipped_byte_in_the_first_page_is_damage_at_unlock(vault: Vault, policy) -> None:
    _add_entry(vault)
    vault.lock()
    _flip_byte(vault.db_path, 100)
    with pytest.raises(VaultDamagedError):
        vault.unlock(PASSPHRASE, policy=policy)
    assert not vault.is_unlocked


def test_a_flipped_byte_deep_inside_is_found_by_verify(vault: Vault, policy) -> None:
    for i in range(200):
        _add_entry(vault, title=f"Entry {i}", body="words " * 200)
    vault.lock()
    size = vault.db_path.stat().st_size
    _flip_byte(vault.db_path, size - 2000)
    try:
        vault.unlock(PASSPHRASE, policy=policy)
    except VaultDamagedError:
        return  # found already: fine
    assert not vault.verify().ok


def test_reading_a_damaged_page_raises_damage_not_half_data(vault: Vault, policy) -> None:
    for i in range(200):
        _add_entry(vault, title=f"Entry {i}", body="words " * 200)
    vault.lock()
    size = vault.db_path.stat().st_size
    for offset in range(8192, size, 4096):
        _flip_byte(vault.db_path, offset + 100)
    with pytest.raises(VaultDamagedError):
        vault.unlock(PASSPHRASE, policy=policy)
        with vault.session() as session:
            session.query(Entry).all()


def test_a_missing_database_is_reported_not_recreated(vault: Vault, policy) -> None:
    vault.lock()
    vault.db_path.unlink()
    with pytest.raises(VaultDamagedError):
        vault.unlock(PASSPHRASE, policy=policy)
    assert not vault.db_path.exists()


def test_a_key_file_from_another_vault_does_not_open_this_database(
    registry, vault: Vault, policy
) -> None:
    other, _ = registry.create("Other", PASSPHRASE, policy=policy)
    other.lock()
    vault.lock()
    vault.key_path.write_bytes(other.key_path.read_bytes())
    with pytest.raises(VaultDamagedError):
        vault.unlock(PASSPHRASE, policy=policy)


def test_cannot_create_over_an_existing_vault(vault: Vault, policy) -> None:
    with pytest.raises(VaultExistsError):
        Vault.create(vault.folder, PASSPHRASE, label="x", policy=policy)


def test_several_vaults_side_by_side_found_by_label(registry, vault: Vault, policy) -> None:
    second, _ = registry.create("Practice", PASSPHRASE, policy=policy)
    second.lock()
    assert [v.label for v in registry.vaults()] == ["Notebook", "Practice"]
    assert registry.find("practice").folder == second.folder
    with pytest.raises(LabelTakenError):
        registry.create("notebook", PASSPHRASE, policy=policy)
    with pytest.raises(Exception, match="more than one"):
        registry.find()
    registry.make_default(second)
    assert registry.find().folder == second.folder
    registry.rename(second, "Work notes")
    assert registry.find("Work notes").folder == second.folder


def test_wipe_removes_every_file_of_the_vault(vault: Vault) -> None:
    _add_entry(vault)
    folder = vault.folder
    vault.wipe()
    assert not folder.exists()


def test_listing_vaults_loads_no_cryptography_or_database_code(vault: Vault, tmp_path) -> None:
    """The lock screen lists labels at start-up; the heavy modules wait for an unlock."""
    import subprocess
    import sys

    from tests.helpers import REPO

    code = (
        "import sys\n"
        "from hj_journal.core.vaults import KdfPolicy, VaultRegistry\n"
        "KdfPolicy.production()\n"
        f"labels = [v.label for v in VaultRegistry({str(vault.folder.parent)!r}).vaults()]\n"
        "heavy = ('cryptography', 'sqlalchemy', 'alembic', 'sqlcipher3')\n"
        "print(labels, sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == f"[{vault.label!r}] []"


# Opening with a key found by trying one passphrase on every vault ("Don't list my vaults"),
# and re-wrapping the passphrase slot with new costs at that unlock.


def _found_key(vault: Vault, policy) -> tuple[KeyFile, bytearray]:
    keyfile = vault.read_key_file()
    return keyfile, keyfile.unwrap_with_passphrase(PASSPHRASE, policy)


def test_a_found_key_opens_and_re_wraps_the_passphrase_slot(vault: Vault, policy) -> None:
    _add_entry(vault)
    vault.lock()
    keyfile, key = _found_key(vault, policy)
    before = {s.kind: s for s in keyfile.slots}
    assert vault.unlock_with_unwrapped_key(
        keyfile, key, rewrap=(PASSPHRASE, policy.with_iterations(2))
    )
    with vault.session() as session:
        assert session.scalar(text("SELECT count(*) FROM entries")) == 1
    vault.lock()
    after = {s.kind: s for s in vault.read_key_file().slots}
    assert after["passphrase"].argon2_params().iterations == 2
    assert after["passphrase"].kdf["salt"] != before["passphrase"].kdf["salt"]
    assert after["recovery"] == before["recovery"]
    vault.unlock(PASSPHRASE, policy=policy)  # the same passphrase opens it
    vault.lock()


def test_a_key_file_changed_meanwhile_opens_nothing(vault: Vault, policy) -> None:
    keyfile, key = _found_key(vault, policy)
    vault.change_passphrase("another passphrase now", policy=policy)  # in another window
    vault.lock()
    assert not vault.unlock_with_unwrapped_key(keyfile, key)
    assert not vault.is_unlocked
    assert not any(key)  # wiped


def test_a_re_wrap_that_cannot_be_written_leaves_the_vault_open_and_the_old_slot(
    vault: Vault, policy, monkeypatch: pytest.MonkeyPatch
) -> None:
    import hj_journal.store.vault as vault_module

    vault.lock()
    before = vault.key_path.read_bytes()
    keyfile, key = _found_key(vault, policy)

    def full_disk(path, data) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(vault_module, "write_atomic", full_disk)
    assert vault.unlock_with_unwrapped_key(
        keyfile, key, rewrap=(PASSPHRASE, policy.with_iterations(2))
    )
    assert vault.is_unlocked
    vault.lock()
    assert vault.key_path.read_bytes() == before


def test_a_transaction_holds_the_write_lock_from_its_start(vault: Vault, policy) -> None:
    """A save that reads before it writes never meets 'database is locked'.

    In WAL mode a transaction that began by reading cannot write once another
    connection has written since (SQLite gives up at once, without waiting). The
    journal's background work (search, syncing) writes while the window saves drafts.
    """
    import sqlcipher3

    from hj_journal.store.engine import open_connection

    key = vault.read_key_file().unwrap_with_passphrase(PASSPHRASE, policy)
    other = open_connection(vault.db_path, bytearray(key))
    other.execute("PRAGMA busy_timeout = 0")
    try:
        with vault.transaction() as session:
            session.execute(text("SELECT count(*) FROM entries")).scalar_one()  # reads first
            with pytest.raises(sqlcipher3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")  # the background writer waits its turn
            session.add(Entry(entry_date=date(2026, 1, 1), title="Saved", body=""))
        other.execute("BEGIN IMMEDIATE")  # and then goes ahead
        other.execute("ROLLBACK")
    finally:
        other.close()
    with vault.session() as session:
        assert session.query(Entry).filter_by(title="Saved").count() == 1
