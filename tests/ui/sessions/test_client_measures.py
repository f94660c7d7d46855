"""Change over time on the client's page: a chart whose points open their sessions, the
change in words, and PHQ-9 question 9 told calmly, for the practitioner only.

Set ``HJ_JOURNAL_SCREENSHOTS`` to keep the pictures (every theme, 100 % and 200 % text).
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPointF, Qt

from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.settings import VaultKind
from hj_journal.ui.sessions.clients import ITEM9_MARK
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.sessions.measures_samples import add_history, open_page

PAGE = support.PAGE_SIZE


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


def test_change_over_time_is_charted_and_told_in_words(
    practice_ctx: UiContext, qtbot: Any
) -> None:
    rae, ids, _goals = add_history(practice_ctx.services, "Rae")
    opened: list[int] = []
    page = open_page(practice_ctx, qtbot, opened)
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
    page = open_page(practice_ctx, qtbot)
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
