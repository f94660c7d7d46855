"""Insights: what a person's own history shows, computed on their own device.

Everything here is about the person's own check-ins, practices, questionnaires and
entries (rows linked to a practice session never count). The results are plain frozen
dataclasses; sentences follow :mod:`insights_wording` (medians said as "typically",
observations never as causes, no streaks or gaps). Days are the person's local days.

``Insights.report()`` gathers everything in one read; at the benchmark size (five
years, 200,000 check-ins) call it off the GUI thread. ``Insights.first_look()`` gathers
the part a page shows first (the latest weeks, what helps, rhythm, questionnaires) in a
fraction of that time; each of its parts equals the whole report's.
"""

from __future__ import annotations

import functools
import operator
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent import futures
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from hj_journal.core.checkin.instruments.schema import ScoringRule
from hj_journal.core.checkin.instruments.scoring import (
    AnswerError,
    InstrumentLibrary,
    Score,
    UnknownInstrumentError,
    decode_answers,
)
from hj_journal.core.insights import queries as q
from hj_journal.core.insights import wording
from hj_journal.core.insights.histograms import (
    Granularity,
    bucket_start,
    bucket_starts,
    days_between,
    median_of,
    median_of_counts,
    median_of_values,
    merge_case,
    next_bucket,
)
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import CopingStrategy
from hj_journal.store.vault import Vault

__all__ = [
    "BandEdge",
    "Bucket",
    "CalmerDays",
    "Granularity",
    "HeatMap",
    "Insights",
    "InsightsReport",
    "Observation",
    "QuestionnaireSeries",
    "RatingSeries",
    "ScorePoint",
    "StrategyEffect",
    "WeekCount",
    "WritingRhythm",
]

SCALES = {"distress": (0, 10), "mood": (-3, 3)}
RECENT_WEEKS = 12
HEAT_MAP_WEEKS = 53
FIRST_LOOK_WEEKS = HEAT_MAP_WEEKS
"""The latest weeks whose ratings a first look reads (the calendar's; at least as many
weeks as a week-by-week chart shows)."""
MIN_OBSERVED = 3  # a word must come up this often in all to be described


@dataclass(frozen=True)
class Bucket:
    """One week, month or year: how many ratings and their median (None when none)."""

    start: date
    end: date  # the first day after the bucket
    count: int
    median: float | None


@dataclass(frozen=True)
class RatingSeries:
    """Distress or mood over time, one bucket per week, month or year (gaps included)."""

    measure: str  # "distress" or "mood"
    granularity: Granularity
    low: int
    high: int
    buckets: tuple[Bucket, ...]

    def recent(self, count: int) -> tuple[Bucket, ...]:
        """The last ``count`` buckets."""
        return self.buckets[-count:] if count > 0 else ()


@dataclass(frozen=True)
class BandEdge:
    """A questionnaire's published band (or informal grouping), inclusive at both ends."""

    key: str
    label: str
    low: int
    high: int


@dataclass(frozen=True)
class ScorePoint:
    """One scored response: its total (WHO-5: its percentage) and band."""

    at: datetime
    day: date
    value: int
    band: str | None


@dataclass(frozen=True)
class QuestionnaireSeries:
    """One questionnaire's scores over time, with the edges of its bands."""

    instrument_id: str
    title: str
    short_name: str
    unit: str  # "total" or "percentage"
    low: int
    high: int
    bands: tuple[BandEdge, ...]
    bands_informal: bool
    points: tuple[ScorePoint, ...]
    not_scored: int  # responses saved with skipped items


