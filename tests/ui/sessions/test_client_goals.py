"""Care goals on the client's page: added, edited, moved, closed and reopened, each with
its review and its sessions in neutral words.

Set ``HJ_JOURNAL_SCREENSHOTS`` to keep the pictures (every theme, 100 % and 200 % text).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from hj_journal.core.events import CareGoalsChanged, Event
from hj_journal.core.sessions.goals import GoalInput, GoalView
from hj_journal.core.settings import VaultKind
from hj_journal.ui.sessions.client_goals import day_text, goal_details
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.sessions.measures_samples import GOALS, add_history, open_page

LATER = date.today() + timedelta(days=60)


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


def test_goals_are_added_edited_moved_closed_and_reopened(
    practice_ctx: UiContext, qtbot: Any
) -> None:
    services = practice_ctx.services
    rae, _ids, goals = add_history(services, "Rae")
    heard: list[Event] = []
    services.events.subscribe(heard.append)
    page = open_page(practice_ctx, qtbot)
    page.clients.refresh(select=rae)
    panel = page.clients.goals_panel
    answers = iter([GoalInput("Rest on Saturdays", LATER), GoalInput("Rest on weekends")])
    panel.ask_goal = lambda _parent, _goal: next(answers)  # what the dialog would return
    asked: list[str] = []
    panel.confirm = lambda _parent, text: asked.append(text) or True
    rows = panel.goal_texts()
    assert rows[0].startswith(GOALS[0] + "\n")
    assert "worked on in 6 sessions · progress 2, 3, 4, 5, 6, 7 of 10" in rows[0]
    assert "Review due" in rows[1] and "worked on in 2 sessions" in rows[1]
    panel.add_button.click()
    assert panel.chosen() is not None and panel.chosen().words == "Rest on Saturdays"
    assert f"Review on {day_text(LATER)}" in panel.goal_texts()[3]
    panel.edit_button.click()
    assert services.goals.goals(rae)[3].words == "Rest on weekends"
    assert services.goals.goals(rae)[3].review_on is None
    panel.up_button.click()
    assert [g.words for g in services.goals.goals(rae)][2:] == ["Rest on weekends", GOALS[2]]
    panel.list.setCurrentRow(0)
    assert not panel.up_button.isEnabled()
    panel.close_button.click()  # asked first; the test's confirm says yes
    assert asked and "you can reopen it at any time" in asked[0]
    assert not services.goals.get(goals[0]).is_open
    closed_row = panel.goal_texts()[-1]
    assert closed_row.startswith(GOALS[0]) and "Closed on" in closed_row
    assert panel.close_button.text() == "&Reopen the goal"
    panel.close_button.click()
    assert services.goals.get(goals[0]).is_open
    assert sum(isinstance(e, CareGoalsChanged) for e in heard) == 5
    assert support.unnamed_controls(page) == []


def test_goal_details_say_review_due_and_never_judge_time() -> None:
    made = datetime(2026, 1, 1, tzinfo=UTC)
    due = GoalView(1, "u", 1, "Rest", date(2026, 1, 1), 0, made, None)
    later = GoalView(1, "u", 1, "Rest", date(2026, 4, 1), 0, made, None)
    today = date(2026, 3, 10)
    assert goal_details(due, today, []) == "Review due"  # months later: the same words
    assert goal_details(later, today, []) == "Review on 1 April 2026"
    assert goal_details(GoalView(1, "u", 1, "Rest", None, 0, made, None), today, []) == (
        "Not worked on in a session yet"
    )
