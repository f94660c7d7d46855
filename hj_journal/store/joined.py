"""A vault made on this computer from another device's key file (joining a synced vault).

The new vault has the same vault id, database key and key file as the vault it joins,
so a passphrase changed on one device opens every device's copy once the new key file
has arrived, and the same passphrase and recovery key open it. Its database starts
empty at the newest schema; the sync code fills it.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from hj_journal.store import locks
from hj_journal.store.errors import (
    UnsupportedVaultError,
    VaultDamagedError,
    VaultExistsError,
    WrongSecretError,
)
from hj_journal.store.files import fsync_folder, overwrite_and_remove, write_atomic
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.keyfile import KeyFile
from hj_journal.store.secret import wipe
from hj_journal.store.vault import Vault

#: Left in the vault's folder by a device that heard of a key rotation elsewhere.
BRIDGE_FILE = "vault.key.elsewhere"
_BRIDGE_FORMAT = "hj-journal-rotation-bridge"


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


# ---------------------------------------------------------------------- rotation elsewhere
#
# After the key was rotated on another device, this device's database is still under
# the old key, and the new passphrase opens only the new key file. While this device
# is still unlocked it leaves itself a bridge: the old database key, sealed under a key
# derived from the sync key it holds. The rotating device left, in the synced folder,
# its earlier sync keys wrapped under the new database key (changeset.wrap_earlier_keys).
# So at the next unlock the new passphrase leads to the new database key, to the
# earlier sync keys, to the bridge, to the old database key; the database is then
# rewritten under the new key (as rotating does, surviving a kill at any step) and the
# new key file put in place. The old secrets open the bridge only to find the old key.


def write_rotation_bridge(
    vault: Vault, keyfile_bytes: bytes, earlier: bytes, *, generation: int, sync_key: bytes
) -> None:
    """Leave the bridge for the next unlock with the new passphrase (vault unlocked).

    ``keyfile_bytes`` is the rotated key file from the folder, ``earlier`` the folder's
    file of earlier sync keys, ``sync_key`` this device's newest (of ``generation``).
    """
    from hj_journal.store.changeset import BRIDGE, subkey

    path = vault.folder / BRIDGE_FILE
    there = _read_bridge(path)
    if there is not None and (
        there.get("keyfile"),
        there.get("earlier"),
        there.get("generation"),
    ) == (
        keyfile_bytes.hex(),
        earlier.hex(),
        generation,
    ):
        return  # left already (each round while the rotation waits asks again)
    vault_id = vault.read_key_file().vault_id
    nonce = os.urandom(12)
    ad = f"{_BRIDGE_FORMAT}|{vault_id}|{generation}".encode("ascii")
    sealed = AESGCM(subkey(sync_key, vault_id, BRIDGE)).encrypt(
        nonce, bytes(vault._require_key()), ad
    )
    doc = {
        "format": _BRIDGE_FORMAT,
        "generation": generation,
        "keyfile": keyfile_bytes.hex(),
        "earlier": earlier.hex(),
        "nonce": base64.b64encode(nonce).decode("ascii"),
        "sealed": base64.b64encode(sealed).decode("ascii"),
    }
    data = json.dumps(doc, sort_keys=True).encode("ascii")
    with locks.exclusive(vault.folder):
        write_atomic(path, data)


def has_rotation_bridge(vault: Vault) -> bool:
    """True when the vault waits for the passphrase set on another device's rotation."""
    return (vault.folder / BRIDGE_FILE).exists()


def _read_bridge(path: Path) -> dict[str, Any] | None:
    try:
        doc: Any = json.loads(path.read_bytes())
        if isinstance(doc, dict) and doc.get("format") == _BRIDGE_FORMAT:
            return doc
    except (OSError, ValueError):
        pass
    return None


