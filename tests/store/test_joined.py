"""A vault made from another device's key file, and key files that arrive later."""

from __future__ import annotations

from pathlib import Path

from hj_journal.core.vaults import KdfPolicy, Vault
from hj_journal.store.joined import install_key_file, vault_subkey
from hj_journal.store.keyfile import KeyFile
from tests.helpers import PASSPHRASE


def test_a_new_key_file_with_the_same_key_is_installed(vault: Vault, policy: KdfPolicy) -> None:
    before = vault.read_key_file()
    key = vault._require_key()
    renewed = before.with_passphrase(key, "a brand new passphrase", policy)
    assert install_key_file(vault, renewed.to_bytes())
    assert vault.read_key_file() == renewed
    assert not install_key_file(vault, renewed.to_bytes())  # nothing new


def test_another_vaults_key_file_is_never_installed(
    vault: Vault, policy: KdfPolicy, tmp_path: Path
) -> None:
    other, _ = Vault.create(tmp_path / "other", PASSPHRASE, label="Other", policy=policy)
    try:
        assert not install_key_file(vault, other.key_path.read_bytes())
    finally:
        other.lock()
    assert (
        KeyFile.from_bytes(vault.key_path.read_bytes()).vault_id != other.read_key_file().vault_id
    )


def test_derived_keys_depend_on_the_purpose(vault: Vault) -> None:
    assert vault_subkey(vault, b"one") != vault_subkey(vault, b"two")
    assert len(vault_subkey(vault, b"one")) == 32


def test_a_bridge_is_sound_only_when_it_opens_with_this_vaults_own_keys(
    vault: Vault, policy: KdfPolicy
) -> None:
    import os

    from hj_journal.store.joined import BRIDGE_FILE, bridge_is_sound, write_rotation_bridge

    sync_key = os.urandom(32)
    elsewhere = vault.read_key_file().with_passphrase(vault._require_key(), "laptop", policy)

    def leave(keyfile: KeyFile) -> None:
        write_rotation_bridge(
            vault, keyfile.to_bytes(), b"earlier", generation=1, sync_key=sync_key
        )

    leave(elsewhere)
    assert bridge_is_sound(vault, {1: sync_key})
    assert (vault.folder / BRIDGE_FILE).exists()
    # Sealed under a sync key this vault does not hold: it could never cross; put aside.
    assert not bridge_is_sound(vault, {1: os.urandom(32)})
    assert not (vault.folder / BRIDGE_FILE).exists()
    leave(elsewhere)
    assert not bridge_is_sound(vault, {2: sync_key})  # no key of its generation here
    leave(vault.read_key_file())  # names the key file in place: nothing to cross to
    assert not bridge_is_sound(vault, {1: sync_key})
    (vault.folder / BRIDGE_FILE).write_bytes(b"{half a fi")
    assert not bridge_is_sound(vault, {1: sync_key})
    assert not (vault.folder / BRIDGE_FILE).exists()
