"""Insights on hand-made data, with every expected figure worked out by hand."""

from __future__ import annotations

import re
import threading
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.coping.library import load_builtin_strategies
from hj_journal.core.insights.histograms import (
    bucket_start,
    bucket_starts,
    median_of_counts,
    next_bucket,
)
from hj_journal.core.insights.service import (
    FIRST_LOOK_WEEKS,
    SCALES,
    Bucket,
    Granularity,
    Insights,
    _series,
)
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.store.errors import VaultLockedError
from hj_journal.store.models import (
    CheckIn,
    Client,
    CopingPractice,
    CopingStrategy,
    InstrumentResponse,
    PracticeSession,
    new_uuid,
)
from hj_journal.store.vault import Vault

TODAY = datetime(2026, 2, 10, 12, tzinfo=UTC)  # a Tuesday
GUILT = re.compile(r"streak|missed|failed|broke|in a row|you haven't", re.IGNORECASE)


def noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def insights(vault: Vault, zone=UTC) -> Insights:
    return Insights(vault, zone=zone, clock=lambda: TODAY)


def add_checkins(services: Services, *items: tuple[date, int | None, int | None]) -> None:
    for day, distress, mood in items:
        services.checkins.add(CheckInInput(at=noon(day), distress=distress, mood=mood))


def add_practices(vault: Vault, key: str, *changes: tuple[int | None, int | None], **extra):
    with vault.transaction() as session:
        for before, after in changes:
            session.add(
                CopingPractice(
                    strategy_key=key,
                    started_at=TODAY - timedelta(days=3),
                    finished=True,
                    distress_before=before,
                    distress_after=after,
                    **extra,
                )
            )


def a_session(vault: Vault) -> int:
    with vault.transaction() as session:
        client = Client(pseudonym="R.")
        session.add(client)
        session.flush()
        practice_session = PracticeSession(client_id=client.id)
        session.add(practice_session)
        session.flush()
        return practice_session.id


# ---------------------------------------------------------------------- series


@pytest.fixture
def series_data(services: Services) -> Services:
    add_checkins(
        services,
        (date(2025, 12, 31), 7, 1),  # Wednesday; its week starts Monday 29 December
        (date(2026, 1, 5), 2, 2),  # Monday
        (date(2026, 1, 7), 6, -1),
        (date(2026, 1, 11), 4, None),  # Sunday: same week
        (date(2026, 1, 12), 8, -2),
        (date(2026, 1, 13), 9, None),
        # nothing in the week of 19 January
        (date(2026, 1, 26), 1, 3),
        (date(2026, 2, 2), 3, 0),
        (date(2026, 2, 2), None, 1),  # a check-in with mood only
    )
    return services


def test_distress_by_week_has_medians_counts_and_gaps(series_data: Services) -> None:
    weeks = insights(series_data.vault).rating_series("distress", Granularity.WEEK)
    got = [(b.start, b.count, b.median) for b in weeks.buckets]
    assert got == [
        (date(2025, 12, 29), 1, 7),
        (date(2026, 1, 5), 3, 4),  # 2, 4, 6
        (date(2026, 1, 12), 2, 8.5),  # 8, 9
        (date(2026, 1, 19), 0, None),  # shown as a gap, never as something missed
        (date(2026, 1, 26), 1, 1),
        (date(2026, 2, 2), 1, 3),
        (date(2026, 2, 9), 0, None),  # this week, up to today
    ]
    assert weeks.buckets[1].end == date(2026, 1, 12)
    assert (weeks.low, weeks.high) == (0, 10)


