"""The sync service: keep this vault in step with other devices through a synced folder.

The app never opens a network connection: a sync tool (Syncthing, or any tool that
keeps a folder the same on several computers) moves the files, and this service only
reads and writes files in that folder (see :mod:`.folder` for the layout and
:mod:`hj_journal.store.changeset` for the sealed format). The vault itself stays in the
app's own data folder: a database must never live in a synced folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.core.events import EntriesChanged, Events
from hj_journal.core.sync import snapshots
from hj_journal.core.sync.clock import joined, milliseconds, with_dot
from hj_journal.core.sync.folder import SyncFolder
from hj_journal.core.sync.merge import text_of
from hj_journal.core.sync.run import Round, RoundResult
from hj_journal.core.sync.state import Positions, State
from hj_journal.core.sync.tables import BY_NAME, TABLES
from hj_journal.store import changeset
from hj_journal.store.joined import install_key_file, vault_subkey, write_rotation_bridge
from hj_journal.store.vault import Vault

_ENTRIES = BY_NAME["entries"]


@dataclass(frozen=True)
class SyncReport:
    """What one round of keeping in step did, for a status line."""

    sent: int | None  # the number of the change set written, if any
    rows_sent: int
    sets_read: int
    rows_applied: int
    problems: tuple[str, ...]  # one calm sentence each
    entries_changed: bool
    key_changed: bool  # a new key file from another device is in place
    rotated_elsewhere: bool  # the vault's key was changed on another device


@dataclass(frozen=True)
class DeviceStatus:
    """One other device as this one sees it."""

    device_id: str
    last_read: int  # the number of its last change set read here (0: none yet)
    waiting: int  # its change sets in the folder not read yet


@dataclass(frozen=True)
class SyncStatus:
    """Where this vault stands with the synced folder."""

    set_up: bool
    folder: Path | None
    device_id: str | None
    last_sent: int
    last_sync_at: datetime | None
    devices: tuple[DeviceStatus, ...]
    two_versions: int  # entries edited on two devices, waiting for you to choose
    rotated_elsewhere: bool


@dataclass(frozen=True)
class OtherVersion:
    """An entry's text as another device has it, kept beside the one shown."""

    clock: str  # names this version for :meth:`Sync.keep_version`
    title: str
    body: str
    device_id: str
    changed_at: datetime


