"""The sentences Insights shows: plain, second person, honest about uncertainty.

Rules kept here: a median is said as "typically" (never "on average"); patterns are
observations, never causes; fewer than :data:`ENOUGH` practices is "not enough yet";
nothing counts gaps or asks for more (no streaks, nothing "missed").

Every sentence is in the reader's language (:mod:`hj_journal.core.common.i18n`); counts
are counted text, so each language says "1 practice" and "7 practices" its own way.
"""

from __future__ import annotations

from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.insights.histograms import format_points

#: English day names, Monday first (dates written in English; see ``day_name``).
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAYS_PLURAL = (
    QT_TRANSLATE_NOOP("InsightsWording", "Mondays"),
    QT_TRANSLATE_NOOP("InsightsWording", "Tuesdays"),
    QT_TRANSLATE_NOOP("InsightsWording", "Wednesdays"),
    QT_TRANSLATE_NOOP("InsightsWording", "Thursdays"),
    QT_TRANSLATE_NOOP("InsightsWording", "Fridays"),
    QT_TRANSLATE_NOOP("InsightsWording", "Saturdays"),
    QT_TRANSLATE_NOOP("InsightsWording", "Sundays"),
)

ENOUGH = 3
"""Practices (or check-ins in each group) needed before a pattern is described."""


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 practice``, ``7 practices``: English only (logs and tests); people's
    sentences use counted text instead."""
    word = one if count == 1 else (many or one + "s")
    return f"{count:,} {word}"


def points(value: float) -> str:
    """A change in points: ``1 point``, ``1.5 points`` (points may be halves, so this is
    not counted text: a count is a whole number)."""
    if value == 1:
        return translate("InsightsWording", "1 point")
    return translate("InsightsWording", "{points} points").format(points=format_points(value))


def _practices(count: int) -> str:
    return translate("InsightsWording", "%n practice(s)", None, count)


def strategy_sentence(title: str, rated: int, median_change: float | None) -> str:
    """What a coping strategy's before and after ratings typically show."""
    if rated < ENOUGH or median_change is None:
        return translate(
            "InsightsWording",
            "{title}: {practices} with a rating before and after so far "
            "— not enough yet to see a pattern.",
        ).format(title=title, practices=_practices(rated))
    practices = _practices(rated)
    if median_change < 0:
        sentence = translate(
            "InsightsWording",
            "{title}: your distress typically went down by {points} over {practices}.",
        )
    elif median_change > 0:
        sentence = translate(
            "InsightsWording",
            "{title}: your distress typically went up by {points} over {practices}.",
        )
    else:
        sentence = translate(
            "InsightsWording",
            "{title}: your distress typically stayed about the same over {practices}.",
        )
    return sentence.format(title=title, points=points(abs(median_change)), practices=practices)


def _times(count: int) -> str:
    return translate("InsightsWording", "%n time(s)", None, count)


def observation_sentence(word: str, calmer: int, harder: int) -> str:
    """How often a word came up on calmer and on harder days: an observation only."""
    return translate(
        "InsightsWording", "On calmer days, ‘{word}’ came up {calmer}; on harder days, {harder}."
    ).format(word=word, calmer=_times(calmer), harder=_times(harder))


def calmer_summary(threshold: float, calmer: int, harder: int) -> str:
    """What "calmer" and "harder" mean here, and that these are not causes."""
    return translate(
        "InsightsWording",
        "Calmer days are check-ins with distress below {middle}, your middle rating; "
        "harder days are {middle} or above ({calmer}, {harder}). These are things that "
        "came up at the same time, not causes.",
    ).format(
        middle=format_points(threshold),
        calmer=translate("InsightsWording", "%n calmer check-in(s)", None, calmer),
        harder=translate("InsightsWording", "%n harder check-in(s)", None, harder),
    )


def calmer_not_enough(calmer: int, harder: int) -> str:
    """Too few check-ins on one side to compare."""
    if calmer + harder < 2 * ENOUGH:
        return translate(
            "InsightsWording",
            "There are not enough check-ins with a distress rating yet to compare calmer "
            "and harder days.",
        )
    return translate(
        "InsightsWording",
        "Your distress ratings have been much the same, so there is nothing to compare yet.",
    )


def rhythm_sentence(weeks: int, entries: int, weekday: int | None) -> str:
    """Recent writing, said neutrally; ``weekday`` 0 = Monday, the one written on most."""
    if entries == 0:
        return translate("InsightsWording", "Your journal is here when you want it.")
    wrote = translate("InsightsWording", "%n entr(y|ies)", None, entries)
    if weekday is None:
        sentence = translate(
            "InsightsWording", "In the last %n week(s) you wrote {entries}.", None, weeks
        )
        return sentence.format(entries=wrote)
    sentence = translate(
        "InsightsWording",
        "In the last %n week(s) you wrote {entries}, most often on {days}.",
        None,
        weeks,
    )
    days = translate("InsightsWording", _DAYS_PLURAL[weekday])
    return sentence.format(entries=wrote, days=days)
