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
