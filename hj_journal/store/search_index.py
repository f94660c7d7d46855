"""The word-forms search index: its schema, and building it in the background.

Migration 0009 gives the index two columns of stems (hj_journal/store/word_forms.py).
Filling them means indexing every entry again, which takes tens of seconds at 50,000
entries (docs/benchmarks.md) — too long to hold up unlocking. So a vault with more than
:data:`REBUILD_IN_MIGRATION_UP_TO` entries is migrated to a *transition*:

- the old index is kept as ``entry_fts_old`` (exact words only), complete and kept in
  step by its own triggers, and search uses it meanwhile;
- the new ``entry_fts`` is filled in id order by :func:`index_some`, a few hundred
  entries per transaction, while the app is open; ``indexed_below`` in
  ``search_index_state`` says how far it has come, and the new index's triggers only
  touch entries below that mark (the rest are the builder's);
- when every entry is in, the same transaction drops the old index and its triggers and
  puts in the final ones (:func:`index_some` returns a finished :class:`Progress`).

A kill at any moment loses at most the chunk in hand. Small vaults (and new ones) get
the final schema at once, built inside the migration.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from hj_journal.store import word_forms

#: Vaults up to this many entries are re-indexed inside the migration (about a second).
REBUILD_IN_MIGRATION_UP_TO = 2000
CHUNK = 250  # entries per background transaction: a few tenths of a second

STATE = "search_index_state"
MARK = "indexed_below"
STEMMERS = "word_forms"

_COLUMNS = "title, body, tag_text, forms_en, forms_es"
_OLD_COLUMNS = "title, body, tag_text"


def _forms(row: str) -> str:
    return ", ".join(
        f"{word_forms.SQL_FUNCTION}({row}.title, {row}.body, {row}.tag_text, '{language}')"
        for language in word_forms.LANGUAGES
    )


_CONTENT_VIEW = f"""CREATE VIEW entry_search_content AS
    SELECT id, title, body, tag_text,
        {word_forms.SQL_FUNCTION}(title, body, tag_text, 'en') AS forms_en,
        {word_forms.SQL_FUNCTION}(title, body, tag_text, 'es') AS forms_es
    FROM entries"""
_TABLE = f"""CREATE VIRTUAL TABLE entry_fts USING fts5(
    {_COLUMNS},
    content='entry_search_content', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3')"""
# Best match first is FTS5's own rank: bm25 weighing a title word most, then tags.
_RANK = "INSERT INTO entry_fts(entry_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0, 1.0, 1.0)')"
_STATE_TABLE = f"CREATE TABLE {STATE} (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"

_INSERT = (
    f"INSERT INTO entry_fts(rowid, {_COLUMNS}) "
    f"VALUES (new.id, new.title, new.body, new.tag_text, {_forms('new')});"
)
_DELETE = (
    f"INSERT INTO entry_fts(entry_fts, rowid, {_COLUMNS}) "
    f"VALUES ('delete', old.id, old.title, old.body, old.tag_text, {_forms('old')});"
)
_BELOW_MARK = f"(SELECT CAST(value AS INTEGER) FROM {STATE} WHERE name = '{MARK}')"


def _triggers(gated: bool) -> list[str]:
    def when(row: str) -> str:
        return f"WHEN {row}.id < {_BELOW_MARK} " if gated else ""

    return [
        f"CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries {when('new')}"
        f"BEGIN {_INSERT} END",
        f"CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries {when('old')}"
        f"BEGIN {_DELETE} END",
        "CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, tag_text ON entries "
        f"{when('old')}BEGIN {_DELETE} {_INSERT} END",
    ]


# The old index's triggers while it stands in (as migration 0001 made them).
_OLD_TRIGGERS = [
    "CREATE TRIGGER entries_fts_old_insert AFTER INSERT ON entries BEGIN "
    f"INSERT INTO entry_fts_old(rowid, {_OLD_COLUMNS}) "
    "VALUES (new.id, new.title, new.body, new.tag_text); END",
    "CREATE TRIGGER entries_fts_old_delete AFTER DELETE ON entries BEGIN "
    f"INSERT INTO entry_fts_old(entry_fts_old, rowid, {_OLD_COLUMNS}) "
    "VALUES ('delete', old.id, old.title, old.body, old.tag_text); END",
    "CREATE TRIGGER entries_fts_old_update AFTER UPDATE OF title, body, tag_text ON entries "
    f"BEGIN INSERT INTO entry_fts_old(entry_fts_old, rowid, {_OLD_COLUMNS}) "
    "VALUES ('delete', old.id, old.title, old.body, old.tag_text); "
    f"INSERT INTO entry_fts_old(rowid, {_OLD_COLUMNS}) "
    "VALUES (new.id, new.title, new.body, new.tag_text); END",
]
_ALL_TRIGGERS = (
    "entries_fts_insert",
    "entries_fts_delete",
    "entries_fts_update",
    "entries_fts_old_insert",
    "entries_fts_old_delete",
    "entries_fts_old_update",
)

#: Runs one SQL statement with named parameters and returns its rows (as bulk.Runner).
Runner = Callable[[str, dict[str, Any]], list[Any]]


def _scalar(run: Runner, sql: str, params: dict[str, Any] | None = None) -> Any:
    rows = run(sql, params or {})
    return rows[0][0] if rows else None


def migrate(run: Runner) -> None:
    """Replace the exact-words index with the word-forms one (migration 0009)."""
    for trigger in _ALL_TRIGGERS:
        run(f"DROP TRIGGER IF EXISTS {trigger}", {})
    run(_STATE_TABLE, {})
    run(
        f"INSERT INTO {STATE}(name, value) VALUES (:n, :v)",
        {"n": STEMMERS, "v": word_forms.fingerprint()},
    )
    entries = int(_scalar(run, "SELECT count(*) FROM entries") or 0)
    if entries <= REBUILD_IN_MIGRATION_UP_TO:
        run("DROP TABLE IF EXISTS entry_fts", {})
        _create_final(run)
        run("INSERT INTO entry_fts(entry_fts) VALUES ('rebuild')", {})
        return
    run("ALTER TABLE entry_fts RENAME TO entry_fts_old", {})
    for statement in _OLD_TRIGGERS:
        run(statement, {})
    run(_CONTENT_VIEW, {})
    run(_TABLE, {})
    run(_RANK, {})
    run(f"INSERT INTO {STATE}(name, value) VALUES (:n, '0')", {"n": MARK})
    for statement in _triggers(gated=True):
        run(statement, {})


def _create_final(run: Runner) -> None:
    run(_CONTENT_VIEW, {})
    run(_TABLE, {})
    run(_RANK, {})
    for statement in _triggers(gated=False):
        run(statement, {})


@dataclass(frozen=True)
class Progress:
    """How far adding word forms to the search index has come."""

    indexed: int
    total: int
    finished: bool  # the old index is gone: search finds word forms

    @property
    def percent(self) -> int:
        """Whole per cent done (99 until it is finished)."""
        if self.finished or self.total == 0:
            return 100
        return min(99, self.indexed * 100 // self.total)


def mark(run: Runner) -> int | None:
    """The id below which entries are in the new index, or None when it is complete."""
    value = _scalar(run, f"SELECT value FROM {STATE} WHERE name = :n", {"n": MARK})
    return None if value is None else int(value)


def progress(run: Runner) -> Progress:
    """Entries indexed so far, of all entries (equal when the index is complete)."""
    total = int(_scalar(run, "SELECT count(*) FROM entries") or 0)
    below = mark(run)
    if below is None:
        return Progress(total, total, finished=True)
    done = int(_scalar(run, "SELECT count(*) FROM entries WHERE id < :m", {"m": below}) or 0)
    return Progress(done, total, finished=False)


def index_some(run: Runner, count: int = CHUNK) -> Progress:
    """Add the next ``count`` entries to the new index; finish when none are left.

    The caller runs this inside one write transaction (and commits it).
    """
    below = mark(run)
    if below is None:
        return progress(run)
    last = _scalar(
        run,
        "SELECT max(id) FROM (SELECT id FROM entries WHERE id >= :m ORDER BY id LIMIT :c)",
        {"m": below, "c": count},
    )
    if last is not None:
        run(
            f"INSERT INTO entry_fts(rowid, {_COLUMNS}) SELECT id, {_COLUMNS} "
            "FROM entry_search_content WHERE id >= :m AND id <= :l",
            {"m": below, "l": int(last)},
        )
        below = int(last) + 1
        run(f"UPDATE {STATE} SET value = :v WHERE name = :n", {"v": str(below), "n": MARK})
    if _scalar(run, "SELECT 1 FROM entries WHERE id >= :m LIMIT 1", {"m": below}) is None:
        _finish(run)
    return progress(run)


def _finish(run: Runner) -> None:
    for trigger in _ALL_TRIGGERS:
        run(f"DROP TRIGGER IF EXISTS {trigger}", {})
    run("DROP TABLE IF EXISTS entry_fts_old", {})
    run(f"DELETE FROM {STATE} WHERE name = :n", {"n": MARK})
    for statement in _triggers(gated=False):
        run(statement, {})


def add_entries(run: Runner, ids: list[int], marks: str, params: dict[str, Any]) -> None:
    """Index these new entries (bulk writes with the triggers suspended)."""
    below = mark(run)
    if below is not None:  # in transition: the old index gets every entry
        run(
            f"INSERT INTO entry_fts_old(rowid, {_OLD_COLUMNS}) "
            f"SELECT id, {_OLD_COLUMNS} FROM entries WHERE id IN ({marks})",
            params,
        )
    gate = "" if below is None else f" AND id < {int(below)}"
    run(
        f"INSERT INTO entry_fts(rowid, {_COLUMNS}) SELECT id, {_COLUMNS} "
        f"FROM entry_search_content WHERE id IN ({marks}){gate}",
        params,
    )


_OLD_TABLE = f"""CREATE VIRTUAL TABLE entry_fts_old USING fts5(
    {_OLD_COLUMNS},
    content='entries', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3')"""


def defer_word_forms(run: Runner) -> None:
    """Index every entry's exact words now and leave its word forms to :func:`index_some`.

    For writes of many entries at once (joining a synced vault, merging thousands of
    changed entries), with the index triggers suspended: stemming each entry takes a few
    milliseconds, too long for thousands of entries at once, while FTS5 indexes exact
    words in C in a fraction of that. The index is put in the transition of migration
    0009: search finds exact words at once, and the background builder adds the word
    forms a few hundred entries per transaction. Works from the final schema and from a
    transition already under way (which starts again from the first entry: the entries
    changed here may lie below its mark). Runs inside the caller's write transaction.
    """
    for trigger in _ALL_TRIGGERS:
        run(f"DROP TRIGGER IF EXISTS {trigger}", {})
    run("DROP TABLE IF EXISTS entry_fts_old", {})
    run("DROP TABLE IF EXISTS entry_fts", {})
    run("DROP VIEW IF EXISTS entry_search_content", {})
    run(_OLD_TABLE, {})
    run("INSERT INTO entry_fts_old(entry_fts_old) VALUES ('rebuild')", {})
    for statement in _OLD_TRIGGERS:
        run(statement, {})
    run(_CONTENT_VIEW, {})
    run(_TABLE, {})
    run(_RANK, {})
    for name, value in ((MARK, "0"), (STEMMERS, word_forms.fingerprint())):
        run(
            f"INSERT OR REPLACE INTO {STATE}(name, value) VALUES (:n, :v)",
            {"n": name, "v": value},
        )
    for statement in _triggers(gated=True):
        run(statement, {})


def rebuild(run: Runner) -> None:
    """Index every entry again from the rows (restores, stemmer changes)."""
    run("INSERT INTO entry_fts(entry_fts) VALUES ('rebuild')", {})
    if mark(run) is not None:  # in transition: all are in now; the builder finishes it
        run("INSERT INTO entry_fts_old(entry_fts_old) VALUES ('rebuild')", {})
        top = int(_scalar(run, "SELECT coalesce(max(id), 0) FROM entries") or 0)
        run(f"UPDATE {STATE} SET value = :v WHERE name = :n", {"v": str(top + 1), "n": MARK})
    run(
        f"INSERT OR REPLACE INTO {STATE}(name, value) VALUES (:n, :v)",
        {"n": STEMMERS, "v": word_forms.fingerprint()},
    )


def is_current(run: Runner) -> bool:
    """Whether the index was built by the stemmers this version of the app has.

    True for a schema without the state table (a build from before migration 0009 was
    written, which never reached anyone): there is no word-forms index to renew there.
    """
    has_state = _scalar(
        run, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = :t", {"t": STATE}
    )
    if has_state is None:
        return True
    found = _scalar(run, f"SELECT value FROM {STATE} WHERE name = :n", {"n": STEMMERS})
    return bool(found == word_forms.fingerprint())
