"""The person's choices about check-ins and questionnaires, kept inside the vault.

- which questionnaires are hidden from the list;
- PHQ-9 asked as PHQ-8 (item 9 left out);
- one question per screen, or every question on one calm page;
- a distress level (0–10) at which the support panel is offered after a quick
  check-in; ``None`` (the default) means never;
- content-note categories turned off (docs/care.md, requirement 2): an item whose note
  belongs to such a category is not asked, and a questionnaire whose opening note
  belongs to one is not offered.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import translate
from hj_journal.core.settings import Layout, VaultSettings

__all__ = ["CheckInPreferences", "CheckInSettings", "Layout"]


@dataclass(frozen=True)
class CheckInPreferences:
    """A snapshot of the person's check-in choices."""

    hidden_instruments: frozenset[str] = frozenset()
    phq8_mode: bool = False
    layout: Layout = Layout.ONE_PER_SCREEN
    support_threshold: int | None = None
    content_notes_off: frozenset[str] = field(default_factory=frozenset)

    def offers_support_at(self, distress: int | None) -> bool:
        """Whether a quick check-in with this distress should offer the support panel."""
        return (
            self.support_threshold is not None
            and distress is not None
            and distress >= self.support_threshold
        )


class CheckInSettings:
    """Read and change :class:`CheckInPreferences` in the vault's settings."""

    def __init__(self, settings: VaultSettings) -> None:
        self._settings = settings

    def load(self) -> CheckInPreferences:
        """The current choices (defaults for anything never set or unreadable)."""
        settings = self._settings
        return CheckInPreferences(
            hidden_instruments=settings.hidden_instruments,
            phq8_mode=settings.phq8_mode,
            layout=settings.checkin_layout,
            support_threshold=settings.support_threshold,
            content_notes_off=settings.content_notes_off,
        )

    def save(self, prefs: CheckInPreferences) -> None:
        """Store every choice in ``prefs``."""
        threshold = prefs.support_threshold
        try:
            VaultSettings.support_threshold.stored(threshold)
        except ValueError:
            raise InputError(
                translate(
                    "CheckinPrefs",
                    "The support level is a whole number from 0 to 10, or off.",
                )
            ) from None
        settings = self._settings
        settings.hidden_instruments = frozenset(prefs.hidden_instruments)
        settings.phq8_mode = bool(prefs.phq8_mode)
        settings.checkin_layout = Layout(prefs.layout)
        settings.support_threshold = threshold
        settings.content_notes_off = frozenset(prefs.content_notes_off)

    def set_hidden(self, instrument_id: str, hidden: bool) -> None:
        """Hide a questionnaire from the list, or show it again."""
        current = self._settings.hidden_instruments
        self._settings.hidden_instruments = (
            current | {instrument_id} if hidden else current - {instrument_id}
        )

    def set_content_note_category(self, category: str, turned_off: bool) -> None:
        """Turn a content-note category off (its content is not asked) or on again."""
        current = self._settings.content_notes_off
        self._settings.content_notes_off = (
            current | {category} if turned_off else current - {category}
        )
