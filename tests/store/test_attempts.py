"""The sealed record of attempts: sealed to the vault, fixed-size, unreadable without it."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from hj_journal.store import attempts
from hj_journal.store.errors import RecoveryKeyFormatError, VaultDamagedError, WrongSecretError
from hj_journal.store.models import AttemptSeal
from hj_journal.store.vault import Vault
from tests.helpers import PASSPHRASE

KEPT = Path(__file__).resolve().parents[1] / "data" / "vaults"
SAMPLE_PASSPHRASE = "sample vault passphrase"
WRONG = "not the right words at all"


def _private_key(vault: Vault) -> bytes:
    with vault.session() as session:
        seal = session.get(AttemptSeal, attempts.SEAL_ID)
        assert seal is not None
        return seal.private_key


def test_a_new_vault_carries_the_public_half_of_the_key_kept_inside_it(vault: Vault) -> None:
    keyfile = vault.read_key_file()
    assert keyfile.attempts_key is not None
    assert attempts.public_key_of(_private_key(vault)) == keyfile.attempts_key
    assert "attempts_key" in json.loads(vault.key_path.read_text())


def test_a_record_opens_with_the_private_key_only() -> None:
    private = attempts.new_private_key()
    public = attempts.public_key_of(private)
    at = datetime(2026, 12, 1, 14, 2, 7, tzinfo=UTC)
    sealed = attempts.seal(public, attempts.RECOVERY_KEY, attempts.COMMAND_LINE, at)
    assert len(sealed) == attempts.RECORD_SIZE
    opened = attempts.open_record(private, sealed)
    assert opened == attempts.Attempt(at, attempts.RECOVERY_KEY, attempts.COMMAND_LINE)
    assert attempts.open_record(attempts.new_private_key(), sealed) is None
    flipped = bytearray(sealed)
    flipped[40] ^= 1
    assert attempts.open_record(private, bytes(flipped)) is None
    assert attempts.open_record(private, b"\0" * attempts.RECORD_SIZE) is None
    assert attempts.open_record(private, sealed[:-1]) is None


def test_the_file_shows_nothing_but_its_size(vault: Vault, policy) -> None:
    vault.lock()
    before = datetime.now(UTC)
    for _ in range(3):
        with pytest.raises(WrongSecretError):
            vault.unlock(WRONG, policy=policy, attempt_from=attempts.COMMAND_LINE)
    after = datetime.now(UTC)
    data = attempts.record_path(vault.folder).read_bytes()
    assert len(data) == 3 * attempts.RECORD_SIZE
    assert len(set(attempts.read_file(vault.folder).records)) == 3  # no two alike
    seconds = range(int(before.timestamp()) - 1, int(after.timestamp()) + 2)
    texts = [str(s) for s in seconds]
    texts += [before.strftime(f) for f in ("%Y-%m-%d", "%Y%m%d", "%H:%M", "%d/%m/%Y")]
    texts += [before.isoformat()[:16], str(before.year)]
    for text in texts:
        for encoding in ("ascii", "utf-16-le", "utf-16-be", "utf-32-le"):
            assert text.encode(encoding) not in data, (text, encoding)
    for s in seconds:  # nor the time as a binary number
        for size in (4, 8):
            for order in ("big", "little"):
                assert s.to_bytes(size, order) not in data  # type: ignore[arg-type]
    for word in (b"passphrase", b"recovery", b"app", b"command"):
        assert word not in data.lower()


def test_only_an_attempt_from_a_named_place_is_recorded(vault: Vault, policy) -> None:
    vault.lock()
    with pytest.raises(WrongSecretError):
        vault.unlock(WRONG, policy=policy)  # e.g. one passphrase tried on several vaults
    assert not attempts.record_path(vault.folder).exists()
    with pytest.raises(RecoveryKeyFormatError):
        vault.unlock_with_recovery_key("ABCD-EFGH", attempt_from=attempts.APP)  # a typo
    assert not attempts.record_path(vault.folder).exists()


def test_a_wrong_recovery_key_is_recorded_and_opens_later(created, policy) -> None:
    vault, recovery_key = created
    private = _private_key(vault)
    vault.lock()
    from hj_journal.store import recovery

    with pytest.raises(WrongSecretError):
        vault.unlock_with_recovery_key(recovery.generate(), attempt_from=attempts.APP)
    (record,) = attempts.read_file(vault.folder).records
    opened = attempts.open_record(private, record)
    assert opened is not None
    assert (opened.event, opened.place) == (attempts.RECOVERY_KEY, attempts.APP)
    vault.unlock_with_recovery_key(recovery_key)
    vault.lock()


def test_a_key_file_carrying_someone_elses_public_key_is_refused_as_damaged(
    vault: Vault, policy
) -> None:
    vault.lock()
    swapped = vault.read_key_file().with_attempts_key(
        attempts.public_key_of(attempts.new_private_key())
    )
    vault.key_path.write_bytes(swapped.to_bytes())  # a valid checksum: only the key differs
    with pytest.raises(VaultDamagedError, match="tampered"):
        vault.unlock(PASSPHRASE, policy=policy)
    assert not vault.is_unlocked


def test_a_key_file_that_lost_its_public_key_gets_it_back_and_says_so(
    vault: Vault, policy
) -> None:
    from hj_journal.store.models import UnlockAttempt

    public = vault.read_key_file().attempts_key
    vault.lock()
    stripped = vault.read_key_file()
    vault.key_path.write_bytes(type(stripped)(stripped.vault_id, stripped.slots).to_bytes())
    vault.unlock(PASSPHRASE, policy=policy)
    assert vault.read_key_file().attempts_key == public
    with vault.session() as session:
        assert [r.event for r in session.query(UnlockAttempt)] == [attempts.KEY_REMOVED]


def test_a_kill_mid_record_leaves_later_records_readable(vault: Vault, policy) -> None:
    private = _private_key(vault)
    vault.lock()
    with pytest.raises(WrongSecretError):
        vault.unlock(WRONG, policy=policy, attempt_from=attempts.APP)
    path = attempts.record_path(vault.folder)
    path.write_bytes(path.read_bytes()[:30])  # what a kill halfway through could leave
    found = attempts.read_file(vault.folder)
    assert found.cut_short and found.records == ()
    with pytest.raises(WrongSecretError):
        vault.unlock(WRONG, policy=policy, attempt_from=attempts.COMMAND_LINE)
    found = attempts.read_file(vault.folder)
    assert not found.cut_short and len(found.records) == 2
    assert attempts.open_record(private, found.records[0]) is None  # the cut-short one
    later = attempts.open_record(private, found.records[1])
    assert later is not None and later.place == attempts.COMMAND_LINE


def test_an_old_vault_gets_a_key_pair_on_unlock_then_records_attempts(
    tmp_path: Path, policy
) -> None:
    folder = tmp_path / "0004"
    shutil.copytree(KEPT / "0004", folder)
    vault = Vault(folder)
    assert vault.read_key_file().attempts_key is None
    with pytest.raises(WrongSecretError):  # nothing to seal to yet: nothing recorded
        vault.unlock(WRONG, policy=policy, attempt_from=attempts.APP)
    assert not attempts.record_path(folder).exists()
    vault.unlock(SAMPLE_PASSPHRASE, policy=policy)
    private = _private_key(vault)
    vault.lock()
    assert vault.read_key_file().attempts_key == attempts.public_key_of(private)
    with pytest.raises(WrongSecretError):
        vault.unlock(WRONG, policy=policy, attempt_from=attempts.APP)
    (record,) = attempts.read_file(folder).records
    assert attempts.open_record(private, record) is not None
    recovery_key = (folder / "RECOVERY_KEY.txt").read_text().strip()
    vault.unlock_with_recovery_key(recovery_key)  # the recovery slot still opens it
    assert _private_key(vault) == private
    vault.lock()


def test_rotation_keeps_the_record_sealed_to_the_same_vault(vault: Vault, policy) -> None:
    private = _private_key(vault)
    public = vault.read_key_file().attempts_key
    vault.rotate_key("a new passphrase for the river", policy=policy)
    assert vault.read_key_file().attempts_key == public
    assert _private_key(vault) == private  # a row of the rewritten database
    vault.lock()
    with pytest.raises(WrongSecretError):
        vault.unlock(PASSPHRASE, policy=policy, attempt_from=attempts.COMMAND_LINE)
    vault.unlock("a new passphrase for the river", policy=policy)  # not refused as swapped
    (record,) = attempts.read_file(vault.folder).records
    assert attempts.open_record(_private_key(vault), record) is not None


def test_unlocking_takes_no_write_lock_when_nothing_needs_writing(vault: Vault, policy) -> None:
    # Another process writing (an import on the command line) must not hold up an unlock.
    import time

    from hj_journal.store.engine import open_connection

    key = vault.read_key_file().unwrap_with_passphrase(PASSPHRASE, policy)
    vault.lock()
    other = open_connection(vault.db_path, bytearray(key))
    try:
        other.execute("BEGIN IMMEDIATE")
        started = time.monotonic()
        vault.unlock(PASSPHRASE, policy=policy)
        assert time.monotonic() - started < 4  # the busy timeout is 5 s
        other.execute("ROLLBACK")
    finally:
        other.close()
