"""Calm words and accessible controls in the Coping screens."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from hj_journal.core.coping.library import Strategy
from hj_journal.ui.coping.form import StrategyForm, blank_strategy
from hj_journal.ui.coping.page import CopingPage
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.shell.context import UiContext
from tests.ui.support import GUILT, string_constants, unnamed_controls


def test_the_scan_sees_the_strings() -> None:
    strings = [text for _name, text in string_constants("coping")]
    assert "Take your time. Press Next when you are ready." in strings
    assert GUILT.search("You missed a day") and GUILT.search("3-day streak")


def test_no_guilt_words_in_the_coping_screens() -> None:
    assert [(name, text) for name, text in string_constants("coping") if GUILT.search(text)] == []


@pytest.mark.parametrize("screen", ["page", "player", "form"])
def test_every_input_has_an_accessible_name(qtbot, ui_ctx: UiContext, screen: str) -> None:  # type: ignore[no-untyped-def]
    strategy: Strategy = ui_ctx.services.coping.get("box-breathing").strategy
    built: QWidget
    if screen == "page":
        built = CopingPage(ui_ctx)
    elif screen == "player":
        built = PlayerDialog(strategy, now=ui_ctx.services.coping.now)
    else:
        built = StrategyForm(blank_strategy(), "Your own strategy")
    qtbot.addWidget(built)
    if isinstance(built, PlayerDialog):
        built.begin()
        built.panel.stop()  # type: ignore[union-attr]
    assert unnamed_controls(built) == []
