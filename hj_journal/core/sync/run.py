"""One round of keeping in step: send this device's changes, then take the others'.

Everything happens in one write transaction on one connection, so nothing typed
meanwhile can slip between sending and taking, and a process killed part-way leaves the
vault as it was (a change set already renamed into place is then sent again, under the
next number, and the two agree). Each arriving change set is applied inside a savepoint
once it has been read, authenticated and parsed whole: never half.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from hj_journal.core.common.i18n import translate
from hj_journal.core.sync import payload
from hj_journal.core.sync.clock import Clock, actor, covers, joined, with_dot
from hj_journal.core.sync.folder import SyncFolder
from hj_journal.core.sync.merge import Merger, Version, text_digest, text_of
from hj_journal.core.sync.rows import RowIO
from hj_journal.core.sync.state import Positions, State
from hj_journal.core.sync.tables import BY_NAME, ORDER
from hj_journal.store import bulk, changeset

#: A change set with at least this many entries is merged with the search index's
#: triggers suspended: exact words are indexed at once, word forms in the background
#: (one by one they cost a few milliseconds an entry; docs/benchmarks.md).
REINDEX_LATER_FROM = 500
#: SQLite's page cache, in KiB, while a big change set is applied (its default is 2 MiB,
#: less than the pages thousands of changed rows dirty in a big vault): writing 10,000
#: changed entries' rows into a 50,000-entry vault took 7.2 s with it, 2.0 s with this
#: (docs/benchmarks.md, 2026-12-03 15:20).
BIG_MERGE_CACHE = 64 * 1024

#: A change set with at least this many rows is applied with the change log's triggers
#: taken off its tables. They do nothing while another device's changes are applied
#: (``mode`` 2), yet SQLite still runs them, and with them each UPDATE costs more the
#: longer the transaction has run: 0.05 ms a row at first, 0.3 ms after 8,000 rows
#: (docs/benchmarks.md). Below it, the schema is left alone.
QUIET_LOG_FROM = 100

#: Called with each arriving version's key file news: (key file bytes, clock).
KeyFileNews = Callable[[bytes, str], None]


def now_ms() -> int:
    """The wall clock in milliseconds since 1970."""
    return int(time.time() * 1000)


@dataclass
class RoundResult:
    """What one round did."""

    sent: int | None = None  # the number of the change set written, if any
    rows_sent: int = 0
    sets_read: int = 0
    rows_applied: int = 0
    tables: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)
    keyfile: bytes | None = None  # a newer key file another device sent, to install
    newer_key: bool = False  # change sets under a key rotated elsewhere were left alone


class NewerKeyError(changeset.SealedFileError):
    """A change set written under a sync key made after a key rotation elsewhere."""


class Round:
    """Sending and taking, on one connection inside one transaction."""

    def __init__(
        self, conn: Any, state: State, folder: SyncFolder, keys: dict[int, bytes]
    ) -> None:
        assert state.device_id is not None
        self.conn = conn
        self.state = state
        self.device = state.device_id
        self.folder = folder
        self.keys = keys
        self.rows = RowIO(conn)
        self.merger = Merger(conn, self.rows)
        self.clock = Clock(self.device, state.clock)
        self.positions = Positions.load(conn)
        self.result = RoundResult()
        self._now: dict[tuple[str, str], Any] = {}
        self._with_heads: set[tuple[str, str]] = set()
        self._promoted: set[tuple[str, str]] = set()

    # ------------------------------------------------------------------ sending

    def pending(self) -> list[Version]:
        """This device's changes since its last change set, as new versions."""
        last = self.conn.execute("SELECT max(id) FROM sync_log").fetchone()[0]
        if last is None:
            return []
        changed: dict[str, dict[str, int]] = {}
        for tbl, key, at_ms in self.conn.execute(
            "SELECT tbl, row_key, max(at_ms) FROM sync_log WHERE id <= ? GROUP BY tbl, row_key",
            (last,),
        ):
            if tbl in BY_NAME and key is not None and BY_NAME[tbl].travels(str(key)):
                changed.setdefault(str(tbl), {})[str(key)] = int(at_ms)
        self.conn.execute("DELETE FROM sync_log WHERE id <= ?", (last,))
        made: list[tuple[int, str, str]] = []
        data_by_table = {tbl: self.rows.read(BY_NAME[tbl], keys) for tbl, keys in changed.items()}
        for tbl, keys in changed.items():
            made.extend((at, tbl, key) for key, at in keys.items())
        # The current versions and the rows with kept versions, read once for all rows:
        # each statement costs SQLCipher locked memory, so one per row adds up.
        self._now = self._currents(changed)
        self._with_heads = {
            (str(t), str(k))
            for t, k in self.conn.execute("SELECT DISTINCT tbl, row_key FROM sync_heads")
        }
        versions = []
        for at_ms, tbl, key in sorted(made):
            version = self._new_version(tbl, key, at_ms, data_by_table[tbl].get(key))
            if version is not None:
                versions.append(version)
        # (A removal that brought a kept version forward has already recorded its own.)
        self.merger.set_current_many(
            [v for v in versions if (v.table, v.key) not in self._promoted]
        )
        versions.sort(key=lambda v: (v.deleted, -ORDER[v.table] if v.deleted else ORDER[v.table]))
        return versions

    def _currents(self, changed: dict[str, dict[str, int]]) -> dict[tuple[str, str], Any]:
        found: dict[tuple[str, str], Any] = {}
        for tbl, keys in changed.items():
            listed = list(keys)
            for start in range(0, len(listed), 400):
                chunk = listed[start : start + 400]
                marks = ", ".join("?" * len(chunk))
                for row in self.conn.execute(
                    "SELECT row_key, clock, vv, deleted, text_sha FROM sync_rows "
                    f"WHERE tbl = ? AND row_key IN ({marks})",
                    (tbl, *chunk),
                ):
                    found[(tbl, str(row[0]))] = tuple(row[1:])
        return found

    def _new_version(self, tbl: str, key: str, at_ms: int, data: Any) -> Version | None:
        table = BY_NAME[tbl]
        now = self._now.get((tbl, key))
        if data is None and (now is None or now[2]):
            return None  # made and removed between two change sets, or already gone
        # Made after the version shown here, so it has seen that one and its history.
        context: dict[str, str] = {} if now is None else with_dot(json.loads(now[1]), now[0])
        writer = self.device
        if table.keeps_both() and now is not None and (tbl, key) in self._with_heads:
            digest = text_digest(text_of(data, table))
            waiting = []
            for kept in self.merger.kept(tbl, key):
                # Versions kept from another device that are deleted, or say what the
                # entry said before this change (or says now), are covered by this one.
                same = text_digest(text_of(kept.data, table))
                if kept.deleted or same in (now[3], digest):
                    context = joined(context, with_dot(kept.vector, kept.clock))
                    self.conn.execute(
                        "DELETE FROM sync_heads WHERE tbl = ? AND row_key = ? AND clock = ?",
                        (tbl, key, kept.clock),
                    )
                else:
                    waiting.append(actor(kept.clock))
            # A writer none of the waiting versions has, so nothing made after this
            # version ever covers them without having seen them.
            n = 0
            while writer in waiting:
                n += 1
                writer = f"{self.device}~{n}"
        clock = self.clock.tick(max(at_ms, 0), writer)
        version = Version(tbl, key, clock, context, data is None, data)
        if version.deleted and table.keeps_both() and (tbl, key) in self._with_heads:
            self.merger.set_current(version)
            self.merger.promote_kept(table, key, version)
            self._promoted.add((tbl, key))
        return version

    def send(self, keyfile: bytes | None = None) -> None:
        """Write this device's changes as its next change set (nothing when none)."""
        versions = self.pending()
        if not versions and keyfile is None:
            return
        own = self.folder.change_sets(self.device)
        seq = max(self.state.next_seq, (own[-1] + 1) if own else 1)
        doc: dict[str, Any] = {
            "kind": "changes",
            "vault": self.folder.vault_id,
            "device": self.device,
            "seq": seq,
            "clock": self.clock.last,
            "rows": [v.to_json() for v in versions],
        }
        if keyfile is not None:
            doc["keyfile"] = keyfile
            doc["keyfile_clock"] = self.clock.tick(now_ms())
            self.state.keyfile_clock = doc["keyfile_clock"]
        data = changeset.seal(
            self.keys[self.state.key_generation],
            payload.encode(doc),
            kind=changeset.CHANGES,
            generation=self.state.key_generation,
            vault_id=self.folder.vault_id,
            device_id=self.device,
            seq=seq,
        )
        self.folder.write(self.folder.change_set(self.device, seq), data)
        self.state.next_seq = seq + 1
        self.state.sets_since_snapshot += 1
        self.result.sent = seq
        self.result.rows_sent = len(versions)

    # ------------------------------------------------------------------ taking

    def take_own_forgotten(self) -> None:
        """This device's change sets the vault does not remember writing; before sending.

        A process killed after a change set was renamed into place, but before its
        transaction committed, or a vault restored from an older backup, finds its own
        later change sets in the folder. Their versions become the rows' current ones
        (so what is sent next is known to come after them) and their numbers are never
        used again. A row changed here since keeps its newer data: only the version is
        taken; any other row takes the data too (a restored vault may lack it).
        """
        own = [n for n in self.folder.change_sets(self.device) if n >= self.state.next_seq]
        if not own:
            return
        pending = {
            (str(t), str(k)) for t, k in self.conn.execute("SELECT tbl, row_key FROM sync_log")
        }
        for seq in own:
            self._take_one(self.device, seq, keep_data=pending)
            self.state.next_seq = max(self.state.next_seq, seq + 1)

    def take(self) -> None:
        """Apply every other device's change sets not applied yet, in order."""
        for device in self.folder.devices():
            if device == self.device:
                continue
            for seq in self.folder.change_sets(device):
                if not self.positions.has(device, seq):
                    self._take_one(device, seq)

    def _take_one(
        self, device: str, seq: int, keep_data: set[tuple[str, str]] | None = None
    ) -> None:
        path = self.folder.change_set(device, seq)
        try:
            versions, news = self._read(device, seq, path.read_bytes())
        except NewerKeyError:
            self.result.newer_key = True  # said once, in the report, not once per file
            return
        except (OSError, changeset.SealedFileError, ValueError, KeyError, TypeError):
            self.result.problems.append(
                translate(
                    "Sync",
                    "A change from another device could not be read yet (number {seq}); "
                    "it was left for now and will be read when it arrives whole.",
                ).format(seq=seq)
            )
            return
        self.conn.execute("SAVEPOINT sync_set")
        try:
            self.state.mode = 2
            self.state.save(self.conn)
            self.merger.preload(versions)
            self.merger.begin_batch()
            entries = sum(1 for v in versions if v.table == "entries")
            quiet = {v.table for v in versions} if len(versions) >= QUIET_LOG_FROM else set()
            with log_triggers_off(self.conn, quiet):
                if entries >= REINDEX_LATER_FROM:
                    keys = [v.key for v in versions if v.table == "entries"]
                    before = self.rows.find_ids(BY_NAME["entries"], keys)
                    versions = self._in_row_order(versions, before)
                    # Indexing an entry with its word forms takes about a millisecond;
                    # thousands at once are taken out of the index and added back by the
                    # background builder, newest first (store/search_index.py).
                    run = bulk.dbapi_runner(self.conn)
                    with bulk.triggers_suspended(run), _page_cache(self.conn, BIG_MERGE_CACHE):
                        self.rows.read_ahead(BY_NAME["entries"], before.values())
                        try:
                            self._apply_all(versions, keep_data)
                        finally:
                            self.rows.forget_read_ahead()
                        if "entries" in self.merger.counts.tables:
                            new = [k for k in keys if k not in before]
                            added = self.rows.find_ids(BY_NAME["entries"], new)
                            changed = {*before.values(), *added.values()}
                            bulk.reindex_later(run, changed)  # tag_text too
                else:
                    self._apply_all(versions, keep_data)
                self.merger.flush()
            self.state.mode = 1
            self.state.save(self.conn)
        except BaseException:
            self.conn.execute("ROLLBACK TO sync_set")
            self.conn.execute("RELEASE sync_set")
            raise
        self.conn.execute("RELEASE sync_set")
        if news is not None and news[1] > self.state.keyfile_clock:
            self.state.keyfile_clock = news[1]
            self.result.keyfile = news[0]
        if device != self.device:
            self.positions.add(device, seq)
        self.result.sets_read += 1
        self.result.rows_applied += self.merger.counts.applied
        self.result.tables |= self.merger.counts.tables
        self.merger.counts.applied = 0

    def _in_row_order(self, versions: list[Version], entry_ids: dict[str, int]) -> list[Version]:
        """The same versions, each table's in the order its rows lie in the database.

        Rows of one table do not depend on each other, so their order does not change
        the outcome; in id order each page of the table is read and written once,
        instead of once per row scattered over a big vault. ``entry_ids`` gives the
        entries' local ids by key (those already here).
        """

        def place(v: Version) -> tuple[bool, int, int]:
            order = -ORDER[v.table] if v.deleted else ORDER[v.table]
            at = entry_ids.get(v.key, 1 << 62) if v.table == "entries" else 1 << 62
            return (v.deleted, order, at)

        return sorted(versions, key=place)

    def _apply_all(self, versions: list[Version], keep_data: set[tuple[str, str]] | None) -> None:
        for version in versions:
            self.clock.observe(version.clock)
            if keep_data is not None and (version.table, version.key) in keep_data:
                current = self.merger.current(version.table, version.key)
                if current is None or current[0] < version.clock:
                    self.merger.set_current(version)
                continue
            self.merger.apply(version)

    def _read(
        self, device: str, seq: int, data: bytes
    ) -> tuple[list[Version], tuple[bytes, str] | None]:
        generation = changeset.generation_of(data)
        key = self.keys.get(generation)
        if key is None:
            if self.keys and generation > max(self.keys):
                raise NewerKeyError("written under a newer sync key")
            raise changeset.SealedFileError("written under a sync key this device lacks")
        plain = changeset.open_sealed(
            key,
            data,
            kind=changeset.CHANGES,
            vault_id=self.folder.vault_id,
            device_id=device,
            seq=seq,
        )
        doc = payload.decode(plain)
        if doc.get("device") != device or doc.get("seq") != seq:
            raise ValueError("a change set in the wrong place")
        versions = [Version.from_json(raw) for raw in doc["rows"]]
        # Parents before children; removals the other way round.
        versions.sort(key=lambda v: (v.deleted, -ORDER[v.table] if v.deleted else ORDER[v.table]))
        news = None
        if isinstance(doc.get("keyfile"), bytes) and isinstance(doc.get("keyfile_clock"), str):
            news = (doc["keyfile"], doc["keyfile_clock"])
        return versions, news

    # ------------------------------------------------------------------ finishing

    def finish(self) -> None:
        """Save the clock, positions and time of this round."""
        self.state.clock = self.clock.last
        self.state.last_sync_at = datetime.now(UTC).isoformat(timespec="seconds")
        self.state.save(self.conn)
        self.positions.save(self.conn, self.state.last_sync_at)


