"""The search index: its schema, and bringing it up to date in the background.

``entry_fts`` (migration 0013) holds each entry's exact words (title, body, tags) and its
English and Spanish word forms (hj_journal/store/word_forms.py). It is an FTS5 table
*without content* that can forget a row by its id (``contentless_delete``): taking an
entry out costs a look-up, not the entry's old words. Migration 0009's index needed the
old words, stems included, so each changed entry was stemmed twice, and writing
thousands at once (a big sync merge) took tens of seconds (docs/benchmarks.md). Search
never reads text from the index: snippets and highlights are made from the entries
(hj_journal/store/search.py).

Stemming takes about a millisecond an entry, so when thousands of entries are written
at once (a merge from another device, joining, a big import) they are taken out of the
index and listed in ``search_pending``; :func:`index_some` adds them back a few hundred
at a time while the app is open, newest first, and search says how far it has come. A
kill at any moment loses at most the chunk in hand. One entry saved at a time is indexed
at once by the triggers.

After migration 0013 in a vault of more than :data:`REBUILD_IN_MIGRATION_UP_TO` entries,
the index it replaced stands in for search (``entry_fts_old``, whole and kept in step by
its own triggers) until every entry is in the new one; then the same transaction drops
it (:func:`index_some`). A bulk write of new entries adds them to both; one that leaves
entries for later drops the stand-in at once, since it cannot forget entries cheaply
(:func:`forget_entries`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from hj_journal.store import word_forms

#: Vaults up to this many entries are indexed whole at once (about a second).
REBUILD_IN_MIGRATION_UP_TO = 2000
CHUNK = 250  # entries per background transaction: a few tenths of a second

STATE = "search_index_state"
PENDING = "search_pending"
STEMMERS = "word_forms"
STAND_IN = "stand_in"  # 'forms' or 'exact': what the old index finds, while it stands in
OLD = "entry_fts_old"

_COLUMNS = "title, body, tag_text, forms_en, forms_es"
_OLD_TRIGGERS = ("entries_fts_old_insert", "entries_fts_old_delete", "entries_fts_old_update")
_TRIGGERS = ("entries_fts_insert", "entries_fts_delete", "entries_fts_update")


def forms_sql(row: str = "") -> str:
    """The two stem columns' values computed from a row's text (``row`` as "new." or "")."""
    return ", ".join(
        f"{word_forms.SQL_FUNCTION}({row}title, {row}body, {row}tag_text, '{language}')"
        for language in word_forms.LANGUAGES
    )


TABLE = f"""CREATE VIRTUAL TABLE entry_fts USING fts5(
    {_COLUMNS},
    content='', contentless_delete=1,
    tokenize='unicode61 remove_diacritics 2', prefix='2 3')"""
# Best match first is FTS5's own rank: bm25 weighing a title word most, then tags.
RANK = "INSERT INTO entry_fts(entry_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0, 1.0, 1.0)')"
STATE_TABLE = (
    f"CREATE TABLE IF NOT EXISTS {STATE} (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)"
)
PENDING_TABLE = f"CREATE TABLE IF NOT EXISTS {PENDING} (entry_id INTEGER PRIMARY KEY)"

_INSERT = (
    f"INSERT INTO entry_fts(rowid, {_COLUMNS}) "
    f"VALUES (new.id, new.title, new.body, new.tag_text, {forms_sql('new.')});"
)
_FORGET = "DELETE FROM entry_fts WHERE rowid = old.id;"
_DONE = f"DELETE FROM {PENDING} WHERE entry_id = old.id;"

#: The final triggers: one entry saved at a time is indexed at once.
TRIGGERS = [
    f"CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN {_INSERT} END",
    f"CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN {_FORGET} {_DONE} END",
    "CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, tag_text ON entries "
    f"BEGIN {_FORGET} {_INSERT} {_DONE} END",
]

#: Runs one SQL statement with named parameters and returns its rows (as bulk.Runner).
Runner = Callable[[str, dict[str, Any]], list[Any]]


def _scalar(run: Runner, sql: str, params: dict[str, Any] | None = None) -> Any:
    rows = run(sql, params or {})
    return rows[0][0] if rows else None


def _set(run: Runner, name: str, value: str) -> None:
    run(f"INSERT OR REPLACE INTO {STATE}(name, value) VALUES (:n, :v)", {"n": name, "v": value})


def create(run: Runner) -> None:
    """The final schema, empty, with its triggers (a new vault, or a rebuild from nothing)."""
    run(STATE_TABLE, {})
    run(PENDING_TABLE, {})
    run(TABLE, {})
    run(RANK, {})
    for statement in TRIGGERS:
        run(statement, {})
    _set(run, STEMMERS, word_forms.fingerprint())


def stand_in(run: Runner) -> str | None:
    """What the old index standing in finds ('forms' or 'exact'), or None when it is gone."""
    found = _scalar(run, f"SELECT value FROM {STATE} WHERE name = :n", {"n": STAND_IN})
    return None if found is None else str(found)


@dataclass(frozen=True)
class Progress:
    """How far bringing the search index up to date has come."""

    indexed: int
    total: int
    finished: bool  # every entry is in the index, with its word forms
    # What search lacks until then: "nothing" (the old index stands in, whole), "forms"
    # (the old index stands in with exact words only) or "entries" (some are not in it).
    meanwhile: str = "nothing"

    @property
    def percent(self) -> int:
        """Whole per cent done (99 until it is finished)."""
        if self.finished or self.total == 0:
            return 100
        return min(99, self.indexed * 100 // self.total)


def progress(run: Runner) -> Progress:
    """Entries in the index so far, of all entries (equal when it is complete)."""
    total = int(_scalar(run, "SELECT count(*) FROM entries") or 0)
    waiting = int(_scalar(run, f"SELECT count(*) FROM {PENDING}") or 0)
    old = stand_in(run)
    finished = waiting == 0 and old is None
    meanwhile = "nothing" if finished or old == "forms" else "forms" if old else "entries"
    return Progress(max(0, total - waiting), total, finished, meanwhile)


def _marks(ids: list[int]) -> str:
    return ", ".join(str(int(i)) for i in ids)  # ids are integers: safe to inline


def index_some(run: Runner, count: int = CHUNK) -> Progress:
    """Add the next ``count`` waiting entries to the index, newest first; tidy up after.

    The caller runs this inside one write transaction (and commits it).
    """
    ids = [
        int(r[0])
        for r in run(
            f"SELECT entry_id FROM {PENDING} ORDER BY entry_id DESC LIMIT :c", {"c": count}
        )
    ]
    if ids:
        marks = _marks(ids)
        run(f"DELETE FROM entry_fts WHERE rowid IN ({marks})", {})  # an older version
        run(
            f"INSERT INTO entry_fts(rowid, {_COLUMNS}) SELECT id, title, body, tag_text, "
            f"{forms_sql()} FROM entries WHERE id IN ({marks})",
            {},
        )
        run(f"DELETE FROM {PENDING} WHERE entry_id IN ({marks})", {})
    if stand_in(run) is not None and _scalar(run, f"SELECT 1 FROM {PENDING} LIMIT 1") is None:
        drop_stand_in(run)
    # With nothing waiting, nothing was written: a step taken just in case (the journal
    # takes one whenever it opens) never holds the write lock against a save.
    return progress(run)


def drop_stand_in(run: Runner) -> None:
    """Drop the old index standing in for search, its triggers and its content view."""
    for trigger in _OLD_TRIGGERS:
        run(f"DROP TRIGGER IF EXISTS {trigger}", {})
    run(f"DROP TABLE IF EXISTS {OLD}", {})
    run("DROP VIEW IF EXISTS entry_search_content", {})
    run(f"DELETE FROM {STATE} WHERE name = :n", {"n": STAND_IN})


def wanted_trigger(run: Runner, name: str) -> bool:
    """Whether a trigger dropped for a bulk write should be made again after it.

    The old index's triggers are not, once a bulk write has dropped that index.
    """
    return name not in _OLD_TRIGGERS or stand_in(run) is not None


def add_entries(run: Runner, ids: Iterable[int]) -> None:
    """Index these new entries now, word forms and all (a bulk write of a few, triggers off).

    The old index standing in, if any, gets them too: adding needs no old words.
    """
    chunk = list(ids)
    if not chunk:
        return
    marks = _marks(chunk)
    run(f"DELETE FROM entry_fts WHERE rowid IN ({marks})", {})  # never there; harmless
    run(
        f"INSERT INTO entry_fts(rowid, {_COLUMNS}) SELECT id, title, body, tag_text, "
        f"{forms_sql()} FROM entries WHERE id IN ({marks})",
        {},
    )
    run(f"DELETE FROM {PENDING} WHERE entry_id IN ({marks})", {})
    found = stand_in(run)
    if found is not None:
        columns = _COLUMNS if found == "forms" else "title, body, tag_text"
        values = f"title, body, tag_text, {forms_sql()}" if found == "forms" else columns
        run(
            f"INSERT INTO {OLD}(rowid, {columns}) SELECT id, {values} "
            f"FROM entries WHERE id IN ({marks})",
            {},
        )


def forget_entries(run: Runner, ids: Iterable[int]) -> None:
    """Take these entries out of the index and leave them to :func:`index_some`.

    For thousands of entries written at once with the triggers suspended: forgetting an
    entry costs a look-up, where indexing it costs stemming its words. Ids of entries no
    longer there are only forgotten. The old index standing in, if any, is dropped: it
    could forget them only by stemming their old words again.
    """
    chunk = sorted({int(i) for i in ids})
    if not chunk:
        return
    if stand_in(run) is not None:
        drop_stand_in(run)
    for start in range(0, len(chunk), 5000):
        marks = _marks(chunk[start : start + 5000])
        run(f"DELETE FROM entry_fts WHERE rowid IN ({marks})", {})
        run(f"DELETE FROM {PENDING} WHERE entry_id IN ({marks})", {})
        run(f"INSERT INTO {PENDING}(entry_id) SELECT id FROM entries WHERE id IN ({marks})", {})


def index_all(run: Runner) -> None:
    """Index every entry again from the rows: at once in a small vault, else in the background.

    For writes of the whole vault with the triggers suspended (joining, a restore).
    """
    if stand_in(run) is not None:
        drop_stand_in(run)
    run("INSERT INTO entry_fts(entry_fts) VALUES ('delete-all')", {})
    run(f"DELETE FROM {PENDING}", {})
    count = int(_scalar(run, "SELECT count(*) FROM entries") or 0)
    if count <= REBUILD_IN_MIGRATION_UP_TO:
        run(
            f"INSERT INTO entry_fts(rowid, {_COLUMNS}) SELECT id, title, body, tag_text, "
            f"{forms_sql()} FROM entries",
            {},
        )
    else:
        run(f"INSERT INTO {PENDING}(entry_id) SELECT id FROM entries", {})
    _set(run, STEMMERS, word_forms.fingerprint())


def renew_word_forms(run: Runner) -> None:
    """After an update that stems some words differently: every entry is indexed again.

    The index can forget an entry without its old words, so the entries stay findable
    (by their old word forms) until the background builder reaches them.
    """
    run(f"INSERT OR IGNORE INTO {PENDING}(entry_id) SELECT id FROM entries", {})
    _set(run, STEMMERS, word_forms.fingerprint())


def is_current(run: Runner) -> bool:
    """Whether the index was built by the stemmers this version of the app has."""
    found = _scalar(run, f"SELECT value FROM {STATE} WHERE name = :n", {"n": STEMMERS})
    return bool(found == word_forms.fingerprint())


def checks(run: Runner) -> list[str]:
    """Problems found in the index: entries neither in it nor waiting, ids of no entry.

    FTS5's own check of the index's structure runs first and raises as any damage does.
    """
    run("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 0)", {})
    if stand_in(run) is not None:  # whole, and checked against the entries
        run(f"INSERT INTO {OLD}({OLD}, rank) VALUES ('integrity-check', 1)", {})
    missing = _scalar(
        run,
        f"SELECT count(*) FROM entries WHERE id NOT IN (SELECT entry_id FROM {PENDING}) "
        "AND id NOT IN (SELECT id FROM entry_fts_docsize)",
    )
    extra = _scalar(
        run, "SELECT count(*) FROM entry_fts_docsize WHERE id NOT IN (SELECT id FROM entries)"
    )
    if missing or extra:
        return ["The search index does not match the entries; search may miss some."]
    return []
