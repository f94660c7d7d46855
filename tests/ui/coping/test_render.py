"""Every Coping screen renders offscreen without a Qt warning.

Set ``HJ_JOURNAL_SCREENSHOTS=1`` to keep the PNGs in ``screenshots/`` (every theme).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize

from hj_journal.ui.coping.form import StrategyForm
from hj_journal.ui.coping.page import CopingPage
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.shell.context import UiContext
from tests.ui.support import PAGE_SIZE


def test_library_renders(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.services.coping.set_favourite("cyclic-sighing", True)
    page = CopingPage(ui_ctx)
    qtbot.addWidget(page)
    shoot(page, "coping-library", PAGE_SIZE)
    assert not qt_warnings


@pytest.mark.parametrize("reduced", [False, True])
def test_player_renders_mid_breath(
    qtbot, ui_ctx: UiContext, clock, shoot, qt_warnings, reduced: bool
) -> None:  # type: ignore[no-untyped-def]
    strategy = ui_ctx.services.coping.get("box-breathing").strategy
    dialog = PlayerDialog(
        strategy, now=ui_ctx.services.coping.now, clock=clock, reduced_motion=reduced
    )
    qtbot.addWidget(dialog)
    dialog.begin()
    assert dialog.panel is not None
    dialog.panel.next()
    clock.advance(1.8)  # most of the way through the breath in
    dialog.panel.refresh()
    name = "coping-player-reduced-motion" if reduced else "coping-player-pacer"
    shoot(dialog, name, QSize(600, 640))
    dialog.panel.timer.stop()
    assert not qt_warnings


def test_player_first_and_last_pages_render(
    qtbot, ui_ctx: UiContext, clock, shoot, qt_warnings
) -> None:  # type: ignore[no-untyped-def]
    strategy = ui_ctx.services.coping.get("breathing-4-7-8").strategy
    dialog = PlayerDialog(strategy, now=ui_ctx.services.coping.now, clock=clock)
    qtbot.addWidget(dialog)
    shoot(dialog, "coping-player-before", QSize(600, 640))
    dialog.rating_before.set_value(6)
    dialog.begin()
    assert dialog.panel is not None
    dialog.panel.stop()
    dialog.rating_after.set_value(4)
    dialog.note.setPlainText("The long breath out helped.")
    shoot(dialog, "coping-player-after", QSize(600, 640))
    assert not qt_warnings


def test_strategy_form_renders(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:  # type: ignore[no-untyped-def]
    strategy = ui_ctx.services.coping.get("sing-or-hum").strategy
    form = StrategyForm(strategy, "Your own version")
    qtbot.addWidget(form)
    form.steps.list.setCurrentRow(1)
    shoot(form, "coping-form", QSize(980, 700))
    assert not qt_warnings
