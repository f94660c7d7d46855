"""In a session: "Goals we worked on" with optional ratings, kept as the client agreed, and
PHQ-9 question 9 told in the practitioner's view only, never in the client view.

Set ``HJ_JOURNAL_SCREENSHOTS`` to keep the pictures (every theme, 100 % and 200 % text).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.goals import GoalInput
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.settings import VaultKind
from hj_journal.ui.sessions.page import SessionsPage
from hj_journal.ui.sessions.session_goals import NOT_AGREED
from hj_journal.ui.sessions.session_panel import TOGETHER, SessionPanel
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.sessions.test_page import all_text

QUESTION9 = "question 9"
WORDS = ("Sleep through more nights", "Call my sister on Sundays")


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


def _session(
    ctx: UiContext, qtbot: Any, items: list[str] | tuple[str, ...] = c.KEYS
) -> tuple[SessionsPage, SessionPanel, list[int]]:
    services = ctx.services
    client = services.sessions.add_client(ClientInput("Rae", "they/them"))
    goals = [services.goals.add(client.id, GoalInput(words)).id for words in WORDS]
    page = SessionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(support.PAGE_SIZE)
    page.show()
    qtbot.waitExposed(page)
    page.clients.refresh(select=client.id)
    page.clients.start_button.click()
    panel = page.session_panel
    assert panel is not None
    for key, box in panel.consent_step.boxes.items():
        box.setChecked(key in items)
    panel.forward()  # consent given
    panel.go_to(TOGETHER)
    return page, panel, goals


def test_goals_worked_on_are_kept_with_optional_ratings(
    practice_ctx: UiContext, qtbot: Any
) -> None:
    page, panel, goals = _session(practice_ctx, qtbot)
    box = panel.goals_box
    assert box.isVisibleTo(page) and box.allowed
    assert [row.goal.words for row in box.rows] == list(WORDS)
    first, second = box.rows
    assert not first.progress.isVisibleTo(page)  # a rating only for a goal worked on
    first.check.box.setChecked(True)
    assert first.progress.isVisibleTo(page)
    service = practice_ctx.services.goals
    assert [(g.goal_id, g.progress) for g in service.session_goals(panel.session.id)] == [
        (goals[0], None)  # ticked, no rating: that is fine
    ]
    first.progress.choose(6)
    second.progress.choose(3)  # rating a goal ticks it too
    assert second.check.box.isChecked()
    assert [(g.goal_id, g.progress) for g in service.session_goals(panel.session.id)] == [
        (goals[0], 6),
        (goals[1], 3),
    ]
    first.progress.clear()  # a rating can be taken back
    second.check.box.setChecked(False)  # and a goal untucked
    assert [(g.goal_id, g.progress) for g in service.session_goals(panel.session.id)] == [
        (goals[0], None)
    ]
    # Added together in the session, the new goal is there at once.
    box.ask_goal = lambda _parent, _goal: GoalInput("Rest on weekends")
    box.add_button.click()
    assert [row.goal.words for row in box.rows][-1] == "Rest on weekends"
    assert [row.check.box.isChecked() for row in box.rows] == [True, False, False]
    assert support.unnamed_controls(page) == []


def test_without_consent_goals_are_not_recorded(practice_ctx: UiContext, qtbot: Any) -> None:
    page, panel, _goals = _session(practice_ctx, qtbot, [c.CHECKINS, c.SHARED_NOTES])
    box = panel.goals_box
    assert not box.allowed
    assert box.lead.text() == NOT_AGREED
    assert all(not row.isEnabled() for row in box.rows)
    assert not box.add_button.isVisibleTo(page)
    assert practice_ctx.services.goals.session_goals(panel.session.id) == []


def test_question9_shows_in_the_practitioners_view_only(
    practice_ctx: UiContext, qtbot: Any
) -> None:
    page, panel, _goals = _session(practice_ctx, qtbot)
    sessions = practice_ctx.services.sessions
    sessions.record_questionnaire(
        panel.session.id, ResponseInput("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 2])
    )
    panel._questionnaire_saved(None)  # what the flow's "saved" signal calls
    assert panel.client_view
    # The client view: the words are in no widget at all, shown or hidden.
    assert QUESTION9 not in all_text(page, visible_only=False)
    panel.set_client_view(False)
    notice = panel.item9_notice
    assert notice.isVisibleTo(page) and notice.label.property("role") == "notice"
    assert notice.text().startswith(
        "For you: in this session, PHQ-9 question 9 — thoughts of being better off dead or "
        "of hurting themselves — was answered “More than half the days”."
    )
    panel.set_client_view(True)
    assert QUESTION9 not in all_text(page, visible_only=False)
    # Nor in the summary the client takes home.
    panel.go_to(4)
    assert QUESTION9 not in all_text(page, visible_only=False)


def test_no_notice_when_question9_was_not_answered_above_zero(
    practice_ctx: UiContext, qtbot: Any
) -> None:
    page, panel, _goals = _session(practice_ctx, qtbot)
    practice_ctx.services.sessions.record_questionnaire(
        panel.session.id, ResponseInput("phq9", [2, 2, 2, 2, 2, 2, 2, 2, 0])
    )
    panel.set_client_view(False)
    assert not panel.item9_notice.isVisibleTo(page)
    assert QUESTION9 not in all_text(page, visible_only=False)


@pytest.mark.parametrize("scale", [100, 200])
def test_the_together_step_with_goals_renders_whole(
    practice_ctx: UiContext, qtbot: Any, qapp: QApplication, tmp_path: Path, scale: int
) -> None:
    for theme in support.themes_to_render():
        with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
            page, panel, _goals = _session(practice_ctx, qtbot)
            panel.goals_box.rows[0].progress.choose(4)
            support.settle()
            scroll = panel.stack.currentWidget()  # down to the goals, under the notes
            scroll.ensureWidgetVisible(panel.goals_box.add_button)
            name = f"session-goals-{scale}"
            support.render(qtbot, page, name, theme, support.PAGE_SIZE, folder=tmp_path)
            practice_ctx.services.sessions.record_questionnaire(
                panel.session.id, ResponseInput("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 1])
            )
            panel.set_client_view(False)  # the calm note about question 9, for you
            support.render(qtbot, page, f"{name}-practitioner", theme, folder=tmp_path)
            page.close()
            # One session at a time: end this one before the next theme starts its own.
            practice_ctx.services.sessions.end(panel.session.id)
