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
from enum import StrEnum
from typing import Any

from hj_journal.core.common.errors import InputError
from hj_journal.core.settings import VaultSettings

HIDDEN = "checkin.hidden_instruments"
PHQ8_MODE = "checkin.phq8_mode"
LAYOUT = "checkin.layout"
SUPPORT_THRESHOLD = "checkin.support_threshold"
NOTES_OFF = "checkin.content_notes_off"


class Layout(StrEnum):
    """How a questionnaire is laid out."""

    ONE_PER_SCREEN = "one_per_screen"
    SINGLE_PAGE = "single_page"


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


def _text_set(value: Any) -> frozenset[str]:
    if not isinstance(value, list):
        return frozenset()
    return frozenset(str(v) for v in value if isinstance(v, str) and v)


def _threshold(value: Any) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        return None
    return value


class CheckInSettings:
    """Read and change :class:`CheckInPreferences` in the vault's settings."""

    def __init__(self, settings: VaultSettings) -> None:
        self._settings = settings

    def load(self) -> CheckInPreferences:
        """The current choices (defaults for anything never set or unreadable)."""
        get = self._settings.get
        try:
            layout = Layout(str(get(LAYOUT) or Layout.ONE_PER_SCREEN))
        except ValueError:
            layout = Layout.ONE_PER_SCREEN
        return CheckInPreferences(
            hidden_instruments=_text_set(get(HIDDEN)),
            phq8_mode=bool(get(PHQ8_MODE)),
            layout=layout,
            support_threshold=_threshold(get(SUPPORT_THRESHOLD)),
            content_notes_off=_text_set(get(NOTES_OFF)),
        )

    def save(self, prefs: CheckInPreferences) -> None:
        """Store every choice in ``prefs``."""
        threshold = prefs.support_threshold
        if threshold is not None and _threshold(threshold) is None:
            raise InputError("The support level is a whole number from 0 to 10, or off.")
        self._settings.set(HIDDEN, sorted(prefs.hidden_instruments))
        self._settings.set(PHQ8_MODE, bool(prefs.phq8_mode))
        self._settings.set(LAYOUT, Layout(prefs.layout).value)
        self._settings.set(SUPPORT_THRESHOLD, threshold)
        self._settings.set(NOTES_OFF, sorted(prefs.content_notes_off))

    def set_hidden(self, instrument_id: str, hidden: bool) -> None:
        """Hide a questionnaire from the list, or show it again."""
        current = set(self.load().hidden_instruments)
        if hidden:
            current.add(instrument_id)
        else:
            current.discard(instrument_id)
        self._settings.set(HIDDEN, sorted(current))

    def set_content_note_category(self, category: str, turned_off: bool) -> None:
        """Turn a content-note category off (its content is not asked) or on again."""
        current = set(self.load().content_notes_off)
        if turned_off:
            current.add(category)
        else:
            current.discard(category)
        self._settings.set(NOTES_OFF, sorted(current))
