"""Joining a vault from a synced folder: a second device builds its own copy.

The folder's key file is opened with the passphrase (so a wrong one is told apart from
a folder that holds no vault), the sync keys are unwrapped with the database key, and
the local vault is built from the newest snapshot, plus the snapshot of any device
whose older change sets are no longer in the folder, plus every change set after them.
"""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import translate
from hj_journal.core.sync import snapshots
from hj_journal.core.sync.clock import parse, reading
from hj_journal.core.sync.folder import SyncFolder, find_vault_folder
from hj_journal.core.sync.rows import RowIO
from hj_journal.core.sync.state import Positions, State
from hj_journal.core.sync.tables import TABLES
from hj_journal.store import bulk, changeset
from hj_journal.store.errors import VaultError
from hj_journal.store.joined import (
    create_joined,
    finish_joined,
    finish_rotation_elsewhere,
    has_rotation_bridge,
    unwrap_copy,
)
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.registry import VaultRegistry
from hj_journal.store.secret import wipe
from hj_journal.store.vault import Vault, new_vault_folder

#: ``progress(done, total)`` while the snapshot's rows are written.
Progress = Callable[[int, int], None]


def _no_vault(folder: Path) -> InputError:
    return InputError(
        translate("Sync", "There is no synced vault in {path} to join.").format(path=folder)
    )


def join(
    registry: VaultRegistry,
    folder: Path,
    passphrase: str,
    *,
    policy: KdfPolicy,
    label: str,
    progress: Progress | None = None,
) -> Vault:
    """Build this device's copy of the vault kept in ``folder``; returned unlocked.

    Raises WrongSecretError for a wrong passphrase, InputError when the folder holds no
    vault to join (or none of it can be read yet), VaultDamagedError for a damaged key file.
    """
    folder = Path(folder).expanduser()
    root = find_vault_folder(folder)
    if root is None:
        raise _no_vault(folder)
    try:
        keyfile_bytes = (root / "vault.key").read_bytes()
    except OSError:
        raise _no_vault(folder) from None
    keyfile, db_key = unwrap_copy(keyfile_bytes, passphrase, policy)
    if keyfile.vault_id != root.name:
        wipe(db_key)
        raise _no_vault(folder)
    place = SyncFolder(root, keyfile.vault_id)
    wrapping = changeset.subkey(db_key, keyfile.vault_id, changeset.WRAP)
    key_id = changeset.subkey(db_key, keyfile.vault_id, changeset.KEY_ID).hex()[:32]
    keys: dict[int, bytes] = {}
    for generation in place.generations():
        try:
            found, key = changeset.unwrap_sync_key(
                wrapping, place.key_path(generation).read_bytes(), vault_id=keyfile.vault_id
            )
        except (OSError, changeset.SealedFileError):
            continue
        if found == generation:
            keys[generation] = key
    docs = _snapshots(place, keys)
    if not keys or not docs:
        wipe(db_key)
        raise InputError(
            translate(
                "Sync",
                "The synced folder is not complete yet; wait until your sync tool has "
                "finished copying it, then try again.",
            )
        )
    registry.check_label_free(label)
    registry.vaults_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    vault = create_joined(new_vault_folder(registry.vaults_dir), keyfile, db_key, label=label)
    try:
        _fill(vault, docs, keys, key_id, place, keyfile_bytes, progress)
        finish_joined(vault, keyfile)
    except BaseException:
        vault.wipe()
        raise
    if registry.unlisted:
        registry.settle_label(vault)
    from hj_journal.core.sync.service import Sync

    Sync(vault).sync_now()
    return vault


def _snapshots(place: SyncFolder, keys: dict[int, bytes]) -> list[dict[str, Any]]:
    """The newest readable snapshot, and each device's own where the newest lacks sets."""
    chosen: list[dict[str, Any]] = []
    for device, seq in snapshots.newest_snapshots(place):
        try:
            chosen.append(snapshots.read_snapshot(place, device, seq, keys))
            break
        except (OSError, changeset.SealedFileError, ValueError):
            continue
    if not chosen:
        return []
    covers = Positions.from_json(chosen[0]["positions"])
    for device in place.devices():
        sets = place.change_sets(device)
        first = sets[0] if sets else None
        if first is not None and covers.upto.get(device, 0) >= first - 1:
            continue
        if first is None and not place.snapshots(device):
            continue
        for seq in reversed(place.snapshots(device)):
            if device == chosen[0]["device"] and seq == chosen[0]["seq"]:
                break
            try:
                chosen.append(snapshots.read_snapshot(place, device, seq, keys))
                break
            except (OSError, changeset.SealedFileError, ValueError):
                continue
    return chosen


