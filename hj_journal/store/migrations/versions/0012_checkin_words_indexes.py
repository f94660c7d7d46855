"""Narrow indexes for the calmer-days comparison in Insights.

Insights compare the context tags and emotion words of check-ins below and at or above
the middle distress. Read from the rows, that meant decrypting every check-in's page and
gluing five years of words into one string (about 165 ms at 200,000 check-ins). These
partial, covering indexes hold each of the person's own check-ins' distress with its
context tags (or its emotion words), in that order, so SQLite counts the distinct word
lists per distress value while walking one narrow index, without a sort (about 13 ms each).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for name, column in (
        ("ix_checkins_context_words", "context_tags"),
        ("ix_checkins_emotion_words", "emotions"),
    ):
        op.create_index(
            name, "checkins", ["distress", column], sqlite_where=sa.text("session_id IS NULL")
        )


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