def _key_file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Sync:
    """Keeping one unlocked vault in step through a synced folder."""

    def __init__(self, vault: Vault, events: Events | None = None) -> None:
        self.vault = vault
        self.events = events or Events()

    # ------------------------------------------------------------------ connection

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[Any]:
        fairy = self.vault.engine.raw_connection()
        conn: Any = fairy.driver_connection
        ok = False
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
                ok = True
            finally:
                if not ok:
                    with contextlib.suppress(Exception):
                        conn.execute("ROLLBACK")
        finally:
            fairy.close()

    @staticmethod
    def _keys(conn: Any) -> dict[int, bytes]:
        return {int(g): bytes(k) for g, k in conn.execute("SELECT generation, key FROM sync_keys")}

    def _folder(self, state: State) -> SyncFolder:
        if not state.folder:
            raise InputError(translate("Sync", "This vault is not kept in step with a folder."))
        return SyncFolder.under(Path(state.folder), self.vault.read_key_file().vault_id)

    # ------------------------------------------------------------------ setting up

    def is_set_up(self) -> bool:
        """True when this vault is kept in step through a folder."""
        with self.vault.session() as session:
            row = (
                session.connection()
                .exec_driver_sql("SELECT mode, folder FROM sync_state WHERE id = 1")
                .fetchone()
            )
        return row is not None and bool(row[0]) and bool(row[1])

    def set_up(self, folder: Path) -> SyncReport:
        """Start keeping this vault in step through ``folder`` (a folder a sync tool shares).

        Writes ``folder/<vault id>/`` with a copy of the key file, the sync key wrapped
        for devices that join, and this device's first change set holding everything.
        """
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise InputError(
                translate("Sync", "There is no folder at {path}.").format(path=folder)
            )
        keyfile_bytes = self.vault.key_path.read_bytes()
        vault_id = self.vault.read_key_file().vault_id
        place = SyncFolder.under(folder, vault_id)
        with self._transaction() as conn:
            state = State.load(conn)
            if state.mode and state.folder:
                raise InputError(
                    translate("Sync", "This vault is already kept in step with {path}.").format(
                        path=state.folder
                    )
                )
            keys = self._keys(conn)
            if not keys:
                if place.generations():
                    raise InputError(
                        translate(
                            "Sync",
                            "That folder already keeps this vault from another device; "
                            "join it from there instead.",
                        )
                    )
                keys = {1: secrets.token_bytes(32)}
                conn.execute("INSERT INTO sync_keys (generation, key) VALUES (1, ?)", (keys[1],))
                state.key_generation = 1
            state.mode, state.folder = 1, str(folder)
            state.device_id = state.device_id or secrets.token_hex(16)
            state.keyfile_sha = _key_file_digest(keyfile_bytes)
            state.db_key_id = vault_subkey(self.vault, changeset.KEY_ID).hex()[:32]
            for table in TABLES:  # everything here so far is news to the folder
                conn.execute(
                    "INSERT INTO sync_log (tbl, row_key, at_ms) "
                    f"SELECT '{table.name}', {table.key_sql()}, 0 FROM {table.name}"
                )
            state.save(conn)
            place.write(place.key_copy, keyfile_bytes)
            wrapping = vault_subkey(self.vault, changeset.WRAP)
            for generation, key in keys.items():
                if not place.key_path(generation).exists():
                    place.write(
                        place.key_path(generation),
                        changeset.wrap_sync_key(
                            wrapping, key, vault_id=vault_id, generation=generation
                        ),
                    )
        return self.sync_now()

    def stop(self) -> None:
        """Stop keeping this vault in step (the folder's files stay where they are)."""
        with self._transaction() as conn:
            state = State.load(conn)
            state.mode, state.folder = 0, None
            state.save(conn)
            conn.execute("DELETE FROM sync_log")

    # ------------------------------------------------------------------ a round

    def sync_now(self) -> SyncReport:
        """Send this device's changes and take every other device's new ones."""
        key_news: bytes | None = None
        with self._transaction() as conn:
            state = State.load(conn)
            place = self._folder(state)
            keys = self._keys(conn)
            if state.rotated_elsewhere:
                self._catch_up_with_rotation(conn, state, place, keys)
            keyfile = self._own_key_file_news(conn, state, place, keys)
            stopped = bool(state.rotated_elsewhere)
            round_ = Round(conn, state, place, keys)
            round_.take_own_forgotten()
            if not stopped:
                round_.send(keyfile)
            round_.take()
            result = round_.result
            if result.keyfile is not None:
                key_news = result.keyfile
            self._note_rotation_elsewhere(state, place, keys)
            if result.newer_key:
                state.rotated_elsewhere = 1
            if state.rotated_elsewhere:
                self._leave_bridge(place, keys)
            if not stopped and (
                state.sets_since_snapshot >= snapshots.SNAPSHOT_EVERY
                or not snapshots.newest_snapshots(place)
            ):
                snapshots.make_snapshot(conn, state, place, keys, round_.positions)
            round_.finish()
            if not stopped:
                snapshots.write_position(place, state, keys, round_.positions)
                snapshots.prune(place, state, keys, round_.positions)
            rotated = bool(state.rotated_elsewhere)
        key_changed = False
        if key_news is not None:
            key_changed = self._install_key_news(key_news)
        if result.tables:
            self.events.emit(EntriesChanged())
        return _report(result, key_changed, rotated)

    def _own_key_file_news(
        self, conn: Any, state: State, place: SyncFolder, keys: dict[int, bytes]
    ) -> bytes | None:
        """This device's key file, when it changed since the folder last heard of it."""
        data = self.vault.key_path.read_bytes()
        if _key_file_digest(data) == state.keyfile_sha:
            return None
        key_id = vault_subkey(self.vault, changeset.KEY_ID).hex()[:32]
        if key_id != state.db_key_id:
            # The key was rotated here: a new sync key, out of reach of the old secrets.
            generation = max(keys) + 1
            keys[generation] = secrets.token_bytes(32)
            conn.execute(
                "INSERT INTO sync_keys (generation, key) VALUES (?, ?)",
                (generation, keys[generation]),
            )
            place.write(
                place.key_path(generation),
                changeset.wrap_sync_key(
                    vault_subkey(self.vault, changeset.WRAP),
                    keys[generation],
                    vault_id=place.vault_id,
                    generation=generation,
                ),
            )
            # The earlier sync keys, for a device still under the old key to find its
            # way from the new passphrase to the bridge it left itself (store.joined).
            place.write(
                place.earlier_path(generation),
                changeset.wrap_earlier_keys(
                    vault_subkey(self.vault, changeset.EARLIER),
                    {g: k for g, k in keys.items() if g < generation},
                    vault_id=place.vault_id,
                    generation=generation,
                ),
            )
            state.key_generation = generation
            state.db_key_id = key_id
            state.sets_since_snapshot = snapshots.SNAPSHOT_EVERY  # a fresh snapshot now
        state.keyfile_sha = _key_file_digest(data)
        place.write(place.key_copy, data)
        # Sent with the key's fingerprint, so a device whose key differs never takes it.
        return json.dumps({"keyfile": data.hex(), "key_id": key_id}).encode("ascii")

    def _note_rotation_elsewhere(
        self, state: State, place: SyncFolder, keys: dict[int, bytes]
    ) -> None:
        if any(g > max(keys) for g in place.generations()):
            state.rotated_elsewhere = 1

    def _catch_up_with_rotation(
        self, conn: Any, state: State, place: SyncFolder, keys: dict[int, bytes]
    ) -> None:
        """After this device took the rotated key (its bridge crossed): take the new sync keys.

        The database key is now the one the other device chose, so its sync keys open;
        from here this device reads and sends under the newest one, and no longer thinks
        the key changed here.
        """
        key_id = vault_subkey(self.vault, changeset.KEY_ID).hex()[:32]
        if key_id == state.db_key_id:
            return  # still the old key: the next unlock with the new passphrase crosses
        wrapping = vault_subkey(self.vault, changeset.WRAP)
        for generation in place.generations():
            if generation in keys:
                continue
            try:
                _gen, key = changeset.unwrap_sync_key(
                    wrapping, place.key_path(generation).read_bytes(), vault_id=place.vault_id
                )
            except (OSError, changeset.SealedFileError):
                continue  # under a key older or newer than this one
            keys[generation] = key
            conn.execute(
                "INSERT INTO sync_keys (generation, key) VALUES (?, ?)", (generation, key)
            )
        if not keys or max(keys) < max(place.generations(), default=0):
            return
        state.key_generation = max(keys)
        state.db_key_id = key_id
        state.keyfile_sha = _key_file_digest(self.vault.key_path.read_bytes())
        state.rotated_elsewhere = 0

    def _leave_bridge(self, place: SyncFolder, keys: dict[int, bytes]) -> None:
        """While still unlocked under the old key: the way to cross at the next unlock."""
        newest = max(place.generations(), default=0)
        try:
            earlier = place.earlier_path(newest).read_bytes()
            keyfile = place.key_copy.read_bytes()
        except OSError:
            return  # not arrived yet; the next round tries again
        mine = max(keys)
        with contextlib.suppress(OSError):
            write_rotation_bridge(
                self.vault, keyfile, earlier, generation=mine, sync_key=keys[mine]
            )

    def _install_key_news(self, news: bytes) -> bool:
        try:
            doc = json.loads(news.decode("ascii"))
            data = bytes.fromhex(doc["keyfile"])
            key_id = str(doc["key_id"])
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            return False
        if key_id != vault_subkey(self.vault, changeset.KEY_ID).hex()[:32]:
            return False  # another key: a rotation, which needs the new passphrase
        try:
            installed = install_key_file(self.vault, data)
        except Exception:  # a damaged key file is never installed
            return False
        if installed:
            with self._transaction() as conn:
                state = State.load(conn)
                state.keyfile_sha = _key_file_digest(self.vault.key_path.read_bytes())
                state.save(conn)
        return installed

    # ------------------------------------------------------------------ status

    def status(self) -> SyncStatus:
        """Devices, the last change set read from each, entries with two versions."""
        with self._transaction() as conn:
            state = State.load(conn)
            positions = Positions.load(conn)
            two = self._two_version_keys(conn)
        folder = Path(state.folder) if state.folder else None
        devices: list[DeviceStatus] = []
        if state.mode and folder is not None:
            place = self._folder(state)
            for device in place.devices():
                if device == state.device_id:
                    continue
                waiting = sum(
                    1 for seq in place.change_sets(device) if not positions.has(device, seq)
                )
                devices.append(DeviceStatus(device, positions.upto.get(device, 0), waiting))
            for device, upto in positions.upto.items():
                if device not in {d.device_id for d in devices}:
                    devices.append(DeviceStatus(device, upto, 0))
        at = datetime.fromisoformat(state.last_sync_at) if state.last_sync_at else None
        return SyncStatus(
            set_up=bool(state.mode and folder),
            folder=folder,
            device_id=state.device_id,
            last_sent=state.next_seq - 1,
            last_sync_at=at,
            devices=tuple(sorted(devices, key=lambda d: d.device_id)),
            two_versions=len(two),
            rotated_elsewhere=bool(state.rotated_elsewhere),
        )

    # ------------------------------------------------------------------ two versions

    @staticmethod
    def _two_version_keys(conn: Any) -> list[str]:
        """Entries with another device's text kept beside the shown one."""
        keys = []
        rows = conn.execute(
            "SELECT h.row_key, h.data, r.text_sha FROM sync_heads h JOIN sync_rows r "
            "ON r.tbl = h.tbl AND r.row_key = h.row_key WHERE h.tbl = 'entries' AND NOT h.deleted"
        ).fetchall()
        from hj_journal.core.sync.merge import text_digest

        for key, data, shown in rows:
            if data is not None and text_digest(text_of(json.loads(data), _ENTRIES)) != shown:
                keys.append(str(key))
        return sorted(set(keys))

    def entries_with_two_versions(self) -> list[int]:
        """Ids of entries edited on two devices, waiting for you to choose or merge."""
        with self._transaction() as conn:
            keys = self._two_version_keys(conn)
            if not keys:
                return []
            marks = ", ".join("?" * len(keys))
            return [
                int(r[0])
                for r in conn.execute(f"SELECT id FROM entries WHERE uuid IN ({marks})", keys)
            ]

    def entry_ids_with_two_versions(self) -> frozenset[int]:
        """Ids of entries edited on two devices, for the timeline's note (reads only)."""
        from hj_journal.core.sync.merge import text_digest

        with self.vault.session() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    "SELECT e.id, h.data, r.text_sha FROM sync_heads h "
                    "JOIN entries e ON e.uuid = h.row_key "
                    "JOIN sync_rows r ON r.tbl = 'entries' AND r.row_key = h.row_key "
                    "WHERE h.tbl = 'entries' AND NOT h.deleted AND h.data IS NOT NULL"
                )
                .fetchall()
            )
        return frozenset(
            int(entry_id)
            for entry_id, data, shown in rows
            if text_digest(text_of(json.loads(data), _ENTRIES)) != shown
        )

    def has_two_versions(self, entry_id: int) -> bool:
        """True when the entry was edited on two devices and waits for you to choose.

        Only reads (no write lock), so the journal can ask each time an entry opens.
        """
        with self.vault.session() as session:
            conn = session.connection()
            rows = conn.exec_driver_sql(
                "SELECT h.data, r.text_sha FROM entries e "
                "JOIN sync_heads h ON h.tbl = 'entries' AND h.row_key = e.uuid "
                "JOIN sync_rows r ON r.tbl = 'entries' AND r.row_key = e.uuid "
                "WHERE e.id = ? AND NOT h.deleted AND h.data IS NOT NULL",
                (entry_id,),
            ).fetchall()
        from hj_journal.core.sync.merge import text_digest

        return any(
            text_digest(text_of(json.loads(data), _ENTRIES)) != shown for data, shown in rows
        )

    def other_versions(self, entry_id: int) -> list[OtherVersion]:
        """The other device's texts of an entry edited on two devices (newest first)."""
        from hj_journal.core.sync.merge import text_digest

        with self._transaction() as conn:
            row = conn.execute("SELECT uuid FROM entries WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                raise NotFoundError(translate("Sync", "That entry is no longer here."))
            shown = conn.execute(
                "SELECT text_sha FROM sync_rows WHERE tbl = 'entries' AND row_key = ?", (row[0],)
            ).fetchone()
            heads = conn.execute(
                "SELECT clock, data, device_id FROM sync_heads WHERE tbl = 'entries' "
                "AND row_key = ? AND NOT deleted AND data IS NOT NULL ORDER BY clock DESC",
                (row[0],),
            ).fetchall()
        out, seen = [], {None if shown is None else shown[0]}
        for clock, data, device in heads:
            doc = json.loads(data)
            digest = text_digest(text_of(doc, _ENTRIES))
            if digest in seen:
                continue
            seen.add(digest)
            out.append(
                OtherVersion(
                    clock=str(clock),
                    title=str(doc.get("title") or ""),
                    body=str(doc.get("body") or ""),
                    device_id=str(device),
                    changed_at=datetime.fromtimestamp(milliseconds(str(clock)) / 1000, UTC),
                )
            )
        return out

    def settle_versions(self, entry_id: int) -> None:
        """After you chose or merged (and saved the entry): the other versions are done.

        The entry as it is now is sent as having seen every version, so the other
        devices drop theirs too.
        """
        with self._transaction() as conn:
            row = conn.execute("SELECT uuid FROM entries WHERE id = ?", (entry_id,)).fetchone()
            if row is None:
                raise NotFoundError(translate("Sync", "That entry is no longer here."))
            key = str(row[0])
            current = conn.execute(
                "SELECT vv FROM sync_rows WHERE tbl = 'entries' AND row_key = ?", (key,)
            ).fetchone()
            vector = {} if current is None else json.loads(current[0])
            for clock, vv in conn.execute(
                "SELECT clock, vv FROM sync_heads WHERE tbl = 'entries' AND row_key = ?", (key,)
            ).fetchall():
                vector = joined(vector, with_dot(json.loads(vv), str(clock)))
            conn.execute("DELETE FROM sync_heads WHERE tbl = 'entries' AND row_key = ?", (key,))
            conn.execute(
                "UPDATE sync_rows SET vv = ? WHERE tbl = 'entries' AND row_key = ?",
                (json.dumps(vector, sort_keys=True), key),
            )
            from hj_journal.core.sync.run import now_ms

            conn.execute(
                "INSERT INTO sync_log (tbl, row_key, at_ms) VALUES ('entries', ?, ?)",
                (key, now_ms()),
            )


def _report(result: RoundResult, key_changed: bool, rotated: bool) -> SyncReport:
    return SyncReport(
        sent=result.sent,
        rows_sent=result.rows_sent,
        sets_read=result.sets_read,
        rows_applied=result.rows_applied,
        problems=tuple(result.problems),
        entries_changed=bool(result.tables),
        key_changed=key_changed,
        rotated_elsewhere=rotated,
    )


__all__ = ["DeviceStatus", "OtherVersion", "Sync", "SyncReport", "SyncStatus"]
