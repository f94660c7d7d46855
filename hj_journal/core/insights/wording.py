"""The sentences Insights shows: plain, second person, honest about uncertainty.

Rules kept here: a median is said as "typically" (never "on average"); patterns are
observations, never causes; fewer than :data:`ENOUGH` practices is "not enough yet";
nothing counts gaps or asks for more (no streaks, nothing "missed").
"""

from __future__ import annotations

from hj_journal.core.insights.histograms import format_points

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

ENOUGH = 3
"""Practices (or check-ins in each group) needed before a pattern is described."""


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 practice``, ``7 practices``."""
    word = one if count == 1 else (many or one + "s")
    return f"{count:,} {word}"


def _points(value: float) -> str:
    return f"{format_points(value)} point" + ("" if value == 1 else "s")


def strategy_sentence(title: str, rated: int, median_change: float | None) -> str:
    """What a coping strategy's before and after ratings typically show."""
    if rated < ENOUGH or median_change is None:
        return (
            f"{title}: {plural(rated, 'practice')} with a rating before and after so far "
            "— not enough yet to see a pattern."
        )
    over = f"over {plural(rated, 'practice')}"
    if median_change < 0:
        return f"{title}: your distress typically went down by {_points(-median_change)} {over}."
    if median_change > 0:
        return f"{title}: your distress typically went up by {_points(median_change)} {over}."
    return f"{title}: your distress typically stayed about the same {over}."


def observation_sentence(word: str, calmer: int, harder: int) -> str:
    """How often a word came up on calmer and on harder days: an observation only."""
    return (
        f"On calmer days, ‘{word}’ came up {plural(calmer, 'time')}; "
        f"on harder days, {plural(harder, 'time')}."
    )


def calmer_summary(threshold: float, calmer: int, harder: int) -> str:
    """What "calmer" and "harder" mean here, and that these are not causes."""
    middle = format_points(threshold)
    return (
        f"Calmer days are check-ins with distress below {middle}, your middle rating; "
        f"harder days are {middle} or above ({plural(calmer, 'calmer check-in')}, "
        f"{plural(harder, 'harder check-in')}). These are things that came up at the same "
        "time, not causes."
    )


def calmer_not_enough(calmer: int, harder: int) -> str:
    """Too few check-ins on one side to compare."""
    if calmer + harder < 2 * ENOUGH:
        return (
            "There are not enough check-ins with a distress rating yet to compare calmer "
            "and harder days."
        )
    return "Your distress ratings have been much the same, so there is nothing to compare yet."


def rhythm_sentence(weeks: int, entries: int, weekday: int | None) -> str:
    """Recent writing, said neutrally; ``weekday`` 0 = Monday, the one written on most."""
    if entries == 0:
        return "Your journal is here when you want it."
    sentence = (
        f"In the last {plural(weeks, 'week')} you wrote {plural(entries, 'entry', 'entries')}"
    )
    if weekday is not None:
        sentence += f", most often on {DAY_NAMES[weekday]}s"
    return sentence + "."
