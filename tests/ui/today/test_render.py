"""Today renders offscreen without a Qt warning, and nothing is cut off in the smallest window.

Set ``HJ_JOURNAL_SCREENSHOTS=1`` to keep the PNGs in ``screenshots/`` (every theme).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hj_journal.core.journal.drafts import DraftState
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.today.page import TodayPage
from tests.ui.journal.journal_samples import add_samples
from tests.ui.support import PAGE_SIZE, clipped


def test_today_renders(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    add_samples(ui_ctx.services)
    ui_ctx.services.drafts.save(DraftState(title="Half a thought", body="It started when"))
    ui_ctx.services.settings.on_this_day = True
    page = TodayPage(ui_ctx)
    qtbot.addWidget(page)
    shoot(page, "today", PAGE_SIZE)
    assert page.draft_card.offering
    assert clipped(page) == []
    page.resize(620, 560)  # the smallest main window, less the sidebar
    QApplication.processEvents()
    assert clipped(page) == []
    assert not qt_warnings
