"""Your own entry templates.

- ``entry_templates``: templates of your own for new journal entries (a title pattern,
  tags, a body with headings and prompts), and the built-in templates you chose to hide
  (the built-in ones themselves are resource files).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from hj_journal.store.coltypes import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "entry_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_templates")),
        sa.UniqueConstraint("key", name=op.f("uq_entry_templates_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_entry_templates_uuid")),
    )


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
