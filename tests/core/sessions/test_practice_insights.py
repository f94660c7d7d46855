"""Insights across sessions: counts per week and month, and practices' typical change."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.coping.library import load_builtin_strategies
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.practice_insights import MONTHS, WEEKS, PracticeInsights
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION, ClientInput
from hj_journal.store.models import PracticeSession

NOW = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)  # a Thursday


def session_with(
    services: Services,
    pseudonym: str,
    started: datetime,
    *,
    arriving: int | None = None,
    leaving: int | None = None,
    practices: tuple[tuple[str, int | None, int | None], ...] = (),
) -> int:
    sessions = services.sessions
    client = next((x for x in sessions.clients() if x.pseudonym == pseudonym), None)
    client = client or sessions.add_client(ClientInput(pseudonym))
    view = sessions.start(client.id)
    sessions.give_consent(view.id, c.KEYS)
    if arriving is not None:
        sessions.record_checkin(view.id, PRE_SESSION, CheckInInput(distress=arriving))
    for key, before, after in practices:
        sessions.record_practice(
            view.id,
            PracticeInput(
                key,
                started_at=started,
                finished=True,
                distress_before=before,
                distress_after=after,
            ),
        )
    if leaving is not None:
        sessions.record_checkin(view.id, POST_SESSION, CheckInInput(distress=leaving))
    sessions.end(view.id)
    with services.vault.transaction() as session:
        row = session.get(PracticeSession, view.id)
        assert row is not None
        row.started_at = started
    return view.id


def report(services: Services):  # type: ignore[no-untyped-def]
    return PracticeInsights(services.vault, zone=UTC, clock=lambda: NOW).report()


def test_sessions_are_counted_per_week_and_per_month(practice: Services) -> None:
    session_with(practice, "Rae", NOW - timedelta(hours=3))  # this week (Mon 9 March)
    session_with(practice, "Oak", NOW - timedelta(days=3))  # Monday 9 March
    session_with(practice, "Rae", NOW - timedelta(days=4))  # Sunday 8 March: last week
    session_with(practice, "Ida", datetime(2026, 1, 20, 10, tzinfo=UTC))
    figures = report(practice)
    assert figures.sessions == 4
    assert figures.clients_seen == 3
    assert len(figures.weeks) == WEEKS and len(figures.months) == MONTHS
    assert figures.weeks[-1].start == date(2026, 3, 9)
    assert figures.weeks[-1].sessions == 2
    assert figures.weeks[-2].sessions == 1
    assert figures.weeks[0].start == date(2025, 12, 22)
    assert [(m.start, m.sessions) for m in figures.months[-3:]] == [
        (date(2026, 1, 1), 1),
        (date(2026, 2, 1), 0),
        (date(2026, 3, 1), 3),
    ]
    assert figures.months[0].start == date(2025, 4, 1)


def test_practices_in_sessions_with_their_typical_change(practice: Services) -> None:
    day = NOW - timedelta(days=1)
    session_with(
        practice,
        "Rae",
        day,
        arriving=7,
        leaving=4,
        practices=(("box-breathing", 7, 5), ("box-breathing", 6, 3)),
    )
    session_with(practice, "Oak", day, arriving=5, leaving=5, practices=(("box-breathing", 5, 4),))
    session_with(
        practice, "Ida", day, arriving=6, leaving=2, practices=(("custom-walk", 6, None),)
    )
    figures = report(practice)
    box, walk = figures.practices
    assert (box.strategy_key, box.times, box.rated, box.median_change) == (
        "box-breathing",
        3,
        3,
        -2,
    )
    assert box.enough
    assert "typically went down by 2 points over 3 rated practices" in box.sentence
    assert (walk.times, walk.rated, walk.median_change, walk.enough) == (1, 0, None, False)
    assert "not enough yet" in walk.sentence
    # Arriving → leaving: −3, 0, −4; the middle is −3.
    assert (figures.rated_sessions, figures.session_change) == (3, -3)
    expected = "typically went down by 3 points from arriving to leaving, over 3 rated sessions"
    assert expected in figures.session_sentence


def test_nothing_personal_is_mixed_in(practice: Services) -> None:
    # A check-in and a practice outside any session (as a personal journal would hold).
    practice.checkins.add(CheckInInput(distress=9))
    practice.coping.record_practice(
        PracticeInput("box-breathing", started_at=NOW, distress_before=9, distress_after=1)
    )
    figures = report(practice)
    assert (figures.sessions, figures.rated_sessions, figures.practices) == (0, 0, ())
    assert all(week.sessions == 0 for week in figures.weeks)
    assert "not enough yet" in figures.session_sentence


def test_built_in_practices_are_named_in_the_app_s_language(practice: Services) -> None:
    session_with(practice, "Rae", NOW - timedelta(days=1), practices=(("box-breathing", 7, 5),))
    titles = {
        language: {s.id: s.title for s in load_builtin_strategies(language)}["box-breathing"]
        for language in (None, "es")
    }
    assert titles[None] != titles["es"]
    english = report(practice).practices[0].title
    spanish = PracticeInsights(practice.vault, zone=UTC, clock=lambda: NOW, language="es")
    assert english == titles[None]
    assert spanish.report().practices[0].title == titles["es"]
    in_spanish = Services.for_vault(practice.vault, language="es").practice_insights
    assert in_spanish.report().practices[0].title == titles["es"]
