""" "Goals we worked on" in a session: tick a goal, and rate it if the client wants to.

Part of the session's "Together" step, so the client sees it: the goals are in their own
words. Each open goal has a check box and, once ticked, an optional 0–10 rating of how
far along the client feels (a second click on the chosen number clears it). Every change
is kept at once through the goals service, only as far as the client's consent allows
(the consent item :data:`~hj_journal.core.sessions.consent.GOALS`); without it the box
says so and records nothing. A goal can be added together here too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from hj_journal.core.common.errors import InputError
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.consent import ConsentRecord
from hj_journal.core.sessions.goals import CareGoals, GoalInput, GoalView
from hj_journal.ui.checkin.rating import ScaleChoice
from hj_journal.ui.common.widgets import MessageLabel, text_label
from hj_journal.ui.sessions.goal_dialog import GoalDialog
from hj_journal.ui.sessions.steps import WrappedCheck

AskGoal = Callable[[QWidget, GoalView | None], GoalInput | None]
NOT_AGREED = str(QT_TRANSLATE_NOOP("Sessions", "Not recorded today, as agreed."))


class GoalRow(QWidget):
    """One goal: "we worked on this", and how far along, from 0 to 10 (optional)."""

    def __init__(self, goal: GoalView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.goal = goal
        self.check = WrappedCheck(goal.words)
        self.check.box.setChecked(False)
        self.check.box.setAccessibleName(
            QCoreApplication.translate("Sessions", "We worked on: {goal}").format(goal=goal.words)
        )
        self.progress = ScaleChoice(
            0,
            10,
            {
                0: QCoreApplication.translate("Sessions", "just starting"),
                10: QCoreApplication.translate("Sessions", "where I want to be"),
            },
            name=QCoreApplication.translate(
                "Sessions", "How far along with “{goal}”, 0 to 10 (optional)"
            ).format(goal=goal.words),
        )
        self.hint = text_label(
            QCoreApplication.translate("Sessions", "How far along do you feel? (optional)"),
            "muted",
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 6)
        column.setSpacing(4)
        column.addWidget(self.check)
        column.addWidget(self.hint)
        column.addWidget(self.progress)
        self.show_worked_on(False)

    def show_worked_on(self, on: bool) -> None:
        """Show the rating only for a goal worked on (nothing moves for the others)."""
        self.hint.setVisible(on)
        self.progress.setVisible(on)


class SessionGoalsBox(QWidget):
    """The client's open goals, for the session to note which it worked on."""

    def __init__(
        self,
        goals: CareGoals,
        session_id: int,
        client_id: int,
        parent: QWidget | None = None,
        *,
        ask_goal: AskGoal = GoalDialog.ask,
    ) -> None:
        super().__init__(parent)
        self._goals = goals
        self._session_id = session_id
        self._client_id = client_id
        self.ask_goal = ask_goal
        self.allowed = False
        self.rows: list[GoalRow] = []
        self.heading = text_label(
            QCoreApplication.translate("Sessions", "Goals we worked on"), "subheading"
        )
        self.lead = text_label(
            QCoreApplication.translate(
                "Sessions", "Tick the goals you worked on today. Rating them is up to you."
            ),
            "muted",
        )
        self.empty = text_label(
            QCoreApplication.translate(
                "Sessions", "No goals written yet. You can add one together."
            ),
            "muted",
        )
        self.rows_box = QWidget()
        self.rows_column = QVBoxLayout(self.rows_box)
        self.rows_column.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(
            QCoreApplication.translate("Sessions", "Add a goal &together…")
        )
        self.message = MessageLabel()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(6)
        for widget in (self.heading, self.lead, self.empty, self.rows_box, self.message):
            column.addWidget(widget)
        column.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.add_button.clicked.connect(self.add_goal)
        self.set_consent(None)

    # ------------------------------------------------------------------ showing

    def set_consent(self, consent: ConsentRecord | None) -> None:
        """Record goals only if the client agreed to it for this session."""
        self.allowed = consent is not None and consent.allows(c.GOALS)
        self.refresh()

    def refresh(self) -> None:
        """Show the client's open goals, ticked and rated as this session recorded them."""
        for row in self.rows:
            row.setParent(None)
            row.deleteLater()
        self.rows = []
        open_goals = self._goals.goals(self._client_id, include_closed=False)
        linked = {link.goal_id: link for link in self._goals.session_goals(self._session_id)}
        for goal in open_goals:
            row = GoalRow(goal)
            link = linked.get(goal.id)
            row.check.box.setChecked(link is not None)
            row.progress.set_value(link.progress if link is not None else None)
            row.show_worked_on(link is not None)
            row.setEnabled(self.allowed)
            row.check.box.toggled.connect(lambda on, row=row: self._toggled(row, on))
            row.progress.changed.connect(lambda value, row=row: self._rated(row, value))
            self.rows_column.addWidget(row)
            self.rows.append(row)
        self.rows_box.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows and self.allowed)
        self.add_button.setVisible(self.allowed)
        self.lead.setText(
            QCoreApplication.translate(
                "Sessions", "Tick the goals you worked on today. Rating them is up to you."
            )
            if self.allowed
            else QCoreApplication.translate("Sessions", NOT_AGREED)
        )

    # ------------------------------------------------------------------ saving

    def _toggled(self, row: GoalRow, on: bool) -> None:
        row.show_worked_on(on)
        if not on:
            row.progress.set_value(None)
        self._record(row, on, row.progress.value() if on else None)

    def _rated(self, row: GoalRow, value: int | None) -> None:
        if not row.check.box.isChecked():
            row.check.box.setChecked(True)  # a rating means it was worked on (saves too)
            return
        self._record(row, True, value)

    def _record(self, row: GoalRow, on: bool, progress: int | None) -> None:
        try:
            self._goals.record(self._session_id, row.goal.id, worked_on=on, progress=progress)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.message.clear_message()

    @Slot()
    def add_goal(self) -> None:
        """Write a new goal together; it is added to the client's goals."""
        data = self.ask_goal(self, None)
        if data is None:
            return
        try:
            self._goals.add(self._client_id, data)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.refresh()