@contextlib.contextmanager
def log_triggers_off(conn: Any, tables: set[str]) -> Iterator[None]:
    """Take the change log's triggers off ``tables`` for the block, then put them back.

    For applying another device's changes only (they must not be logged, and ``mode``
    2 already keeps them out): inside the caller's transaction, so a rollback puts the
    triggers back too. An entry's tags have triggers of their own, taken off with it.
    """
    names = sorted(tables | ({"entry_tags"} if "entries" in tables else set()))
    if not names:
        yield
        return
    marks = ", ".join("?" * len(names))
    triggers = conn.execute(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'trigger' "
        rf"AND name LIKE 'sync\_log\_%' ESCAPE '\' AND tbl_name IN ({marks}) ORDER BY name",
        names,
    ).fetchall()
    for name, _sql in triggers:
        conn.execute(f'DROP TRIGGER main."{name}"')
    try:
        yield
    finally:
        for _name, sql in triggers:
            conn.execute(sql)


def concurrent(a: Version, b: Version) -> bool:
    """True when neither version has seen the other."""
    return not covers(a.clock, a.vector, b.clock) and not covers(b.clock, b.vector, a.clock)


__all__ = ["Round", "RoundResult", "concurrent", "log_triggers_off", "now_ms"]


@contextlib.contextmanager
def _page_cache(conn: Any, kib: int) -> Iterator[None]:
    """A bigger page cache for this connection for the block, then the one it had."""
    (before,) = conn.execute("PRAGMA cache_size").fetchone()
    conn.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")