def test_distress_by_month_and_year(series_data: Services) -> None:
    service = insights(series_data.vault)
    months = service.rating_series("distress", Granularity.MONTH)
    assert [(b.start, b.count, b.median) for b in months.buckets] == [
        (date(2025, 12, 1), 1, 7),
        (date(2026, 1, 1), 6, 5),  # 1, 2, 4, 6, 8, 9 → (4 + 6) / 2
        (date(2026, 2, 1), 1, 3),
    ]
    years = service.rating_series("distress", Granularity.YEAR)
    assert [(b.start, b.end, b.count, b.median) for b in years.buckets] == [
        (date(2025, 1, 1), date(2026, 1, 1), 1, 7),
        (date(2026, 1, 1), date(2027, 1, 1), 7, 4),  # 1, 2, 3, 4, 6, 8, 9
    ]


def test_mood_by_month(series_data: Services) -> None:
    months = insights(series_data.vault).rating_series("mood", Granularity.MONTH)
    assert [(b.count, b.median) for b in months.buckets] == [
        (1, 1),
        (4, 0.5),  # −2, −1, 2, 3
        (2, 0.5),  # 0, 1
    ]
    assert (months.low, months.high) == (-3, 3)


def test_the_report_holds_every_granularity_and_the_heat_map(series_data: Services) -> None:
    report = insights(series_data.vault).report()
    assert report.today == date(2026, 2, 10)
    assert report.checkins == 9
    assert set(report.distress) == set(Granularity) == set(report.mood)
    heat = report.heat_map
    assert heat.start.weekday() == 0 and heat.end == date(2026, 2, 10)
    assert len(heat.counts) == 7 * 52 + 2  # 53 weeks, the last up to Tuesday
    assert heat.count_on(date(2026, 2, 2)) == 2
    assert heat.count_on(date(2026, 1, 5)) == 1
    assert heat.count_on(date(2026, 1, 20)) == 0
    assert heat.count_on(date(2030, 1, 1)) == 0
    assert heat.max_count == 2
    assert heat.levels() == (1, 2)


def test_the_report_reads_on_two_threads_and_refuses_a_locked_vault(
    series_data: Services,
) -> None:
    vault = series_data.vault
    seen: set[str] = set()
    read_day_ratings = Insights._read_day_ratings

    def noting(self: Insights, today: date) -> object:
        seen.add(threading.current_thread().name)
        return read_day_ratings(self, today)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Insights, "_read_day_ratings", noting)
        report = insights(vault).report()
    assert report.checkins == 9
    assert seen and threading.current_thread().name not in seen
    vault.lock()
    with pytest.raises(VaultLockedError):
        insights(vault).report()


def test_days_are_the_person_s_local_days(services: Services) -> None:
    # 20:00 UTC on Monday 5 January is 09:00 on Tuesday 6 January in Auckland.
    services.checkins.add(CheckInInput(at=datetime(2026, 1, 5, 20, tzinfo=UTC), distress=5))
    utc = insights(services.vault).report().heat_map
    auckland = insights(services.vault, ZoneInfo("Pacific/Auckland")).report().heat_map
    assert utc.count_on(date(2026, 1, 5)) == 1 and utc.count_on(date(2026, 1, 6)) == 0
    assert auckland.count_on(date(2026, 1, 6)) == 1 and auckland.count_on(date(2026, 1, 5)) == 0


def test_a_very_full_day_is_counted_exactly(vault: Vault) -> None:
    # More equal ratings in one day than a packed field holds (4,095).
    rows = [
        {"uuid": new_uuid(), "at": noon(date(2026, 1, 5)), "distress": 3, "mood": 2}
        for _ in range(4100)
    ]
    rows.append({"uuid": new_uuid(), "at": noon(date(2026, 1, 6)), "distress": 12, "mood": 9})
    with vault.transaction() as session:
        session.execute(insert(CheckIn), rows)
    weeks = insights(vault).rating_series("distress", Granularity.WEEK)
    assert [(b.count, b.median) for b in weeks.buckets[:1]] == [(4100, 3)]
    mood = insights(vault).rating_series("mood", Granularity.WEEK)
    assert mood.buckets[0].count == 4100  # the out-of-range 9 is left out
    assert insights(vault).report().checkins == 4101


