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
with progress in the journal's search field (hj_journal/store/search_index.py). A small
vault is re-indexed here, inside the migration's transaction.

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

from hj_journal.store import search_index

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    connection = op.get_bind()

    def run(sql: str, params: dict[str, Any]) -> list[Any]:
        result = connection.execute(text(sql), params)
        return list(result.all()) if result.returns_rows else []

    search_index.migrate(run)


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
