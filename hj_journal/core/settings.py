"""Preferences stored inside the vault (encrypted with everything else).

App-wide, non-personal settings such as the theme live in a plain settings file that
the UI owns; anything that says something about the person lives here.
"""

from __future__ import annotations

from typing import Any

from hj_journal.core.events import Events, SettingChanged
from hj_journal.store.models import Setting
from hj_journal.store.vault import Vault

# Known keys and their defaults. Later features add theirs here.
DEFAULTS: dict[str, Any] = {
    "vault.kind": "personal",  # or "practice"
    "prompts.principles": [
        "intersectionality",
        "trauma_informed",
        "community",
        "accountability",
        "self_care",
    ],
    "today.on_this_day": False,
    # "How are you arriving?" (hj_journal.core.checkin.arriving): how often, and when last asked.
    "today.arriving_ask": "few_hours",  # every_time, few_hours (4 h), once_a_day, never
    "today.arriving_last": None,
    # Check-in and questionnaires (hj_journal.core.checkin.prefs, checkin_words).
    "checkin.hidden_instruments": [],
    "checkin.phq8_mode": False,
    "checkin.layout": "one_per_screen",  # or "single_page"
    "checkin.support_threshold": None,  # 0–10: offer the support panel at this distress
    "checkin.content_notes_off": [],  # content-note categories not asked (e.g. self_harm)
    "checkin.words.emotions": [],
    "checkin.words.body_sensations": [],
    "checkin.words.context_tags": [],
    "prompts.content_notes": True,  # Today may offer prompts that carry a content note
    "care.revisit_months": 0,  # care map revisit reminder: 0 = off, else months (1–24)
    "support.country": None,  # support directory country code ("GB"); None = not chosen
    # Backups (hj_journal.core.data.backup): automatic on unlock and lock when something
    # changed, keeping the newest of the last 7 days and 4 weeks; folder None = the
    # app's data folder, else a folder the user picked (a USB stick).
    "backup.auto": True,
    "backup.keep_daily": 7,
    "backup.keep_weekly": 4,
    "backup.folder": None,
}


class VaultSettings:
    """Typed-ish access to the ``settings`` table."""

    def __init__(self, vault: Vault, *, events: Events | None = None) -> None:
        self._vault = vault
        self._events = events if events is not None else Events()

    def get(self, key: str, default: Any = None) -> Any:
        """The stored value, else ``default``, else the known default for ``key``."""
        with self._vault.session() as session:
            row = session.get(Setting, key)
            if row is not None:
                return row.value
        return default if default is not None else DEFAULTS.get(key)

    def set(self, key: str, value: Any) -> None:
        """Store a JSON-serialisable value."""
        with self._vault.transaction() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
        self._events.emit(SettingChanged(key))

    def all(self) -> dict[str, Any]:
        """Every stored setting (for export)."""
        with self._vault.session() as session:
            return {row.key: row.value for row in session.query(Setting)}

    @property
    def is_practice_vault(self) -> bool:
        """True for a practitioner's vault (clients and sessions)."""
        return bool(self.get("vault.kind") == "practice")
