"""Entry templates travel to your other devices.

Migration 0010 tracked the tables that sync through a synced folder; templates of your
own for new entries (0008), and the built-in ones you chose to hide, were left out. This
adds the same change-log triggers for ``entry_templates``, keyed by the template's
``key`` (a built-in template hidden on one device is the same row on every device).
A vault that already keeps in step sends its templates in its next change set.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_TABLE = "entry_templates"
#: (table, SQL naming a row's key), as 0010's TRACKED: core/sync/tables.py says the same.
TRACKED = ((_TABLE, "{r}key"),)
_NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)"
_TRACKING = "(SELECT mode FROM sync_state WHERE id = 1) = 1"


def _log(key: str) -> str:  # key: SQL over NEW. or OLD.
    return f"INSERT INTO sync_log (tbl, row_key, at_ms) VALUES ('{_TABLE}', {key}, {_NOW_MS})"


def upgrade() -> None:
    key = TRACKED[0][1]
    new, old = key.format(r="NEW."), key.format(r="OLD.")
    for event, row in (("INSERT", new), ("UPDATE", new), ("DELETE", old)):
        op.execute(
            f"CREATE TRIGGER sync_log_{_TABLE}_{event.lower()} AFTER {event} ON {_TABLE} "
            f"WHEN {_TRACKING} BEGIN {_log(row)}; END"
        )
    # A key changed in place also ends the old key's row on other devices (as 0010 does).
    op.execute(
        f"CREATE TRIGGER sync_log_{_TABLE}_rekey AFTER UPDATE ON {_TABLE} "
        f"WHEN {_TRACKING} AND {old} IS NOT {new} BEGIN {_log(old)}; END"
    )
    op.execute(
        f"INSERT INTO sync_log (tbl, row_key, at_ms) SELECT '{_TABLE}', {key.format(r='')}, "
        f"{_NOW_MS} FROM {_TABLE} WHERE {_TRACKING}"
    )


def downgrade() -> None:
    raise NotImplementedError("HJ Journal never downgrades a vault; restore a backup instead.")