def test_no_checkins_gives_empty_series_and_a_calm_report(services: Services) -> None:
    report = insights(services.vault).report()
    assert report.checkins == 0
    assert report.distress[Granularity.WEEK].buckets == ()
    assert report.heat_map.max_count == 0 and report.heat_map.levels() == ()
    assert report.what_helps == ()
    assert not report.calmer_days.enough
    assert report.rhythm.sentence == "Your journal is here when you want it."


# ---------------------------------------------------------------------- what helps me


def test_what_helps_me_gives_medians_counts_and_honest_sentences(services: Services) -> None:
    vault = services.vault
    add_practices(vault, "box-breathing", (7, 5), (8, 5), (5, 4), (6, 4))  # −2 −3 −1 −2
    add_practices(vault, "paced-breathing", (6, 4), (5, 5), (7, None))  # 2 rated of 3
    add_practices(vault, "butterfly-hug", (3, 4), (2, 3), (4, 4))  # +1 +1 0
    add_practices(vault, "calm-place", (4, 4), (5, 4), (3, 4))  # 0 −1 +1
    add_practices(vault, "cyclic-sighing", (6, 5), (6, 4), (7, 6), (8, 6))  # −1 −2 −1 −2
    custom = new_uuid()
    with vault.transaction() as session:
        session.add(CopingStrategy(uuid=custom, title="Singing with my aunt"))
    add_practices(vault, custom, (9, 6), (8, 6), (7, 5))  # −3 −2 −2
    add_practices(vault, "box-breathing", (9, 0), (9, 0), (9, 0), session_id=a_session(vault))

    effects = {e.strategy_key: e for e in insights(vault).what_helps()}
    box = effects["box-breathing"]
    assert (box.title, box.rated, box.times, box.median_change) == ("Box breathing", 4, 4, -2)
    assert box.sentence == (
        "Box breathing: your distress typically went down by 2 points over 4 practices."
    )
    assert box.enough
    paced = effects["paced-breathing"]
    assert (paced.rated, paced.times, paced.enough) == (2, 3, False)
    assert paced.sentence == (
        "Paced breathing: 2 practices with a rating before and after so far "
        "— not enough yet to see a pattern."
    )
    assert effects["butterfly-hug"].sentence == (
        "Butterfly hug: your distress typically went up by 1 point over 3 practices."
    )
    assert effects["calm-place"].sentence == (
        "Calm place: your distress typically stayed about the same over 3 practices."
    )
    assert effects["cyclic-sighing"].median_change == -1.5
    assert "went down by 1.5 points over 4 practices" in effects["cyclic-sighing"].sentence
    assert effects[custom].sentence == (
        "Singing with my aunt: your distress typically went down by 2 points over 3 practices."
    )
    order = [e.strategy_key for e in insights(vault).what_helps()]
    assert order[:2] == ["box-breathing", custom]  # the largest typical drop first
    assert order[-1] == "paced-breathing"  # not enough yet: last
    for effect in effects.values():
        assert "on average" not in effect.sentence
        assert not GUILT.search(effect.sentence)


def test_one_practice_is_said_in_the_singular(vault: Vault) -> None:
    add_practices(vault, "some-own-practice", (5, 3))
    (effect,) = insights(vault).what_helps()
    assert effect.title == "Some own practice"
    assert effect.sentence.startswith("Some own practice: 1 practice with a rating")


# ---------------------------------------------------------------------- calmer days


def add_tagged(services: Services, distress: int, tags: list[str], emotions: list[str]) -> None:
    services.checkins.add(
        CheckInInput(
            at=noon(date(2026, 1, 5)), distress=distress, context_tags=tags, emotions=emotions
        )
    )


