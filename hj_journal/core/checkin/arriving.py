""" "How are you arriving?": how often Today asks, and whether it should ask now.

The question is a kindness the first time in a while and a chore after every unlock,
so the person chooses how often (a vault setting, :data:`ASK_KEY`). An answer or a
"skip" both count as having been asked; so does an arriving check-in saved elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from enum import StrEnum

from hj_journal.core.checkin.checkins import CheckIns
from hj_journal.core.settings import VaultSettings
from hj_journal.store.coltypes import utcnow

PHASE = "arriving"
"""The check-in phase the arriving rating is saved with."""

ASK_KEY = "today.arriving_ask"
LAST_KEY = "today.arriving_last"  # when it was last answered or skipped (ISO, UTC)
FEW_HOURS = 4


class AskArriving(StrEnum):
    """How often Today asks "How are you arriving?"."""

    EVERY_TIME = "every_time"
    FEW_HOURS = "few_hours"  # at most once in FEW_HOURS hours (the default)
    ONCE_A_DAY = "once_a_day"  # at most once on each calendar day
    NEVER = "never"


def asked_since(choice: AskArriving, now: datetime) -> datetime | None:
    """The moment after which an earlier answer means "do not ask again yet".

    None means: ask every time (``EVERY_TIME``). ``now`` is timezone-aware; "a day" is
    the person's own local calendar day.
    """
    if choice is AskArriving.FEW_HOURS:
        return now - timedelta(hours=FEW_HOURS)
    if choice is AskArriving.ONCE_A_DAY:
        local = now.astimezone()
        return local.replace(hour=0, minute=0, second=0, microsecond=0)
    return None


class ArrivingPrefs:
    """Reads and keeps the choice, and says whether Today should ask now."""

    def __init__(
        self,
        settings: VaultSettings,
        checkins: CheckIns,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._settings = settings
        self._checkins = checkins
        self._clock = clock

    @property
    def choice(self) -> AskArriving:
        """How often to ask (an unknown stored value reads as the default)."""
        try:
            return AskArriving(self._settings.get(ASK_KEY))
        except ValueError:
            return AskArriving.FEW_HOURS

    @choice.setter
    def choice(self, value: AskArriving) -> None:
        self._settings.set(ASK_KEY, AskArriving(value).value)

    def note_asked(self) -> None:
        """The question was answered or skipped just now."""
        self._settings.set(LAST_KEY, self._clock().isoformat())

    def should_ask(self) -> bool:
        """True when Today should show the question now."""
        choice = self.choice
        if choice is AskArriving.NEVER:
            return False
        since = asked_since(choice, self._clock())
        if since is None:
            return True
        last = self._last_asked()
        if last is not None and last >= since:
            return False
        recent = self._checkins.recent(limit=20, since=since)
        return not any(view.phase == PHASE for view in recent)

    def _last_asked(self) -> datetime | None:
        stored = self._settings.get(LAST_KEY)
        try:
            return datetime.fromisoformat(stored) if isinstance(stored, str) else None
        except ValueError:
            return None
