"""When the next gentle reminder is due: plain Python, no Qt, no waiting.

A :class:`ReminderPlan` is what you chose in Settings: times of day (wall-clock times,
as your computer shows them) and days of the week. :func:`next_due` takes the moment to
count from and what you asked for since (:class:`ReminderState`: a snooze, "Not today",
the last reminder shown) and returns the next moment a reminder is due, as an aware
datetime, or ``None`` when nothing is due (no times or no days chosen).

Daylight saving time is handled on the wall clock, with a ``tzinfo`` that knows the
zone's rules (``zoneinfo`` in tests; the computer's own rules in the app, through
:class:`SystemLocal`):

- a time that does not exist on a day the clocks go forward (02:30 when 02:00 becomes
  03:00) is shown at the same distance after the change (03:30), once;
- a time that happens twice on a day the clocks go back (01:30) is shown the first
  time only.
"""

from __future__ import annotations

import time as time_module
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

ALL_DAYS = frozenset(range(1, 8))
"""ISO weekdays, Monday 1 to Sunday 7."""
LATE_GRACE = timedelta(minutes=30)
"""A reminder found this late (the computer was asleep) is still shown; later, skipped."""
_LOOK_AHEAD_DAYS = 8  # one week, and the day the week started on


@dataclass(frozen=True)
class ReminderPlan:
    """The times and days you chose (times as the wall clock shows them)."""

    times: tuple[time, ...] = ()
    days: frozenset[int] = ALL_DAYS

    @property
    def is_empty(self) -> bool:
        """True when no reminder can ever be due."""
        return not self.times or not self.days


@dataclass(frozen=True)
class ReminderState:
    """What you asked for since the plan was made: none of it is kept on disk."""

    snoozed_until: datetime | None = None
    quiet_day: date | None = None  # "Not today": that local day has no more reminders
    last_shown: datetime | None = None  # never shown twice for the same due time


class SystemLocal(tzinfo):
    """The computer's own time zone rules (daylight saving included), through ``time``.

    ``datetime.now().astimezone()`` gives only today's fixed offset; this asks the C
    library for the offset in force at each moment, so a time next week across a clock
    change is still right.
    """

    def _is_dst(self, moment: datetime) -> bool:
        stamp = time_module.mktime(
            (
                moment.year,
                moment.month,
                moment.day,
                moment.hour,
                moment.minute,
                moment.second,
                moment.weekday(),
                0,
                -1,
            )
        )
        return time_module.localtime(stamp).tm_isdst > 0

    def utcoffset(self, moment: datetime | None) -> timedelta:
        if moment is None:
            return timedelta(seconds=-time_module.timezone)
        if self._is_dst(moment):
            return timedelta(seconds=-time_module.altzone)
        return timedelta(seconds=-time_module.timezone)

    def dst(self, moment: datetime | None) -> timedelta:
        if moment is not None and self._is_dst(moment):
            return timedelta(seconds=time_module.timezone - time_module.altzone)
        return timedelta(0)

    def tzname(self, moment: datetime | None) -> str:
        return time_module.tzname[1 if moment is not None and self._is_dst(moment) else 0]

    def fromutc(self, moment: datetime) -> datetime:
        stamp = moment.replace(tzinfo=UTC).timestamp()
        local = datetime.fromtimestamp(stamp)
        return local.replace(tzinfo=self)


def wall_clock_moment(day: date, at: time, zone: tzinfo) -> datetime:
    """``at`` on ``day`` in ``zone``, as an aware datetime (DST rules in the module notes)."""
    naive = datetime.combine(day, at.replace(tzinfo=None, fold=0))
    moment = naive.replace(tzinfo=zone)
    back = moment.astimezone(UTC).astimezone(zone)
    if back.replace(tzinfo=None) != naive:
        # Not on the clock that day (the clocks went forward): the same time after the
        # change, which is where the UTC round trip lands.
        return back
    return moment


def candidates(plan: ReminderPlan, start: date, zone: tzinfo) -> Iterable[datetime]:
    """Every due moment from ``start`` on, for a week and a day, in order, in UTC.

    In UTC because Python compares two datetimes of the same zone by their wall-clock
    reading alone, which is wrong across a clock change.
    """
    found: list[datetime] = []
    for offset in range(_LOOK_AHEAD_DAYS):
        day = start + timedelta(days=offset)
        if day.isoweekday() in plan.days:
            found.extend(wall_clock_moment(day, at, zone).astimezone(UTC) for at in plan.times)
    return sorted(set(found))


def next_due(
    plan: ReminderPlan,
    after: datetime,
    zone: tzinfo,
    state: ReminderState | None = None,
) -> datetime | None:
    """The first moment strictly after ``after`` a reminder is due (in UTC), or ``None``.

    ``after`` must be aware. A snooze replaces every regular time before it ends; "Not
    today" leaves out the rest of that local day (and any snooze). A time already shown
    (``last_shown``) is never due again.
    """
    if after.tzinfo is None:
        raise ValueError("next_due needs an aware datetime")
    state = state or ReminderState()
    floor = after.astimezone(UTC)
    if state.last_shown is not None and state.last_shown.astimezone(UTC) > floor:
        floor = state.last_shown.astimezone(UTC)
    quiet = state.quiet_day
    snooze = state.snoozed_until.astimezone(UTC) if state.snoozed_until is not None else None
    snooze_counts = snooze is not None and snooze > floor
    if snooze is not None and snooze_counts and snooze.astimezone(zone).date() != quiet:
        return snooze
    if plan.is_empty:
        return None
    local_start = floor.astimezone(zone).date()
    for moment in candidates(plan, local_start, zone):
        if moment <= floor:
            continue
        if quiet is not None and moment.astimezone(zone).date() == quiet:
            continue
        return moment
    return None


def is_worth_showing(due: datetime, now: datetime) -> bool:
    """Whether a reminder due at ``due`` is still worth showing at ``now``.

    After a sleep the computer wakes late; a reminder from more than
    :data:`LATE_GRACE` ago is let go rather than shown out of its moment.
    """
    return due <= now and now - due <= LATE_GRACE


# ---------------------------------------------------------------------- settings text


def times_text(times: Iterable[time]) -> str:
    """Times as the settings file keeps them: ``"08:30 20:00"``."""
    return " ".join(sorted({f"{t.hour:02d}:{t.minute:02d}" for t in times}))


def times_from_text(text: object) -> tuple[time, ...]:
    """Times read back from :func:`times_text`; ``ValueError`` for anything else."""
    found = set()
    for word in str(text).replace(",", " ").split():
        hours, _, minutes = word.partition(":")
        if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
            raise ValueError(word)
        found.add(time(int(hours), int(minutes)))
    return tuple(sorted(found))


def days_text(days: Iterable[int]) -> str:
    """ISO weekdays as the settings file keeps them: ``"1 2 3 4 5"``."""
    return " ".join(str(day) for day in sorted(set(days)) if day in ALL_DAYS)


def days_from_text(text: object) -> frozenset[int]:
    """Weekdays read back from :func:`days_text`; ``ValueError`` for anything else."""
    days = frozenset(int(word) for word in str(text).replace(",", " ").split())
    if not days <= ALL_DAYS:
        raise ValueError(text)
    return days
