"""Reading synced rows as portable data, and writing them back on another device.

A row's data is its columns as SQLite holds them (text, numbers, bytes, None), without
the local integer id; links to other rows are given as those rows' keys, and an entry
carries its tags. Writing looks the row up by its key, turns keys back into local ids,
and updates or inserts it. Everything runs on one DB-API connection, inside the
caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from hj_journal.core.sync.tables import BY_NAME, SyncedTable

Data = dict[str, Any]
_CHUNK = 400


class RowIO:
    """Reads and writes synced rows on one connection."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self._columns: dict[str, dict[str, bool]] = {}  # table -> column -> NOT NULL
        self._ids: dict[tuple[str, str], int | None] = {}
        # Rows read ahead for :meth:`write`, by (table, local id): each used once.
        self._ahead: dict[tuple[str, int], dict[str, Any]] = {}

    def columns(self, table: str) -> dict[str, bool]:
        """The table's columns and whether each must have a value."""
        if table not in self._columns:
            rows = self.conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            self._columns[table] = {str(r[1]): bool(r[3]) and r[4] is None for r in rows}
        return self._columns[table]

    # ------------------------------------------------------------------ reading

    def read(self, table: SyncedTable, keys: Iterable[str]) -> dict[str, Data]:
        """The data of each row that exists, by key (missing keys are deleted rows)."""
        wanted = list(dict.fromkeys(keys))
        out: dict[str, Data] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            cursor = self.conn.execute(
                f"SELECT {table.key_sql('t.')} AS sync_key, t.* FROM {table.name} AS t "
                f"WHERE {table.key_sql('t.')} IN ({marks})",
                chunk,
            )
            out.update(self._rows(table, cursor))
        return out

    def read_all(self, table: SyncedTable) -> dict[str, Data]:
        """Every row of ``table`` that travels, by key (for snapshots and set-up)."""
        cursor = self.conn.execute(
            f"SELECT {table.key_sql('t.')} AS sync_key, t.* FROM {table.name} AS t"
        )
        return {k: v for k, v in self._rows(table, cursor).items() if table.travels(k)}

    def _rows(self, table: SyncedTable, cursor: Any) -> dict[str, Data]:
        names = [d[0] for d in cursor.description]
        raw = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
        for column, parent in table.parents:
            ids = {r[column] for r in raw if r.get(column) is not None}
            keys = self._keys_of(BY_NAME[parent], ids)
            for r in raw:
                if r.get(column) is not None:
                    r[column] = keys.get(r[column])
        if table.tags and raw:
            tags = self._tags([r["id"] for r in raw])
            for r in raw:
                r["tags"] = tags.get(r["id"], [])
                r.pop("tag_text", None)
        out: dict[str, Data] = {}
        for r in raw:
            key = r.pop("sync_key")
            r.pop("id", None)
            out[str(key)] = r
        return out

    def _keys_of(self, parent: SyncedTable, ids: set[int]) -> dict[int, str]:
        found: dict[int, str] = {}
        ordered = sorted(ids)
        for start in range(0, len(ordered), _CHUNK):
            chunk = ordered[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row_id, key in self.conn.execute(
                f"SELECT id, {parent.key_sql()} FROM {parent.name} WHERE id IN ({marks})",
                chunk,
            ):
                found[int(row_id)] = str(key)
        return found

    def _tags(self, entry_ids: list[int]) -> dict[int, list[str]]:
        tags: dict[int, list[str]] = {}
        for start in range(0, len(entry_ids), _CHUNK):
            chunk = entry_ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for entry_id, name in self.conn.execute(
                f"SELECT entry_id, name FROM entry_tags WHERE entry_id IN ({marks}) ORDER BY name",
                chunk,
            ):
                tags.setdefault(int(entry_id), []).append(str(name))
        return tags

    # ------------------------------------------------------------------ writing

    def find_ids(self, table: SyncedTable, keys: Iterable[str]) -> dict[str, int]:
        """The local ids of the rows with these keys that are here (remembered for writing)."""
        wanted = list(dict.fromkeys(keys))
        found: dict[str, int] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            for key in chunk:
                self._ids[(table.name, key)] = None
            marks = ", ".join("?" * len(chunk))
            for row_id, key in self.conn.execute(
                f"SELECT id, {table.key_sql()} FROM {table.name} "
                f"WHERE {table.key_sql()} IN ({marks})",
                chunk,
            ):
                found[str(key)] = int(row_id)
                self._ids[(table.name, str(key))] = int(row_id)
        return found

    def read_ahead(self, table: SyncedTable, row_ids: Iterable[int]) -> None:
        """Read these rows now, for the writes that follow (a big merge).

        One statement per few hundred rows instead of one per row: in a big vault each
        read of a single row is a page read and a statement step of its own.
        """
        ids = sorted(row_ids)
        names = list(self.columns(table.name))
        for start in range(0, len(ids), _CHUNK):
            chunk = ids[start : start + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            for row in self.conn.execute(
                f"SELECT id, {', '.join(names)} FROM {table.name} WHERE id IN ({marks})", chunk
            ):
                self._ahead[(table.name, int(row[0]))] = dict(zip(names, row[1:], strict=True))

    def forget_read_ahead(self) -> None:
        """Drop the rows read ahead and not written (versions already here): journal text."""
        self._ahead.clear()

    def local_id(self, table: SyncedTable, key: str) -> int | None:
        """The local id of the row with ``key``, if there is one."""
        cached = (table.name, key)
        if cached in self._ids:
            return self._ids[cached]
        row = self.conn.execute(
            f"SELECT id FROM {table.name} WHERE {table.key_sql()} = ?", (key,)
        ).fetchone()
        found = None if row is None else int(row[0])
        self._ids[cached] = found
        return found

    def write(self, table: SyncedTable, key: str, data: Data) -> bool:
        """Insert or update the row; False when a row it must point at is not here."""
        columns = self.columns(table.name)
        values = {k: v for k, v in data.items() if k in columns and k not in ("id", "tag_text")}
        for column, parent in table.parents:
            linked = values.get(column)
            if linked is not None:
                values[column] = self.local_id(BY_NAME[parent], str(linked))
            if values.get(column) is None and columns.get(column):
                return False  # its parent was deleted here: the row goes with it
        tags: list[str] | None = None
        if table.tags:
            tags = sorted({str(t) for t in data.get("tags") or []})
            values["tag_text"] = " ".join(tags)
        if "id" not in columns:  # settings: the key is the primary key
            names = list(values)
            self.conn.execute(
                f"INSERT INTO {table.name} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))}) ON CONFLICT DO UPDATE SET "
                + ", ".join(f"{n} = excluded.{n}" for n in names),
                [values[n] for n in names],
            )
            return True
        row_id = self.local_id(table, key)
        names = list(values)
        if row_id is None:
            cursor = self.conn.execute(
                f"INSERT INTO {table.name} ({', '.join(names)}) "
                f"VALUES ({', '.join('?' * len(names))})",
                [values[n] for n in names],
            )
            row_id = int(cursor.lastrowid)
            self._ids[(table.name, key)] = row_id
        else:
            # Only what changed is written: an unchanged title, body or tags would still
            # make the search index's triggers re-index the entry.
            before = self._ahead.pop((table.name, row_id), None)
            if before is None:
                cursor = self.conn.execute(
                    f"SELECT {', '.join(names)} FROM {table.name} WHERE id = ?", (row_id,)
                )
                before = dict(zip(names, cursor.fetchone() or (), strict=False))
            changed = [n for n in names if before.get(n) != values[n]]
            if changed:
                self.conn.execute(
                    f"UPDATE {table.name} SET {', '.join(f'{n} = ?' for n in changed)} "
                    "WHERE id = ?",
                    [*(values[n] for n in changed), row_id],
                )
            if tags is not None and "tag_text" not in changed:
                return True  # the same tags
        if tags is not None:
            self.conn.execute("DELETE FROM entry_tags WHERE entry_id = ?", (row_id,))
            self.conn.executemany(
                "INSERT INTO entry_tags (entry_id, name) VALUES (?, ?)",
                [(row_id, t) for t in tags],
            )
        return True

    def insert_all(self, table: SyncedTable, items: list[tuple[str, Data]]) -> int:
        """Insert many rows into a table that holds none of them yet (joining); a count.

        One statement per table rather than several per row; rows pointing at a row that
        is not here are left out, as :meth:`write` leaves them.
        """
        columns = self.columns(table.name)
        names = [c for c in columns if c not in ("id", "tag_text")]
        if table.tags:
            names.append("tag_text")
        rows: list[list[Any]] = []
        tags: list[tuple[str, list[str]]] = []
        for key, data in items:
            values = {k: v for k, v in data.items() if k in columns}
            missing = False
            for column, parent in table.parents:
                linked = values.get(column)
                if linked is not None:
                    values[column] = self.local_id(BY_NAME[parent], str(linked))
                if values.get(column) is None and columns.get(column):
                    missing = True
            if missing:
                continue
            if table.tags:
                names_of = sorted({str(t) for t in data.get("tags") or []})
                values["tag_text"] = " ".join(names_of)
                tags.append((key, names_of))
            rows.append([values.get(n) for n in names])
        if not rows:
            return 0
        # Columns a row does not give keep their defaults only when no row gives them.
        given = [i for i, n in enumerate(names) if any(r[i] is not None for r in rows)]
        chosen = [names[i] for i in given]
        self.conn.executemany(
            f"INSERT INTO {table.name} ({', '.join(chosen)}) "
            f"VALUES ({', '.join('?' * len(chosen))})",
            [[r[i] for i in given] for r in rows],
        )
        if tags:
            ids = {
                str(k): int(i)
                for i, k in self.conn.execute(f"SELECT id, {table.key_sql()} FROM {table.name}")
            }
            self.conn.executemany(
                "INSERT INTO entry_tags (entry_id, name) VALUES (?, ?)",
                [(ids[key], name) for key, names_of in tags for name in names_of],
            )
        self._ids.clear()
        self._ahead.clear()
        return len(rows)

    def delete(self, table: SyncedTable, key: str) -> bool:
        """Remove the row with ``key`` (its children go with it, as on the first device).

        False when a row here still needs it (a file still in an entry): it stays.
        """
        self.conn.execute("SAVEPOINT sync_delete")
        try:
            self.conn.execute(f"DELETE FROM {table.name} WHERE {table.key_sql()} = ?", (key,))
        except Exception as error:
            self.conn.execute("ROLLBACK TO sync_delete")
            self.conn.execute("RELEASE sync_delete")
            if "constraint" in str(error).lower():
                return False
            raise
        self.conn.execute("RELEASE sync_delete")
        self._ids.clear()  # rows linked to it may have gone with it
        self._ahead.clear()
        return True


__all__ = ["Data", "RowIO"]
