"""A vault made on this computer from another device's key file (joining a synced vault).

The new vault has the same vault id, database key and key file as the vault it joins,
so a passphrase changed on one device opens every device's copy once the new key file
has arrived, and the same passphrase and recovery key open it. Its database starts
empty at the newest schema; the sync code fills it.
"""

from __future__ import annotations

from pathlib import Path

from hj_journal.store import locks
from hj_journal.store.errors import VaultExistsError
from hj_journal.store.files import write_atomic
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.keyfile import KeyFile
from hj_journal.store.secret import wipe
from hj_journal.store.vault import Vault


def vault_subkey(vault: Vault, purpose: bytes) -> bytes:
    """A key for one purpose derived from an unlocked vault's database key.

    The sync folder's key ring uses it (:mod:`hj_journal.store.changeset`), so only
    someone who can open this vault's key file can read the vault's sync keys; the
    database key itself never leaves the store.
    """
    from hj_journal.store.changeset import subkey

    return subkey(vault._require_key(), vault.read_key_file().vault_id, purpose)


def unwrap_copy(
    keyfile_bytes: bytes, passphrase: str, policy: KdfPolicy
) -> tuple[KeyFile, bytearray]:
    """The key file copy and the database key it holds (WrongSecretError, VaultDamagedError)."""
    keyfile = KeyFile.from_bytes(keyfile_bytes)
    return keyfile, keyfile.unwrap_with_passphrase(passphrase, policy)


def create_joined(folder: Path, keyfile: KeyFile, db_key: bytearray, *, label: str) -> Vault:
    """Create an empty vault in ``folder`` opened by ``keyfile``; returned unlocked.

    The key file is written last, after the caller has filled the database
    (:func:`finish_joined`): a folder without one is not yet a vault, so a join cut short
    leaves nothing the lock screen would offer.
    """
    vault = Vault(folder)
    if vault.exists() or vault.db_path.exists():
        wipe(db_key)
        raise VaultExistsError("There is already a vault in that folder.")
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        vault._open(db_key, creating=True)
    except BaseException:
        for path in vault.files():
            path.unlink()
        raise
    vault._write_meta(label=label.strip() or "Journal")
    return vault


def finish_joined(vault: Vault, keyfile: KeyFile) -> None:
    """Write the key file, making the folder a vault; then check the record of attempts."""
    from hj_journal.store import attempts

    with locks.exclusive(vault.folder):
        write_atomic(vault.key_path, keyfile.to_bytes())
    attempts.ensure_key(vault, keyfile)


def install_key_file(vault: Vault, data: bytes) -> bool:
    """Put a key file another device sent in place of this vault's (same key, new slots).

    Only a key file for this vault that carries the same record-of-attempts key is
    taken; True when it was written. The database key must be the one this vault
    already has (the caller checks the sender's key fingerprint), so the next unlock
    asks for the passphrase set on the other device.
    """
    new = KeyFile.from_bytes(data)
    with locks.exclusive(vault.folder):
        current = vault.read_key_file()
        if new.vault_id != current.vault_id or new.attempts_key != current.attempts_key:
            return False
        if new == current:
            return False
        write_atomic(vault.key_path, new.to_bytes())
    return True


__all__ = [
    "create_joined",
    "finish_joined",
    "install_key_file",
    "unwrap_copy",
    "vault_subkey",
]
