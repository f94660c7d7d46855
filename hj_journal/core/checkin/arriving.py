""" "How are you arriving?": how often Today asks, and whether it should ask now.

The question is a kindness the first time in a while and a chore after every unlock,
so the person chooses how often (the vault setting ``VaultSettings.arriving_ask``). An
answer or a "skip" both count as having been asked; so does an arriving check-in saved
elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from hj_journal.core.checkin.checkins import CheckIns
from hj_journal.core.settings import AskArriving, VaultSettings
from hj_journal.store.coltypes import utcnow

__all__ = ["FEW_HOURS", "PHASE", "ArrivingPrefs", "AskArriving", "asked_since"]

PHASE = "arriving"
"""The check-in phase the arriving rating is saved with."""

FEW_HOURS = 4
"""``AskArriving.FEW_HOURS`` asks at most once in this many hours."""


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
        return self._settings.arriving_ask

    @choice.setter
    def choice(self, value: AskArriving) -> None:
        self._settings.arriving_ask = AskArriving(value)

    def note_asked(self) -> None:
        """The question was answered or skipped just now."""
        self._settings.arriving_last = self._clock()

    def should_ask(self) -> bool:
        """True when Today should show the question now."""
        choice = self.choice
        if choice is AskArriving.NEVER:
            return False
        since = asked_since(choice, self._clock())
        if since is None:
            return True
        last = self._settings.arriving_last
        if last is not None and last >= since:
            return False
        recent = self._checkins.recent(limit=20, since=since)
        return not any(view.phase == PHASE for view in recent)
