"""Care goals: the client's own words, review dates, order, closing, and the sessions that
worked on them with optional progress ratings."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.events import CareGoalsChanged, Event
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.goals import CareGoals, GoalInput
from hj_journal.core.sessions.service import ClientInput
from hj_journal.store.models import CareGoal, SessionGoal

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
WORDS = "  Sleep through more nights, without the phone in bed  "


@pytest.fixture
def goals(practice: Services) -> CareGoals:
    # A fixed clock, so "today" is the same wherever and whenever the test runs.
    return CareGoals(practice.vault, events=practice.events, zone=UTC, clock=lambda: NOW)


@pytest.fixture
def heard(practice: Services) -> list[Event]:
    events: list[Event] = []
    practice.events.subscribe(events.append)
    return events


def _client(practice: Services, name: str = "Rae") -> int:
    return practice.sessions.add_client(ClientInput(name)).id


def _open_session(practice: Services, client_id: int, items=c.KEYS) -> int:
    view = practice.sessions.start(client_id)
    practice.sessions.give_consent(view.id, items)
    return view.id


def test_a_goal_keeps_the_clients_own_words(practice: Services, goals: CareGoals) -> None:
    client = _client(practice)
    goal = goals.add(client, GoalInput(WORDS, date(2026, 4, 1)))
    assert goal.words == WORDS.strip()  # only the space around it goes
    assert goal.review_on == date(2026, 4, 1)
    assert goal.is_open and goal.created_at == NOW
    assert goals.get(goal.id) == goal
    with pytest.raises(InputError, match="own words"):
        goals.add(client, GoalInput("   "))
    with pytest.raises(InputError, match="too long"):
        goals.add(client, GoalInput("x" * 2001))
    with pytest.raises(NotFoundError):
        goals.add(client + 99, GoalInput("Walk"))


def test_words_and_review_date_can_change(practice: Services, goals: CareGoals) -> None:
    goal = goals.add(_client(practice), GoalInput("Call my sister", date(2026, 4, 1)))
    edited = goals.update(goal.id, GoalInput("Call my sister on Sundays"))
    assert edited.words == "Call my sister on Sundays"
    assert edited.review_on is None  # the review date can be taken away again
    assert goals.get(goal.id) == edited


def test_goals_keep_their_order_and_can_be_reordered(practice: Services, goals: CareGoals) -> None:
    client = _client(practice)
    a, b, cc = (goals.add(client, GoalInput(w)).id for w in ("Rest", "Walk", "Ask for help"))
    assert [g.id for g in goals.goals(client)] == [a, b, cc]
    assert [g.id for g in goals.move(cc, -1)] == [a, cc, b]
    assert [g.id for g in goals.move(a, -1)] == [a, cc, b]  # the top stays the top
    assert [g.id for g in goals.move(a, +5)] == [cc, b, a]  # past the end stops there
    assert [g.id for g in goals.reorder(client, [b, a, cc])] == [b, a, cc]
    with pytest.raises(InputError, match="changed meanwhile"):
        goals.reorder(client, [b, a])  # every open goal, each once


def test_closing_keeps_a_goal_and_reopening_puts_it_last(
    practice: Services, goals: CareGoals
) -> None:
    client = _client(practice)
    a, b, cc = (goals.add(client, GoalInput(w)).id for w in ("Rest", "Walk", "Ask for help"))
    closed = goals.close(a)
    assert not closed.is_open and closed.closed_at == NOW
    assert [g.id for g in goals.goals(client)] == [b, cc, a]  # open ones first
    assert [g.id for g in goals.goals(client, include_closed=False)] == [b, cc]
    with pytest.raises(InputError, match="Reopen"):
        goals.move(a, -1)
    assert goals.reopen(a).is_open
    assert [g.id for g in goals.goals(client)] == [b, cc, a]
    assert goals.get(a).position > goals.get(cc).position


def test_reviews_fall_due_on_their_day_and_never_for_closed_goals(
    practice: Services, goals: CareGoals
) -> None:
    rae, sky, jo = _client(practice, "Rae"), _client(practice, "Sky"), _client(practice, "Jo")
    goals.add(rae, GoalInput("Rest", date(2026, 3, 10)))  # today: due
    goals.add(rae, GoalInput("Walk", date(2026, 3, 1)))  # earlier: due
    goals.add(rae, GoalInput("Sing", date(2026, 3, 11)))  # tomorrow: not yet
    goals.add(rae, GoalInput("Read"))  # no date: never
    closed = goals.add(sky, GoalInput("Move house", date(2026, 2, 1)))
    goals.close(closed.id)
    goals.add(jo, GoalInput("Garden", date(2026, 3, 9)))
    assert goals.today() == date(2026, 3, 10)
    assert goals.reviews_due() == {rae: 2, jo: 1}
    assert goals.reviews_due(date(2026, 3, 11)) == {rae: 3, jo: 1}
    views = {g.words: g for g in goals.goals(rae)}
    assert views["Rest"].review_due(goals.today())
    assert not views["Sing"].review_due(goals.today())
    assert not goals.get(closed.id).review_due(goals.today())


def test_a_session_links_goals_with_optional_progress(
    practice: Services, goals: CareGoals
) -> None:
    client = _client(practice)
    rest = goals.add(client, GoalInput("Rest")).id
    walk = goals.add(client, GoalInput("Walk")).id
    session_id = _open_session(practice, client)
    goals.record(session_id, walk, worked_on=True)  # no rating: skipped, still linked
    goals.record(session_id, rest, worked_on=True, progress=6)
    linked = goals.session_goals(session_id)
    assert [(g.goal_id, g.progress) for g in linked] == [(rest, 6), (walk, None)]
    goals.record(session_id, rest, worked_on=True, progress=None)  # rating taken back
    goals.record(session_id, walk, worked_on=False)  # not worked on after all
    assert [(g.goal_id, g.progress) for g in goals.session_goals(session_id)] == [(rest, None)]
    for bad in (-1, 11, True):
        with pytest.raises(InputError, match="0 to 10"):
            goals.record(session_id, rest, worked_on=True, progress=bad)  # type: ignore[arg-type]
    for edge in (0, 10):
        assert goals.record(session_id, rest, worked_on=True, progress=edge) is not None
    with practice.vault.session() as session:  # one link per session and goal
        assert session.scalar(select(func.count()).select_from(SessionGoal)) == 1


def test_goal_history_runs_across_sessions(practice: Services, goals: CareGoals) -> None:
    client = _client(practice)
    rest = goals.add(client, GoalInput("Rest")).id
    first = _open_session(practice, client)
    goals.record(first, rest, worked_on=True, progress=3)
    practice.sessions.end(first)
    second = _open_session(practice, client)
    goals.record(second, rest, worked_on=True, progress=5)
    history = goals.history(client)
    assert [(g.session_id, g.progress) for g in history[rest]] == [(first, 3), (second, 5)]


def test_recording_goals_needs_consent_an_open_session_and_the_same_client(
    practice: Services, goals: CareGoals
) -> None:
    client, other = _client(practice, "Rae"), _client(practice, "Sky")
    rest = goals.add(client, GoalInput("Rest")).id
    theirs = goals.add(other, GoalInput("Theirs")).id
    no_goals = _open_session(practice, client, [c.CHECKINS])
    with pytest.raises(InputError, match="goals was not part"):
        goals.record(no_goals, rest, worked_on=True)
    practice.sessions.end(no_goals)
    with pytest.raises(InputError, match="ended"):
        goals.record(no_goals, rest, worked_on=True)
    unconsented = practice.sessions.start(client).id
    with pytest.raises(InputError, match="consent"):
        goals.record(unconsented, rest, worked_on=True)
    practice.sessions.give_consent(unconsented, c.KEYS)
    with pytest.raises(InputError, match="another client"):
        goals.record(unconsented, theirs, worked_on=True)
    goals.close(rest)
    with pytest.raises(InputError, match="closed"):
        goals.record(unconsented, rest, worked_on=True)
    with pytest.raises(NotFoundError):
        goals.record(unconsented + 99, rest, worked_on=True)
    assert goals.session_goals(unconsented) == []


def test_every_change_is_announced_once_kept(
    practice: Services, goals: CareGoals, heard: list[Event]
) -> None:
    client = _client(practice)
    goal = goals.add(client, GoalInput("Rest"))
    other = goals.add(client, GoalInput("Walk"))
    goals.update(goal.id, GoalInput("Rest more"))
    goals.move(other.id, -1)
    goals.close(goal.id)
    goals.reopen(goal.id)
    session_id = _open_session(practice, client)
    goals.record(session_id, goal.id, worked_on=True, progress=4)
    mine = [event for event in heard if isinstance(event, CareGoalsChanged)]
    assert mine == [CareGoalsChanged(client)] * 6 + [CareGoalsChanged(client, session_id)]
    heard.clear()
    with pytest.raises(InputError):
        goals.update(goal.id, GoalInput(""))
    assert heard == []  # nothing kept, nothing announced


def test_the_apps_services_share_the_vaults_events(practice: Services) -> None:
    heard: list[Event] = []
    practice.events.subscribe(heard.append)
    client = _client(practice)
    practice.goals.add(client, GoalInput("Rest"))
    assert CareGoalsChanged(client) in heard


def test_deleting_a_client_or_a_session_removes_their_goals(
    practice: Services, goals: CareGoals
) -> None:
    client = _client(practice)
    rest = goals.add(client, GoalInput("Rest")).id
    session_id = _open_session(practice, client)
    goals.record(session_id, rest, worked_on=True, progress=2)
    practice.sessions.delete_session(session_id)
    assert goals.history(client) == {}
    practice.sessions.delete_client(client)
    with practice.vault.session() as session:
        assert session.scalar(select(func.count()).select_from(CareGoal)) == 0
        assert session.scalar(select(func.count()).select_from(SessionGoal)) == 0