def test_words_on_calmer_and_harder_days_are_observations(services: Services) -> None:
    # Distress 1, 2, 2, 3 | 7, 8, 8, 9: the middle is (3 + 7) / 2 = 5.
    add_tagged(services, 1, ["walk"], ["calm"])
    add_tagged(services, 2, ["Walk", "tea"], ["calm"])
    add_tagged(services, 2, ["walk"], ["calm", "tired"])
    add_tagged(services, 3, [], [])
    add_tagged(services, 7, ["work"], ["tense"])
    add_tagged(services, 8, ["work", "walk"], ["tense"])
    add_tagged(services, 8, ["work"], ["tense", "tired"])
    add_tagged(services, 9, [], ["tired"])
    calmer = insights(services.vault).calmer_days()
    assert calmer.enough
    assert (calmer.threshold, calmer.calmer_checkins, calmer.harder_checkins) == (5, 4, 4)
    words = {(o.kind, o.word): o for o in calmer.observations}
    walk = words[("context", "walk")]
    assert (walk.calmer, walk.harder) == (3, 1)  # "Walk" and "walk" are one word
    assert walk.calmer_share == 0.75 and walk.harder_share == 0.25
    assert walk.sentence == "On calmer days, ‘walk’ came up 3 times; on harder days, 1 time."
    assert (words[("context", "work")].calmer, words[("context", "work")].harder) == (0, 3)
    assert (words[("emotion", "calm")].calmer, words[("emotion", "calm")].harder) == (3, 0)
    assert (words[("emotion", "tired")].calmer, words[("emotion", "tired")].harder) == (1, 2)
    assert ("context", "tea") not in words  # came up only once: too few to describe
    leaning = [(o.kind, o.word) for o in calmer.leaning_calmer]
    assert leaning == [("emotion", "calm"), ("context", "walk")]
    assert calmer.summary.startswith("Calmer days are check-ins with distress below 5")
    assert "not causes" in calmer.summary
    for text in [calmer.summary, *(o.sentence for o in calmer.observations)]:
        assert not GUILT.search(text)
        assert "because" not in text and "causes" not in text.replace("not causes", "")


def test_too_few_or_too_similar_checkins_are_not_compared(services: Services) -> None:
    add_tagged(services, 2, ["walk"], [])
    add_tagged(services, 8, ["work"], [])
    few = insights(services.vault).calmer_days()
    assert not few.enough and few.observations == ()
    assert "not enough check-ins" in few.summary
    for _ in range(6):
        add_tagged(services, 4, ["walk"], [])
    same = insights(services.vault).calmer_days()  # 2, 4×6, 8: middle 4, 1 below
    assert not same.enough
    assert "much the same" in same.summary


def test_session_checkins_are_left_out_of_personal_insights(services: Services) -> None:
    session_id = a_session(services.vault)
    services.checkins.add(
        CheckInInput(at=noon(date(2026, 1, 5)), distress=9, session_id=session_id)
    )
    add_checkins(services, (date(2026, 1, 5), 2, None))
    report = insights(services.vault).report()
    assert report.checkins == 1
    assert report.distress[Granularity.YEAR].buckets[0].median == 2


# ---------------------------------------------------------------------- questionnaires


def add_response(services: Services, instrument: str, answers: list, day: date) -> None:
    services.questionnaires.save(ResponseInput(instrument, answers, at=noon(day)))


