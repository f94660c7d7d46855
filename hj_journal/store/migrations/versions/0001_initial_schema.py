"""Initial schema: every table (docs/architecture.md), full-text search and its triggers.

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-27 03:27:28.741666
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "clients",
        sa.Column("pseudonym", sa.Text(), nullable=False),
        sa.Column("pronouns", sa.Text(), nullable=False),
        sa.Column("goals", sa.Text(), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("uuid", name=op.f("uq_clients_uuid")),
    )
    op.create_table(
        "coping_strategies",
        sa.Column("builtin_key", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("principle", sa.Text(), nullable=True),
        sa.Column("kind", sa.Text(), nullable=True),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("repeat", sa.Integer(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=True),
        sa.Column("duration_max", sa.Integer(), nullable=True),
        sa.Column("cautions", sa.Text(), nullable=False),
        sa.Column("content_note", sa.Text(), nullable=True),
        sa.Column("favourite", sa.Boolean(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coping_strategies")),
        sa.UniqueConstraint("builtin_key", name=op.f("uq_coping_strategies_builtin_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_coping_strategies_uuid")),
    )
    op.create_table(
        "custom_scales",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("question", sa.Text(), nullable=False),
        sa.Column("min_value", sa.Integer(), nullable=False),
        sa.Column("max_value", sa.Integer(), nullable=False),
        sa.Column("anchors", sa.JSON(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_custom_scales")),
        sa.UniqueConstraint("uuid", name=op.f("uq_custom_scales_uuid")),
    )
    op.create_table(
        "drafts",
        sa.Column("slot", sa.Text(), nullable=False),
        sa.Column("entry_uuid", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=True),
        sa.Column("content_note", sa.Text(), nullable=True),
        sa.Column("prompt_key", sa.Text(), nullable=True),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_drafts")),
        sa.UniqueConstraint("slot", name=op.f("uq_drafts_slot")),
        sa.UniqueConstraint("uuid", name=op.f("uq_drafts_uuid")),
    )
    op.create_table(
        "entries",
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("entry_date", sa.Date(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("tag_text", sa.Text(), nullable=False),
        sa.Column("prompt_key", sa.Text(), nullable=True),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.Column("content_note", sa.Text(), nullable=True),
        sa.Column("deleted_at", sa.String(length=26), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("source_id", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_entries")),
        sa.UniqueConstraint("uuid", name=op.f("uq_entries_uuid")),
    )
    with op.batch_alter_table("entries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entries_source_id"), ["source_id"], unique=False)
        batch_op.create_index(
            "ix_entries_timeline", ["deleted_at", "entry_date", "created_at"], unique=False
        )

    op.create_table(
        "plans",
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("follow_up_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plans")),
        sa.UniqueConstraint("uuid", name=op.f("uq_plans_uuid")),
    )
    with op.batch_alter_table("plans", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plans_kind"), ["kind"], unique=False)

    op.create_table(
        "prompt_events",
        sa.Column("prompt_key", sa.Text(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", sa.String(length=26), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prompt_events")),
        sa.UniqueConstraint("uuid", name=op.f("uq_prompt_events_uuid")),
    )
    with op.batch_alter_table("prompt_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prompt_events_day"), ["day"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_prompt_events_prompt_key"), ["prompt_key"], unique=False
        )

    op.create_table(
        "prompt_packs",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prompt_packs")),
        sa.UniqueConstraint("key", name=op.f("uq_prompt_packs_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_prompt_packs_uuid")),
    )
    op.create_table(
        "resources",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("is_example", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resources")),
        sa.UniqueConstraint("uuid", name=op.f("uq_resources_uuid")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "support_people",
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("ring", sa.Integer(), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("good_at", sa.Text(), nullable=False),
        sa.Column("capacity", sa.Text(), nullable=False),
        sa.Column("asked", sa.Boolean(), nullable=False),
        sa.Column("offer", sa.Text(), nullable=False),
        sa.Column("contact", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("updated_at", sa.String(length=26), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_support_people")),
        sa.UniqueConstraint("uuid", name=op.f("uq_support_people_uuid")),
    )
    op.create_table(
        "entry_tags",
        sa.Column("entry_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["entry_id"],
            ["entries.id"],
            name=op.f("fk_entry_tags_entry_id_entries"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("entry_id", "name", name=op.f("pk_entry_tags")),
    )
    with op.batch_alter_table("entry_tags", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_entry_tags_name"), ["name"], unique=False)

    op.create_table(
        "plan_versions",
        sa.Column("plan_id", sa.Integer(), nullable=False),
        sa.Column("saved_at", sa.String(length=26), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["plan_id"],
            ["plans.id"],
            name=op.f("fk_plan_versions_plan_id_plans"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_versions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_plan_versions_uuid")),
    )
    with op.batch_alter_table("plan_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_versions_plan_id"), ["plan_id"], unique=False)

    op.create_table(
        "prompts",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("pack_id", sa.Integer(), nullable=True),
        sa.Column("builtin", sa.Boolean(), nullable=False),
        sa.Column("principle", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("follow_ups", sa.JSON(), nullable=False),
        sa.Column("content_note", sa.Text(), nullable=True),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=26), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["pack_id"],
            ["prompt_packs.id"],
            name=op.f("fk_prompts_pack_id_prompt_packs"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prompts")),
        sa.UniqueConstraint("key", name=op.f("uq_prompts_key")),
        sa.UniqueConstraint("uuid", name=op.f("uq_prompts_uuid")),
    )
    with op.batch_alter_table("prompts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_prompts_pack_id"), ["pack_id"], unique=False)

    op.create_table(
        "sessions",
        sa.Column("client_id", sa.Integer(), nullable=False),
        sa.Column("started_at", sa.String(length=26), nullable=False),
        sa.Column("ended_at", sa.String(length=26), nullable=True),
        sa.Column("consent", sa.JSON(), nullable=False),
        sa.Column("shared_notes", sa.Text(), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("agreements", sa.Text(), nullable=False),
        sa.Column("self_care_steps", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["client_id"],
            ["clients.id"],
            name=op.f("fk_sessions_client_id_clients"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
        sa.UniqueConstraint("uuid", name=op.f("uq_sessions_uuid")),
    )
    with op.batch_alter_table("sessions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sessions_client_id"), ["client_id"], unique=False)

    op.create_table(
        "coping_practices",
        sa.Column("strategy_key", sa.Text(), nullable=False),
        sa.Column("strategy_title", sa.Text(), nullable=False),
        sa.Column("started_at", sa.String(length=26), nullable=False),
        sa.Column("ended_at", sa.String(length=26), nullable=True),
        sa.Column("finished", sa.Boolean(), nullable=False),
        sa.Column("distress_before", sa.Integer(), nullable=True),
        sa.Column("distress_after", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_coping_practices_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_coping_practices")),
        sa.UniqueConstraint("uuid", name=op.f("uq_coping_practices_uuid")),
    )
    with op.batch_alter_table("coping_practices", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_coping_practices_session_id"), ["session_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_coping_practices_started_at"), ["started_at"], unique=False
        )

    op.create_table(
        "instrument_responses",
        sa.Column("at", sa.String(length=26), nullable=False),
        sa.Column("instrument_id", sa.String(length=32), nullable=False),
        sa.Column("instrument_version", sa.Integer(), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("total", sa.Integer(), nullable=True),
        sa.Column("band", sa.Text(), nullable=True),
        sa.Column("flags", sa.JSON(), nullable=False),
        sa.Column("scored", sa.Boolean(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_instrument_responses_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_instrument_responses")),
        sa.UniqueConstraint("uuid", name=op.f("uq_instrument_responses_uuid")),
    )
    with op.batch_alter_table("instrument_responses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_instrument_responses_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_instrument_responses_instrument_id"), ["instrument_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_instrument_responses_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "checkins",
        sa.Column("at", sa.String(length=26), nullable=False),
        sa.Column("distress", sa.Integer(), nullable=True),
        sa.Column("mood", sa.Integer(), nullable=True),
        sa.Column("energy", sa.Integer(), nullable=True),
        sa.Column("emotions", sa.JSON(), nullable=False),
        sa.Column("body_sensations", sa.JSON(), nullable=False),
        sa.Column("context_tags", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("phase", sa.Text(), nullable=True),
        sa.Column("practice_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["practice_id"],
            ["coping_practices.id"],
            name=op.f("fk_checkins_practice_id_coping_practices"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_checkins_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkins")),
        sa.UniqueConstraint("uuid", name=op.f("uq_checkins_uuid")),
    )
    with op.batch_alter_table("checkins", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_checkins_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_checkins_practice_id"), ["practice_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checkins_session_id"), ["session_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_checkins_source_id"), ["source_id"], unique=False)

    op.create_table(
        "scale_ratings",
        sa.Column("scale_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=26), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("checkin_id", sa.Integer(), nullable=True),
        sa.Column("session_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uuid", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["checkin_id"],
            ["checkins.id"],
            name=op.f("fk_scale_ratings_checkin_id_checkins"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["scale_id"],
            ["custom_scales.id"],
            name=op.f("fk_scale_ratings_scale_id_custom_scales"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_scale_ratings_session_id_sessions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scale_ratings")),
        sa.UniqueConstraint("uuid", name=op.f("uq_scale_ratings_uuid")),
    )
    with op.batch_alter_table("scale_ratings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scale_ratings_scale_id"), ["scale_id"], unique=False)

    for statement in SEARCH_SCHEMA:
        op.execute(statement)


# Entries are indexed by an external-content FTS5 table keyed on entries.id (an
# INTEGER PRIMARY KEY, so VACUUM never renumbers it). Triggers keep it in step with
# every insert, update and delete, and keep entries.tag_text in step with entry_tags.
_TAG_TEXT = (
    "(SELECT coalesce(group_concat(name, ' '), '') FROM "
    "(SELECT name FROM entry_tags WHERE entry_id = {ref} ORDER BY name))"
)
SEARCH_SCHEMA = [
    """CREATE VIRTUAL TABLE entry_fts USING fts5(
        title, body, tag_text,
        content='entries', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3')""",
    """CREATE TRIGGER entries_fts_insert AFTER INSERT ON entries BEGIN
        INSERT INTO entry_fts(rowid, title, body, tag_text)
        VALUES (new.id, new.title, new.body, new.tag_text);
    END""",
    """CREATE TRIGGER entries_fts_delete AFTER DELETE ON entries BEGIN
        INSERT INTO entry_fts(entry_fts, rowid, title, body, tag_text)
        VALUES ('delete', old.id, old.title, old.body, old.tag_text);
    END""",
    """CREATE TRIGGER entries_fts_update AFTER UPDATE OF title, body, tag_text ON entries BEGIN
        INSERT INTO entry_fts(entry_fts, rowid, title, body, tag_text)
        VALUES ('delete', old.id, old.title, old.body, old.tag_text);
        INSERT INTO entry_fts(rowid, title, body, tag_text)
        VALUES (new.id, new.title, new.body, new.tag_text);
    END""",
    f"""CREATE TRIGGER entry_tags_insert AFTER INSERT ON entry_tags BEGIN
        UPDATE entries SET tag_text = {_TAG_TEXT.format(ref="new.entry_id")}
        WHERE id = new.entry_id;
    END""",
    f"""CREATE TRIGGER entry_tags_delete AFTER DELETE ON entry_tags BEGIN
        UPDATE entries SET tag_text = {_TAG_TEXT.format(ref="old.entry_id")}
        WHERE id = old.entry_id;
    END""",
]


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
