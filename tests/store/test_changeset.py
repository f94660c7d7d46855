"""Sealed sync files: only whole, unchanged files in their own place open."""

from __future__ import annotations

import json
import os

import pytest

from hj_journal.store import changeset
from hj_journal.store.changeset import SealedFileError

VAULT, DEVICE = "a" * 32, "b" * 32
KEY = os.urandom(32)


def _sealed(seq: int = 3, payload: bytes = b"rows " * 100) -> bytes:
    return changeset.seal(
        KEY,
        payload,
        kind=changeset.CHANGES,
        generation=2,
        vault_id=VAULT,
        device_id=DEVICE,
        seq=seq,
    )


def _open(
    data: bytes,
    *,
    seq: int = 3,
    device: str = DEVICE,
    kind: int = changeset.CHANGES,
    key: bytes = KEY,
) -> bytes:
    return changeset.open_sealed(key, data, kind=kind, vault_id=VAULT, device_id=device, seq=seq)


def test_a_sealed_file_opens_in_its_own_place() -> None:
    data = _sealed()
    assert _open(data) == b"rows " * 100
    assert changeset.generation_of(data) == 2
    assert b"rows" not in data  # compressed and encrypted


@pytest.mark.parametrize("where", [0, 8, 12, 30, -1, -20])
def test_any_flipped_byte_is_refused(where: int) -> None:
    data = bytearray(_sealed())
    data[where] ^= 0x01
    with pytest.raises(SealedFileError):
        _open(bytes(data))


def test_a_truncated_file_is_refused() -> None:
    data = _sealed()
    for size in (0, 5, 30, len(data) - 1):
        with pytest.raises(SealedFileError):
            _open(data[:size])


def test_another_number_device_vault_or_kind_is_refused() -> None:
    data = _sealed()
    with pytest.raises(SealedFileError):
        _open(data, seq=4)
    with pytest.raises(SealedFileError):
        _open(data, device="c" * 32)
    with pytest.raises(SealedFileError):
        _open(data, kind=changeset.SNAPSHOT)
    with pytest.raises(SealedFileError):
        changeset.open_sealed(
            KEY, data, kind=changeset.CHANGES, vault_id="d" * 32, device_id=DEVICE, seq=3
        )
    with pytest.raises(SealedFileError):
        _open(data, key=os.urandom(32))


def test_sync_keys_open_only_with_the_database_key_they_were_wrapped_for() -> None:
    db_key = bytearray(os.urandom(32))
    wrapping = changeset.subkey(db_key, VAULT, changeset.WRAP)
    ring = changeset.wrap_sync_key(wrapping, KEY, vault_id=VAULT, generation=4)
    assert changeset.unwrap_sync_key(wrapping, ring, vault_id=VAULT) == (4, KEY)
    assert KEY.hex() not in ring.decode()
    other = changeset.subkey(bytearray(os.urandom(32)), VAULT, changeset.WRAP)
    with pytest.raises(SealedFileError):
        changeset.unwrap_sync_key(other, ring, vault_id=VAULT)
    with pytest.raises(SealedFileError):
        changeset.unwrap_sync_key(
            wrapping, ring.replace(b'"generation": 4', b'"generation": 5'), vault_id=VAULT
        )
    with pytest.raises(SealedFileError):
        changeset.unwrap_sync_key(wrapping, b"not json", vault_id=VAULT)


def test_derived_keys_differ_by_purpose_and_vault() -> None:
    db_key = bytearray(os.urandom(32))
    assert changeset.subkey(db_key, VAULT, changeset.WRAP) != changeset.subkey(
        db_key, VAULT, changeset.KEY_ID
    )
    assert changeset.subkey(db_key, VAULT, changeset.WRAP) != changeset.subkey(
        db_key, "e" * 32, changeset.WRAP
    )


def test_earlier_sync_keys_open_only_under_the_new_key() -> None:
    new, old = os.urandom(32), os.urandom(32)
    keys = {1: os.urandom(32), 2: os.urandom(32)}
    data = changeset.wrap_earlier_keys(new, keys, vault_id="v1", generation=3)
    assert changeset.unwrap_earlier_keys(new, data, vault_id="v1") == keys
    for wrapping, vault_id in ((old, "v1"), (new, "v2")):
        with pytest.raises(changeset.SealedFileError):
            changeset.unwrap_earlier_keys(wrapping, data, vault_id=vault_id)
    doc = json.loads(data)
    doc["generation"] = 4  # renumbered
    with pytest.raises(changeset.SealedFileError):
        changeset.unwrap_earlier_keys(new, json.dumps(doc).encode(), vault_id="v1")
    with pytest.raises(changeset.SealedFileError):
        changeset.unwrap_earlier_keys(new, data[: len(data) // 2], vault_id="v1")
