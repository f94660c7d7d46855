"""Calm words and accessible controls in the Coping and Prompts screens."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from hj_journal.core.coping.library import Strategy
from hj_journal.ui.coping.form import StrategyForm, blank_strategy
from hj_journal.ui.coping.page import CopingPage
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.prompts.card import PromptCard
from hj_journal.ui.prompts.form import PromptForm
from hj_journal.ui.prompts.manager import PromptsDialog
from hj_journal.ui.shell.context import UiContext
from tests.ui.support import unnamed_controls

UI = Path(__file__).resolve().parents[3] / "hj_journal" / "ui"
FOLDERS = (UI / "coping", UI / "prompts")
GUILT = re.compile(
    r"\b(streaks?|missed|failed|fail|broke|broken streak|you haven'?t|should have|"
    r"don'?t give up|keep it up|behind)\b",
    re.IGNORECASE,
)


def ui_strings() -> list[tuple[str, str]]:
    """Every string constant in the modules (what people can read comes from these)."""
    found = []
    for folder in FOLDERS:
        for path in sorted(folder.glob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.append((path.name, node.value))
    return found


def test_the_scan_sees_the_strings() -> None:
    strings = [text for _name, text in ui_strings()]
    assert "Take your time. Press Next when you are ready." in strings
    assert "Not &today" in strings
    assert GUILT.search("You missed a day") and GUILT.search("3-day streak")


def test_no_guilt_words_in_the_coping_and_prompt_screens() -> None:
    offending = [
        (name, text)
        for name, text in ui_strings()
        # Docstrings explaining the rule may name the words; shown strings may not.
        if GUILT.search(text) and "\n" not in text
    ]
    assert offending == []


@pytest.mark.parametrize("screen", ["page", "player", "form", "card", "manager", "prompt_form"])
def test_every_input_has_an_accessible_name(qtbot, ui_ctx: UiContext, screen: str) -> None:  # type: ignore[no-untyped-def]
    strategy: Strategy = ui_ctx.services.coping.get("box-breathing").strategy
    built: QWidget
    if screen == "page":
        built = CopingPage(ui_ctx)
    elif screen == "player":
        built = PlayerDialog(strategy, now=ui_ctx.services.coping.now)
    elif screen == "form":
        built = StrategyForm(blank_strategy(), "Your own strategy")
    elif screen == "card":
        built = PromptCard(ui_ctx)
    elif screen == "manager":
        built = PromptsDialog(ui_ctx)
    else:
        built = PromptForm(ui_ctx.services.prompts.packs(), None)
    qtbot.addWidget(built)
    if isinstance(built, PlayerDialog):
        built.begin()
        built.panel.stop()  # type: ignore[union-attr]
    assert unnamed_controls(built) == []
