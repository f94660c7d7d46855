"""Key rotation on real SQLCipher files: old secrets and old key files open nothing new."""

from __future__ import annotations

import stat
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from hj_journal.store import locks
from hj_journal.store.errors import VaultDamagedError, WrongSecretError
from hj_journal.store.models import Entry
from hj_journal.store.rotation import NEW_DB, NEW_KEY, OLD_DB, VaultInUseError
from hj_journal.store.vault import Vault
from tests.helpers import PASSPHRASE, REPO

NEW_PASSPHRASE = "a lantern by the harbour"


def _add_entry(vault: Vault, title: str) -> None:
    with vault.transaction() as session:
        session.add(Entry(entry_date=date(2026, 3, 4), title=title, body="Quiet words."))


def _titles(vault: Vault) -> set[str]:
    with vault.session() as session:
        return set(session.scalars(select(Entry.title)))


def test_an_old_key_file_and_the_old_passphrase_open_nothing_after_rotation(
    created, policy
) -> None:
    vault, old_recovery = created
    _add_entry(vault, "before")
    old_key_file = vault.key_path.read_bytes()  # what every older backup holds
    new_recovery = vault.rotate_key(NEW_PASSPHRASE, policy=policy, current_passphrase=PASSPHRASE)
    assert new_recovery != old_recovery
    _add_entry(vault, "after the change")
    assert _titles(vault) == {"before", "after the change"}
    vault.lock()

    new_key_file = vault.key_path.read_bytes()
    vault.key_path.write_bytes(old_key_file)
    with pytest.raises(VaultDamagedError):  # the old key no longer decrypts the database
        vault.unlock(PASSPHRASE, policy=policy)
    with pytest.raises(VaultDamagedError):
        vault.unlock_with_recovery_key(old_recovery)
    assert not vault.is_unlocked

    vault.key_path.write_bytes(new_key_file)
    with pytest.raises(WrongSecretError):
        vault.unlock(PASSPHRASE, policy=policy)
    with pytest.raises(WrongSecretError):
        vault.unlock_with_recovery_key(old_recovery)
    vault.unlock_with_recovery_key(new_recovery)
    assert _titles(vault) == {"before", "after the change"}
    vault.lock()
    vault.unlock(NEW_PASSPHRASE, policy=policy)
    assert vault.verify().ok
    names = {p.name for p in vault.files()}
    assert not names & {NEW_DB, NEW_KEY, OLD_DB}


def test_a_new_recovery_key_with_rotation_keeps_the_passphrase(created, policy) -> None:
    vault, old_recovery = created
    old_key_file = vault.key_path.read_bytes()
    new_recovery = vault.rotate_key(PASSPHRASE, policy=policy, current_passphrase=PASSPHRASE)
    _add_entry(vault, "written later")
    vault.lock()
    new_key_file = vault.key_path.read_bytes()
    vault.key_path.write_bytes(old_key_file)
    with pytest.raises(VaultDamagedError):
        vault.unlock_with_recovery_key(old_recovery)
    vault.key_path.write_bytes(new_key_file)
    vault.unlock(PASSPHRASE, policy=policy)  # the passphrase is the same
    vault.lock()
    vault.unlock_with_recovery_key(new_recovery)
    assert _titles(vault) == {"written later"}


def test_rotation_refuses_a_current_passphrase_that_no_longer_opens_the_key_file(
    vault: Vault, policy
) -> None:
    before = vault.key_path.read_bytes()
    with pytest.raises(WrongSecretError):
        vault.rotate_key(NEW_PASSPHRASE, policy=policy, current_passphrase="not it at all")
    assert vault.key_path.read_bytes() == before
    _add_entry(vault, "still open")  # the vault stays unlocked and usable


HOLD_OPEN = """
import sys, time
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.vault import Vault
vault = Vault(sys.argv[1])
vault.unlock({passphrase!r}, policy=KdfPolicy.fast_for_tests())
print("open", flush=True)
sys.stdin.readline()
"""


def test_rotation_stops_before_changing_anything_when_another_process_has_it_open(
    vault: Vault, policy
) -> None:
    _add_entry(vault, "kept")
    vault.lock()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLD_OPEN.format(passphrase=PASSPHRASE), str(vault.folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "open"
        vault.unlock(PASSPHRASE, policy=policy)
        key_before = vault.key_path.read_bytes()
        with pytest.raises(VaultInUseError):
            vault.rotate_key(NEW_PASSPHRASE, policy=policy)
        assert vault.key_path.read_bytes() == key_before
        assert _titles(vault) == {"kept"}
        assert not {p.name for p in vault.files()} & {NEW_DB, NEW_KEY, OLD_DB}
    finally:
        child.communicate("\n", timeout=30)
    vault.lock()


def test_the_lock_file_is_empty_and_private(vault: Vault, policy) -> None:
    vault.change_passphrase(NEW_PASSPHRASE, policy=policy)
    lock_file = vault.folder / locks.LOCK_FILE
    assert lock_file.stat().st_size == 0
    assert stat.S_IMODE(lock_file.stat().st_mode) == 0o600


def test_a_second_change_waits_then_says_the_vault_is_busy(
    vault: Vault, policy, monkeypatch
) -> None:
    monkeypatch.setattr(locks, "WAIT_SECONDS", 0.2)
    held = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(
                """
                import sys
                from hj_journal.store import locks
                with locks.exclusive(sys.argv[1]):
                    print("held", flush=True)
                    sys.stdin.readline()
                """
            ),
            str(vault.folder),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert held.stdout is not None and held.stdout.readline().strip() == "held"
        with pytest.raises(locks.VaultBusyError, match="busy"):
            vault.change_passphrase(NEW_PASSPHRASE, policy=policy)
        with pytest.raises(locks.VaultBusyError):
            vault.regenerate_recovery_key()
    finally:
        held.communicate("\n", timeout=30)
    vault.change_passphrase(NEW_PASSPHRASE, policy=policy)  # free again


def test_the_lock_is_reentrant_in_one_thread(tmp_path: Path) -> None:
    with locks.exclusive(tmp_path), locks.exclusive(tmp_path, wait=0):
        pass