def finish_rotation_elsewhere(
    vault: Vault, passphrase: str, policy: KdfPolicy, *, then_unlock: bool = False
) -> bool:
    """With the passphrase set on the device that rotated the key, catch this one up.

    For a locked vault, before unlocking it: True when the database is now under the
    new key and the new key file is in place (unlock as usual next). False, changing
    nothing, when there is no bridge or this passphrase does not open the new key file
    (the ordinary unlock then decides, and records a wrong passphrase as it does).

    ``then_unlock`` opens the vault with the key just derived, in the same hold of its
    lock, instead of leaving the next unlock to derive it again (one derivation, not
    two). The vault may still be locked after True (it had caught up already): check.
    """
    from hj_journal.store import rotation
    from hj_journal.store.changeset import BRIDGE, EARLIER, subkey, unwrap_earlier_keys

    path = vault.folder / BRIDGE_FILE
    doc = _read_bridge(path)
    if doc is None:
        return False
    with vault._changing():
        current = vault.read_key_file()
        try:
            new = KeyFile.from_bytes(bytes.fromhex(str(doc["keyfile"])))
            earlier_bytes = bytes.fromhex(str(doc["earlier"]))
            generation = int(doc["generation"])
            nonce = base64.b64decode(str(doc["nonce"]), validate=True)
            sealed = base64.b64decode(str(doc["sealed"]), validate=True)
        except (KeyError, ValueError, TypeError, binascii.Error):
            return False
        if new.vault_id != current.vault_id or new.attempts_key != current.attempts_key:
            return False
        if new == current:  # caught up already; a kill came before the bridge went
            path.unlink(missing_ok=True)
            return True
        try:
            new_key = new.unwrap_with_passphrase(passphrase, policy)
        except WrongSecretError:
            return False
        try:
            earlier = unwrap_earlier_keys(
                subkey(new_key, new.vault_id, EARLIER), earlier_bytes, vault_id=new.vault_id
            )
            ad = f"{_BRIDGE_FORMAT}|{new.vault_id}|{generation}".encode("ascii")
            old_key = bytearray(
                AESGCM(subkey(earlier[generation], new.vault_id, BRIDGE)).decrypt(
                    nonce, sealed, ad
                )
            )
        except (KeyError, InvalidTag, ValueError):
            wipe(new_key)
            return False
        try:
            _rewrite_under(vault.folder, old_key, new_key, new, rotation)
        except BaseException:
            wipe(new_key)
            raise
        finally:
            wipe(old_key)
        path.unlink(missing_ok=True)
        if then_unlock:
            vault._open_and_seal(new_key, new)  # the vault keeps the key (wiped on failure)
        else:
            wipe(new_key)
    return True


def bridge_is_sound(vault: Vault, sync_keys: dict[int, bytes]) -> bool:
    """True when this unlocked vault left itself a bridge that can still carry it across.

    Checked with what the unlocked vault holds, without any key derivation: the bridge
    is for this vault, names a key file other than the one in place, and its sealed
    key opens with this vault's sync key and is this vault's database key. A bridge
    that fails this could never cross (damaged, or left under a key since replaced), so
    it is removed, and the next round of keeping in step leaves a good one.
    """
    from hj_journal.store.changeset import BRIDGE, subkey

    path = vault.folder / BRIDGE_FILE
    doc = _read_bridge(path)
    if doc is None:
        if path.exists():
            path.unlink(missing_ok=True)
        return False
    current = vault.read_key_file()
    try:
        new = KeyFile.from_bytes(bytes.fromhex(str(doc["keyfile"])))
        generation = int(doc["generation"])
        nonce = base64.b64decode(str(doc["nonce"]), validate=True)
        sealed = base64.b64decode(str(doc["sealed"]), validate=True)
        if new.vault_id != current.vault_id or new.attempts_key != current.attempts_key:
            raise ValueError("another vault's key file")
        if new == current:
            raise ValueError("caught up already")
        ad = f"{_BRIDGE_FORMAT}|{current.vault_id}|{generation}".encode("ascii")
        key = AESGCM(subkey(sync_keys[generation], current.vault_id, BRIDGE)).decrypt(
            nonce, sealed, ad
        )
    except UnsupportedVaultError:
        return False  # written by a newer version: this one cannot cross with it
    except (KeyError, InvalidTag, ValueError, TypeError, binascii.Error, VaultDamagedError):
        path.unlink(missing_ok=True)
        return False
    if key != bytes(vault._require_key()):
        path.unlink(missing_ok=True)  # left under a key this vault no longer has
        return False
    return True


def _rewrite_under(
    folder: Path, old_key: bytearray, new_key: bytearray, keyfile: KeyFile, rotation: Any
) -> None:
    """Rotation's steps with the key and key file another device chose (see rotation)."""
    rotation.finish_interrupted(folder)
    try:
        guard = rotation._exclusive_connection(folder / rotation.DB_FILE, old_key)
        try:
            write_atomic(folder / rotation.NEW_KEY, keyfile.to_bytes())
            rotation._export(guard, folder / rotation.NEW_DB, new_key)
        finally:
            guard.close()
        rotation._check(folder / rotation.NEW_DB, new_key)
        os.replace(folder / rotation.NEW_KEY, folder / rotation.KEY_FILE)
        fsync_folder(folder)
    except BaseException:
        rotation.finish_interrupted(folder)  # nothing was committed: roll back
        raise
    rotation._swap_database(folder)
    overwrite_and_remove(folder / rotation.OLD_DB)


__all__ = [
    "BRIDGE_FILE",
    "bridge_is_sound",
    "create_joined",
    "finish_joined",
    "finish_rotation_elsewhere",
    "has_rotation_bridge",
    "install_key_file",
    "unwrap_copy",
    "vault_subkey",
    "write_rotation_bridge",
]
