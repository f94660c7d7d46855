"""Search that finds word forms: the index gains English and Spanish word stems.

The old index held the exact words of titles, bodies and tags. The new one adds, per
entry, the English and Spanish stems of those words (``forms_en``, ``forms_es``;
hj_journal/store/word_forms.py), computed by the SQL function ``hj_word_forms`` that
every vault connection registers. Nothing new is stored in the entries: the index's
content table becomes a view that computes the stems, and the triggers compute them
for new and old text.

Indexing every entry again takes tens of seconds at 50,000 entries (docs/benchmarks.md,
2026-12-03), too long to hold up unlocking: a vault of more than a couple of thousand
entries keeps its old index for search while the new one is filled in the background,
with progress in the journal's search field. A small vault is re-indexed here, inside
the migration's transaction. Migration 0013 later replaced this index by one that can
forget an entry without its old words (hj_journal/store/search_index.py); the SQL here
is this migration's own, as it ran, so later changes to the index cannot change it.

``search_index_state`` records which stemmers built the index; when a newer stemmer
stems differently, the vault rebuilds the index on unlock, because the triggers remove
an entry's old words by stemming them again.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-03
"""

from __future__ import annotations

from typing import Any

from alembic import op
from sqlalchemy import text

from hj_journal.store import search_index, word_forms

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_FN = "hj_word_forms"  # word_forms.SQL_FUNCTION as this migration wrote it
_COLUMNS = "title, body, tag_text, forms_en, forms_es"
_OLD_COLUMNS = "title, body, tag_text"
_STATE = "search_index_state"


def _forms(row: str) -> str:
    return ", ".join(
        f"{_FN}({row}.title, {row}.body, {row}.tag_text, '{language}')"
        for language in ("en", "es")
    )


_CONTENT_VIEW = f"""CREATE VIEW entry_search_content AS
    SELECT id, title, body, tag_text,
        {_FN}(title, body, tag_text, 'en') AS forms_en,
        {_FN}(title, body, tag_text, 'es') AS forms_es
    FROM entries"""
_TABLE = f"""CREATE VIRTUAL TABLE entry_fts USING fts5(
    {_COLUMNS},
    content='entry_search_content', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='2 3')"""
_RANK = "INSERT INTO entry_fts(entry_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 4.0, 1.0, 1.0)')"
_INSERT = (
    f"INSERT INTO entry_fts(rowid, {_COLUMNS}) "
    f"VALUES (new.id, new.title, new.body, new.tag_text, {_forms('new')});"
)
_DELETE = (
    f"INSERT INTO entry_fts(entry_fts, rowid, {_COLUMNS}) "
    f"VALUES ('delete', old.id, old.title, old.body, old.tag_text, {_forms('old')});"
)
_BELOW_MARK = f"(SELECT CAST(value AS INTEGER) FROM {_STATE} WHERE name = 'indexed_below')"


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


def upgrade() -> None:
    connection = op.get_bind()

    def run(sql: str, params: dict[str, Any] | None = None) -> list[Any]:
        result = connection.execute(text(sql), params or {})
        return list(result.all()) if result.returns_rows else []

    for trigger in ("entries_fts_insert", "entries_fts_delete", "entries_fts_update"):
        run(f"DROP TRIGGER IF EXISTS {trigger}")
    run(f"CREATE TABLE {_STATE} (name TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)")
    run(
        f"INSERT INTO {_STATE}(name, value) VALUES ('word_forms', :v)",
        {"v": word_forms.fingerprint()},
    )
    entries = int(run("SELECT count(*) FROM entries")[0][0] or 0)
    if entries <= search_index.REBUILD_IN_MIGRATION_UP_TO:
        run("DROP TABLE IF EXISTS entry_fts")
        for statement in (_CONTENT_VIEW, _TABLE, _RANK, *_triggers(gated=False)):
            run(statement)
        run("INSERT INTO entry_fts(entry_fts) VALUES ('rebuild')")
        return
    # A big vault keeps its exact-words index for search while word forms are added.
    run("ALTER TABLE entry_fts RENAME TO entry_fts_old")
    for statement in (*_OLD_TRIGGERS, _CONTENT_VIEW, _TABLE, _RANK):
        run(statement)
    run(f"INSERT INTO {_STATE}(name, value) VALUES ('indexed_below', '0')")
    for statement in _triggers(gated=True):
        run(statement)


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
