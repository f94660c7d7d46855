"""Every prompt screen renders offscreen without a Qt warning.

Set ``HJ_JOURNAL_SCREENSHOTS=1`` to keep the PNGs in ``screenshots/`` (every theme).
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hj_journal.ui.prompts.card import PromptCard
from hj_journal.ui.prompts.manager import PromptsDialog
from hj_journal.ui.shell.context import UiContext


def test_prompt_card_renders(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(32, 28, 32, 28)
    box.addWidget(PromptCard(ui_ctx))
    box.addStretch(1)
    qtbot.addWidget(holder)
    shoot(holder, "coping-prompt-card", QSize(760, 320))
    assert not qt_warnings


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_prompts_manager_renders(qtbot, ui_ctx: UiContext, shoot, qt_warnings, tab: int) -> None:  # type: ignore[no-untyped-def]
    dialog = PromptsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(tab)
    dialog.browser.list.setCurrentRow(12)
    shoot(dialog, f"coping-prompts-manager-{tab}", QSize(960, 660))
    assert not qt_warnings
