"""Insights across sessions, for the practitioner: modest figures from session data only.

- how many sessions there were each week (the last :data:`WEEKS` weeks) and each month
  (the last :data:`MONTHS` months);
- how distress typically changed from a session's start to its end;
- the practices done in sessions, each with its typical change in distress before and
  after (the median, and "not enough yet" under :data:`ENOUGH` rated practices).

Only rows recorded in a session count (``session_id`` set), so nothing personal is ever
mixed in. Clients' questionnaire trends stay per client, in Sessions. These are
observations about ratings, never a verdict on a practice or a person.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import select

from hj_journal.core.common.i18n import translate
from hj_journal.core.insights.histograms import (
    Granularity,
    bucket_start,
    median_of_values,
)
from hj_journal.core.insights.wording import ENOUGH, points
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import CheckIn, CopingPractice, CopingStrategy, PracticeSession
from hj_journal.store.vault import Vault

WEEKS = 12
MONTHS = 12


@dataclass(frozen=True)
class PeriodCount:
    """Sessions started in one week (from Monday) or one month (from the 1st)."""

    start: date
    sessions: int


@dataclass(frozen=True)
class PracticeUse:
    """One practice as used in sessions, with the typical change in distress."""

    strategy_key: str
    title: str
    times: int  # practices in sessions in all
    rated: int  # of those, rated before and after
    median_change: float | None  # after minus before; negative means lower distress
    sentence: str

    @property
    def enough(self) -> bool:
        """True when enough rated practices describe a pattern."""
        return self.rated >= ENOUGH


@dataclass(frozen=True)
class PracticeInsightsReport:
    """Everything Insights across sessions shows."""

    today: date
    sessions: int  # every session ever recorded here
    clients_seen: int  # clients with at least one session
    weeks: tuple[PeriodCount, ...]  # oldest first, this week last
    months: tuple[PeriodCount, ...]  # oldest first, this month last
    rated_sessions: int  # sessions with distress at both the start and the end
    session_change: float | None  # median of leaving minus arriving
    session_sentence: str
    practices: tuple[PracticeUse, ...]


def _direction(median: float) -> str:
    if median < 0:
        return translate("PracticeInsights", "went down by {points}").format(
            points=points(-median)
        )
    if median > 0:
        return translate("PracticeInsights", "went up by {points}").format(points=points(median))
    return translate("PracticeInsights", "stayed about the same")


def practice_sentence(title: str, rated: int, median: float | None) -> str:
    """What a practice's ratings before and after typically showed in sessions."""
    if rated < ENOUGH or median is None:
        return translate(
            "PracticeInsights",
            "{title}: {practices} with a rating before and after so far "
            "— not enough yet to see a pattern.",
        ).format(
            title=title, practices=translate("PracticeInsights", "%n practice(s)", None, rated)
        )
    return translate(
        "PracticeInsights", "{title}: distress typically {change} over {practices}."
    ).format(
        title=title,
        change=_direction(median),
        practices=translate("PracticeInsights", "%n rated practice(s)", None, rated),
    )


def session_sentence(rated: int, median: float | None) -> str:
    """How distress typically changed from the start of a session to its end."""
    if rated < ENOUGH or median is None:
        return translate(
            "PracticeInsights",
            "%n session(s) with a distress rating at both the start and the end so far — "
            "not enough yet to see a pattern.",
            None,
            rated,
        )
    return translate(
        "PracticeInsights",
        "Distress typically {change} from arriving to leaving, over {sessions}.",
    ).format(
        change=_direction(median),
        sessions=translate("PracticeInsights", "%n rated session(s)", None, rated),
    )


@functools.cache
def _builtin_titles(language: str | None) -> dict[str, str]:
    """The built-in strategies' titles in ``language`` (where translated)."""
    from hj_journal.core.coping.library import load_builtin_strategies

    return {strategy.id: strategy.title for strategy in load_builtin_strategies(language)}


