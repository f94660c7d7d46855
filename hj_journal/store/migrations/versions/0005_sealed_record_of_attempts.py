"""The sealed record of attempts: the vault's private key and what it has read so far.

``attempt_seal`` holds the X25519 private key to which failed unlocks are sealed (its
public key goes into the key file on the next unlock) and how much of the record the
vault has read; ``unlock_attempts`` keeps what it read, for the history in Settings.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attempt_seal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("private_key", sa.LargeBinary(), nullable=False),
        sa.Column("published", sa.Boolean(), nullable=False),
        sa.Column("records_read", sa.Integer(), nullable=False),
        sa.Column("chain", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempt_seal")),
    )
    op.create_table(
        "unlock_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=26), nullable=False),
        sa.Column("event", sa.String(length=16), nullable=False),
        sa.Column("place", sa.String(length=16), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("reported", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unlock_attempts")),
    )


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
