"""Passphrase changes and key rotation on one device, as the others see them."""

from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest

from hj_journal.core.vaults import KdfPolicy, WrongSecretError
from hj_journal.store import changeset
from hj_journal.store.keyfile import KeyFile
from tests.core.sync.support import PASSPHRASE, Device, Mesh, three

NEW = "a different passphrase for every device"


@pytest.fixture
def pair(tmp_path: Path, policy: KdfPolicy) -> Mesh:
    a = Device.first(tmp_path, policy, "a")
    shutil.copytree(a.folder, tmp_path / "b-synced")
    b = Device.joining(tmp_path, policy, "b")
    mesh = Mesh([a, b])
    yield mesh
    a.close()
    b.close()


def test_a_new_passphrase_reaches_the_other_device(pair: Mesh, policy: KdfPolicy) -> None:
    a, b = pair.devices
    a.vault.change_passphrase(NEW, policy=policy)
    a.sync.sync_now()
    pair.everywhere()
    report = b.sync.sync_now()
    assert report.key_changed
    assert b.vault.read_key_file() == a.vault.read_key_file()
    b.vault.lock()
    with pytest.raises(WrongSecretError):
        b.vault.unlock(PASSPHRASE, policy=policy)
    b.vault.unlock(NEW, policy=policy)  # its next unlock asks for the new passphrase


def test_a_key_file_from_another_vault_in_a_change_set_is_not_taken(
    pair: Mesh, policy: KdfPolicy, tmp_path: Path
) -> None:
    a, b = pair.devices
    other = Device.first(tmp_path / "other", policy, "x")
    try:
        assert not b.sync._install_key_news(other.vault.key_path.read_bytes())
    finally:
        other.close()
    assert b.vault.read_key_file() == a.vault.read_key_file()


def test_after_a_rotation_new_changes_are_out_of_reach_of_the_old_key(
    pair: Mesh, policy: KdfPolicy
) -> None:
    a, b = pair.devices
    old_keyfile = KeyFile.from_bytes(a.vault.key_path.read_bytes())
    old_key = old_keyfile.unwrap_with_passphrase(PASSPHRASE, policy)
    a.vault.rotate_key(NEW, policy=policy)
    uuid = a.write("After the rotation", "new words")
    a.sync.sync_now()
    pair.everywhere()
    # The old passphrase and key file open no sync key written since.
    wrapping = changeset.subkey(old_key, old_keyfile.vault_id, changeset.WRAP)
    place = next(p for p in b.folder.iterdir())
    generations = sorted(int(p.stem) for p in (place / "keys").glob("*.hjkey"))
    assert generations == [1, 2]
    with pytest.raises(changeset.SealedFileError):
        changeset.unwrap_sync_key(
            wrapping, (place / "keys" / "2.hjkey").read_bytes(), vault_id=old_keyfile.vault_id
        )
    # The other device cannot read them either, stops sending and says so once.
    report = b.sync.sync_now()
    assert report.rotated_elsewhere and report.problems == ()
    assert b.entry(uuid) is None
    b.write("Written meanwhile")
    assert b.sync.sync_now().sent is None
    assert b.sync.status().rotated_elsewhere


