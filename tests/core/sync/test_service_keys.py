"""Passphrase changes and key rotation on one device, as the others see them."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hj_journal.core.vaults import KdfPolicy, WrongSecretError
from hj_journal.store import changeset
from hj_journal.store.keyfile import KeyFile
from tests.core.sync.support import PASSPHRASE, Device, Mesh

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
