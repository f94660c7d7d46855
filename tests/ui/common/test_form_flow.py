"""Editing a list's item in a form: saved and chosen, or refused in the service's words."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QListView, QVBoxLayout, QWidget

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.ui.common.form_flow import open_form
from hj_journal.ui.common.widgets import MessageLabel


@dataclass(frozen=True)
class Item:
    id: int


class Panel(QWidget):
    """A list panel that notes what the flow asks of it."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.list = QListView(self)
        self.message = MessageLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.message)
        self.calls: list[str] = []
        self.dialog: QDialog | None = None

    def refresh(self) -> None:
        self.calls.append("refresh")

    def select(self, item_id: int) -> None:
        self.calls.append(f"select {item_id}")

    def remember(self, dialog: QDialog | None) -> None:
        self.dialog = dialog


@pytest.fixture
def panel(qtbot: Any) -> Panel:
    panel = Panel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_an_accepted_form_is_saved_chosen_and_announced(qtbot: Any, panel: Panel) -> None:
    panel.message.show_message("An older message")
    dialog = QDialog(panel)
    open_form(panel, dialog, lambda: Item(7), panel.remember)
    assert panel.dialog is dialog and dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    assert not panel.message.isVisible()  # the form starts from a clean slate
    with qtbot.waitSignal(panel.changed, timeout=1_000):
        dialog.accept()
    assert panel.calls == ["refresh", "select 7"]
    qtbot.waitUntil(panel.list.hasFocus, timeout=1_000)
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=1_000)  # deleted on close
    assert not shiboken6.isValid(dialog)


@pytest.mark.parametrize(
    "error", [InputError("A name is needed."), NotFoundError("That was removed meanwhile.")]
)
def test_a_refusal_is_said_under_the_list_and_nothing_is_announced(
    qtbot: Any, panel: Panel, error: Exception
) -> None:
    def refuse() -> Item:
        raise error

    heard: list[int] = []
    panel.changed.connect(lambda: heard.append(1))
    dialog = QDialog(panel)
    open_form(panel, dialog, refuse, panel.remember)
    dialog.accept()
    assert panel.message.isVisible()
    assert str(error) in panel.message.text()
    assert panel.calls == ["refresh"]  # the list shows what is really there
    assert heard == []


def test_a_cancelled_form_saves_nothing(qtbot: Any, panel: Panel) -> None:
    saved: list[int] = []

    def save() -> Item:
        saved.append(1)
        return Item(1)

    dialog = QDialog(panel)
    open_form(panel, dialog, save, panel.remember)
    dialog.reject()
    qtbot.waitUntil(lambda: panel.dialog is None, timeout=1_000)
    assert saved == [] and panel.calls == []