def test_questionnaire_scores_come_with_band_edges(services: Services) -> None:
    add_response(services, "gad7", [2, 2, 2, 2, 2, 1, 1], date(2026, 1, 5))  # 12
    add_response(services, "gad7", [1, 1, 1, 1, 1, 1, 0], date(2026, 2, 2))  # 6
    add_response(services, "gad7", [1, None, 1, 1, 1, 1, 0], date(2026, 2, 3))  # not scored
    add_response(services, "who5", [3, 3, 3, 3, 3], date(2026, 1, 6))  # 15 → 60 %
    add_response(services, "phq9", [1, 1, 1, 1, 1, 1, 1, 1, None], date(2026, 1, 7))  # PHQ-8
    with services.vault.transaction() as session:
        session.add(  # a questionnaire this version no longer ships
            InstrumentResponse(instrument_id="old", instrument_version=1, answers=[1])
        )
    by_id = {s.instrument_id: s for s in insights(services.vault).questionnaires()}
    assert set(by_id) == {"gad7", "who5", "phq8"}
    gad = by_id["gad7"]
    assert [(p.day, p.value, p.band) for p in gad.points] == [
        (date(2026, 1, 5), 12, "moderate"),
        (date(2026, 2, 2), 6, "mild"),
    ]
    assert gad.not_scored == 1
    assert [(b.key, b.low, b.high) for b in gad.bands] == [
        ("minimal", 0, 4),
        ("mild", 5, 9),
        ("moderate", 10, 14),
        ("severe", 15, 21),
    ]
    assert (gad.low, gad.high, gad.unit) == (0, 21, "total")
    who = by_id["who5"]
    assert (who.unit, who.low, who.high) == ("percentage", 0, 100)
    assert [p.value for p in who.points] == [60]
    phq8 = by_id["phq8"]
    assert (phq8.high, [p.value for p in phq8.points]) == (24, [8])
    assert phq8.bands[-1].high == 24


# ---------------------------------------------------------------------- rhythm


def test_journaling_rhythm_counts_entries_per_week_without_guilt(services: Services) -> None:
    for day in [date(2026, 2, 1), date(2026, 2, 8), date(2026, 2, 8), date(2026, 1, 25)]:
        services.journal.create(EntryInput(entry_date=day, title="x"))  # all Sundays
    services.journal.create(EntryInput(entry_date=date(2026, 2, 3)))  # a Tuesday
    services.journal.create(EntryInput(entry_date=date(2025, 6, 1)))  # long ago
    rhythm = insights(services.vault).rhythm()
    weeks = {w.start: w.entries for w in rhythm.weeks}
    assert weeks[date(2026, 1, 19)] == 1  # Sunday 25 January
    assert weeks[date(2026, 1, 26)] == 1
    assert weeks[date(2026, 2, 2)] == 3  # Tuesday 3 and Sunday 8 February twice
    assert weeks[date(2026, 2, 9)] == 0
    assert weeks[date(2025, 5, 26)] == 1
    assert rhythm.weekday_entries == (0, 1, 0, 0, 0, 0, 4)  # in the last 12 weeks
    assert rhythm.recent_entries == 5  # the last 12 weeks
    assert rhythm.sentence == "In the last 12 weeks you wrote 5 entries, most often on Sundays."
    assert not GUILT.search(rhythm.sentence)


# ---------------------------------------------------------------------- adding days up


def _series_day_by_day(
    measure: str, granularity: Granularity, days: list[date], histograms: list[list[int]]
) -> tuple[Bucket, ...]:
    """How buckets were added up before: each day looked up by its bucket's start."""
    low, high = SCALES[measure]
    if not days:
        return ()
    grouped = {
        start: [0] * (high - low + 1) for start in bucket_starts(days[0], days[-1], granularity)
    }
    for day, histogram in zip(days, histograms, strict=True):
        total = grouped[bucket_start(day, granularity)]
        for i, n in enumerate(histogram):
            total[i] += n
    return tuple(
        Bucket(start, next_bucket(start, granularity), sum(h), median_of_counts(h, low))
        for start, h in grouped.items()
    )


@settings(max_examples=60, deadline=None)
@given(
    first=st.dates(date(2019, 1, 1), date(2026, 12, 31)),
    counts=st.lists(st.lists(st.integers(0, 3), min_size=7, max_size=7), max_size=500),
    granularity=st.sampled_from(list(Granularity)),
)
def test_days_add_up_into_buckets_as_before(
    first: date, counts: list[list[int]], granularity: Granularity
) -> None:
    days = [first + timedelta(days=n) for n in range(len(counts))]
    built = _series("mood", granularity, days, counts)
    assert built.buckets == _series_day_by_day("mood", granularity, days, counts)


