"""The key file: slots, authenticated header, KDF floor, damage and tampering."""

from __future__ import annotations

import json

import pytest

from hj_journal.store import recovery
from hj_journal.store.errors import (
    RecoveryKeyFormatError,
    UnsupportedVaultError,
    VaultDamagedError,
    WrongSecretError,
)
from hj_journal.store.kdf import Argon2Params, KdfPolicy
from hj_journal.store.keyfile import KeyFile
from tests.helpers import resealed

DB_KEY = bytearray(range(32))


@pytest.fixture
def keyfile(policy: KdfPolicy) -> tuple[KeyFile, str]:
    recovery_key = recovery.generate()
    return KeyFile.create(bytearray(DB_KEY), "open sesame please", recovery_key, policy), (
        recovery_key
    )


def test_passphrase_and_recovery_slots_both_unwrap_the_same_key(keyfile, policy) -> None:
    kf, recovery_key = keyfile
    again = KeyFile.from_bytes(kf.to_bytes())
    assert again.unwrap_with_passphrase("open sesame please", policy) == DB_KEY
    assert again.unwrap_with_recovery_key(recovery_key) == DB_KEY
    assert again.unwrap_with_recovery_key(recovery_key.lower().replace("-", " ")) == DB_KEY


def test_wrong_passphrase_and_wrong_recovery_key_are_refused(keyfile, policy) -> None:
    kf, _ = keyfile
    with pytest.raises(WrongSecretError):
        kf.unwrap_with_passphrase("open sesame pleasE", policy)
    with pytest.raises(WrongSecretError):
        kf.unwrap_with_recovery_key(recovery.generate())


def test_a_typo_in_the_recovery_key_is_reported_as_a_typo(keyfile) -> None:
    kf, recovery_key = keyfile
    groups = recovery_key.split("-")
    groups[2] = groups[3]
    with pytest.raises(RecoveryKeyFormatError):
        kf.unwrap_with_recovery_key("-".join(groups))


def test_changing_the_passphrase_keeps_the_key_and_the_recovery_slot(keyfile, policy) -> None:
    kf, recovery_key = keyfile
    changed = kf.with_passphrase(bytearray(DB_KEY), "a new passphrase", policy)
    with pytest.raises(WrongSecretError):
        changed.unwrap_with_passphrase("open sesame please", policy)
    assert changed.unwrap_with_passphrase("a new passphrase", policy) == DB_KEY
    assert changed.unwrap_with_recovery_key(recovery_key) == DB_KEY


def test_a_new_recovery_key_retires_the_old_one(keyfile) -> None:
    kf, old = keyfile
    new = recovery.generate()
    changed = kf.with_recovery_key(bytearray(DB_KEY), new)
    assert changed.unwrap_with_recovery_key(new) == DB_KEY
    with pytest.raises(WrongSecretError):
        changed.unwrap_with_recovery_key(old)


@pytest.mark.parametrize("offset", [0, 40, 200, -60, -5])
def test_a_flipped_byte_anywhere_is_reported_as_damage(keyfile, offset) -> None:
    kf, _ = keyfile
    data = bytearray(kf.to_bytes())
    data[offset] ^= 0x01
    with pytest.raises(VaultDamagedError):
        KeyFile.from_bytes(bytes(data))


def test_truncated_and_empty_files_are_damage(keyfile) -> None:
    kf, _ = keyfile
    data = kf.to_bytes()
    for broken in (b"", data[: len(data) // 2], b"\xff\xfe garbage", b"[]"):
        with pytest.raises(VaultDamagedError):
            KeyFile.from_bytes(broken)


def test_weakened_kdf_parameters_are_rejected_before_use() -> None:
    strong = KdfPolicy(
        floor=Argon2Params(memory_kib=64, iterations=2, lanes=1),
        memory_kib=64,
        lanes=1,
        target_seconds=0,
        min_iterations=2,
        max_iterations=2,
        fixed_iterations=2,
    )
    kf = KeyFile.create(bytearray(DB_KEY), "pass phrase", recovery.generate(), strong)

    def weaken(doc) -> None:
        for slot in doc["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"]["iterations"] = 1

    tampered = KeyFile.from_bytes(resealed(kf.to_bytes(), weaken))
    with pytest.raises(VaultDamagedError, match="weaker"):
        tampered.unwrap_with_passphrase("pass phrase", strong)


def test_parameters_cannot_be_changed_even_upwards_without_detection(keyfile, policy) -> None:
    kf, _ = keyfile

    def change(doc) -> None:
        for slot in doc["slots"]:
            if slot["kind"] == "passphrase":
                slot["kdf"]["iterations"] += 1

    tampered = KeyFile.from_bytes(resealed(kf.to_bytes(), change))
    with pytest.raises(WrongSecretError):  # the header is authenticated
        tampered.unwrap_with_passphrase("open sesame please", policy)


def test_a_slot_copied_from_another_vault_is_rejected(keyfile, policy) -> None:
    kf, _ = keyfile
    other = KeyFile.create(bytearray(32), "open sesame please", recovery.generate(), policy)
    foreign = json.loads(other.to_bytes())["slots"][0]

    def transplant(doc) -> None:
        doc["slots"][0] = foreign

    with pytest.raises(VaultDamagedError, match="another vault"):
        KeyFile.from_bytes(resealed(kf.to_bytes(), transplant))

    def relabel(doc) -> None:
        doc["slots"][0] = dict(foreign, vault_id=doc["vault_id"])

    relabelled = KeyFile.from_bytes(resealed(kf.to_bytes(), relabel))
    with pytest.raises(WrongSecretError):
        relabelled.unwrap_with_passphrase("open sesame please", policy)


def test_a_key_file_from_a_newer_version_is_named_as_such(keyfile) -> None:
    kf, _ = keyfile

    def bump(doc) -> None:
        doc["version"] = 99

    with pytest.raises(UnsupportedVaultError):
        KeyFile.from_bytes(resealed(kf.to_bytes(), bump))


def test_the_key_file_holds_no_key_material_in_the_clear(keyfile) -> None:
    kf, recovery_key = keyfile
    data = kf.to_bytes()
    assert bytes(DB_KEY) not in data
    assert bytes(DB_KEY).hex().encode() not in data
    assert recovery.canonical(recovery_key).encode() not in data
    assert b"open sesame" not in data
