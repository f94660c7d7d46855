"""Every control on Today has a name, and the words stay kind."""

from __future__ import annotations

from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.today.page import TodayPage
from tests.ui.support import guilt_words_in, unnamed_controls


def test_every_control_has_an_accessible_name(qtbot, ui_ctx: UiContext, add_entries) -> None:
    add_entries(3, tags=["rest"])
    ui_ctx.services.settings.on_this_day = True
    page = TodayPage(ui_ctx)
    qtbot.addWidget(page)
    assert unnamed_controls(page) == []


def test_no_guilt_words_on_today() -> None:
    assert guilt_words_in("today") == []