class PracticeInsights:
    """Insights across the sessions of one unlocked practice vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] = utcnow,
        language: str | None = None,
    ) -> None:
        self._vault = vault
        self._zone = zone
        self._clock = clock
        self._language = language  # of the built-in strategies' titles

    def _day(self, moment: datetime) -> date:
        return moment.astimezone(self._zone).date()

    def report(self) -> PracticeInsightsReport:
        """Read the session figures (one read of the vault)."""
        today = self._day(self._clock())
        with self._vault.session() as session:
            started = list(
                session.execute(select(PracticeSession.started_at, PracticeSession.client_id))
            )
            ratings = [
                (session_id, str(phase), distress)
                for session_id, phase, distress in session.execute(
                    select(CheckIn.session_id, CheckIn.phase, CheckIn.distress).where(
                        CheckIn.session_id.is_not(None),
                        CheckIn.phase.in_((PRE_SESSION, POST_SESSION)),
                        CheckIn.distress.is_not(None),
                    )
                )
                if session_id is not None and distress is not None
            ]
            practices = [
                (str(key), str(title or ""), before, after)
                for key, title, before, after in session.execute(
                    select(
                        CopingPractice.strategy_key,
                        CopingPractice.strategy_title,
                        CopingPractice.distress_before,
                        CopingPractice.distress_after,
                    ).where(CopingPractice.session_id.is_not(None))
                )
            ]
            custom = dict(session.execute(select(CopingStrategy.uuid, CopingStrategy.title)).all())
        days = [self._day(moment) for moment, _ in started]
        changes = _session_changes(ratings)
        median = median_of_values(changes)
        return PracticeInsightsReport(
            today=today,
            sessions=len(started),
            clients_seen=len({client for _, client in started}),
            weeks=_counts(days, today, Granularity.WEEK, WEEKS),
            months=_counts(days, today, Granularity.MONTH, MONTHS),
            rated_sessions=len(changes),
            session_change=median,
            session_sentence=session_sentence(len(changes), median),
            practices=_practice_uses(practices, custom, _builtin_titles(self._language)),
        )


def _counts(
    days: list[date], today: date, granularity: Granularity, shown: int
) -> tuple[PeriodCount, ...]:
    per_bucket = Counter(bucket_start(day, granularity) for day in days)
    starts = [bucket_start(today, granularity)]
    while len(starts) < shown:
        starts.append(_previous(starts[-1], granularity))
    starts.reverse()
    return tuple(PeriodCount(start, per_bucket.get(start, 0)) for start in starts)


def _previous(start: date, granularity: Granularity) -> date:
    """The first day of the bucket before the one starting on ``start``."""
    if granularity is Granularity.WEEK:
        return date.fromordinal(start.toordinal() - 7)
    if start.month == 1:
        return date(start.year - 1, 12, 1)
    return date(start.year, start.month - 1, 1)


def _session_changes(ratings: Iterable[tuple[int, str, int]]) -> list[int]:
    ends: dict[int, dict[str, int]] = {}
    for session_id, phase, distress in ratings:
        ends.setdefault(session_id, {})[phase] = distress
    return [
        pair[POST_SESSION] - pair[PRE_SESSION]
        for pair in ends.values()
        if PRE_SESSION in pair and POST_SESSION in pair
    ]


def _practice_uses(
    practices: Iterable[tuple[str, str, int | None, int | None]],
    custom: dict[str, str],
    builtins: dict[str, str],
) -> tuple[PracticeUse, ...]:
    times: Counter[str] = Counter()
    changes: dict[str, list[int]] = {}
    stored: dict[str, str] = {}
    for key, title, before, after in practices:
        times[key] += 1
        if title:
            stored.setdefault(key, title)
        if before is not None and after is not None:
            changes.setdefault(key, []).append(after - before)
    uses = []
    for key, count in times.items():
        title = custom.get(key) or builtins.get(key) or stored.get(key) or key
        rated = changes.get(key, [])
        median = median_of_values(rated)
        uses.append(
            PracticeUse(
                strategy_key=key,
                title=title,
                times=count,
                rated=len(rated),
                median_change=median,
                sentence=practice_sentence(title, len(rated), median),
            )
        )
    # Clearer patterns first (enough ratings), then the most used.
    uses.sort(key=lambda u: (not u.enough, -u.times, u.title.casefold()))
    return tuple(uses)


__all__ = [
    "MONTHS",
    "WEEKS",
    "PeriodCount",
    "PracticeInsights",
    "PracticeInsightsReport",
    "PracticeUse",
    "practice_sentence",
    "session_sentence",
]
