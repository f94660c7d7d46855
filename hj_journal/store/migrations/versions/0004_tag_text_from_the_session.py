"""Keep ``entries.tag_text`` from the session, not from entry_tags triggers.

The triggers rewrote an entry's search index once per tag written (three index updates
for an entry with two tags); the store now sets ``tag_text`` once, before the entry is
written (``hj_journal.store.models.sync_tag_text``), and bulk writes set it themselves.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS entry_tags_insert")
    op.execute("DROP TRIGGER IF EXISTS entry_tags_delete")


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