def test_after_a_rotation_the_others_next_unlock_asks_for_the_new_passphrase(
    tmp_path: Path, policy: KdfPolicy
) -> None:
    from hj_journal.core.sync.joining import cross_rotations
    from hj_journal.core.vaults import VaultRegistry
    from hj_journal.store.joined import finish_rotation_elsewhere, has_rotation_bridge

    mesh = three(tmp_path, policy)
    a, b, c = mesh.devices
    try:
        before = a.write("Before", "written before the rotation")
        mesh.settle()
        a.vault.rotate_key(NEW, policy=policy)
        after = a.write("After the rotation", "new words")
        a.sync.sync_now()
        mesh.everywhere()
        for device in (b, c):
            assert device.sync.sync_now().rotated_elsewhere
            assert has_rotation_bridge(device.vault)
        meanwhile = b.write("Meanwhile on b", "typed before b heard")
        for device in (b, c):
            device.vault.lock()
            # The old passphrase does not cross, and the vault is left as it was.
            assert not finish_rotation_elsewhere(device.vault, PASSPHRASE, policy)
        # The lock screen: the new passphrase, naming no vault.
        registry = VaultRegistry(tmp_path / "b" / "vaults")
        cross_rotations(registry.vaults(), NEW, policy=policy)
        opened = registry.unlock_any(NEW, policy=policy)
        assert opened.folder == b.vault.folder
        opened.lock()
        assert finish_rotation_elsewhere(c.vault, NEW, policy)
        for device in (b, c):
            assert not has_rotation_bridge(device.vault)
            device.vault.lock()
            with pytest.raises(WrongSecretError):
                device.vault.unlock(PASSPHRASE, policy=policy)
            device.vault.unlock(NEW, policy=policy)
            assert device.vault.read_key_file() == a.vault.read_key_file()
        mesh.settle()
        for device in mesh.devices:
            assert device.entry(after) == ("After the rotation", "new words")
            assert device.entry(before) == ("Before", "written before the rotation")
            assert device.entry(meanwhile) == ("Meanwhile on b", "typed before b heard")
            assert not device.sync.status().rotated_elsewhere
        # Nobody made a sync key of its own: every device writes under a's new one.
        place = next(p for p in a.folder.iterdir() if p.is_dir())
        assert sorted(int(p.stem) for p in (place / "keys").glob("*.hjkey")) == [1, 2]
        old = KeyFile.from_bytes((place / "vault.key").read_bytes())
        with pytest.raises(WrongSecretError):
            old.unwrap_with_passphrase(PASSPHRASE, policy)
    finally:
        for device in mesh.devices:
            device.close()


def _rotated_elsewhere(pair: Mesh, policy: KdfPolicy) -> Device:
    a, b = pair.devices
    a.vault.rotate_key(NEW, policy=policy)
    a.sync.sync_now()
    pair.everywhere()
    assert b.sync.sync_now().rotated_elsewhere
    b.vault.lock()
    return b


def test_a_damaged_bridge_crosses_nothing(pair: Mesh, policy: KdfPolicy) -> None:
    from hj_journal.store.joined import BRIDGE_FILE, finish_rotation_elsewhere

    b = _rotated_elsewhere(pair, policy)
    path = b.vault.folder / BRIDGE_FILE
    doc = json.loads(path.read_bytes())
    sealed = bytearray(base64.b64decode(doc["sealed"]))
    sealed[3] ^= 1
    doc["sealed"] = base64.b64encode(bytes(sealed)).decode("ascii")
    path.write_text(json.dumps(doc))
    assert not finish_rotation_elsewhere(b.vault, NEW, policy)
    path.write_bytes(b"{half a file")
    assert not finish_rotation_elsewhere(b.vault, NEW, policy)
    b.vault.unlock(PASSPHRASE, policy=policy)  # as it was: the old passphrase opens it


def test_a_kill_while_crossing_leaves_the_old_key_working_then_crosses(
    pair: Mesh, policy: KdfPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hj_journal.store import rotation
    from hj_journal.store.joined import finish_rotation_elsewhere

    b = _rotated_elsewhere(pair, policy)
    check = rotation._check

    def killed(*_args: object) -> None:
        raise KeyboardInterrupt  # the process ends before the new key file is in place

    monkeypatch.setattr(rotation, "_check", killed)
    with pytest.raises(KeyboardInterrupt):
        finish_rotation_elsewhere(b.vault, NEW, policy)
    b.vault.unlock(PASSPHRASE, policy=policy)
    b.vault.lock()
    monkeypatch.setattr(rotation, "_check", check)
    assert finish_rotation_elsewhere(b.vault, NEW, policy)
    b.vault.unlock(NEW, policy=policy)


def test_the_bridge_is_left_once_not_every_round(pair: Mesh, policy: KdfPolicy) -> None:
    from hj_journal.store.joined import BRIDGE_FILE

    a, b = pair.devices
    a.vault.rotate_key(NEW, policy=policy)
    a.sync.sync_now()
    pair.everywhere()
    b.sync.sync_now()
    first = (b.vault.folder / BRIDGE_FILE).read_bytes()
    b.sync.sync_now()
    assert (b.vault.folder / BRIDGE_FILE).read_bytes() == first
