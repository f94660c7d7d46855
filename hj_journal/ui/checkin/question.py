"""One questionnaire item: the stem with its recall period, the item, the answers.

Every item has "Prefer not to answer" as its last choice, set a little apart, and
nothing is chosen at first. Choosing an answer never moves on by itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QLabel, QRadioButton, QVBoxLayout, QWidget

from hj_journal.core.checkin.instruments.schema import ContentNote
from hj_journal.core.checkin.instruments.scoring import DECLINED, Answer

DECLINED_ID = -2  # QButtonGroup uses -1 for "none"

# The answer circles come from the app's theme (clear in light, dark and high
# contrast); here only the chosen answer's words are made a little stronger.
ANSWER_STYLE = "QRadioButton:checked { font-weight: 600; }"


def plain(text: str, role: str | None = None) -> QLabel:
    """A word-wrapped label that shows text as written (never as markup)."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class QuestionWidget(QWidget):
    """A question with one radio group of answers plus "Prefer not to answer".

    ``options`` pairs each stored value with its label, in display order.
    """

    answered = Signal()

    def __init__(
        self,
        stem: str,
        text: str,
        options: Sequence[tuple[int, str]],
        *,
        number: str = "",
        note: ContentNote | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(ANSWER_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        if note is not None:
            self.note_label: QLabel | None = plain(note.text, "notice")
            layout.addWidget(self.note_label)
        else:
            self.note_label = None
        if stem:
            layout.addWidget(plain(stem, "muted"))
        self.text_label = plain(f"{number}. {text}" if number else text, "subheading")
        layout.addWidget(self.text_label)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for value, label in options:
            button = QRadioButton(label)
            self.group.addButton(button, value)
            self.buttons.append(button)
            layout.addWidget(button)
        layout.addSpacing(6)
        self.declined_button = QRadioButton(self.tr("Prefer not to answer"))
        self.group.addButton(self.declined_button, DECLINED_ID)
        self.buttons.append(self.declined_button)
        layout.addWidget(self.declined_button)
        for button in self.buttons:
            button.setAccessibleDescription(text)
        self.text_label.setBuddy(self.buttons[0])
        self.group.idToggled.connect(self._toggled)

    def _toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.answered.emit()

    def answer(self) -> Answer:
        """The chosen value, :data:`DECLINED`, or None (not answered)."""
        chosen = self.group.checkedId()
        if chosen == -1:
            return None
        return DECLINED if chosen == DECLINED_ID else chosen

    def choose(self, value: int | str) -> None:
        """Choose an answer (a value or :data:`DECLINED`), as a click would."""
        button = self.group.button(DECLINED_ID if value == DECLINED else int(value))
        button.setChecked(True)

    def clear(self) -> None:
        """Leave the question unanswered again."""
        self.group.setExclusive(False)
        for button in self.buttons:
            button.setChecked(False)
        self.group.setExclusive(True)

    def focus_answers(self) -> None:
        """Put keyboard focus on the chosen answer, or the first."""
        (self.group.checkedButton() or self.buttons[0]).setFocus()