@dataclass(frozen=True)
class HeatMap:
    """Check-ins on each day from ``start``: data only, the UI chooses the colours."""

    start: date
    counts: tuple[int, ...]

    @property
    def end(self) -> date:
        """The last day shown."""
        return self.start + timedelta(days=max(len(self.counts) - 1, 0))

    @property
    def max_count(self) -> int:
        """The most check-ins on one day (0 when none)."""
        return max(self.counts, default=0)

    def count_on(self, day: date) -> int:
        """Check-ins on ``day`` (0 outside the map)."""
        index = (day - self.start).days
        return self.counts[index] if 0 <= index < len(self.counts) else 0

    def levels(self, steps: int = 4) -> tuple[int, ...]:
        """Upper edges of ``steps`` shades for days with check-ins (quantiles, rising)."""
        busy = sorted(n for n in self.counts if n > 0)
        if not busy:
            return ()
        edges = [busy[min(len(busy) - 1, (len(busy) * k) // steps)] for k in range(1, steps)]
        return tuple(sorted({*edges, busy[-1]}))


@dataclass(frozen=True)
class WeekCount:
    """Entries dated in one week (Monday to Sunday)."""

    start: date
    entries: int


@dataclass(frozen=True)
class WritingRhythm:
    """When you write: entries per week and per weekday, and nothing counted as a gap."""

    weeks: tuple[WeekCount, ...]
    weekday_entries: tuple[int, ...]  # in the recent weeks, Monday first
    recent_weeks: int
    recent_entries: int
    sentence: str


@dataclass(frozen=True)
class StrategyEffect:
    """What before-and-after ratings show for one coping strategy."""

    strategy_key: str
    title: str
    rated: int  # practices with a rating before and after
    times: int  # practices in all
    median_change: float | None  # after minus before; negative means lower distress
    sentence: str

    @property
    def enough(self) -> bool:
        """True when there are enough rated practices to describe a pattern."""
        return self.rated >= wording.ENOUGH


@dataclass(frozen=True)
class Observation:
    """How often a context tag or emotion word came up on calmer and harder days."""

    kind: str  # "context" or "emotion"
    word: str
    calmer: int
    harder: int
    calmer_share: float  # of calmer check-ins
    harder_share: float
    sentence: str


@dataclass(frozen=True)
class CalmerDays:
    """Words compared between check-ins below and at-or-above the middle distress."""

    threshold: float | None
    calmer_checkins: int
    harder_checkins: int
    enough: bool
    summary: str
    observations: tuple[Observation, ...]  # leaning most towards calmer days first

    @property
    def leaning_calmer(self) -> tuple[Observation, ...]:
        """Words that came up relatively more on calmer days."""
        return tuple(o for o in self.observations if o.calmer_share > o.harder_share)


@dataclass(frozen=True)
class InsightsReport:
    """Everything the Insights page shows.

    A first look (``complete`` False, from :meth:`Insights.first_look`) holds the week
    series only, covering their latest :data:`FIRST_LOOK_WEEKS` weeks (the same buckets
    as the whole report's), and no calmer days yet; every other part is whole.
    """

    today: date
    checkins: int
    distress: Mapping[Granularity, RatingSeries]
    mood: Mapping[Granularity, RatingSeries]
    questionnaires: tuple[QuestionnaireSeries, ...]
    heat_map: HeatMap
    rhythm: WritingRhythm
    what_helps: tuple[StrategyEffect, ...]
    calmer_days: CalmerDays | None  # None in a first look
    complete: bool = True


@functools.cache
def _reader() -> futures.ThreadPoolExecutor:
    """One thread kept for the ratings read, so threads (and their connections) never
    pile up; a second report waits for the first one's ratings."""
    return futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="hj-insights")


@functools.cache
def _builtin_titles(language: str | None) -> dict[str, str]:
    """The built-in strategies' titles in ``language`` (where translated)."""
    from hj_journal.core.coping.library import load_builtin_strategies

    return {strategy.id: strategy.title for strategy in load_builtin_strategies(language)}


class Insights:
    """Insights over one unlocked vault. ``zone=None`` uses the computer's time zone;
    ``language`` names the built-in coping strategies as the rest of the app does."""

    def __init__(
        self,
        vault: Vault,
        *,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] = utcnow,
        instruments: InstrumentLibrary | None = None,
        language: str | None = None,
    ) -> None:
        self._vault = vault
        self._zone = zone
        self._clock = clock
        self._instruments = instruments
        self._language = language  # of the built-in strategies' titles

    def today(self) -> date:
        """The local day now."""
        return q.local_day(self._clock(), self._zone)

    # ------------------------------------------------------------------ everything

    def report(self) -> InsightsReport:
        """Every insight, read from the vault in two parts side by side.

        The ratings day by day (the longest read) run on a second thread with a session
        of their own while this thread reads the rest; each part is one consistent read.
        """
        today = self.today()
        ratings_read = _reader().submit(self._read_day_ratings, today)
        try:
            with self._vault.session() as session:
                calmer = self._calmer_days(session, q.distress_counts(session))
                questionnaires = self._questionnaires(session)
                rhythm = self._rhythm(session, today)
                what_helps = self._what_helps(session)
        finally:
            futures.wait([ratings_read])  # never leave it reading (the vault may lock)
        days, ratings = ratings_read.result()
        return InsightsReport(
            today=today,
            checkins=sum(r.checkins for r in ratings),
            distress=_all_series("distress", days, [r.distress for r in ratings]),
            mood=_all_series("mood", days, [r.mood for r in ratings]),
            questionnaires=questionnaires,
            heat_map=_heat_map(days, [r.checkins for r in ratings], today),
            rhythm=rhythm,
            what_helps=what_helps,
            calmer_days=calmer,
        )

    def first_look(self) -> InsightsReport:
        """The part of the report a page shows first, in about a fifth of its time.

        The ratings of the latest :data:`FIRST_LOOK_WEEKS` weeks only (week by week and
        the calendar), with what helps, the writing rhythm and the questionnaires whole;
        calmer days (which need every check-in's words) are left for :meth:`report`.
        """
        today = self.today()
        ratings_read = _reader().submit(self._read_recent_ratings, today)
        try:
            with self._vault.session() as session:
                checkins = q.checkin_count(session)
                questionnaires = self._questionnaires(session)
                rhythm = self._rhythm(session, today)
                what_helps = self._what_helps(session)
        finally:
            futures.wait([ratings_read])  # never leave it reading (the vault may lock)
        days, ratings = ratings_read.result()
        week = Granularity.WEEK
        return InsightsReport(
            today=today,
            checkins=checkins,
            distress={week: _series("distress", week, days, [r.distress for r in ratings])},
            mood={week: _series("mood", week, days, [r.mood for r in ratings])},
            questionnaires=questionnaires,
            heat_map=_heat_map(days, [r.checkins for r in ratings], today),
            rhythm=rhythm,
            what_helps=what_helps,
            calmer_days=None,
            complete=False,
        )

    # ------------------------------------------------------------------ one at a time

    def rating_series(self, measure: str, granularity: Granularity) -> RatingSeries:
        """Distress or mood by week, month or year, from the first check-in to today."""
        with self._vault.session() as session:
            days, ratings = self._day_ratings(session, self.today())
        histograms = [getattr(r, measure) for r in ratings]
        return _series(measure, granularity, days, histograms)

    def what_helps(self) -> tuple[StrategyEffect, ...]:
        """Each coping strategy practised, with its typical change in distress."""
        with self._vault.session() as session:
            return self._what_helps(session)

    def calmer_days(self) -> CalmerDays:
        """Context tags and emotion words on calmer and on harder days."""
        with self._vault.session() as session:
            return self._calmer_days(session, q.distress_counts(session))

    def questionnaires(self) -> tuple[QuestionnaireSeries, ...]:
        """Scores over time for each questionnaire taken."""
        with self._vault.session() as session:
            return self._questionnaires(session)

    def rhythm(self) -> WritingRhythm:
        """Entries per week and per weekday."""
        with self._vault.session() as session:
            return self._rhythm(session, self.today())

    # ------------------------------------------------------------------ pieces

    def _read_day_ratings(self, today: date) -> tuple[list[date], list[q.DayRatings]]:
        with self._vault.session() as session:
            return self._day_ratings(session, today)

    def _read_recent_ratings(self, today: date) -> tuple[list[date], list[q.DayRatings]]:
        with self._vault.session() as session:
            return self._day_ratings(session, today, recent=True)

    def _day_ratings(
        self, session: Session, today: date, *, recent: bool = False
    ) -> tuple[list[date], list[q.DayRatings]]:
        first, last, _ = q.first_and_last(session, self._zone)
        if first is None or last is None:
            return [], []
        if recent:
            # From a Monday (or the first check-in), so each week read is a whole week
            # and equals the whole report's; the calendar starts on this Monday too.
            weeks_ago = timedelta(weeks=FIRST_LOOK_WEEKS - 1)
            first = max(first, bucket_start(today, Granularity.WEEK) - weeks_ago)
        days = days_between(first, max(last, today))
        return days, q.day_ratings(session, days, self._zone)

    def _what_helps(self, session: Session) -> tuple[StrategyEffect, ...]:
        practised = q.practice_changes(session)
        if not practised:
            return ()
        custom = {
            uuid: title
            for uuid, title in session.execute(select(CopingStrategy.uuid, CopingStrategy.title))
        }
        effects = []
        for key, (times, rated) in practised.items():
            title = (
                custom.get(key)
                or _builtin_titles(self._language).get(key)
                or q.stored_title(session, key)
                or _humane(key)
            )
            median = median_of_values(rated)
            effects.append(
                StrategyEffect(
                    strategy_key=key,
                    title=title,
                    rated=len(rated),
                    times=times,
                    median_change=median,
                    sentence=wording.strategy_sentence(title, len(rated), median),
                )
            )
        # Enough data first, the largest typical drop first; then the rest by use.
        effects.sort(
            key=lambda e: (
                not e.enough,
                e.median_change if e.enough and e.median_change is not None else 0,
                -e.rated,
                e.title.casefold(),
            )
        )
        return tuple(effects)

    def _calmer_days(self, session: Session, counts: Sequence[int]) -> CalmerDays:
        distress = dict(enumerate(counts))  # distress starts at 0
        threshold = median_of(distress)
        if threshold is None:
            return CalmerDays(None, 0, 0, False, wording.calmer_not_enough(0, 0), ())
        calmer = sum(n for v, n in distress.items() if v < threshold)
        harder = sum(n for v, n in distress.items() if v >= threshold)
        if calmer < wording.ENOUGH or harder < wording.ENOUGH:
            return CalmerDays(
                threshold, calmer, harder, False, wording.calmer_not_enough(calmer, harder), ()
            )
        calm_tags, hard_tags, calm_emotions, hard_emotions = q.words_by_group(session, threshold)
        observations = [
            *_observations("context", calm_tags, hard_tags, calmer, harder),
            *_observations("emotion", calm_emotions, hard_emotions, calmer, harder),
        ]
        observations.sort(
            key=lambda o: (o.harder_share - o.calmer_share, -(o.calmer + o.harder), o.word)
        )
        return CalmerDays(
            threshold,
            calmer,
            harder,
            True,
            wording.calmer_summary(threshold, calmer, harder),
            tuple(observations),
        )

    def _questionnaires(self, session: Session) -> tuple[QuestionnaireSeries, ...]:
        library = self._instruments
        if library is None:
            from hj_journal.core.checkin.instruments.scoring import builtin_instruments

            library = builtin_instruments()
        # Rescored as given (by the version they were given under), so a PHQ-9 with only
        # item 9 skipped joins the PHQ-8 series and never sits on the PHQ-9 scale.
        grouped: dict[str, list[tuple[q.ResponseRow, Score]]] = {}
        for row in q.responses(session):
            try:
                result = library.score(
                    row.form or row.instrument_id,
                    decode_answers(row.answers),
                    version=row.version,
                )
            except (AnswerError, UnknownInstrumentError):
                continue  # a questionnaire no longer shipped: nothing to chart it against
            grouped.setdefault(result.instrument_id, []).append((row, result))
        return tuple(
            _questionnaire(library, form_id, grouped[form_id], self._zone)
            for form_id in sorted(grouped)
        )

    def _rhythm(self, session: Session, today: date) -> WritingRhythm:
        _, _, first = q.first_and_last(session, self._zone)
        tomorrow = today + timedelta(days=1)
        recent_start = today - timedelta(days=7 * RECENT_WEEKS - 1)
        start = min(first, recent_start) if first is not None else recent_start
        # Whole history by week; day by day only for the recent weeks the sentence is about.
        week_starts = bucket_starts(start, today, Granularity.WEEK)
        weeks = q.entry_counts(session, week_starts, tomorrow)
        recent_days = days_between(recent_start, today)
        weekdays = [0] * 7
        for day, n in zip(
            recent_days, q.entry_counts(session, recent_days, tomorrow), strict=True
        ):
            weekdays[day.weekday()] += n
        recent = sum(weekdays)
        busiest = max(range(7), key=lambda d: weekdays[d])
        unique = recent >= wording.ENOUGH and weekdays.count(weekdays[busiest]) == 1
        return WritingRhythm(
            weeks=tuple(WeekCount(w, n) for w, n in zip(week_starts, weeks, strict=True)),
            weekday_entries=tuple(weekdays),
            recent_weeks=RECENT_WEEKS,
            recent_entries=recent,
            sentence=wording.rhythm_sentence(RECENT_WEEKS, recent, busiest if unique else None),
        )


# ---------------------------------------------------------------------- helpers


def _series(
    measure: str,
    granularity: Granularity,
    days: Sequence[date],
    histograms: Sequence[Sequence[int]],
) -> RatingSeries:
    """Add consecutive days' histograms up into buckets (the days are in order, so each
    bucket is one run of them)."""
    low, high = SCALES[measure]
    size = high - low + 1
    if not days:
        return RatingSeries(measure, granularity, low, high, ())
    starts = bucket_starts(days[0], days[-1], granularity)
    totals = [[0] * size for _ in starts]
    index, end = 0, next_bucket(starts[0], granularity)
    for day, histogram in zip(days, histograms, strict=True):
        while day >= end:
            index += 1
            end = next_bucket(starts[index], granularity)
        if any(histogram):
            totals[index] = list(map(operator.add, totals[index], histogram))
    buckets = tuple(
        Bucket(start, next_bucket(start, granularity), sum(h), median_of_counts(h, low))
        for start, h in zip(starts, totals, strict=True)
    )
    return RatingSeries(measure, granularity, low, high, buckets)


def _all_series(
    measure: str, days: Sequence[date], histograms: Sequence[Sequence[int]]
) -> dict[Granularity, RatingSeries]:
    return {g: _series(measure, g, days, histograms) for g in Granularity}


def _heat_map(days: Sequence[date], counts: Sequence[int], today: date) -> HeatMap:
    start = bucket_start(today, Granularity.WEEK) - timedelta(weeks=HEAT_MAP_WEEKS - 1)
    by_day = dict(zip(days, counts, strict=True))
    return HeatMap(start, tuple(by_day.get(day, 0) for day in days_between(start, today)))


def _observations(
    kind: str, calmer: Counter[str], harder: Counter[str], n_calmer: int, n_harder: int
) -> list[Observation]:
    merged_calm, merged_hard = merge_case(calmer), merge_case(harder)
    result = []
    for key in merged_calm.keys() | merged_hard.keys():
        word_c, c = merged_calm.get(key, ("", 0))
        word_h, h = merged_hard.get(key, ("", 0))
        if c + h < MIN_OBSERVED:
            continue
        word = word_c if c >= h else word_h
        result.append(
            Observation(
                kind=kind,
                word=word,
                calmer=c,
                harder=h,
                calmer_share=c / n_calmer,
                harder_share=h / n_harder,
                sentence=wording.observation_sentence(word, c, h),
            )
        )
    return result


def _questionnaire(
    library: InstrumentLibrary,
    form_id: str,
    scored: Sequence[tuple[q.ResponseRow, Score]],
    zone: tzinfo | None,
) -> QuestionnaireSeries:
    instrument = library.get(form_id)
    form = instrument.variant(form_id)
    bands = form.bands if form is not None else instrument.bands
    low, high = instrument.banded_range(form.leave_out if form is not None else frozenset())
    percentage = instrument.scoring.rule is ScoringRule.SUM_TIMES_4
    points = tuple(
        ScorePoint(
            at=row.at,
            day=q.local_day(row.at, zone),
            value=result.percentage if result.percentage is not None else result.total,
            band=result.band,
        )
        for row, result in scored
        if result.scored and result.total is not None
    )
    return QuestionnaireSeries(
        instrument_id=form_id,
        title=form.title if form is not None else instrument.title,
        short_name=form.short_name if form is not None else instrument.short_name,
        unit="percentage" if percentage else "total",
        low=low,
        high=high,
        bands=tuple(BandEdge(b.key, b.label, b.min, b.max) for b in bands),
        bands_informal=instrument.scoring.bands_informal,
        points=points,
        not_scored=len(scored) - len(points),
    )


def _humane(key: str) -> str:
    """A readable title from a strategy id when nothing better is known."""
    words = key.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:] if words else "A practice"
