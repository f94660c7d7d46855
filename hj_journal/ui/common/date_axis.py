"""Date-axis ranges whose ticks each land on a day of their own.

Qt's ``QDateTimeAxis`` spaces ``tickCount`` ticks evenly over its range and labels each
with the axis format. When the steps are shorter than what the format shows (a day for
"d MMM", a month for "MMM yyyy"), two ticks get the same label — a single result drawn
as "29 Nov, 30 Nov, 30 Nov, 1 Dec". These helpers pick a whole-day range and a tick count
so that every step is a whole number of days and at least one unit of the format.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

DAYS_PER_MONTH_LABEL = 31
"""A step this long always reaches the next month, so month labels never repeat."""


@dataclass(frozen=True)
class DayTicks:
    """An axis from ``start`` to ``end`` (both whole days) with ``count`` ticks."""

    start: date
    end: date
    count: int


def day_ticks(
    first: date, last: date, *, most: int, pad_days: int = 1, min_step_days: int = 1
) -> DayTicks:
    """A range around ``first``–``last`` with at most ``most`` ticks, each on its own day.

    ``pad_days`` of room stay on both sides so the first and last points are not cut in
    half; the range grows evenly on both sides to a whole number of steps.
    """
    days = (last - first).days + 2 * pad_days
    intervals = max(1, min(most - 1, days // min_step_days))
    step = max(min_step_days, -(-days // intervals))
    extra = step * intervals - days
    start = first - timedelta(days=pad_days + extra // 2)
    return DayTicks(start, start + timedelta(days=step * intervals), intervals + 1)
