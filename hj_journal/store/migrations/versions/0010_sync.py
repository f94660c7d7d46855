"""Keeping a vault in step through a synced folder (hj_journal.core.sync).

- ``sync_state`` (one row): whether changes are tracked (``mode``: 0 off, 1 tracking,
  2 applying another device's changes), this device's random id, the folder, the next
  change-set number, the hybrid logical clock, the key-file and key fingerprints last
  seen, and the current sync key's generation.
- ``sync_keys``: the sync keys, by generation (older ones read older change sets).
- ``sync_log``: which rows changed since this device's last change set, fed by the
  triggers below while ``mode`` is 1 (never while another device's changes are applied,
  so they are not sent back).
- ``sync_rows``: the clock, version vector and tombstone flag of each synced row's
  current version; ``sync_heads``: other versions of an entry kept because its text was
  changed on two devices ("edited on two devices").
- ``sync_devices``: how far this device has read each other device's change sets.

The triggers name each row by the same key the sync code uses (a uuid, a natural key
where one is unique, a setting's key); an entry's tags count as a change to the entry.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# (table, key expression with {r} for NEW./OLD.), frozen as of this revision. The
# same keys are declared in hj_journal.core.sync.tables, which a test keeps in step.
TRACKED: tuple[tuple[str, str], ...] = (
    ("clients", "{r}uuid"),
    ("sessions", "{r}uuid"),
    ("coping_strategies", "coalesce('b:' || {r}builtin_key, {r}uuid)"),
    ("coping_practices", "{r}uuid"),
    ("checkins", "{r}uuid"),
    ("instrument_responses", "{r}uuid"),
    ("custom_scales", "{r}uuid"),
    ("scale_ratings", "{r}uuid"),
    ("prompt_packs", "{r}key"),
    ("prompts", "{r}key"),
    ("prompt_events", "{r}uuid"),
    ("support_people", "{r}uuid"),
    ("resources", "{r}uuid"),
    ("plans", "{r}uuid"),
    ("plan_versions", "{r}uuid"),
    ("session_amendments", "{r}uuid"),
    ("note_templates", "{r}key"),
    ("care_goals", "{r}uuid"),
    ("session_goals", "{r}uuid"),
    ("deletion_log", "{r}uuid"),
    ("received_summaries", "{r}share_id"),
    ("entries", "{r}uuid"),
    ("settings", "{r}key"),
    ("attachment_contents", "{r}digest"),
    (
        "attachment_chunks",
        "(SELECT digest FROM attachment_contents WHERE id = {r}content_id) || ':' || {r}number",
    ),
    ("attachment_thumbnails", "(SELECT digest FROM attachment_contents WHERE id = {r}content_id)"),
    ("entry_attachments", "{r}uuid"),
)
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_TRACKING = "(SELECT mode FROM sync_state WHERE id = 1) = 1"


def _log(table: str, key: str) -> str:
    # A row whose key can no longer be found (a piece of a file removed with the file)
    # was sent as part of that removal.
    return (
        f"INSERT INTO sync_log (tbl, row_key, at_ms) SELECT '{table}', k, {_NOW_MS} "
        f"FROM (SELECT {key} AS k) WHERE k IS NOT NULL"
    )


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("mode", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("device_id", sa.String(32), nullable=True),
        sa.Column("folder", sa.Text(), nullable=True),
        sa.Column("next_seq", sa.Integer(), nullable=False, server_default="1"),
        sa.Column("clock", sa.Text(), nullable=False, server_default=""),
        sa.Column("key_generation", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("keyfile_sha", sa.Text(), nullable=True),
        sa.Column("keyfile_clock", sa.Text(), nullable=False, server_default=""),
        sa.Column("db_key_id", sa.Text(), nullable=True),
        sa.Column("snapshot_seq", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("sets_since_snapshot", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("last_sync_at", sa.Text(), nullable=True),
        sa.Column("rotated_elsewhere", sa.Integer(), nullable=False, server_default="0"),
    )
    op.execute("INSERT INTO sync_state (id, mode) VALUES (1, 0)")
    op.create_table(
        "sync_keys",
        sa.Column("generation", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("key", sa.LargeBinary(), nullable=False),
    )
    op.create_table(
        "sync_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("tbl", sa.Text(), nullable=False),
        sa.Column("row_key", sa.Text(), nullable=False),
        sa.Column("at_ms", sa.Integer(), nullable=False),
    )
    op.create_table(
        "sync_rows",
        sa.Column("tbl", sa.Text(), primary_key=True),
        sa.Column("row_key", sa.Text(), primary_key=True),
        sa.Column("clock", sa.Text(), nullable=False),
        sa.Column("vv", sa.Text(), nullable=False, server_default="{}"),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default="0"),
        # A digest of an entry's text in this version: a version kept from another
        # device with the same text is not a second version worth showing.
        sa.Column("text_sha", sa.Text(), nullable=True),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "sync_heads",
        sa.Column("tbl", sa.Text(), primary_key=True),
        sa.Column("row_key", sa.Text(), primary_key=True),
        sa.Column("clock", sa.Text(), primary_key=True),
        sa.Column("vv", sa.Text(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("data", sa.Text(), nullable=True),
        sa.Column("device_id", sa.String(32), nullable=False),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "sync_devices",
        sa.Column("device_id", sa.String(32), primary_key=True),
        sa.Column("read_upto", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("extra", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("last_read_at", sa.Text(), nullable=True),
    )
    for table, key in TRACKED:
        new, old = key.format(r="NEW."), key.format(r="OLD.")
        for event, row in (("INSERT", new), ("UPDATE", new), ("DELETE", old)):
            op.execute(
                f"CREATE TRIGGER sync_log_{table}_{event.lower()} AFTER {event} ON {table} "
                f"WHEN {_TRACKING} BEGIN {_log(table, row)}; END"
            )
    # A key change (a new uuid, say) also ends the old key's row on other devices.
    for table, key in TRACKED:
        new, old = key.format(r="NEW."), key.format(r="OLD.")
        op.execute(
            f"CREATE TRIGGER sync_log_{table}_rekey AFTER UPDATE ON {table} "
            f"WHEN {_TRACKING} AND {old} IS NOT {new} BEGIN {_log(table, old)}; END"
        )
    for event, row in (("insert", "NEW"), ("delete", "OLD")):
        op.execute(
            f"CREATE TRIGGER sync_log_entry_tags_{event} AFTER {event.upper()} ON entry_tags "
            f"WHEN {_TRACKING} BEGIN INSERT INTO sync_log (tbl, row_key, at_ms) "
            f"SELECT 'entries', uuid, {_NOW_MS} FROM entries WHERE id = {row}.entry_id; END"
        )


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
