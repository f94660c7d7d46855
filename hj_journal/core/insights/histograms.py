"""Small, exact calculations behind Insights: medians of histograms, calendar buckets.

Ratings are small whole numbers (distress 0–10, mood −3…+3), so a period's ratings are
kept as a histogram (value → how many times) and the median is read from it exactly.
Histograms add up, so days combine into weeks, months and years without losing anything.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, timedelta
from enum import StrEnum

from hj_journal.core.common.i18n import decimal

Histogram = Mapping[int, int]


class Granularity(StrEnum):
    """How ratings are grouped over time."""

    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


def median_of(histogram: Histogram) -> float | None:
    """The median of the values a histogram counts (None when it counts nothing).

    With an even number of values it is the mean of the two middle ones, so it can
    end in .5.
    """
    total = sum(histogram.values())
    if total <= 0:
        return None
    ordered = sorted((value, count) for value, count in histogram.items() if count > 0)
    low = _value_at(ordered, (total + 1) // 2)  # 1-based positions of the middle
    if total % 2:
        return low
    return (low + _value_at(ordered, total // 2 + 1)) / 2


def _value_at(ordered: Sequence[tuple[int, int]], position: int) -> int:
    seen = 0
    for value, count in ordered:
        seen += count
        if seen >= position:
            return value
    raise ValueError("position beyond the histogram")


def median_of_counts(counts: Sequence[int], lowest: int) -> float | None:
    """The median of a histogram kept as a list: ``counts[i]`` counts value ``lowest + i``."""
    return median_of({lowest + i: n for i, n in enumerate(counts) if n})


def median_of_values(values: Iterable[int]) -> float | None:
    """The median of whole numbers (None for none)."""
    return median_of(Counter(values))


def bucket_start(day: date, granularity: Granularity) -> date:
    """The first day of the week (Monday), month or year that ``day`` falls in."""
    if granularity is Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def next_bucket(start: date, granularity: Granularity) -> date:
    """The first day of the bucket after the one starting on ``start``."""
    if granularity is Granularity.WEEK:
        return start + timedelta(days=7)
    if granularity is Granularity.MONTH:
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def bucket_starts(first: date, last: date, granularity: Granularity) -> list[date]:
    """Every bucket start from the bucket holding ``first`` to the one holding ``last``."""
    starts = []
    current = bucket_start(first, granularity)
    while current <= last:
        starts.append(current)
        current = next_bucket(current, granularity)
    return starts


def days_between(first: date, last: date) -> list[date]:
    """Every day from ``first`` to ``last`` inclusive."""
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def words_in(array: str) -> list[str]:
    """The words of one stored JSON list such as ``["walk", "rest"]``.

    Anything else (not JSON, not a list, an empty or non-text item) counts as no word.
    """
    try:
        words = json.loads(array)
    except ValueError:
        return []  # not JSON: nothing to count
    if not isinstance(words, list):
        return []
    return [word for word in words if isinstance(word, str) and word]


def merge_case(counts: Mapping[str, int]) -> dict[str, tuple[str, int]]:
    """Merge spellings that differ only in case: folded key → (commonest spelling, total)."""
    merged: dict[str, dict[str, int]] = {}
    for word, n in counts.items():
        merged.setdefault(word.casefold(), {})[word] = n
    return {
        key: (max(spellings, key=lambda w: (spellings[w], w)), sum(spellings.values()))
        for key, spellings in merged.items()
    }


def format_points(value: float) -> str:
    """A change in points as people say it: ``2``, ``1.5``."""
    return str(int(value)) if float(value).is_integer() else decimal(value, 1)
