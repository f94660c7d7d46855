"""Snapshots: a full encrypted copy of the synced state, so joining and reading stay fast.

A snapshot holds every synced row with its version, the versions kept from two devices,
which change sets it already includes, the sync keys, and the record of attempts' key
(so a joined vault's key file is the same as everyone's). It is made now and then by
any device, after its own change set ``seq``, and sealed like a change set.

Read positions: each device says in ``read.hjpos`` how far it has read every other
device, so a device may remove its own change sets that every device has read and its
own newest snapshot holds (each device keeps only its newest snapshot).
"""

from __future__ import annotations

import json
from typing import Any

from hj_journal.core.sync import payload
from hj_journal.core.sync.folder import SyncFolder
from hj_journal.core.sync.rows import RowIO
from hj_journal.core.sync.state import Positions, State
from hj_journal.core.sync.tables import TABLES
from hj_journal.store import changeset

#: A device makes a snapshot after this many change sets of its own since the last.
SNAPSHOT_EVERY = 50


def make_snapshot(
    conn: Any, state: State, folder: SyncFolder, keys: dict[int, bytes], positions: Positions
) -> int:
    """Write a snapshot after this device's latest change set; returns its number."""
    assert state.device_id is not None
    seq = state.next_seq - 1
    rows = RowIO(conn)
    tables = {t.name: list(rows.read_all(t).items()) for t in TABLES}
    covers = Positions.from_json(positions.to_json())
    if seq > 0:
        covers.upto[state.device_id] = seq
    seal = conn.execute("SELECT private_key FROM attempt_seal WHERE id = 1").fetchone()
    files_key = conn.execute("SELECT key FROM attachment_key WHERE id = 1").fetchone()
    doc = {
        "kind": "snapshot",
        "device": state.device_id,
        "seq": seq,
        "clock": state.clock,
        "tables": tables,
        "rows": [
            list(r)
            for r in conn.execute(
                "SELECT tbl, row_key, clock, vv, deleted, text_sha FROM sync_rows"
            )
        ],
        "heads": [
            list(r)
            for r in conn.execute(
                "SELECT tbl, row_key, clock, vv, deleted, data, device_id FROM sync_heads"
            )
        ],
        "positions": covers.to_json(),
        "keys": {str(g): k for g, k in keys.items()},
        "seal": None if seal is None else bytes(seal[0]),
        # The attachments' digest key, so equal files are found equal on every device.
        "files_key": None if files_key is None else bytes(files_key[0]),
        "keyfile_clock": state.keyfile_clock,
    }
    data = changeset.seal(
        keys[state.key_generation],
        payload.encode(doc),
        kind=changeset.SNAPSHOT,
        generation=state.key_generation,
        vault_id=folder.vault_id,
        device_id=state.device_id,
        seq=seq,
    )
    folder.write(folder.snapshot(state.device_id, seq), data)
    for older in folder.snapshots(state.device_id):
        if older != seq:
            folder.snapshot(state.device_id, older).unlink(missing_ok=True)
    state.snapshot_seq = seq
    state.sets_since_snapshot = 0
    return seq


def read_snapshot(
    folder: SyncFolder, device: str, seq: int, keys: dict[int, bytes]
) -> dict[str, Any]:
    """A snapshot's document (SealedFileError or ValueError when it cannot be read)."""
    data = folder.snapshot(device, seq).read_bytes()
    key = keys.get(changeset.generation_of(data))
    if key is None:
        raise changeset.SealedFileError("written under a sync key this device lacks")
    doc = payload.decode(
        changeset.open_sealed(
            key,
            data,
            kind=changeset.SNAPSHOT,
            vault_id=folder.vault_id,
            device_id=device,
            seq=seq,
        )
    )
    if doc.get("kind") != "snapshot" or doc.get("device") != device or doc.get("seq") != seq:
        raise ValueError("a snapshot in the wrong place")
    return doc


def newest_snapshots(folder: SyncFolder) -> list[tuple[str, int]]:
    """Every snapshot in the folder, the most recently written first."""
    found = []
    for device in folder.devices():
        for seq in folder.snapshots(device):
            path = folder.snapshot(device, seq)
            try:
                found.append((path.stat().st_mtime, device, seq))
            except OSError:
                continue
    return [(device, seq) for _t, device, seq in sorted(found, reverse=True)]


def write_position(
    folder: SyncFolder, state: State, keys: dict[int, bytes], positions: Positions
) -> None:
    """Say in the folder how far this device has read, and what its snapshot holds."""
    assert state.device_id is not None
    doc = {
        "kind": "position",
        "device": state.device_id,
        "positions": positions.to_json(),
        "own": state.next_seq - 1,
        "snapshot": state.snapshot_seq,
    }
    data = changeset.seal(
        keys[state.key_generation],
        payload.encode(doc),
        kind=changeset.POSITION,
        generation=state.key_generation,
        vault_id=folder.vault_id,
        device_id=state.device_id,
        seq=0,
    )
    folder.write(folder.position(state.device_id), data)


def read_position(
    folder: SyncFolder, device: str, keys: dict[int, bytes]
) -> dict[str, Any] | None:
    """Another device's read position, or None when it has none (or it cannot be read)."""
    try:
        data = folder.position(device).read_bytes()
        key = keys.get(changeset.generation_of(data))
        if key is None:
            return None
        doc = payload.decode(
            changeset.open_sealed(
                key,
                data,
                kind=changeset.POSITION,
                vault_id=folder.vault_id,
                device_id=device,
                seq=0,
            )
        )
    except (OSError, changeset.SealedFileError, ValueError):
        return None
    return doc if doc.get("device") == device else None


def prune(folder: SyncFolder, state: State, keys: dict[int, bytes], positions: Positions) -> int:
    """Remove this device's change sets every device has read and a snapshot holds.

    The newest change set always stays, so its number is never used again (even by a
    copy of this vault restored from a backup). Returns how many were removed.
    """
    me = state.device_id
    assert me is not None
    own = folder.change_sets(me)
    if len(own) < 2:
        return 0
    # This device's own snapshot holds its change sets up to its number, so a device
    # joining later finds them there (joining reads it when the newest does not).
    limit = min(own[-2], state.snapshot_seq)  # never the newest
    for device in folder.devices():
        if device == me:
            continue
        doc = read_position(folder, device, keys)
        if doc is None:
            return 0  # a device that has not said how far it has read: keep everything
        try:
            theirs = Positions.from_json(doc["positions"])
        except (KeyError, ValueError, TypeError):
            return 0
        limit = min(limit, theirs.upto.get(me, 0))
    removed = 0
    for seq in own:
        if seq <= limit:
            folder.change_set(me, seq).unlink(missing_ok=True)
            removed += 1
    return removed


def loads(value: Any) -> Any:
    """A JSON column's text as data (None stays None)."""
    return None if value is None else json.loads(value)


__all__ = [
    "SNAPSHOT_EVERY",
    "loads",
    "make_snapshot",
    "newest_snapshots",
    "prune",
    "read_position",
    "read_snapshot",
    "write_position",
]
