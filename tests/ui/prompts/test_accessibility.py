"""Calm words and accessible controls in the prompt screens."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from hj_journal.ui.prompts.card import PromptCard
from hj_journal.ui.prompts.form import PromptForm
from hj_journal.ui.prompts.manager import PromptsDialog
from hj_journal.ui.shell.context import UiContext
from tests.ui.support import GUILT, string_constants, unnamed_controls


def test_the_scan_sees_the_strings() -> None:
    assert "Not &today" in [text for _name, text in string_constants("prompts")]


def test_no_guilt_words_in_the_prompt_screens() -> None:
    offending = [(name, text) for name, text in string_constants("prompts") if GUILT.search(text)]
    assert offending == []


@pytest.mark.parametrize("screen", ["card", "manager", "prompt_form"])
def test_every_input_has_an_accessible_name(qtbot, ui_ctx: UiContext, screen: str) -> None:  # type: ignore[no-untyped-def]
    built: QWidget
    if screen == "card":
        built = PromptCard(ui_ctx)
    elif screen == "manager":
        built = PromptsDialog(ui_ctx)
    else:
        built = PromptForm(ui_ctx.services.prompts.packs(), None)
    qtbot.addWidget(built)
    assert unnamed_controls(built) == []
