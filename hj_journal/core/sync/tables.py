"""The tables kept in step between devices, and how each row is named across them.

Each row travels under a key that is the same on every device: its uuid, or a natural
key where the table has one that must stay unique (a prompt's key, a built-in coping
strategy's id, a setting's name). Links to other rows (``session_id``…) travel as the
linked row's key and are turned back into local ids on arrival; parents come before
their children here, so a change set can be applied top to bottom.

Adding a synced table is one line here and the matching trigger lines in a migration
(``tests/core/sync/test_tables.py`` keeps the two in step). Drafts and the record of
attempts stay on each device; so do settings that name this computer's folders.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SyncedTable:
    """One table kept in step."""

    name: str
    key: str = "{r}uuid"  # SQL naming a row's key; {r} is a row prefix ("NEW.", "t.", "")
    parents: tuple[tuple[str, str], ...] = ()  # (column, table it points at)
    # Columns where a change made on two devices keeps both versions instead of the newer.
    text: tuple[str, ...] = ()
    tags: bool = False  # the entry's tags travel with it (entry_tags has no key of its own)
    kept_here: tuple[str, ...] = ()  # key prefixes that never leave this device

    def key_sql(self, prefix: str = "") -> str:
        """The key as SQL over a row named by ``prefix``."""
        return self.key.format(r=prefix)

    def keeps_both(self) -> bool:
        """True when a text changed on two devices is kept in both versions."""
        return bool(self.text)

    def travels(self, key: str) -> bool:
        """True when the row with ``key`` is sent to other devices."""
        return not any(key.startswith(prefix) for prefix in self.kept_here)


_CONTENT_DIGEST = "(SELECT digest FROM attachment_contents WHERE id = {r}content_id)"

TABLES: tuple[SyncedTable, ...] = (
    SyncedTable("clients"),
    SyncedTable("sessions", parents=(("client_id", "clients"),)),
    SyncedTable("coping_strategies", key="coalesce('b:' || {r}builtin_key, {r}uuid)"),
    SyncedTable("coping_practices", parents=(("session_id", "sessions"),)),
    SyncedTable(
        "checkins", parents=(("practice_id", "coping_practices"), ("session_id", "sessions"))
    ),
    SyncedTable("instrument_responses", parents=(("session_id", "sessions"),)),
    SyncedTable("custom_scales"),
    SyncedTable(
        "scale_ratings",
        parents=(
            ("scale_id", "custom_scales"),
            ("checkin_id", "checkins"),
            ("session_id", "sessions"),
        ),
    ),
    SyncedTable("prompt_packs", key="{r}key"),
    SyncedTable("prompts", key="{r}key", parents=(("pack_id", "prompt_packs"),)),
    SyncedTable("prompt_events"),
    SyncedTable("support_people"),
    SyncedTable("resources"),
    SyncedTable("plans"),
    SyncedTable("plan_versions", parents=(("plan_id", "plans"),)),
    SyncedTable("session_amendments", parents=(("session_id", "sessions"),)),
    SyncedTable("note_templates", key="{r}key"),
    SyncedTable("care_goals", parents=(("client_id", "clients"),)),
    SyncedTable("session_goals", parents=(("session_id", "sessions"), ("goal_id", "care_goals"))),
    SyncedTable("deletion_log"),
    SyncedTable("received_summaries", key="{r}share_id"),
    SyncedTable("entries", text=("title", "body"), tags=True),
    SyncedTable("entry_templates", key="{r}key"),  # 0011; a hidden built-in one by its key
    # The label kept inside an unlisted vault, backup folders and the sync settings
    # belong to this computer.
    SyncedTable("settings", key="{r}key", kept_here=("vault.label", "backup.", "sync.")),
    # Files in entries: each content once, named by its keyed digest (the key travels in
    # snapshots, so every device finds equal files equal), in pieces of at most 1 MiB.
    SyncedTable("attachment_contents", key="{r}digest"),
    SyncedTable(
        "attachment_chunks",
        key=_CONTENT_DIGEST + " || ':' || {r}number",
        parents=(("content_id", "attachment_contents"),),
    ),
    SyncedTable(
        "attachment_thumbnails",
        key=_CONTENT_DIGEST,
        parents=(("content_id", "attachment_contents"),),
    ),
    SyncedTable(
        "entry_attachments",
        parents=(("entry_id", "entries"), ("content_id", "attachment_contents")),
    ),
)

BY_NAME: dict[str, SyncedTable] = {table.name: table for table in TABLES}
ORDER: dict[str, int] = {table.name: n for n, table in enumerate(TABLES)}

__all__ = ["BY_NAME", "ORDER", "TABLES", "SyncedTable"]
