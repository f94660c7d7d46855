"""A passphrase changed on another device: the next unlock here asks for the new one.

Real key files, real crypto, real folders: two or three devices share a folder copied
between them as a sync tool would (tests.core.sync.support).
"""

from __future__ import annotations

import base64
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from hj_journal.core.vaults import (
    KdfPolicy,
    PassphraseChangedElsewhereError,
    VaultRegistry,
    WrongSecretError,
    unlock_any_with_passphrase,
    unlock_with_passphrase,
)
from hj_journal.store import kdf, keyfile
from hj_journal.store.joined import BRIDGE_FILE, has_rotation_bridge
from tests.core.sync.support import PASSPHRASE, Device, Mesh, three

NEW = "the passphrase chosen on the laptop"


@pytest.fixture
def pair(tmp_path: Path, policy: KdfPolicy) -> Iterator[Mesh]:
    a = Device.first(tmp_path, policy, "a")
    shutil.copytree(a.folder, tmp_path / "b-synced")
    b = Device.joining(tmp_path, policy, "b")
    mesh = Mesh([a, b])
    mesh.settle()
    yield mesh
    a.close()
    b.close()


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the passphrase key derivations (one entry each)."""
    counted: list[int] = []
    derive = kdf.derive_key  # what the key file's unwrapping calls

    def counting(*args: object, **kwargs: object) -> bytearray:
        counted.append(1)
        return derive(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(keyfile, "derive_key", counting)
    return counted


def _rotate_while_b_is_locked(pair: Mesh, policy: KdfPolicy, passphrase: str = NEW) -> str:
    a, b = pair.devices
    b.vault.lock()
    a.vault.rotate_key(passphrase, policy=policy)
    uuid = a.write("After the rotation", "written on the laptop")
    a.sync.sync_now()
    pair.deliver(a, b)  # b is locked: only the sync tool moves files
    return uuid


def test_locked_during_a_rotation_the_old_passphrase_is_told_to_use_the_new_one(
    pair: Mesh, policy: KdfPolicy, derivations: list[int]
) -> None:
    a, b = pair.devices
    uuid = _rotate_while_b_is_locked(pair, policy)
    derivations.clear()
    with pytest.raises(PassphraseChangedElsewhereError) as told:
        unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)
    assert "changed on another device" in str(told.value)
    assert isinstance(told.value, WrongSecretError)  # exit 2 on the command line
    assert not b.vault.is_unlocked  # nothing shown
    assert has_rotation_bridge(b.vault)
    assert len(derivations) == 2  # the old key file, then the new passphrase tried once
    # Again with the old one: refused again, still without a round's worth of surprises.
    with pytest.raises(PassphraseChangedElsewhereError):
        unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)
    assert not b.vault.is_unlocked
    derivations.clear()
    unlock_with_passphrase(b.vault, NEW, policy=policy)  # through the rotation path
    assert b.vault.is_unlocked
    assert len(derivations) == 1  # the rotated key file only: its key opens the vault
    assert b.vault.read_key_file() == a.vault.read_key_file()
    b.sync.sync_now()
    assert b.entry(uuid) == ("After the rotation", "written on the laptop")
    b.vault.lock()
    with pytest.raises(WrongSecretError) as wrong:
        unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)
    assert type(wrong.value) is WrongSecretError  # crossed: the old one is simply wrong now


def test_open_during_a_rotation_the_old_passphrase_is_told_and_the_new_one_derives_once(
    pair: Mesh, policy: KdfPolicy, derivations: list[int]
) -> None:
    a, b = pair.devices
    a.vault.rotate_key(NEW, policy=policy)
    a.sync.sync_now()
    pair.deliver(a, b)
    assert b.sync.sync_now().rotated_elsewhere  # b was open: it left itself the bridge
    b.vault.lock()
    derivations.clear()
    with pytest.raises(PassphraseChangedElsewhereError):
        unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)
    assert not b.vault.is_unlocked
    assert len(derivations) == 2  # the rotated key file, then this device's own
    derivations.clear()
    unlock_with_passphrase(b.vault, NEW, policy=policy)
    assert len(derivations) == 1  # was two: the key just derived opens the vault
    assert not has_rotation_bridge(b.vault)
    assert b.vault.read_key_file() == a.vault.read_key_file()


def test_a_passphrase_changed_elsewhere_without_rotation_is_asked_for_too(
    pair: Mesh, policy: KdfPolicy
) -> None:
    a, b = pair.devices
    b.vault.lock()
    a.vault.change_passphrase(NEW, policy=policy)  # a re-wrap: the same database key
    a.sync.sync_now()
    pair.deliver(a, b)
    with pytest.raises(PassphraseChangedElsewhereError):
        unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)
    assert not b.vault.is_unlocked
    assert not has_rotation_bridge(b.vault)
    assert b.vault.read_key_file() == a.vault.read_key_file()  # the new key file is here
    unlock_with_passphrase(b.vault, NEW, policy=policy)
    assert b.vault.is_unlocked


def test_a_new_recovery_key_elsewhere_keeps_the_same_passphrase_working(
    pair: Mesh, policy: KdfPolicy
) -> None:
    a, b = pair.devices
    _rotate_while_b_is_locked(pair, policy, passphrase=PASSPHRASE)  # the key, not the words
    unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)
    assert b.vault.is_unlocked
    assert b.vault.read_key_file() == a.vault.read_key_file()  # crossed on the way in
    assert not has_rotation_bridge(b.vault)


def test_an_unplugged_folder_opens_as_before_and_says_nothing(
    pair: Mesh, policy: KdfPolicy, tmp_path: Path
) -> None:
    _a, b = pair.devices
    _rotate_while_b_is_locked(pair, policy)
    (tmp_path / "b-synced").rename(tmp_path / "b-synced-unplugged")
    unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)
    assert b.vault.is_unlocked
    assert not has_rotation_bridge(b.vault)
    b.vault.lock()
    (tmp_path / "b-synced-unplugged").rename(tmp_path / "b-synced")  # plugged in again
    with pytest.raises(PassphraseChangedElsewhereError):
        unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)


def test_nothing_changed_costs_one_derivation_and_no_round(
    pair: Mesh, policy: KdfPolicy, derivations: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hj_journal.core.sync import elsewhere

    _a, b = pair.devices
    b.vault.lock()
    rounds: list[int] = []
    monkeypatch.setattr(elsewhere, "_one_round", lambda vault: rounds.append(1))
    derivations.clear()
    unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)
    assert b.vault.is_unlocked
    assert (len(derivations), rounds) == (1, [])


def test_a_damaged_bridge_never_locks_the_old_passphrase_out(
    pair: Mesh, policy: KdfPolicy
) -> None:
    a, b = pair.devices
    a.vault.rotate_key(NEW, policy=policy)
    a.sync.sync_now()
    pair.deliver(a, b)
    b.sync.sync_now()
    b.vault.lock()
    path = b.vault.folder / BRIDGE_FILE
    doc = json.loads(path.read_bytes())
    sealed = bytearray(base64.b64decode(doc["sealed"]))
    sealed[5] ^= 1
    doc["sealed"] = base64.b64encode(bytes(sealed)).decode("ascii")
    path.write_text(json.dumps(doc))
    with pytest.raises(PassphraseChangedElsewhereError):
        # The damaged bridge is put aside and a sound one left by the round that runs.
        unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)
    assert json.loads(path.read_bytes())["sealed"] != doc["sealed"]
    unlock_with_passphrase(b.vault, NEW, policy=policy)
    assert b.vault.read_key_file() == a.vault.read_key_file()


def test_a_damaged_bridge_with_the_folder_unplugged_opens_as_before(
    pair: Mesh, policy: KdfPolicy, tmp_path: Path
) -> None:
    a, b = pair.devices
    a.vault.rotate_key(NEW, policy=policy)
    a.sync.sync_now()
    pair.deliver(a, b)
    b.sync.sync_now()
    b.vault.lock()
    (b.vault.folder / BRIDGE_FILE).write_bytes(b'{"format": "hj-journal-rotation-bridge"}')
    (tmp_path / "b-synced").rename(tmp_path / "elsewhere")
    unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)
    assert b.vault.is_unlocked
    assert not has_rotation_bridge(b.vault)  # it could never cross: put aside


def test_a_vault_not_kept_in_step_loads_nothing_of_sync(
    registry: VaultRegistry, policy: KdfPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hj_journal.core.sync import elsewhere

    vault, _key = registry.create("Journal", PASSPHRASE, policy=policy)
    vault.lock()
    monkeypatch.setattr(elsewhere, "changed_elsewhere", None)  # would fail if called
    unlock_with_passphrase(vault, PASSPHRASE, policy=policy)
    assert vault.is_unlocked
    vault.lock()


def test_naming_no_vault_the_old_passphrase_is_told_and_the_new_one_opens(
    tmp_path: Path, policy: KdfPolicy, derivations: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    from hj_journal.core.sync import elsewhere

    mesh = three(tmp_path, policy)
    a, b, c = mesh.devices
    try:
        mesh.settle()
        b.vault.lock()
        a.vault.rotate_key(NEW, policy=policy)
        a.sync.sync_now()
        mesh.deliver(a, b)
        registry = VaultRegistry(tmp_path / "b" / "vaults")
        with pytest.raises(PassphraseChangedElsewhereError):
            unlock_any_with_passphrase(registry, PASSPHRASE, policy=policy)
        assert not b.vault.is_unlocked
        rounds: list[int] = []
        monkeypatch.setattr(elsewhere, "_one_round", lambda vault: rounds.append(1))
        derivations.clear()
        opened = unlock_any_with_passphrase(registry, NEW, policy=policy)
        assert opened.folder == b.vault.folder
        # The rotated key file, then the vault's slot as every unlock naming none does;
        # crossed just now, so no look at the folder and no round before it is shown.
        assert (len(derivations), rounds) == (2, [])
        assert opened.read_key_file() == a.vault.read_key_file()
        opened.lock()
    finally:
        for device in (a, c):
            device.close()


@pytest.mark.parametrize("how", ["flipped", "truncated", "an older one"])
def test_a_folder_key_file_tampered_with_never_locks_this_device_out(
    pair: Mesh, policy: KdfPolicy, tmp_path: Path, how: str
) -> None:
    a, b = pair.devices
    copy = next(p for p in (tmp_path / "b-synced").iterdir() if p.is_dir()) / "vault.key"
    older = copy.read_bytes()
    a.vault.change_passphrase("an in-between passphrase", policy=policy)
    a.sync.sync_now()
    pair.settle()  # b has heard of that one: the folder's copy is what it knows
    b.vault.lock()
    data = bytearray(copy.read_bytes())
    if how == "flipped":
        data[len(data) // 2] ^= 1
    elif how == "truncated":
        del data[len(data) // 2 :]
    else:
        data = bytearray(older)  # an old copy swapped back in
    copy.write_bytes(bytes(data))
    unlock_with_passphrase(b.vault, "an in-between passphrase", policy=policy)
    assert b.vault.is_unlocked  # nothing came in that could change its key: opens
    assert b.vault.read_key_file() == a.vault.read_key_file()
    assert not has_rotation_bridge(b.vault)


def test_a_kill_while_the_new_passphrase_crosses_leaves_the_way_open(
    pair: Mesh, policy: KdfPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hj_journal.store import rotation

    a, b = pair.devices
    _rotate_while_b_is_locked(pair, policy)
    with pytest.raises(PassphraseChangedElsewhereError):
        unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)  # leaves the bridge
    check = rotation._check

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # the process ends before the new key file is in place

    monkeypatch.setattr(rotation, "_check", killed)
    with pytest.raises(KeyboardInterrupt):
        unlock_with_passphrase(b.vault, NEW, policy=policy)
    assert not b.vault.is_unlocked
    monkeypatch.setattr(rotation, "_check", check)
    with pytest.raises(PassphraseChangedElsewhereError):
        unlock_with_passphrase(b.vault, PASSPHRASE, policy=policy)  # still the old copy
    unlock_with_passphrase(b.vault, NEW, policy=policy)
    assert b.vault.read_key_file() == a.vault.read_key_file()
