"""Covering index for newest-first search.

Sorting the matches of a common word by date used to look up every matching entry's row
(one encrypted page each); this narrow index answers the sort without touching the rows.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_entries_search_order", "entries", ["id", "deleted_at", "entry_date", "created_at"]
    )


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
