"""Photos, audio and files kept inside entries, inside the encrypted database.

- ``attachment_key``: the vault's own key for the keyed (HMAC-SHA256) dedup digest.
- ``attachment_contents`` and ``attachment_chunks``: each distinct file once, its bytes in
  numbered pieces of at most 1 MiB.
- ``attachment_thumbnails``: a small PNG of an image, made in memory.
- ``entry_attachments``: which entry holds which file, under what name, in what order.

See the attachments section of hj_journal/store/models.py and docs/formats.md.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from hj_journal.store.coltypes import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _content_fk(table: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["content_id"],
        ["attachment_contents.id"],
        name=op.f(f"fk_{table}_content_id_attachment_contents"),
        ondelete=ondelete,
    )


def upgrade() -> None:
    op.create_table(
        "attachment_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_key")),
    )
    op.create_table(
        "attachment_contents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("chunks", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachment_contents")),
        sa.UniqueConstraint("digest", name=op.f("uq_attachment_contents_digest")),
        sa.UniqueConstraint("uuid", name=op.f("uq_attachment_contents_uuid")),
    )
    op.create_table(
        "attachment_chunks",
        sa.Column("content_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        _content_fk("attachment_chunks", "CASCADE"),
        sa.PrimaryKeyConstraint("content_id", "number", name=op.f("pk_attachment_chunks")),
    )
    op.create_table(
        "attachment_thumbnails",
        sa.Column("content_id", sa.Integer(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=False),
        sa.Column("height", sa.Integer(), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        _content_fk("attachment_thumbnails", "CASCADE"),
        sa.PrimaryKeyConstraint("content_id", name=op.f("pk_attachment_thumbnails")),
    )
    op.create_table(
        "entry_attachments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("content_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("media_type", sa.String(length=128), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("added_at", UTCDateTime(), nullable=False),
        sa.Column("metadata_removed", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_attachments_entry_id_entries"),
            ondelete="CASCADE",
        ),
        _content_fk("entry_attachments", "RESTRICT"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entry_attachments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_entry_attachments_uuid")),
    )
    op.create_index(op.f("ix_entry_attachments_entry_id"), "entry_attachments", ["entry_id"])
    op.create_index(op.f("ix_entry_attachments_content_id"), "entry_attachments", ["content_id"])


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
