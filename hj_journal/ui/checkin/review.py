"""Before saving: the questions left unanswered, each with a way back to it.

Shown only when a scored question has no answer (it was skipped). "Prefer not to
answer" is an answer the person chose, so it is not listed. The review says calmly
what saving as it is means for the result and never asks twice: saving from here
keeps the gaps exactly as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hj_journal.ui.checkin.question import plain
from hj_journal.ui.common.access import name_controls

TOPIC_WORDS = 7


@dataclass(frozen=True)
class Unanswered:
    """One question left without an answer."""

    position: int
    """Its place among the questions asked, from 0."""
    number: int
    """The number shown with it ("3")."""
    topic: str
    """A few words that say which one it was."""


def topic_of(text: str, words: int = TOPIC_WORDS) -> str:
    """The first few words of a question, with "…" when there is more."""
    parts = text.split()
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]) + "…"


class SkippedReview(QWidget):
    """The list of unanswered questions with "Go back to question N" for each."""

    go_back = Signal(int)  # the position of the question to return to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Before you save"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        self.heading = plain(self.tr("Before you save"), "heading")
        column.addWidget(self.heading)
        self.intro_label = plain("")
        column.addWidget(self.intro_label)
        self.rows_box = QWidget()
        self.rows = QVBoxLayout(self.rows_box)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(8)
        column.addWidget(self.rows_box)
        self.outcome_label = plain("", "muted")
        column.addWidget(self.outcome_label)
        column.addStretch(1)
        self.back_buttons: list[QPushButton] = []
        self.topic_labels: list[str] = []

    def show_items(self, items: Sequence[Unanswered], outcome: str) -> None:
        """List ``items`` (may be empty) and say what saving now means (``outcome``)."""
        while self.rows.count():
            taken = self.rows.takeAt(0)
            row = taken.widget() if taken is not None else None
            if row is not None:
                row.deleteLater()
        self.back_buttons = []
        self.topic_labels = []
        if items:
            self.intro_label.setText(
                self.tr(
                    "These questions have no answer yet. You can go back to any of them, "
                    "or save your answers as they are."
                )
            )
        else:
            self.intro_label.setText(self.tr("Every question has an answer now."))
        for item in items:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = self.tr("Question {n}: {topic}").format(n=item.number, topic=item.topic)
            label = plain(text)
            button = QPushButton(self.tr("Go back to question {n}").format(n=item.number))
            button.setAccessibleDescription(text)
            button.clicked.connect(lambda _=False, at=item.position: self.go_back.emit(at))
            line.addWidget(label, 1)
            line.addWidget(button)
            self.rows.addWidget(row)
            self.back_buttons.append(button)
            self.topic_labels.append(text)
        self.outcome_label.setText(outcome)
        self.outcome_label.setVisible(bool(outcome))
        name_controls(self)

    def focus_first(self) -> None:
        """Keyboard focus on the first way back (nothing is chosen for the person)."""
        if self.back_buttons:
            self.back_buttons[0].setFocus()
