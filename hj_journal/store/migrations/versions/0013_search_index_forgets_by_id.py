"""A search index that can forget an entry by its id (FTS5 ``contentless_delete``).

Migration 0009's index took its text from a view of the entries, so taking an entry
out meant giving FTS5 the entry's old words again, word forms included: each change
stemmed the old text and the new, and a merge of 10,000 changed entries from another
device spent most of half a minute re-indexing (docs/benchmarks.md). The new
``entry_fts`` keeps no text and forgets a row by its id; entries written by the
thousand wait in ``search_pending`` for the background builder
(hj_journal/store/search_index.py). Search has never read text from the index.

A vault of up to a couple of thousand entries is indexed again here. In a bigger one
the old index stays, renamed ``entry_fts_old`` and kept in step by its own triggers, so
search finds everything as before while the new index fills in the background, newest
entries first; the last step drops it. A vault caught half-way through 0009's own
change keeps that change's exact-words index as the stand-in.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03
"""

from __future__ import annotations

from typing import Any

from alembic import op
from sqlalchemy import text

from hj_journal.store import search_index

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_OLD_COLUMNS = "title, body, tag_text, forms_en, forms_es"
_EXACT_COLUMNS = "title, body, tag_text"


def _stand_in_triggers(columns: str, values: str) -> list[str]:
    """Triggers keeping the old index (content from the entries or their view) in step."""
    new = values.format(r="new")
    old = values.format(r="old")
    insert = f"INSERT INTO entry_fts_old(rowid, {columns}) VALUES (new.id, {new});"
    delete = (
        f"INSERT INTO entry_fts_old(entry_fts_old, rowid, {columns}) "
        f"VALUES ('delete', old.id, {old});"
    )
    return [
        f"CREATE TRIGGER entries_fts_old_insert AFTER INSERT ON entries BEGIN {insert} END",
        f"CREATE TRIGGER entries_fts_old_delete AFTER DELETE ON entries BEGIN {delete} END",
        "CREATE TRIGGER entries_fts_old_update AFTER UPDATE OF title, body, tag_text "
        f"ON entries BEGIN {delete} {insert} END",
    ]


_EXACT = "{r}.title, {r}.body, {r}.tag_text"
_WITH_FORMS = _EXACT + ", " + search_index.forms_sql("{r}.")


def upgrade() -> None:
    connection = op.get_bind()

    def run(sql: str, params: dict[str, Any] | None = None) -> list[Any]:
        result = connection.execute(text(sql), params or {})
        return list(result.all()) if result.returns_rows else []

    for name in (
        "entries_fts_insert",
        "entries_fts_delete",
        "entries_fts_update",
        "entries_fts_old_insert",
        "entries_fts_old_delete",
        "entries_fts_old_update",
    ):
        run(f"DROP TRIGGER IF EXISTS {name}")
    halfway = bool(run("SELECT 1 FROM search_index_state WHERE name = 'indexed_below'"))
    run("DELETE FROM search_index_state WHERE name = 'indexed_below'")
    entries = int(run("SELECT count(*) FROM entries")[0][0] or 0)
    if entries <= search_index.REBUILD_IN_MIGRATION_UP_TO:
        run("DROP TABLE IF EXISTS entry_fts_old")
        run("DROP TABLE IF EXISTS entry_fts")
        run("DROP VIEW IF EXISTS entry_search_content")
        search_index.create(lambda sql, params: run(sql, params))
        search_index.index_all(lambda sql, params: run(sql, params))
        return
    if halfway:
        # 0009's exact-words index is whole; its half-built word-forms one is not.
        run("DROP TABLE entry_fts")
        statements = _stand_in_triggers(_EXACT_COLUMNS, _EXACT)
        found = "exact"
    else:
        run("ALTER TABLE entry_fts RENAME TO entry_fts_old")
        statements = _stand_in_triggers(_OLD_COLUMNS, _WITH_FORMS)
        found = "forms"
    for statement in statements:
        run(statement)
    search_index.create(lambda sql, params: run(sql, params))
    run(f"INSERT INTO {search_index.PENDING}(entry_id) SELECT id FROM entries")
    run(
        f"INSERT OR REPLACE INTO {search_index.STATE}(name, value) VALUES (:n, :v)",
        {"n": search_index.STAND_IN, "v": found},
    )


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
