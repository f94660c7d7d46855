"""The client list and the client's page for the practitioner: "Review due" beside a
client, the page read once per choice, and the whole page drawn whole with its tabs.

Set ``HJ_JOURNAL_SCREENSHOTS`` to keep the pictures (every theme, 100 % and 200 % text).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from hj_journal.core.sessions.goals import GoalInput
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.settings import VaultKind
from hj_journal.ui.common.widgets import page_scroll
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.sessions.measures_samples import GOALS, add_history, open_page
from tests.ui.sessions.test_page import all_text

PAGE = support.PAGE_SIZE


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


def test_the_client_list_says_review_due_neutrally(practice_ctx: UiContext, qtbot: Any) -> None:
    services = practice_ctx.services
    rae, _ids, goals = add_history(services, "Rae")
    services.sessions.add_client(ClientInput("Sky"))
    page = open_page(practice_ctx, qtbot)
    page.clients.refresh(select=rae)
    assert page.clients.pseudonyms_listed() == ["Rae · Review due", "Sky"]
    # The review done: a new date later on, and the list says nothing any more.
    services.goals.update(goals[1], GoalInput(GOALS[1], date.today() + timedelta(days=42)))
    page.clients.goals_panel.show_client(rae)
    page.clients.goals_panel.changed.emit()
    assert page.clients.pseudonyms_listed() == ["Rae", "Sky"]
    assert "overdue" not in all_text(page, visible_only=False).lower()


def test_choosing_a_client_reads_their_page_once(practice_ctx: UiContext, qtbot: Any) -> None:
    rae, _ids, _goals = add_history(practice_ctx.services, "Rae")
    page = open_page(practice_ctx, qtbot)
    measures = practice_ctx.services.measures
    reads: list[int] = []
    read = measures.for_client

    def counted(client_id: int) -> Any:
        reads.append(client_id)
        return read(client_id)

    measures.for_client = counted  # type: ignore[method-assign]
    page.clients.refresh(select=rae)
    assert reads == [rae]  # once: the list's own selection signal does not show it again


@pytest.mark.parametrize("scale", [100, 200])
def test_the_client_page_renders_whole(
    practice_ctx: UiContext, qtbot: Any, qapp: QApplication, tmp_path: Path, scale: int
) -> None:
    rae, _ids, _goals = add_history(practice_ctx.services, "Rae")
    for theme in support.themes_to_render():
        with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
            page = open_page(practice_ctx, qtbot)
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
