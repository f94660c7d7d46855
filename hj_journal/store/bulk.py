"""Writing many entries at once (imports, restores) without the per-row trigger cost.

The triggers that keep the search index and ``entries.tag_text`` in step are right for
one entry at a time, but each trigger run costs SQLCipher a few dozen locked memory
allocations (``cipher_memory_security``): importing 10,000 entries row by row spends
most of its time in ``mlock``. So a bulk write drops those triggers inside its own
transaction, writes the rows, brings ``tag_text`` and the index up to date with one
statement each, and creates the triggers again from their own stored SQL — all in the
same transaction, so if anything fails the triggers (and everything else) are back as
they were.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from hj_journal.store import search_index

#: Runs one SQL statement with named parameters and returns its rows (if any).
Runner = Callable[[str, dict[str, Any]], list[Any]]

# The same expression the entry_tags triggers use (migration 0001).
_TAG_TEXT = (
    "(SELECT coalesce(group_concat(name, ' '), '') FROM "
    "(SELECT name FROM entry_tags WHERE entry_id = entries.id ORDER BY name))"
)
_CHUNK = 500
TABLES = ("entries", "entry_tags")
_KEEP_SYNC_LOG = r"AND name NOT LIKE 'sync\_%' ESCAPE '\' "


def session_runner(session: Session) -> Runner:
    """Run statements through an ORM session (inside its transaction)."""

    def run(sql: str, params: dict[str, Any]) -> list[Any]:
        result = session.execute(text(sql), params)
        return list(result.all()) if getattr(result, "returns_rows", False) else []

    return run


def dbapi_runner(connection: Any) -> Runner:
    """Run statements on a plain DB-API connection (inside its transaction)."""

    def run(sql: str, params: dict[str, Any]) -> list[Any]:
        return list(connection.execute(sql, params).fetchall())

    return run


@contextlib.contextmanager
def triggers_suspended(
    run: Runner, tables: Sequence[str] = TABLES, *, idle_sync_log: bool = False
) -> Iterator[None]:
    """Drop the triggers on ``tables`` for the rest of this transaction's block.

    The caller must be inside a write transaction and must bring derived data up to
    date itself (:func:`index_entries`, :func:`rebuild_search_index`) before the block
    ends. The triggers are created again even when the block raises, and the caller's
    rollback then undoes the whole block anyway.

    The sync change log's triggers stay: rows written in bulk are changes too. With
    ``idle_sync_log``, they are dropped as well when the vault is not kept in step with
    other devices: each of them then only finds that out (its ``WHEN`` is false) and logs
    nothing, yet it is one trigger run per row, which more than doubles the cost of
    writing a check-in. The block must not turn syncing on itself.
    """
    marks = ", ".join(f":t{i}" for i in range(len(tables)))
    keep_sync = "" if idle_sync_log and not kept_in_step(run) else _KEEP_SYNC_LOG
    rows = run(
        "SELECT name, sql FROM main.sqlite_master "
        f"WHERE type = 'trigger' AND tbl_name IN ({marks}) {keep_sync}ORDER BY name",
        {f"t{i}": name for i, name in enumerate(tables)},
    )
    for name, _sql in rows:
        run(f'DROP TRIGGER main."{name}"', {})
    try:
        yield
    finally:
        # A trigger the block made again itself stays; the old search index's go with it
        # when the block dropped that index (search_index.forget_entries).
        present = {
            str(r[0])
            for r in run("SELECT name FROM main.sqlite_master WHERE type = 'trigger'", {})
        }
        for name, sql in rows:
            if name not in present and search_index.wanted_trigger(run, name):
                run(sql, {})


#: Rows written at once into a table from which its indexes are better built afterwards.
MANY_ROWS = 5000


@contextlib.contextmanager
def indexes_suspended(run: Runner, table: str, rows: int) -> Iterator[None]:
    """For ``rows`` new rows of ``table``: drop its plain indexes, build them after.

    Building an index once over every row costs less than keeping it up to date one
    row at a time, when the rows written are many and at least as many as are there
    (an import into a new vault). Unique indexes stay, so every row is still checked
    as it is written. Inside the caller's transaction: if anything fails, the rollback
    puts the indexes back as they were.
    """
    if rows < MANY_ROWS or rows < int(run(f'SELECT count(*) FROM main."{table}"', {})[0][0]):
        yield
        return
    found = run(
        "SELECT name, sql FROM main.sqlite_master WHERE type = 'index' AND tbl_name = :t "
        "AND sql LIKE 'CREATE INDEX %' ORDER BY name",
        {"t": table},
    )
    for name, _sql in found:
        run(f'DROP INDEX main."{name}"', {})
    try:
        yield
    finally:
        for _name, sql in found:
            run(str(sql), {})


def kept_in_step(run: Runner) -> bool:
    """Whether the vault is kept in step with other devices (its sync-log triggers log)."""
    if not run(
        "SELECT 1 FROM main.sqlite_master WHERE type = 'table' AND name = 'sync_state'", {}
    ):
        return False
    rows = run("SELECT mode FROM sync_state WHERE id = 1", {})  # as the triggers' WHEN reads it
    return bool(rows) and rows[0][0] == 1


def index_new_entries(run: Runner, entry_ids: Iterable[int]) -> None:
    """After an import wrote these new entries in bulk: index them, now or in the background.

    Up to :data:`search_index.REBUILD_IN_MIGRATION_UP_TO` new entries are indexed at once
    (stemming takes about a millisecond an entry); more are left to the background
    builder, as a big merge from another device is (:func:`reindex_later`).
    """
    ids = list(entry_ids)
    if len(ids) <= search_index.REBUILD_IN_MIGRATION_UP_TO:
        index_entries(run, ids)
    else:
        reindex_later(run, ids)


def _tag_text(run: Runner, ids: list[int]) -> None:
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        params = {f"i{n}": value for n, value in enumerate(chunk)}
        marks = ", ".join(f":i{n}" for n in range(len(chunk)))
        run(f"UPDATE entries SET tag_text = {_TAG_TEXT} WHERE id IN ({marks})", params)


def index_entries(run: Runner, entry_ids: Iterable[int]) -> None:
    """Set ``tag_text`` from the tags and index these entries now, word forms and all."""
    ids = list(entry_ids)
    _tag_text(run, ids)
    for start in range(0, len(ids), _CHUNK):
        search_index.add_entries(run, ids[start : start + _CHUNK])


def reindex_later(run: Runner, entry_ids: Iterable[int]) -> None:
    """Set ``tag_text`` from the tags; take these entries out of the index until the
    background builder (the journal's, after unlock) adds them again.

    Inside :func:`triggers_suspended`, for thousands of entries written at once: see
    :func:`hj_journal.store.search_index.forget_entries`. Ids of entries no longer there
    are only taken out.
    """
    ids = list(entry_ids)
    _tag_text(run, ids)
    search_index.forget_entries(run, ids)


def rebuild_search_index(run: Runner) -> None:
    """Recompute every entry's ``tag_text`` and index every entry again (joining).

    A small vault is indexed at once; a bigger one by the background builder.
    """
    run(f"UPDATE entries SET tag_text = {_TAG_TEXT}", {})
    search_index.index_all(run)
