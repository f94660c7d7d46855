"""The client's page for the practitioner: care goals, change over time on a chart whose
points open their sessions, the change in words, and PHQ-9 question 9 told calmly.

Set ``HJ_JOURNAL_SCREENSHOTS`` to keep the pictures (every theme, 100 % and 200 % text).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from hj_journal.core.events import CareGoalsChanged, Event
from hj_journal.core.sessions.goals import GoalInput, GoalView
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.settings import VaultKind
from hj_journal.ui.common.widgets import page_scroll
from hj_journal.ui.sessions.client_goals import day_text, goal_details
from hj_journal.ui.sessions.clients import ITEM9_MARK
from hj_journal.ui.sessions.goal_dialog import GoalDialog
from hj_journal.ui.sessions.page import SessionsPage
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.sessions.measures_samples import GOALS, add_history
from tests.ui.sessions.test_page import all_text

PAGE = support.PAGE_SIZE
LATER = date.today() + timedelta(days=60)


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


def _page(ctx: UiContext, qtbot: Any, opened: list[int] | None = None) -> SessionsPage:
    page = SessionsPage(ctx, confirm=lambda _parent, _text: True)
    qtbot.addWidget(page)
    if opened is not None:
        page.clients.summary_requested.connect(opened.append)
    return page


def test_the_client_list_says_review_due_neutrally(practice_ctx: UiContext, qtbot: Any) -> None:
    services = practice_ctx.services
    rae, _ids, goals = add_history(services, "Rae")
    services.sessions.add_client(ClientInput("Sky"))
    page = _page(practice_ctx, qtbot)
    page.clients.refresh(select=rae)
    assert page.clients.pseudonyms_listed() == ["Rae · Review due", "Sky"]
    # The review done: a new date later on, and the list says nothing any more.
    services.goals.update(goals[1], GoalInput(GOALS[1], date.today() + timedelta(days=42)))
    page.clients.goals_panel.show_client(rae)
    page.clients.goals_panel.changed.emit()
    assert page.clients.pseudonyms_listed() == ["Rae", "Sky"]
    assert "overdue" not in all_text(page, visible_only=False).lower()


def test_goals_are_added_edited_moved_closed_and_reopened(
    practice_ctx: UiContext, qtbot: Any
) -> None:
    services = practice_ctx.services
    rae, _ids, goals = add_history(services, "Rae")
    heard: list[Event] = []
    services.events.subscribe(heard.append)
    page = _page(practice_ctx, qtbot)
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


def test_change_over_time_is_charted_and_told_in_words(
    practice_ctx: UiContext, qtbot: Any
) -> None:
    rae, ids, _goals = add_history(practice_ctx.services, "Rae")
    opened: list[int] = []
    page = _page(practice_ctx, qtbot, opened)
    page.resize(PAGE)
    page.show()
    qtbot.waitExposed(page)
    page.clients.refresh(select=rae)
    measures = page.clients.measures
    assert [measures.chooser.itemData(i) for i in range(measures.chooser.count())] == [
        "phq9",
        "gad7",
        "distress",
    ]
    said = measures.sentences.text()
    assert said.startswith(
        "PHQ-9 went from 17 to 8 over 6 sessions: a drop of 6 or more points is larger than "
        "the questionnaire's usual ups and downs."
    )
    assert "measurement-based care calls a response" in said
    assert "not a diagnosis" in said
    assert measures.points.count() == 6
    # The chart has a text alternative naming every point.
    description = measures.chart.accessibleDescription()
    assert description.startswith("PHQ-9: 17 (Moderately severe) on 6 January 2026 → ")
    assert measures.chart.accessibleName() == "Chart of PHQ-9 across sessions"
    assert "GAD-7: 12 (Moderate) on 6 January 2026" in page.clients.trend.text()

    # A click on a point opens its session; so does Enter on its row in words.
    page.clients.tabs.setCurrentWidget(measures)
    support.settle()
    dots, line = measures.chart.markers()[0]
    third = line.scored[2]
    chart = measures.chart.chart()
    at = chart.mapToPosition(QPointF(dots.at(2).x(), dots.at(2).y()), dots)
    where = measures.chart.mapFromScene(chart.mapToScene(at))
    qtbot.mouseClick(measures.chart.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == [third.session_id]
    measures.points.setCurrentRow(5)
    measures.points.itemActivated.emit(measures.points.currentItem())
    assert opened[-1] == ids[5]
    current = page.clients.sessions_list.currentItem()
    assert current is not None and int(current.data(Qt.ItemDataRole.UserRole)) == ids[5]

    measures.choose("distress")
    assert measures.chart.accessibleName() == "Chart of Distress across sessions"
    assert measures.sentences.text().splitlines() == [
        "Distress on arriving went from 7 to 5 over 6 sessions.",
        "Distress on leaving went from 5 to 3 over 6 sessions.",
    ]
    assert measures.points.count() == 12
    assert support.unnamed_controls(page) == []


def test_question9_is_told_calmly_on_the_clients_page(practice_ctx: UiContext, qtbot: Any) -> None:
    rae, _ids, _goals = add_history(practice_ctx.services, "Rae")
    page = _page(practice_ctx, qtbot)
    page.clients.refresh(select=rae)
    notice = page.clients.measures.item9
    assert notice.isVisibleTo(page)
    assert notice.label.property("role") == "notice"  # the theme's calm notice colours
    assert notice.text().startswith(
        "For you: in 1 session, PHQ-9 question 9 — thoughts of being better off dead or of "
        "hurting themselves — was answered above “Not at all”: 6 January 2026 (“Several days”)."
    )
    marked = [
        page.clients.sessions_list.item(i).text()
        for i in range(page.clients.sessions_list.count())
    ]
    assert [text.endswith(ITEM9_MARK) for text in marked] == [False] * 5 + [True]  # newest first
    # A client without such an answer: no notice, no words left behind.
    other = practice_ctx.services.sessions.add_client(ClientInput("Sky"))
    page.clients.refresh(select=other.id)
    assert not notice.isVisibleTo(page) and notice.text() == ""


@pytest.mark.parametrize("scale", [100, 200])
def test_the_client_page_renders_whole(
    practice_ctx: UiContext, qtbot: Any, qapp: QApplication, tmp_path: Path, scale: int
) -> None:
    rae, _ids, _goals = add_history(practice_ctx.services, "Rae")
    for theme in support.themes_to_render():
        with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
            page = _page(practice_ctx, qtbot)
            page.clients.refresh(select=rae)
            frame = page_scroll(page)  # as the main window holds every page
            qtbot.addWidget(frame)
            for tab, part in (
                (page.clients.goals_panel, "goals"),
                (page.clients.measures, "change"),
            ):
                page.clients.tabs.setCurrentWidget(tab)
                frame.resize(PAGE)
                frame.show()
                support.settle()
                # The part this picture is about: the tab's top, or the chart.
                shown = page.clients.tabs if tab is page.clients.goals_panel else tab.chart
                top = shown.mapTo(frame.widget(), QPoint(0, 0)).y()
                frame.verticalScrollBar().setValue(top - 8)
                name = f"client-page-{part}-{scale}"
                support.render(qtbot, frame, name, theme, PAGE, folder=tmp_path)
                assert support.squeezed(frame) == [], name
            frame.close()


def test_the_goal_dialog_returns_the_words_and_an_optional_review_date(qtbot: Any) -> None:
    dialog = GoalDialog(None)
    qtbot.addWidget(dialog)
    assert not dialog.review.isEnabled()  # no review date unless asked for
    dialog.words.setPlainText("  Sleep through more nights  ")
    assert dialog.goal_input() == GoalInput("Sleep through more nights", None)
    dialog.has_review.setChecked(True)
    dialog.review.setDate(QDate(2027, 2, 1))
    assert dialog.goal_input() == GoalInput("Sleep through more nights", date(2027, 2, 1))
    assert support.unnamed_controls(dialog) == []
    made = datetime(2026, 1, 1, tzinfo=UTC)
    editing = GoalDialog(None, GoalView(1, "u", 1, "Rest", date(2027, 3, 4), 0, made, None))
    qtbot.addWidget(editing)
    assert editing.has_review.isChecked() and editing.review.date() == QDate(2027, 3, 4)
    editing.words.clear()
    editing._accept()  # Save with nothing written: a gentle word, and the form stays
    assert editing.message.isVisibleTo(editing) and editing.result() == 0


@pytest.mark.parametrize("scale", [100, 200])
def test_the_goal_dialog_renders_whole(
    qtbot: Any, qapp: QApplication, tmp_path: Path, scale: int
) -> None:
    made = datetime(2026, 1, 1, tzinfo=UTC)
    goal = GoalView(1, "u", 1, "Call my sister on Sundays", date(2027, 3, 4), 0, made, None)
    for theme in support.themes_to_render():
        with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
            dialog = GoalDialog(None, goal)
            qtbot.addWidget(dialog)
            support.render(qtbot, dialog, f"goal-dialog-{scale}", theme, folder=tmp_path)
            assert support.squeezed(dialog) == []
            dialog.close()
