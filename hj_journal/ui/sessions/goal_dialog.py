"""Add or edit a care goal: the client's own words and an optional review date.

Returns data only (:class:`~hj_journal.core.sessions.goals.GoalInput`); the caller hands
it to the goals service.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sessions.goals import GoalInput, GoalView
from hj_journal.ui.common.date_field import DateField
from hj_journal.ui.common.dates import pydate, qdate
from hj_journal.ui.common.widgets import MessageLabel, field_label, grow_to_fit, text_label

REVIEW_WEEKS = 6  # a first suggestion for the review date, changed at will


class GoalDialog(QDialog):
    """The goal form. ``goal`` is None to add a new one."""

    def __init__(self, parent: QWidget | None, goal: GoalView | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Sessions", "Edit the goal")
            if goal
            else QCoreApplication.translate("Sessions", "Add a goal")
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(440)
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Sessions",
                    "Write it the way the client says it: their words, not a clinical term.",
                ),
                "muted",
            )
        )
        self.words = QPlainTextEdit(self)
        self.words.setTabChangesFocus(True)
        self.words.setPlaceholderText(
            QCoreApplication.translate("Sessions", "For example: Sleep through more nights")
        )
        self.words.setMinimumHeight(self.words.fontMetrics().lineSpacing() * 3 + 16)
        outer.addWidget(
            field_label(
                QCoreApplication.translate("Sessions", "The goal, in the client's &own words"),
                self.words,
            )
        )
        outer.addWidget(self.words)

        self.has_review = QCheckBox(
            QCoreApplication.translate("Sessions", "&Look at it again together on")
        )
        self.review = DateField(self)
        self.review.setAccessibleName(QCoreApplication.translate("Sessions", "Review date"))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.has_review)
        row.addWidget(self.review, 1)
        outer.addLayout(row)
        outer.addWidget(
            text_label(
                QCoreApplication.translate("Sessions", "A review date is optional."), "muted"
            )
        )

        self.message = MessageLabel(self)
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        suggested = QDate.currentDate().addDays(7 * REVIEW_WEEKS)
        if goal is not None:
            self.words.setPlainText(goal.words)
            if goal.review_on is not None:
                suggested = qdate(goal.review_on)
        self.review.setDate(suggested)
        self.has_review.setChecked(goal is not None and goal.review_on is not None)
        self.has_review.toggled.connect(self._review_toggled)
        self._review_toggled(self.has_review.isChecked())
        self.words.setFocus()
        grow_to_fit(self)

    @Slot(bool)
    def _review_toggled(self, on: bool) -> None:
        self.review.setEnabled(on)

    def goal_input(self) -> GoalInput:
        """What was written."""
        review: date | None = None
        if self.has_review.isChecked():
            review = pydate(self.review.date())
        return GoalInput(self.words.toPlainText().strip(), review)

    @Slot()
    def _accept(self) -> None:
        if not self.words.toPlainText().strip():
            self.message.show_message(
                QCoreApplication.translate(
                    "Sessions", "Write the goal in the client's own words first."
                )
            )
            self.words.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, goal: GoalView | None = None) -> GoalInput | None:
        """Show the form; the goal as written, or None when cancelled."""
        dialog = cls(parent, goal)
        try:
            return dialog.goal_input() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
