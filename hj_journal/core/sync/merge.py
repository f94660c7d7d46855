"""Applying versions of rows that came from other devices.

Every row has one current version here (``sync_rows``: its clock, version vector and
whether it is deleted). An arriving version is

* ignored when the current version (or a kept one) has already seen it;
* taken when it has seen the current version (it is simply newer in the row's history);
* otherwise the two were changed apart, on two devices. The newer clock wins, except
  for an entry whose text differs between them: then both stay. The version shown is
  the newer one that is not deleted; the other is kept in ``sync_heads`` and the entry
  shows "edited on two devices" until you choose or merge.

For an entry the kept versions form the set of versions nobody has yet seen past, so
the outcome does not depend on the order change sets arrive in, and applying one twice
changes nothing. Other rows keep only the newest clock, which has the same properties.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

from hj_journal.core.sync.clock import Vector, covers, device_of, parse
from hj_journal.core.sync.rows import Data, RowIO
from hj_journal.core.sync.tables import BY_NAME, SyncedTable


@dataclass(frozen=True)
class Version:
    """One version of one row, as it travels in a change set."""

    table: str
    key: str
    clock: str
    vector: Vector
    deleted: bool
    data: Data | None

    def to_json(self) -> list[Any]:
        """The version as a list in a change set."""
        return [self.table, self.key, self.clock, self.vector, self.deleted, self.data]

    @classmethod
    def from_json(cls, raw: Any) -> Version:
        """A version read from a change set (ValueError when it is not one)."""
        if not isinstance(raw, list) or len(raw) != 6:
            raise ValueError("not a version")
        table, key, clock, vector, deleted, data = raw
        if table not in BY_NAME or not isinstance(key, str) or not isinstance(clock, str):
            raise ValueError("not a version")
        parse(clock)
        if not isinstance(vector, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in vector.items()
        ):
            raise ValueError("not a version")
        if not (data is None or isinstance(data, dict)):
            raise ValueError("not a version")
        return cls(table, key, clock, dict(vector), bool(deleted), data)

    @property
    def device(self) -> str:
        """The device that made this version."""
        return device_of(self.clock)

    def covers(self, other: Version) -> bool:
        """True when this version is ``other`` or was made after seeing it."""
        return covers(self.clock, self.vector, other.clock)


def text_of(data: Data | None, table: SyncedTable) -> tuple[Any, ...] | None:
    """The columns that are kept in both versions when they differ."""
    return None if data is None else tuple(data.get(c) for c in table.text)


def text_digest(values: tuple[Any, ...] | None) -> str | None:
    """A digest of an entry's text (title and body) in one version."""
    if values is None:
        return None
    return hashlib.sha256(json.dumps(values, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass
class MergeCounts:
    """What one merge changed here."""

    applied: int = 0
    tables: set[str] = field(default_factory=set)
    kept_both: int = 0


class Merger:
    """Applies arriving versions on one connection (inside the caller's transaction)."""

    def __init__(self, conn: Any, rows: RowIO) -> None:
        self.conn = conn
        self.rows = rows
        self.counts = MergeCounts()
        # Read ahead for a whole change set (preload): each statement costs SQLCipher
        # locked memory, so one query per table beats one per row.
        self._current: dict[tuple[str, str], tuple[str, Vector, bool] | None] = {}
        self._with_kept: set[tuple[str, str]] | None = None
        # While a change set is applied, current versions are written once at its end.
        self._pending: dict[tuple[str, str], Version] | None = None

    def preload(self, versions: list[Version]) -> None:
        """Read the current versions of these rows, and which rows have kept versions."""
        by_table: dict[str, list[str]] = {}
        for version in versions:
            by_table.setdefault(version.table, []).append(version.key)
        for table, keys in by_table.items():
            for start in range(0, len(keys), 400):
                chunk = keys[start : start + 400]
                for key in chunk:
                    self._current[(table, key)] = None
                marks = ", ".join("?" * len(chunk))
                for key, clock, vv, deleted in self.conn.execute(
                    "SELECT row_key, clock, vv, deleted FROM sync_rows "
                    f"WHERE tbl = ? AND row_key IN ({marks})",
                    (table, *chunk),
                ):
                    self._current[(table, str(key))] = (str(clock), json.loads(vv), bool(deleted))
        self._with_kept = {
            (str(t), str(k))
            for t, k in self.conn.execute("SELECT DISTINCT tbl, row_key FROM sync_heads")
        }

    def current(self, table: str, key: str) -> tuple[str, Vector, bool] | None:
        """The clock, vector and tombstone flag of the row's current version here."""
        if (table, key) in self._current:
            return self._current[(table, key)]
        row = self.conn.execute(
            "SELECT clock, vv, deleted FROM sync_rows WHERE tbl = ? AND row_key = ?",
            (table, key),
        ).fetchone()
        return None if row is None else (str(row[0]), json.loads(row[1]), bool(row[2]))

    def kept(self, table: str, key: str) -> list[Version]:
        """The other versions kept for a row (an entry edited on two devices)."""
        if self._with_kept is not None and (table, key) not in self._with_kept:
            return []
        rows = self.conn.execute(
            "SELECT clock, vv, deleted, data FROM sync_heads WHERE tbl = ? AND row_key = ?",
            (table, key),
        ).fetchall()
        return [
            Version(
                table, key, str(c), json.loads(v), bool(d), None if t is None else json.loads(t)
            )
            for c, v, d, t in rows
        ]

    def set_current(self, version: Version) -> None:
        """Record ``version`` as the row's current version."""
        self.set_current_many([version])

    def begin_batch(self) -> None:
        """From now on record current versions in memory until :meth:`flush`."""
        self._pending = {}

    def flush(self) -> None:
        """Write the current versions recorded since :meth:`begin_batch`, in one statement."""
        pending, self._pending = self._pending, None
        if pending:
            self._write_current(list(pending.values()))

    def set_current_many(self, versions: list[Version]) -> None:
        """Record each of ``versions`` as its row's current version, in one statement."""
        for v in versions:
            if self._pending is not None or (v.table, v.key) in self._current:
                self._current[(v.table, v.key)] = (v.clock, dict(v.vector), v.deleted)
        if self._pending is not None:
            self._pending.update(((v.table, v.key), v) for v in versions)
            return
        self._write_current(versions)

    def _write_current(self, versions: list[Version]) -> None:
        self.conn.executemany(
            "INSERT INTO sync_rows (tbl, row_key, clock, vv, deleted, text_sha) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET clock = excluded.clock, "
            "vv = excluded.vv, deleted = excluded.deleted, text_sha = excluded.text_sha",
            [
                (
                    v.table,
                    v.key,
                    v.clock,
                    json.dumps(v.vector, sort_keys=True),
                    int(v.deleted),
                    text_digest(text_of(v.data, BY_NAME[v.table]))
                    if BY_NAME[v.table].keeps_both()
                    else None,
                )
                # In key order: the table is keyed by (tbl, row_key), so each of its
                # pages is reached once instead of once per scattered uuid.
                for v in sorted(versions, key=lambda v: (v.table, v.key))
            ],
        )

    def apply(self, version: Version) -> None:
        """Merge one arriving version into this vault."""
        table = BY_NAME[version.table]
        now = self.current(version.table, version.key)
        if table.keeps_both():
            self._apply_keeping_both(table, version, now)
            return
        if now is not None and now[0] >= version.clock:
            return  # this version, or a newer one, is already here
        self._show(table, version)

    def _show(self, table: SyncedTable, version: Version) -> None:
        if version.deleted or version.data is None:
            if not self.rows.delete(table, version.key):
                return
        elif not self.rows.write(table, version.key, version.data):
            return  # what it belongs to is gone here; a later version may bring it
        self.set_current(version)
        self.counts.applied += 1
        self.counts.tables.add(table.name)

    def promote_kept(self, table: SyncedTable, key: str, tombstone: Version) -> None:
        """After removing an entry here: a version kept from another device takes its place.

        Removing covers only the version that was shown; words another device wrote
        meanwhile are never removed with it.
        """
        alive = [k for k in self.kept(table.name, key) if not k.deleted and k.data is not None]
        if not alive:
            return
        winner = max(alive, key=lambda k: k.clock)
        self.conn.execute(
            "DELETE FROM sync_heads WHERE tbl = ? AND row_key = ? AND clock = ?",
            (table.name, key, winner.clock),
        )
        if self._with_kept is not None:
            self._with_kept.add((table.name, key))
        self.conn.execute(
            "INSERT INTO sync_heads (tbl, row_key, clock, vv, deleted, data, device_id) "
            "VALUES (?, ?, ?, ?, 1, NULL, ?)",
            (
                table.name,
                key,
                tombstone.clock,
                json.dumps(tombstone.vector, sort_keys=True),
                tombstone.device,
            ),
        )
        self._show(table, winner)

    def _apply_keeping_both(
        self, table: SyncedTable, version: Version, now: tuple[str, Vector, bool] | None
    ) -> None:
        if now is None:
            self._show(table, version)
            return
        kept = self.kept(table.name, version.key)
        current = Version(table.name, version.key, now[0], now[1], now[2], None)
        heads = [current, *kept]
        if any(h.covers(version) for h in heads):
            return  # already seen
        survivors = [h for h in heads if not version.covers(h)]
        heads = [*survivors, version]
        winner = _winner(heads)
        if winner.clock != current.clock and any(h.clock == current.clock for h in heads):
            # The shown version steps aside: keep its data with the other versions.
            data = self.rows.read(table, [version.key]).get(version.key)
            current = Version(table.name, version.key, now[0], now[1], now[2], data)
            heads = [current if h.clock == current.clock else h for h in heads]
        if kept or self._with_kept is None:  # (a row with none kept has nothing to remove)
            self.conn.execute(
                "DELETE FROM sync_heads WHERE tbl = ? AND row_key = ?", (table.name, version.key)
            )
        if self._with_kept is not None and len(heads) > 1:
            self._with_kept.add((table.name, version.key))
        for head in heads:
            if head.clock != winner.clock:
                self.conn.execute(
                    "INSERT INTO sync_heads (tbl, row_key, clock, vv, deleted, data, device_id) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        table.name,
                        head.key,
                        head.clock,
                        json.dumps(head.vector, sort_keys=True),
                        int(head.deleted),
                        None if head.data is None else json.dumps(head.data),
                        head.device,
                    ),
                )
        if winner.clock != current.clock:
            self._show(table, winner)
        elif len(heads) > 1:
            self.counts.tables.add(table.name)  # a second version to show beside it


def _winner(heads: list[Version]) -> Version:
    """The version shown: the newest that is not deleted, else the newest tombstone."""
    alive = [h for h in heads if not h.deleted]
    return max(alive or heads, key=lambda h: h.clock)


__all__ = ["MergeCounts", "Merger", "Version", "text_digest", "text_of"]