def test_built_in_strategies_are_named_in_the_app_s_language(vault: Vault) -> None:
    add_practices(vault, "box-breathing", (6, 4))
    titles = {
        language: {s.id: s.title for s in load_builtin_strategies(language)}["box-breathing"]
        for language in (None, "es")
    }
    assert titles[None] != titles["es"]
    assert insights(vault).what_helps()[0].title == titles[None]
    spanish = Insights(vault, zone=UTC, clock=lambda: TODAY, language="es")
    assert spanish.what_helps()[0].title == titles["es"]
    in_spanish = Services.for_vault(vault, language="es").insights
    assert in_spanish.what_helps()[0].title == titles["es"]
    assert titles["es"] in in_spanish.what_helps()[0].sentence


# ---------------------------------------------------------------------- a first look


def _session_id(vault: Vault) -> int:
    with vault.transaction() as session:
        client = Client(pseudonym="R.")
        session.add(client)
        session.flush()
        practice_session = PracticeSession(client_id=client.id)
        session.add(practice_session)
        session.flush()
        return int(practice_session.id)


a_rated_checkin = st.fixed_dictionaries(
    {
        # From about three years before TODAY to two months after it (a clock set wrong).
        "minutes": st.integers(-3 * 365 * 1440, 60 * 1440),
        "distress": st.none() | st.integers(0, 10),
        "mood": st.none() | st.integers(-3, 3),
        "in_session": st.booleans(),
    }
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    checkins=st.lists(a_rated_checkin, max_size=60),
    recent=st.lists(st.integers(-400 * 1440, 0), max_size=20),  # more in the latest year
    zone=st.sampled_from([UTC, ZoneInfo("America/Santiago"), ZoneInfo("Pacific/Kiritimati")]),
)
def test_a_first_look_is_the_whole_report_s_latest_weeks(
    vault: Vault, checkins: list[dict[str, Any]], recent: list[int], zone: Any
) -> None:
    session_id = _session_id(vault)
    # One at noon on each day around where the first look starts (the Monday 52 weeks
    # before this week's), so a first look that started a day early or late would show.
    edge = [-(7 * 52 + d) * 1440 for d in range(-7, 10)]
    rows = [
        *checkins,
        *({"minutes": m, "distress": 5, "mood": 0} for m in (*recent, *edge)),
    ]
    with vault.transaction() as session:
        session.execute(delete(CheckIn))
        for item in rows:
            session.execute(
                insert(CheckIn).values(
                    at=TODAY + timedelta(minutes=item["minutes"]),
                    distress=item["distress"],
                    mood=item["mood"],
                    session_id=session_id if item.get("in_session") else None,
                )
            )
    source = insights(vault, zone)
    whole, first = source.report(), source.first_look()
    assert whole.complete and not first.complete
    assert first.calmer_days is None and whole.calmer_days is not None
    assert set(first.distress) == set(first.mood) == {Granularity.WEEK}
    for measure in ("distress", "mood"):
        shown, full = getattr(first, measure)[Granularity.WEEK], getattr(whole, measure)
        full = full[Granularity.WEEK]
        assert shown.buckets == full.recent(len(shown.buckets))
        assert len(shown.buckets) >= min(FIRST_LOOK_WEEKS, len(full.buckets))
    assert first.checkins == whole.checkins
    assert first.heat_map == whole.heat_map
    assert (first.today, first.rhythm, first.what_helps, first.questionnaires) == (
        whole.today,
        whole.rhythm,
        whole.what_helps,
        whole.questionnaires,
    )


def test_a_first_look_reads_only_the_latest_weeks(series_data: Services) -> None:
    add_checkins(series_data, (date(2023, 6, 1), 5, 0))  # long before the latest weeks
    first = insights(series_data.vault).first_look()
    weeks = first.distress[Granularity.WEEK].buckets
    assert weeks[0].start == bucket_start(date(2026, 2, 10), Granularity.WEEK) - timedelta(
        weeks=FIRST_LOOK_WEEKS - 1
    )
    assert len(weeks) == FIRST_LOOK_WEEKS
    assert first.checkins == 10  # every check-in counted, the old one too