def _fill(
    vault: Vault,
    docs: list[dict[str, Any]],
    keys: dict[int, bytes],
    key_id: str,
    place: SyncFolder,
    keyfile_bytes: bytes,
    progress: Progress | None,
) -> None:
    """Write the snapshots' rows and versions into the new vault, in one transaction."""
    import hashlib

    from hj_journal.core.sync.merge import Merger, Version

    fairy = vault.engine.raw_connection()
    conn: Any = fairy.driver_connection
    try:
        conn.execute("BEGIN IMMEDIATE")
        run = bulk.dbapi_runner(conn)
        with bulk.triggers_suspended(run):
            rows = RowIO(conn)
            first = docs[0]
            total = sum(len(first["tables"].get(t.name, [])) for t in TABLES)
            done = 0
            for table in TABLES:
                items = [(str(k), d) for k, d in first["tables"].get(table.name, [])]
                rows.insert_all(table, items)
                done += len(items)
                if progress is not None:
                    progress(done, total)
            conn.executemany(
                "INSERT OR REPLACE INTO sync_rows (tbl, row_key, clock, vv, deleted, text_sha) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [tuple(r) for r in first["rows"]],
            )
            conn.executemany(
                "INSERT OR REPLACE INTO sync_heads "
                "(tbl, row_key, clock, vv, deleted, data, device_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [tuple(h) for h in first["heads"]],
            )
            positions = Positions.from_json(first["positions"])
            # Any further snapshot (a device whose early change sets are gone) is merged
            # version by version, like a change set.
            merger = Merger(conn, rows)
            for doc in docs[1:]:
                current = {(r[0], r[1]): r for r in doc["rows"]}
                for table in TABLES:
                    for key, data in doc["tables"].get(table.name, []):
                        r = current.get((table.name, key))
                        if r is not None:
                            merger.apply(
                                Version(table.name, key, r[2], json.loads(r[3]), False, data)
                            )
                positions.merge(Positions.from_json(doc["positions"]))
            bulk.rebuild_search_index(run)
        for generation, key in keys.items():
            conn.execute(
                "INSERT OR REPLACE INTO sync_keys (generation, key) VALUES (?, ?)",
                (generation, key),
            )
        for generation, key in first.get("keys", {}).items():
            if isinstance(key, bytes):
                conn.execute(
                    "INSERT OR IGNORE INTO sync_keys (generation, key) VALUES (?, ?)",
                    (int(generation), key),
                )
        if isinstance(first.get("seal"), bytes):
            conn.execute(
                "INSERT OR REPLACE INTO attempt_seal "
                "(id, private_key, published, records_read, chain) VALUES (1, ?, 1, 0, ?)",
                (first["seal"], "0" * 64),
            )
        if isinstance(first.get("files_key"), bytes):
            conn.execute(
                "INSERT OR REPLACE INTO attachment_key (id, key) VALUES (1, ?)",
                (first["files_key"],),
            )
        state = State.load(conn)
        state.mode = 1
        state.device_id = secrets.token_hex(16)
        state.folder = str(place.root.parent)
        if first.get("clock"):  # never behind what the snapshot has seen
            ms, counter, _device = parse(str(first["clock"]))
            state.clock = reading(ms, counter, state.device_id)
        state.key_generation = max(keys)
        state.keyfile_sha = hashlib.sha256(keyfile_bytes).hexdigest()
        state.keyfile_clock = str(first.get("keyfile_clock") or "")
        state.db_key_id = key_id
        state.save(conn)
        positions.save(conn, "")
        conn.execute("COMMIT")
    except BaseException:
        try:
            conn.execute("ROLLBACK")
        finally:
            fairy.invalidate()
        raise
    fairy.close()


def cross_rotations(vaults: Iterable[Vault], passphrase: str, *, policy: KdfPolicy) -> None:
    """Before unlocking: catch up any of these vaults whose key was rotated elsewhere.

    A vault kept in step whose key was rotated on another device opens, from then on,
    with the passphrase set there. Each vault that left itself the way across (see
    :mod:`hj_journal.store.joined`) tries ``passphrase`` on the rotated key file; when
    it opens, the vault takes the new key and key file, and the ordinary unlock that
    follows opens it. Vaults without one cost nothing; a failure leaves a vault as it
    was (the ordinary unlock then says what it says).
    """
    for vault in vaults:
        if not has_rotation_bridge(vault):
            continue
        with contextlib.suppress(OSError, VaultError):
            finish_rotation_elsewhere(vault, passphrase, policy)


__all__ = ["cross_rotations", "join"]
