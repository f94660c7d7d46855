"""The practice record: note templates, signed notes and amendments, care goals,
retention, and summaries a client receives from their practitioner.

- ``sessions`` gains the template a note was written with, the note's own copy of the
  template's sections, and the time it was signed; ``clients`` gains an optional
  retention rule of its own.
- ``session_amendments``: changes to signed notes, each with its time and reason.
- ``note_templates``: a practitioner's own templates (built-in ones are resource files).
- ``care_goals`` and ``session_goals``: a client's goals and the sessions that worked on
  them, with an optional progress rating.
- ``deletion_log``: one line per record deleted under retention, with no pseudonym and no
  content.
- ``received_summaries``: in a personal vault, the summaries shared by a practitioner.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from hj_journal.store.coltypes import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _identified() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
    ]


def upgrade() -> None:
    with op.batch_alter_table("clients") as batch:
        batch.add_column(sa.Column("retention_years", sa.Integer(), nullable=True))
    with op.batch_alter_table("sessions") as batch:
        batch.add_column(sa.Column("template_key", sa.Text(), nullable=True))
        batch.add_column(
            sa.Column("note_sections", sa.JSON(), nullable=False, server_default="[]")
        )
        batch.add_column(sa.Column("signed_at", UTCDateTime(), nullable=True))

    op.create_table(
        "session_amendments",
        *_identified(),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("at", UTCDateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("section", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_amendments_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_amendments")),
        sa.UniqueConstraint("uuid", name=op.f("uq_session_amendments_uuid")),
    )
    op.create_index(op.f("ix_session_amendments_session_id"), "session_amendments", ["session_id"])
    op.create_table(
        "note_templates",
        *_identified(),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("sections", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_note_templates")),
        sa.UniqueConstraint("key", name=op.f("uq_note_templates_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_note_templates_uuid")),
    )
    op.create_table(
        "care_goals",
        *_identified(),
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("words", sa.Text(), nullable=False),
        sa.Column("review_on", sa.Date(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("closed_at", UTCDateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_care_goals_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_care_goals")),
        sa.UniqueConstraint("uuid", name=op.f("uq_care_goals_uuid")),
    )
    op.create_index(op.f("ix_care_goals_client_id"), "care_goals", ["client_id"])
    op.create_table(
        "session_goals",
        *_identified(),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("goal_id", sa.Integer(), nullable=False),
        sa.Column("progress", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["care_goals.id"],
            name=op.f("fk_session_goals_goal_id_care_goals"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_goals_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_goals")),
        sa.UniqueConstraint(
            "session_id", "goal_id", name=op.f("uq_session_goals_session_id_goal_id")
        ),
        sa.UniqueConstraint("uuid", name=op.f("uq_session_goals_uuid")),
    )
    op.create_index(op.f("ix_session_goals_session_id"), "session_goals", ["session_id"])
    op.create_index(op.f("ix_session_goals_goal_id"), "session_goals", ["goal_id"])
    op.create_table(
        "deletion_log",
        *_identified(),
        sa.Column("deleted_at", UTCDateTime(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.Column("first_month", sa.String(length=7), nullable=False),
        sa.Column("last_month", sa.String(length=7), nullable=False),
        sa.Column("sessions", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_deletion_log")),
        sa.UniqueConstraint("uuid", name=op.f("uq_deletion_log_uuid")),
    )
    op.create_table(
        "received_summaries",
        *_identified(),
        sa.Column("share_id", sa.String(length=32), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
        sa.Column("session_on", sa.Date(), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_received_summaries")),
        sa.UniqueConstraint("share_id", name=op.f("uq_received_summaries_share_id")),
        sa.UniqueConstraint("uuid", name=op.f("uq_received_summaries_uuid")),
    )


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
