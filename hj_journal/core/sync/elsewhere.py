"""Right after an unlock: was this vault's passphrase changed on another device meanwhile?

A device that was locked while another one changed the passphrase or rotated the key
still has its old key file, so the old passphrase opens it. Before anything is shown,
:func:`changed_elsewhere` looks at the synced folder's copy of the key file: one small
file read and hashed, no key derivation, when nothing changed there, and nothing more
when the folder cannot be reached (a removable drive unplugged: the vault opens as
before). When the copy changed, one round of keeping in step brings the news in, as the
app would do a moment later anyway: a new key file for the same key (a passphrase
changed there) is put in place, or a rotation leaves this device its bridge
(:mod:`hj_journal.store.joined`). The passphrase typed is then tried once on the new key
file (it may be the same one: a new recovery key only, say); when it does not open it,
the vault is locked again, and the caller says the passphrase was changed elsewhere.

This is not what keeps the old passphrase from reading this device's copy (it opens
the local database files as they were, as it did before); it keeps the devices in step,
so the person moves to the new passphrase at their next unlock. SECURITY.md says what
the old passphrase still reaches.
"""

from __future__ import annotations

import contextlib
import hashlib
from pathlib import Path
from typing import Any

from hj_journal.core.sync.folder import SyncFolder
from hj_journal.core.sync.state import State
from hj_journal.store.errors import VaultError
from hj_journal.store.joined import bridge_is_sound, finish_rotation_elsewhere, has_rotation_bridge
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.vault import Vault


def _read(vault: Vault) -> tuple[State, dict[int, bytes]]:
    fairy = vault.engine.raw_connection()
    conn: Any = fairy.driver_connection
    try:
        state = State.load(conn)
        keys = {int(g): bytes(k) for g, k in conn.execute("SELECT generation, key FROM sync_keys")}
    finally:
        fairy.close()
    return state, keys


def folder_key_file_changed(vault: Vault, state: State) -> bool:
    """True when the synced folder's key file is not the one this vault last heard of.

    False when the folder cannot be read (unplugged, say): nothing is known there.
    """
    if not (state.mode and state.folder):
        return False
    place = SyncFolder.under(Path(state.folder), vault.read_key_file().vault_id)
    try:
        data = place.key_copy.read_bytes()
    except OSError:
        return False
    return hashlib.sha256(data).hexdigest() != state.keyfile_sha


def _one_round(vault: Vault) -> None:
    from hj_journal.core.sync.service import Sync

    # A round that cannot run now decides nothing here: the app's own round after the
    # unlock meets the same trouble and tells it (the command line's `sync now` too).
    with contextlib.suppress(Exception):
        Sync(vault).sync_now()


def changed_elsewhere(
    vault: Vault, passphrase: str, *, policy: KdfPolicy, crossing_tried: bool
) -> bool:
    """For a vault just unlocked with ``passphrase``: True when it was locked again.

    True means the passphrase was changed (or the key rotated) on another device and
    ``passphrase`` does not open the new key file; the next unlock with the new one
    opens the vault (through the bridge after a rotation). False leaves the vault
    unlocked, possibly now under the rotated key when ``passphrase`` opened it.
    ``crossing_tried``: ``passphrase`` was already tried on a waiting rotation's key
    file before the unlock (it is not tried again: no second derivation).
    """
    state, keys = _read(vault)
    if not (state.mode and state.folder):
        return False
    # A bridge that could never cross (damaged, say) is put aside here, without a
    # derivation, and the round below leaves a sound one when the folder has its parts.
    if not (has_rotation_bridge(vault) and bridge_is_sound(vault, keys)):
        if not folder_key_file_changed(vault, state):
            return False
        before = vault.key_path.read_bytes()
        _one_round(vault)
        if not has_rotation_bridge(vault):
            if vault.key_path.read_bytes() == before:
                return False  # nothing for this vault's key yet (still on its way, say)
            # A passphrase changed there, same key: is it the one typed here?
            if vault.check_passphrase(passphrase, policy=policy):
                return False
            vault.lock()
            return True
        _state, keys = _read(vault)
        if not bridge_is_sound(vault, keys):
            return False  # it could never cross: the vault opens as before
        crossing_tried = False
    vault.lock()
    if not crossing_tried:
        with contextlib.suppress(OSError, VaultError):
            if finish_rotation_elsewhere(vault, passphrase, policy, then_unlock=True):
                if not vault.is_unlocked:
                    vault.unlock(passphrase, policy=policy)
                return False
    return True


__all__ = ["changed_elsewhere", "folder_key_file_changed"]
