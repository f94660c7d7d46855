"""Number ratings you can tap or reach with the keyboard, and leave untouched.

:class:`ScaleChoice` is a row of numbers (for example −3 … +3) that behaves as one
radio group: Tab reaches it once, the arrow keys move and choose, Space or Enter
chooses, Delete or Backspace clears. Nothing is chosen at first.

:class:`QuickRatingWidget` is the 0–10 distress rating (SUDS) with calm anchors and a
"Clear" button, made to be embedded anywhere: the Check-in page, and before and after a
coping practice. It saves nothing itself; the caller reads :meth:`value` and hands it
to ``services.checkins`` (or a practice record).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

BUTTON_SIZE = 38

# Chosen numbers and words stand out in the theme's own selection colours (palette
# roles, never colours of our own), with the theme's focus ring.
TOGGLE_STYLE = """
QToolButton {
    border: 1px solid palette(mid); border-radius: 6px; padding: 3px 9px;
    background: palette(base); color: palette(text);
}
QToolButton:hover { border-color: palette(highlight); }
QToolButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight); font-weight: 600;
}
QToolButton:focus { border: 2px solid palette(link); }
"""


def signed(value: int) -> str:
    """A number as shown on a valence scale: "+2", "0", "−2" (a true minus sign)."""
    if value > 0:
        return f"+{value}"
    return str(value).replace("-", "−")


class ScaleChoice(QWidget):
    """One radio group of whole numbers from ``low`` to ``high`` with anchor words."""

    changed = Signal(object)  # the chosen int, or None when cleared

    def __init__(
        self,
        low: int,
        high: int,
        anchors: Mapping[int, str],
        *,
        name: str,
        show_sign: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.low, self.high = low, high
        self._show_sign = show_sign
        self.setAccessibleName(name)
        # Keep the numbers together at their natural width, whatever the space.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(TOGGLE_STYLE)
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)  # so that a choice can be cleared again
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for value in range(low, high + 1):
            button = QToolButton()
            button.setText(signed(value) if show_sign else str(value))
            button.setCheckable(True)
            button.setMinimumSize(BUTTON_SIZE, BUTTON_SIZE)
            spoken = self.tr("{value} of {low} to {high}").format(
                value=signed(value) if show_sign else value, low=low, high=high
            )
            if value in anchors:
                spoken += ", " + anchors[value]
            button.setAccessibleName(spoken)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            button.installEventFilter(self)
            # Ids count from 0: QButtonGroup uses -1 for "none", a valid mood value.
            self.group.addButton(button, value - low)
            row.addWidget(button)
        self.button(low).setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        anchors_box = self._anchors(anchors, width=(high - low + 1) * (BUTTON_SIZE + 6))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(anchors_box)
        self.group.idClicked.connect(self._clicked)

    def _anchors(self, anchors: Mapping[int, str], *, width: int) -> QWidget:
        """Anchor words under their numbers when they fit; else one line under the row."""
        texts = [
            (value, f"{signed(value) if self._show_sign else value} · {text}")
            for value, text in sorted(anchors.items())
        ]
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        metrics = self.fontMetrics()
        needed = sum(metrics.horizontalAdvance(t) for _, t in texts) + 24 * len(texts)
        if needed > width:
            label = QLabel("   ".join(t for _, t in texts))
            label.setProperty("role", "muted")
            label.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(label)
            return box
        for value, text in texts:
            label = QLabel(text)
            label.setProperty("role", "muted")
            label.setTextFormat(Qt.TextFormat.PlainText)
            if value == self.low:
                label.setAlignment(Qt.AlignmentFlag.AlignLeft)
            elif value == self.high:
                label.setAlignment(Qt.AlignmentFlag.AlignRight)
            else:
                label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            row.addWidget(label, 1)
        box.setMaximumWidth(width)
        return box

    def button(self, value: int) -> QToolButton:
        """The button for one number."""
        button = self.group.button(value - self.low)
        assert isinstance(button, QToolButton)
        return button

    @property
    def first_button(self) -> QToolButton:
        """The button that takes keyboard focus (the chosen one, or the first)."""
        value = self.value()
        return self.button(self.low if value is None else value)

    def value(self) -> int | None:
        """The chosen number, or None."""
        checked = self.group.checkedButton()
        return None if checked is None else self.group.id(checked) + self.low

    def set_value(self, value: int | None) -> None:
        """Choose a number (None clears) without emitting :attr:`changed`."""
        for button in self.group.buttons():
            button.setChecked(value is not None and self.group.id(button) + self.low == value)
        self._move_focus_to(value)

    def clear(self) -> None:
        """Nothing chosen."""
        self.set_value(None)
        self.changed.emit(None)

    def choose(self, value: int) -> None:
        """Choose a number as a click would (emits :attr:`changed`)."""
        self.set_value(value)
        self.changed.emit(value)

    @Slot(int)
    def _clicked(self, index: int) -> None:
        value = index + self.low
        if self.button(value).isChecked():
            self.choose(value)
        else:  # a second click on the chosen number clears it
            self.clear()

    def _move_focus_to(self, value: int | None) -> None:
        for button in self.group.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.button(value if value is not None else self.low).setFocusPolicy(
            Qt.FocusPolicy.StrongFocus
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = Qt.Key(event.key())
            index = self.group.id(watched) if isinstance(watched, QToolButton) else -1
            current = index + self.low
            if index != -1:
                step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(key)
                if step is not None:
                    target = min(self.high, max(self.low, current + step))
                    self.choose(target)
                    self.button(target).setFocus()
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                    self.choose(current)
                    return True
                if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.clear()
                    return True
        return super().eventFilter(watched, event)


class QuickRatingWidget(QWidget):
    """The 0–10 distress rating with calm anchors; optional, and clearable.

    ``changed`` carries the new value (an int, or None when cleared). Embed it and read
    :meth:`value` when the person saves; nothing here touches the vault.
    """

    changed = Signal(object)

    def __init__(
        self,
        question: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        anchors = {
            0: self.tr("at ease"),
            5: self.tr("some stress"),
            10: self.tr("very hard"),
        }
        self.question = QLabel(
            question or self.tr("How much stress are you carrying right now? (optional)")
        )
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.scale = ScaleChoice(0, 10, anchors, name=self.tr("Stress right now, 0 to 10"))
        self.question.setBuddy(self.scale.first_button)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setProperty("role", "link")
        self.clear_button.setAccessibleName(self.tr("Clear the stress rating"))
        self.clear_button.setEnabled(False)
        # Shown only while there is something to clear; its space stays, so nothing moves.
        policy = self.clear_button.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.clear_button.setSizePolicy(policy)
        self.clear_button.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.scale)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.question)
        layout.addLayout(row)
        self.scale.changed.connect(self._changed)
        self.clear_button.clicked.connect(self.scale.clear)

    def value(self) -> int | None:
        """The chosen distress, or None (skipped)."""
        return self.scale.value()

    def set_value(self, value: int | None) -> None:
        """Show a value (None: nothing chosen)."""
        self.scale.set_value(value)
        self.clear_button.setEnabled(value is not None)
        self.clear_button.setVisible(value is not None)

    def clear(self) -> None:
        """Nothing chosen."""
        self.scale.clear()

    @Slot(object)
    def _changed(self, value: int | None) -> None:
        self.clear_button.setEnabled(value is not None)
        self.clear_button.setVisible(value is not None)
        self.question.setBuddy(self.scale.first_button)
        self.changed.emit(value)
