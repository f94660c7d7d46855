"""The app's own message boxes: calm words, no alarming icons, the app's theme, and no
Qt message box anywhere in the UI."""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel

from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.calm_dialog import CalmDialog, question
from tests.helpers import REPO
from tests.ui import support

LONG = (
    "This vault will be locked first (what you typed is kept), then the form for a new "
    "vault opens, where you choose its name, its passphrase and whether it is for practice."
)


def test_no_qt_message_box_is_used_anywhere_in_the_ui() -> None:
    # Its static helpers and icons bring green ticks and red crosses and cut long text.
    found = []
    for path in (REPO / "hj_journal" / "ui").rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"\bQMessageBox\b", line):
                found.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert found == []


def test_a_question_keeps_things_as_they_are_on_enter_and_escape(qtbot: Any) -> None:
    dialog, yes = question(None, "Please confirm", "Discard this writing?", "Discard", "Keep it")
    qtbot.addWidget(dialog)
    assert dialog.default_button() is not yes and dialog.escape_button() is not yes
    QTimer.singleShot(0, lambda: QTest.keyClick(dialog, Qt.Key.Key_Escape))
    assert dialog.ask() is dialog.escape_button()


def test_confirm_answers_true_only_for_yes(qtbot: Any) -> None:
    def press(text: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, CalmDialog)
        next(
            b for b in dialog.findChildren(type(dialog.escape_button())) if b.text() == text
        ).click()

    QTimer.singleShot(0, lambda: press("Remove"))
    assert calm_dialog.confirm(None, "Please confirm", "Remove Jo?", "Remove", "Keep")
    QTimer.singleShot(0, lambda: press("Keep"))
    assert not calm_dialog.confirm(None, "Please confirm", "Remove Jo?", "Remove", "Keep")


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_the_calm_dialog_wraps_its_words_in_the_app_theme(
    qtbot: Any, qapp: QApplication, tmp_path: Any, scale: int, theme: str
) -> None:
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        dialog = CalmDialog(
            None,
            "Create another vault",
            "Lock this vault and make another?",
            LONG,
            details="line one\nline two",
        )
        dialog.add_button("Cancel", default=True, escape=True)
        dialog.add_button("Lock and continue", primary=True)
        qtbot.addWidget(dialog)
        support.render(qtbot, dialog, f"calm-dialog-{scale}", theme, folder=tmp_path)
        assert support.squeezed(dialog) == []
        assert dialog.accessibleName() == "Create another vault"
        assert support.unnamed_controls(dialog) == []
        labels = [label for label in dialog.findChildren(QLabel) if label.isVisible()]
        assert all(label.pixmap().isNull() for label in labels)  # no icon of any kind
        assert any(label.wordWrap() and label.text() == LONG for label in labels)
        assert dialog.width() <= 1024 and dialog.height() <= 640  # fits the smallest screen
        assert dialog.palette().window().color().name() == qapp.palette().window().color().name()
