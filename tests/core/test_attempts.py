"""After unlocking: what the record of attempts says since the vault was last opened."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hj_journal.core.attempts import APP, COMMAND_LINE, PASSPHRASE, RECOVERY_KEY, Attempts
from hj_journal.core.vaults import Vault, WrongSecretError
from hj_journal.store import attempts as record
from tests.helpers import PASSPHRASE as RIGHT

WRONG = "someone else's guess"


def _fail(vault: Vault, policy, place: str, times: int = 1) -> None:
    for _ in range(times):
        with pytest.raises(WrongSecretError):
            vault.unlock(WRONG, policy=policy, attempt_from=place)


def _reopen(vault: Vault, policy) -> Attempts:
    vault.unlock(RIGHT, policy=policy)
    return Attempts(vault)


def test_a_fresh_vault_has_nothing_to_tell(vault: Vault) -> None:
    report = Attempts(vault).read_new()
    assert report.is_quiet


def test_attempts_since_the_last_unlock_are_told_once_with_times_and_places(
    vault: Vault, policy
) -> None:
    vault.lock()
    before = datetime.now(UTC).replace(microsecond=0)
    _fail(vault, policy, COMMAND_LINE, times=3)
    _fail(vault, policy, APP)
    after = datetime.now(UTC)
    attempts = _reopen(vault, policy)
    report = attempts.read_new()
    assert [a.place for a in report.attempts] == [COMMAND_LINE] * 3 + [APP]
    assert {a.kind for a in report.attempts} == {PASSPHRASE}
    assert all(before <= a.at <= after for a in report.attempts)
    assert not report.shortened and not report.changed
    assert attempts.read_new().is_quiet  # the vault remembers what it has read
    vault.lock()
    assert _reopen(vault, policy).read_new().is_quiet
    history = Attempts(vault).history()
    assert len(history.attempts) == 4 and history.notes == ()


def test_a_changed_record_is_reported_never_a_crash(vault: Vault, policy) -> None:
    vault.lock()
    _fail(vault, policy, APP, times=2)
    path = record.record_path(vault.folder)
    data = bytearray(path.read_bytes())
    data[record.RECORD_SIZE + 40] ^= 0x01  # one flipped bit in the second record
    path.write_bytes(bytes(data))
    report = _reopen(vault, policy).read_new()
    assert len(report.attempts) == 1
    assert report.changed and not report.shortened


def test_a_record_changed_after_it_was_read_is_reported(vault: Vault, policy) -> None:
    vault.lock()
    _fail(vault, policy, APP)
    assert len(_reopen(vault, policy).read_new().attempts) == 1
    vault.lock()
    path = record.record_path(vault.folder)
    data = bytearray(path.read_bytes())
    data[5] ^= 0xFF
    path.write_bytes(bytes(data))
    report = _reopen(vault, policy).read_new()
    assert report.changed
    assert report.attempts == ()


def test_a_truncated_record_is_reported_and_later_ones_still_read(vault: Vault, policy) -> None:
    vault.lock()
    _fail(vault, policy, COMMAND_LINE, times=2)
    path = record.record_path(vault.folder)
    path.write_bytes(path.read_bytes()[: record.RECORD_SIZE + 20])
    report = _reopen(vault, policy).read_new()
    assert [a.place for a in report.attempts] == [COMMAND_LINE]
    assert report.shortened
    vault.lock()
    _fail(vault, policy, APP)
    report = _reopen(vault, policy).read_new()
    assert [a.place for a in report.attempts] == [APP]
    assert not report.shortened and not report.changed


def test_a_deleted_record_is_reported(vault: Vault, policy) -> None:
    vault.lock()
    _fail(vault, policy, APP, times=2)
    assert len(_reopen(vault, policy).read_new().attempts) == 2
    vault.lock()
    _fail(vault, policy, COMMAND_LINE)
    record.record_path(vault.folder).unlink()  # someone hides what they did
    _fail(vault, policy, APP)
    report = _reopen(vault, policy).read_new()
    assert report.shortened
    assert [a.place for a in report.attempts] == [APP]  # the one made after the deletion
    history = Attempts(vault).history()
    assert len(history.attempts) == 3
    assert [n.shortened for n in history.notes] == [True]


def test_attempts_with_the_recovery_key_are_told_as_such(created, policy) -> None:
    from hj_journal.store import recovery

    vault, _ = created
    vault.lock()
    with pytest.raises(WrongSecretError):
        vault.unlock_with_recovery_key(recovery.generate(), attempt_from=APP)
    report = _reopen(vault, policy).read_new()
    assert [a.kind for a in report.attempts] == [RECOVERY_KEY]


def test_attempts_still_seal_and_open_after_a_key_rotation(vault: Vault, policy) -> None:
    vault.rotate_key(RIGHT, policy=policy)
    vault.lock()
    _fail(vault, policy, COMMAND_LINE)
    report = _reopen(vault, policy).read_new()
    assert [a.place for a in report.attempts] == [COMMAND_LINE]
