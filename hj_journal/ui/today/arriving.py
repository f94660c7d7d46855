""" "How are you arriving?": an optional 0–10 rating, saved as a check-in.

The eleven numbers behave as one radio group for the keyboard: Tab reaches the group
once, the arrow keys move within it, Space or Enter chooses. Nothing is chosen at
first, nothing is saved until the person says so, and skipping is as easy as saving.

It is asked at most as often as the person chose in Settings (:class:`ArrivingChoice`;
by default once in a few hours, see :mod:`hj_journal.core.checkin.arriving`), and the thanks
after saving or skipping is one quiet line, not the whole card left empty.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.arriving import FEW_HOURS, PHASE, ArrivingPrefs, AskArriving
from hj_journal.core.checkin.checkins import CheckInInput, CheckIns
from hj_journal.ui.common.widgets import limit_column, text_label


class _Steps(QWidget):
    """One step shown at a time, sized to that step alone.

    Not a ``QStackedWidget``: a stack is as tall as its tallest page (its height for a
    width asks every page), so the line of thanks would sit in the rating's empty space.
    """

    def __init__(self, *steps: QWidget) -> None:
        super().__init__()
        self._steps = steps
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        for step in steps:
            box.addWidget(step)
        self.setCurrentIndex(0)

    def count(self) -> int:
        """How many steps there are."""
        return len(self._steps)

    def widget(self, index: int) -> QWidget:
        """The step at ``index``."""
        return self._steps[index]

    def currentIndex(self) -> int:  # the names QStackedWidget uses
        """The step on show."""
        return next(i for i, step in enumerate(self._steps) if not step.isHidden())

    def setCurrentIndex(self, index: int) -> None:  # the names QStackedWidget uses
        """Show the step at ``index`` and no other."""
        for i, step in enumerate(self._steps):
            step.setVisible(i == index)


class ArrivingCard(QFrame):
    """The optional arriving rating, with Save and Skip."""

    saved = Signal(int)  # check-in id
    skipped = Signal()

    def __init__(
        self,
        checkins: CheckIns,
        parent: QWidget | None = None,
        *,
        prefs: ArrivingPrefs | None = None,
    ) -> None:
        super().__init__(parent)
        self._checkins, self._prefs = checkins, prefs
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = text_label(self.tr("How are you arriving?"), "subheading")
        explain = text_label(
            self.tr(
                "If you like, choose how much stress you're carrying right now, "
                "from 0 to 10. This is optional; skipping is fine."
            )
        )
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        scale = QHBoxLayout()
        scale.setSpacing(6)
        anchors = {0: self.tr("at ease"), 5: self.tr("some stress"), 10: self.tr("very hard")}
        for value in range(11):
            button = QToolButton()
            button.setText(str(value))
            button.setCheckable(True)
            button.setMinimumSize(36, 36)
            name = self.tr("%1 out of 10").replace("%1", str(value))
            if value in anchors:
                name += ", " + anchors[value]
            button.setAccessibleName(name)
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
            button.installEventFilter(self)
            self.group.addButton(button, value)
            scale.addWidget(button)
        scale.addStretch(1)
        self.group.button(0).setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scale_label = QLabel(self.tr("Stress &now, 0 to 10"))
        self._scale_label.setBuddy(self.group.button(0))

        anchor_row = QHBoxLayout()
        for text, align in (
            (self.tr("0 · at ease"), Qt.AlignmentFlag.AlignLeft),
            (self.tr("5 · some stress"), Qt.AlignmentFlag.AlignHCenter),
            (self.tr("10 · very hard"), Qt.AlignmentFlag.AlignRight),
        ):
            label = text_label(text, "muted", wrap=False)
            label.setAlignment(align)
            anchor_row.addWidget(label, 1)
        anchors_box = QWidget()
        anchors_box.setLayout(anchor_row)
        anchor_row.setContentsMargins(0, 0, 0, 0)
        limit_column(anchors_box, 11 * 42)  # as wide as the buttons, which grow with text

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save how you're arriving"))
        self.save_button.setEnabled(False)
        self.skip_button = QPushButton(self.tr("Skip for now"))
        self.skip_button.setAccessibleName(self.tr("Skip the arriving check-in"))
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.skip_button)
        actions.addWidget(self.save_button)

        asking = QWidget()
        ask_box = QVBoxLayout(asking)
        ask_box.setContentsMargins(0, 0, 0, 0)
        ask_box.setSpacing(10)
        ask_box.addWidget(explain)
        ask_box.addWidget(self._scale_label)
        ask_box.addLayout(scale)
        ask_box.addWidget(anchors_box)
        ask_box.addLayout(actions)

        self.thanks = text_label()
        self.thanks.setAccessibleName(self.tr("Check-in status"))
        self.again_button = QPushButton(self.tr("Rate after all"))
        self.again_button.setAccessibleName(self.tr("Show the arriving rating again"))
        done = QWidget()
        done_box = QHBoxLayout(done)
        done_box.setContentsMargins(0, 0, 0, 0)
        done_box.addWidget(self.thanks, 1)
        done_box.addWidget(self.again_button)

        self.stack = _Steps(asking, done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.stack)

        self.group.idClicked.connect(self._chosen)
        self.save_button.clicked.connect(self.save)
        self.skip_button.clicked.connect(self.skip)
        self.again_button.clicked.connect(self.ask_again)

    def value(self) -> int | None:
        """The chosen number, or None."""
        chosen = self.group.checkedId()
        return chosen if chosen >= 0 else None

    def choose(self, value: int) -> None:
        """Choose a number (as a click would)."""
        self.group.button(value).setChecked(True)
        self._chosen(value)

    @Slot(int)
    def _chosen(self, value: int) -> None:
        for button in self.group.buttons():
            button.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.group.button(value).setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scale_label.setBuddy(self.group.button(value))
        self.save_button.setEnabled(True)

    @Slot()
    def save(self) -> None:
        """Save the chosen number as an arriving check-in."""
        value = self.value()
        if value is None:
            return
        view = self._checkins.add(CheckInInput(distress=value, phase=PHASE))
        if self._prefs is not None:
            self._prefs.note_asked()
        self.thanks.setText(self.tr("Thank you for checking in."))
        self.again_button.hide()
        self.stack.setCurrentIndex(1)
        self.saved.emit(view.id)

    @Slot()
    def skip(self) -> None:
        """Leave it for now; nothing is saved."""
        if self._prefs is not None:
            self._prefs.note_asked()
        self.thanks.setText(self.tr("Skipped for now. That's fine."))
        self.again_button.show()
        self.stack.setCurrentIndex(1)
        self.again_button.setFocus()
        self.skipped.emit()

    @Slot()
    def ask_again(self) -> None:
        """Show the numbers again."""
        self.stack.setCurrentIndex(0)
        checked = self.group.checkedButton() or self.group.button(0)
        checked.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(event.key()))
            current = self.group.id(watched) if isinstance(watched, QToolButton) else -1
            if step is not None and current >= 0:
                target = min(10, max(0, current + step))
                self.group.button(target).setFocus()
                self.choose(target)
                return True
            if Qt.Key(event.key()) in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current >= 0:
                self.choose(current)
                return True
        return super().eventFilter(watched, event)


class ArrivingChoice(QComboBox):
    """Settings: how often Today asks "How are you arriving?" (kept in the vault)."""

    def __init__(self, prefs: ArrivingPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._prefs = prefs
        every_few = self.tr("At most every %n hour(s)", "", FEW_HOURS)
        for choice, text in (
            (AskArriving.EVERY_TIME, self.tr("Every time")),
            (AskArriving.FEW_HOURS, every_few),
            (AskArriving.ONCE_A_DAY, self.tr("Once a day")),
            (AskArriving.NEVER, self.tr("Never")),
        ):
            self.addItem(text, choice.value)
        self.setAccessibleName(self.tr("How often Today asks how you are arriving"))
        self.load()
        self.currentIndexChanged.connect(self._chosen)

    def load(self) -> None:
        """Show the stored choice."""
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(self._prefs.choice.value)))
        self.blockSignals(False)

    @Slot(int)
    def _chosen(self, _index: int) -> None:
        self._prefs.choice = AskArriving(self.currentData())
