"""The goal form: the client's own words and an optional review date, returned as data.

Set ``HJ_JOURNAL_SCREENSHOTS`` to keep the pictures (every theme, 100 % and 200 % text).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

from hj_journal.core.sessions.goals import GoalInput, GoalView
from hj_journal.ui.sessions.goal_dialog import GoalDialog
from tests.ui import support


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
