"""Narrow index for Insights over years of check-ins.

Insights count distress and mood ratings one local day at a time. Reading them from the
check-in rows means decrypting every row's page; this partial, covering index holds only
the moment and the two ratings of the person's own check-ins (not those made in a
practice session), so five years are read from a fraction of the pages.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_checkins_ratings",
        "checkins",
        ["at", "distress", "mood"],
        sqlite_where=sa.text("session_id IS NULL"),
    )


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
