"""An optional 0–10 distress rating: eleven buttons, nothing chosen until you choose.

One focus stop for the whole row (like a slider): arrow keys move, Home and End go to
0 and 10, a digit picks that number, Delete clears. Clicking the chosen number again
clears it too, so "no answer" is always one step away.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

LOW, HIGH = 0, 10


class DistressRating(QWidget):
    """Choose 0–10, or leave it empty. :meth:`value` is ``None`` when left empty."""

    changed = Signal(object)  # int | None

    def __init__(self, question: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: int | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.question = QLabel(question)
        self.question.setWordWrap(True)
        self.question.setBuddy(self)
        self.setAccessibleName(question.replace("&", ""))
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.buttons: list[QPushButton] = []
        for number in range(LOW, HIGH + 1):
            button = QPushButton(str(number))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setMinimumWidth(34)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(str(number))
            self.group.addButton(button, number)
            self.buttons.append(button)
            row.addWidget(button)
        anchors = QHBoxLayout()
        calm = QLabel(self.tr("0 calm"))
        most = QLabel(self.tr("10 the most distress"))
        for label in (calm, most):
            label.setProperty("role", "muted")
        anchors.addWidget(calm)
        anchors.addStretch(1)
        anchors.addWidget(most)
        self.state = QLabel()
        self.state.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)  # room for the focus ring
        layout.setSpacing(6)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addLayout(anchors)
        layout.addWidget(self.state)
        self.group.idClicked.connect(self._clicked)
        # The chosen number must stand out in every theme: use the palette's highlight.
        self.setStyleSheet(
            "QPushButton:checked { background: palette(highlight); "
            "color: palette(highlighted-text); border-color: palette(highlight); "
            "font-weight: bold; }"
        )
        self._show()

    def value(self) -> int | None:
        """The chosen number, or ``None``."""
        return self._value

    def set_value(self, value: int | None) -> None:
        """Choose a number (``None`` clears)."""
        if value is not None:
            value = max(LOW, min(HIGH, int(value)))
        if value == self._value:
            return
        self._value = value
        self._show()
        self.changed.emit(value)

    def clear(self) -> None:
        """Leave the rating empty."""
        self.set_value(None)

    @Slot(int)
    def _clicked(self, number: int) -> None:
        self.set_value(None if number == self._value else number)

    def _show(self) -> None:
        for number, button in enumerate(self.buttons):
            button.setChecked(number == self._value)
        if self._value is None:
            self.state.setText(self.tr("Not rated. That's fine: this is optional."))
            self.setAccessibleDescription(self.tr("Not rated, optional"))
        else:
            self.state.setText(self.tr("You chose {n} of 10.").format(n=self._value))
            self.setAccessibleDescription(self.tr("{n} of 10").format(n=self._value))

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Show where the keyboard is: a ring around the row."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Take the ring away again."""
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """A focus ring around the buttons while the rating has the keyboard."""
        super().paintEvent(event)
        if not self.hasFocus() or not self.buttons:
            return
        first, last = self.buttons[0].geometry(), self.buttons[-1].geometry()
        ring = QRect(first.topLeft(), last.bottomRight()).adjusted(-3, -3, 3, 3)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Link), 2)
        painter.setPen(pen)
        painter.drawRoundedRect(ring, 6, 6)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrows, Home/End, digits and Delete, like a slider."""
        key = event.key()
        current = self._value
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Up):
            self.set_value(LOW if current is None else min(HIGH, current + 1))
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down):
            self.set_value(LOW if current is None else max(LOW, current - 1))
        elif key == Qt.Key.Key_Home:
            self.set_value(LOW)
        elif key == Qt.Key.Key_End:
            self.set_value(HIGH)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
        elif Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            self.set_value(int(key) - int(Qt.Key.Key_0))
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def distress_rating(question: str, parent: QWidget | None = None) -> Any:
    """The app's shared 0–10 rating (the Check-in's) when present, else :class:`DistressRating`.

    Both are widgets offering ``value()``, ``set_value()``, ``clear()`` and ``changed``
    (typed ``Any`` because the shared one is imported only when it exists).
    """
    try:
        from hj_journal.ui.checkin.rating import QuickRatingWidget
    except ModuleNotFoundError as missing:
        if missing.name not in ("hj_journal.ui.checkin", "hj_journal.ui.checkin.rating"):
            raise
        return DistressRating(question, parent)
    return QuickRatingWidget(question, parent)
