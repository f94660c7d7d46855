"""A client with a few months of sessions, goals and questionnaires, for the client page's
tests and pictures (a plain module, not a conftest)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.goals import GoalInput
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION, ClientInput
from hj_journal.store.models import PracticeSession
from hj_journal.ui.sessions.page import SessionsPage
from hj_journal.ui.shell.context import UiContext

FIRST = datetime(2026, 1, 6, 10, 0, tzinfo=UTC)
PHQ9 = (  # 17 (question 9: "Several days"), 14, 12, 11, 9, 8
    [2, 2, 2, 2, 2, 2, 2, 2, 1],
    [2, 2, 2, 2, 2, 1, 1, 2, 0],
    [2, 2, 1, 1, 2, 1, 1, 2, 0],
    [2, 1, 1, 1, 2, 1, 1, 2, 0],
    [2, 1, 1, 1, 1, 1, 1, 1, 0],
    [1, 1, 1, 1, 1, 1, 1, 1, 0],
)
GAD7 = ([2, 2, 2, 2, 2, 1, 1], [2, 2, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1])
GOALS = ("Sleep through more nights", "Call my sister on Sundays", "Ask for help at work")


def add_history(services: Services, pseudonym: str = "Rae") -> tuple[int, list[int], list[int]]:
    """Six fortnightly sessions with PHQ-9 (question 9 above zero in the first), GAD-7
    in three, distress at both ends, and goals rated along the way.

    Returns the client's id, the sessions' ids (oldest first) and the goals' ids.
    """
    sessions = services.sessions
    client = sessions.add_client(ClientInput(pseudonym, "they/them")).id
    goals = [services.goals.add(client, GoalInput(words)).id for words in GOALS]
    ids = []
    for i, answers in enumerate(PHQ9):
        started = FIRST + timedelta(days=14 * i)
        view = sessions.start(client)
        sessions.give_consent(view.id, c.KEYS)
        sessions.record_checkin(
            view.id, PRE_SESSION, CheckInInput(distress=7 - i // 2, at=started)
        )
        sessions.record_questionnaire(view.id, ResponseInput("phq9", answers, at=started))
        if i % 2 == 0:
            sessions.record_questionnaire(
                view.id, ResponseInput("gad7", GAD7[i // 2], at=started + timedelta(minutes=5))
            )
        services.goals.record(view.id, goals[0], worked_on=True, progress=2 + i)
        if i % 3 == 1:
            services.goals.record(view.id, goals[1], worked_on=True)
        sessions.record_checkin(
            view.id,
            POST_SESSION,
            CheckInInput(distress=5 - i // 2, at=started + timedelta(minutes=50)),
        )
        sessions.end(view.id)
        with services.vault.transaction() as session:
            row = session.get(PracticeSession, view.id)
            assert row is not None
            row.started_at = started
            row.ended_at = started + timedelta(minutes=50)
        ids.append(view.id)
    # One review has come (the goals service's today is the real one).
    services.goals.update(goals[1], GoalInput(GOALS[1], date.today() - timedelta(days=1)))
    services.goals.update(goals[2], GoalInput(GOALS[2], date.today() + timedelta(days=30)))
    return client, ids, goals


def open_page(ctx: UiContext, qtbot: Any, opened: list[int] | None = None) -> SessionsPage:
    """The Sessions page (confirming every question); ``opened`` collects the sessions
    whose summary it is asked to open."""
    page = SessionsPage(ctx, confirm=lambda _parent, _text: True)
    qtbot.addWidget(page)
    if opened is not None:
        page.clients.summary_requested.connect(opened.append)
    return page
