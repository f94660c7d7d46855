"""A client's care goals on the client's page: add, edit, reorder, close and reopen.

Each goal shows the client's own words and, under them, its review date ("Review due"
once the day has come: neutral words, never a judgement about time), how many sessions
worked on it, and the progress ratings given, oldest first. Closed goals stay listed
after the open ones and can be reopened. Dialogs return data; the goals service saves.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError
from hj_journal.core.sessions.goals import CareGoals, GoalInput, GoalView, SessionGoalView
from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.dates import qdate
from hj_journal.ui.common.widgets import FlowLayout, MessageLabel, text_label
from hj_journal.ui.sessions.goal_dialog import GoalDialog

ID_ROLE = Qt.ItemDataRole.UserRole
AskGoal = Callable[[QWidget, GoalView | None], GoalInput | None]
Confirm = Callable[[QWidget, str], bool]
REVIEW_DUE = str(QT_TRANSLATE_NOOP("Sessions", "Review due"))
MOST_ROWS = 8  # taller lists scroll


def day_text(day: date) -> str:
    """A date in the user's locale: "1 April 2026"."""
    # The pattern is the translator's: Spanish says "1 de abril de 2026".
    pattern = QCoreApplication.translate("Sessions", "d MMMM yyyy", "date pattern (QLocale)")
    return QLocale().toString(qdate(day), pattern)


def goal_details(goal: GoalView, today: date, worked: Sequence[SessionGoalView]) -> str:
    """The line under a goal's words: its review, its sessions, its progress ratings."""
    parts = []
    if not goal.is_open and goal.closed_at is not None:
        parts.append(
            QCoreApplication.translate("Sessions", "Closed on {day}").format(
                day=day_text(goal.closed_at.astimezone().date())
            )
        )
    elif goal.review_due(today):
        parts.append(QCoreApplication.translate("Sessions", REVIEW_DUE))
    elif goal.review_on is not None:
        parts.append(
            QCoreApplication.translate("Sessions", "Review on {day}").format(
                day=day_text(goal.review_on)
            )
        )
    if worked:
        # A plain name as the count: pyside6-lupdate skips a call whose count is an expression.
        count = len(worked)
        parts.append(
            QCoreApplication.translate("Sessions", "worked on in %n session(s)", None, count)
        )
        ratings = [str(link.progress) for link in worked if link.progress is not None]
        if ratings:
            parts.append(
                QCoreApplication.translate("Sessions", "progress {ratings} of 10").format(
                    ratings=", ".join(ratings)
                )
            )
    return (
        " · ".join(parts)
        if parts
        else QCoreApplication.translate("Sessions", "Not worked on in a session yet")
    )


def confirm_close(parent: QWidget, text: str) -> bool:
    """Ask before closing a goal (it can be reopened, so the answer is never final)."""
    return calm_dialog.confirm(
        parent,
        QCoreApplication.translate("Sessions", "Close the goal"),
        text,
        QCoreApplication.translate("Sessions", "Close it"),
        QCoreApplication.translate("Sessions", "Keep it open"),
    )


class GoalList(QListWidget):
    """A list as tall as its wrapped rows (at least three rows' room, at most
    :data:`MOST_ROWS`), so a short list leaves no empty box and none is cut off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._width = -1

    def fit(self) -> None:
        """Take the height the rows need at the current width."""
        self.doItemsLayout()
        shown = min(self.count(), MOST_ROWS)
        rows = [self.visualItemRect(self.item(i)).height() for i in range(shown)]
        room = sum(rows) + 2 * self.spacing() * max(1, shown)
        if shown < 3:  # room for three rows, as every list keeps
            one = max(rows, default=2 * self.fontMetrics().lineSpacing() + 8)
            room += (3 - shown) * (one + 2 * self.spacing())
        self.setFixedHeight(room + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rows wrap differently at a new width: fit again (height only, so no loop)."""
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self.fit()


class ClientGoalsPanel(QWidget):
    """The care goals of one client, in their order, with what sessions did with them."""

    changed = Signal()  # a goal was added, edited, moved, closed or reopened

    def __init__(
        self,
        goals: CareGoals,
        parent: QWidget | None = None,
        *,
        ask_goal: AskGoal = GoalDialog.ask,
        confirm: Confirm = confirm_close,
    ) -> None:
        super().__init__(parent)
        self._goals = goals
        self.ask_goal = ask_goal
        self.confirm = confirm
        self.client_id: int | None = None
        self._shown: list[GoalView] = []

        self.lead = text_label(
            QCoreApplication.translate(
                "Sessions",
                "Goals in the client's own words, each with a review date if you choose. "
                "Sessions can note which goals they worked on, with an optional rating.",
            ),
            "muted",
        )
        self.list = GoalList()
        self.list.setAccessibleName(QCoreApplication.translate("Sessions", "Care goals"))
        self.empty = text_label(
            QCoreApplication.translate("Sessions", "No care goals yet."), "muted"
        )
        self.add_button = QPushButton(QCoreApplication.translate("Sessions", "Add a &goal…"))
        self.edit_button = QPushButton(QCoreApplication.translate("Sessions", "Edit the goal…"))
        self.up_button = QPushButton(QCoreApplication.translate("Sessions", "Move up"))
        self.down_button = QPushButton(QCoreApplication.translate("Sessions", "Move down"))
        self.close_button = QPushButton(QCoreApplication.translate("Sessions", "Close the goal…"))
        self.message = MessageLabel()
        buttons = FlowLayout()  # wraps onto a second line rather than widen the page
        for button in (
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)  # room inside the tab's frame
        column.setSpacing(8)
        column.addWidget(self.lead)
        column.addWidget(self.list)
        column.addWidget(self.empty)
        column.addLayout(buttons)
        column.addWidget(self.message)
        column.addStretch(1)  # a short list stays short in a tall tab
        self._connect_signals()
        self._update_buttons()

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.edit_chosen())
        self.add_button.clicked.connect(self.add_goal)
        self.edit_button.clicked.connect(self.edit_chosen)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(+1))
        self.close_button.clicked.connect(self._close_or_reopen)

    # ------------------------------------------------------------------ data

    def show_client(self, client_id: int | None, *, keep: int | None = None) -> None:
        """Show one client's goals (None: nobody), keeping ``keep`` chosen if it is there."""
        self.client_id = client_id
        self.message.clear_message()
        self.list.clear()
        self._shown = []
        if client_id is not None:
            self._shown = self._goals.goals(client_id)
            history = self._goals.history(client_id)
            today = self._goals.today()
            for goal in self._shown:
                details = goal_details(goal, today, history.get(goal.id, []))
                item = QListWidgetItem(f"{goal.words}\n{details}")
                item.setData(ID_ROLE, goal.id)
                if not goal.is_open:
                    item.setForeground(self.palette().placeholderText())
                self.list.addItem(item)
        row = next((i for i, goal in enumerate(self._shown) if goal.id == keep), 0)
        self.list.setCurrentRow(row if self._shown else -1)
        self.list.fit()
        self.list.setVisible(bool(self._shown))
        self.empty.setVisible(not self._shown)
        self.add_button.setEnabled(client_id is not None)
        self._update_buttons()

    def chosen(self) -> GoalView | None:
        """The goal selected in the list."""
        row = self.list.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _update_buttons(self) -> None:
        goal = self.chosen()
        open_ids = [g.id for g in self._shown if g.is_open]
        for button in (self.edit_button, self.close_button):
            button.setEnabled(goal is not None)
        self.up_button.setEnabled(goal is not None and goal.is_open and open_ids[0] != goal.id)
        self.down_button.setEnabled(goal is not None and goal.is_open and open_ids[-1] != goal.id)
        reopen = goal is not None and not goal.is_open
        self.close_button.setText(
            QCoreApplication.translate("Sessions", "&Reopen the goal")
            if reopen
            else QCoreApplication.translate("Sessions", "Close the goal…")
        )

    # ------------------------------------------------------------------ actions

    @Slot()
    def add_goal(self) -> None:
        """Ask for a new goal and add it after the others."""
        if self.client_id is None:
            return
        data = self.ask_goal(self, None)
        if data is not None:
            self._run(lambda: self._goals.add(self.client_id or 0, data).id)

    @Slot()
    def edit_chosen(self) -> None:
        """Edit the chosen goal's words or review date."""
        goal = self.chosen()
        if goal is None:
            return
        data = self.ask_goal(self, goal)
        if data is not None:
            self._run(lambda: self._goals.update(goal.id, data).id)

    def _move(self, offset: int) -> None:
        goal = self.chosen()
        if goal is None or not goal.is_open:
            return

        def move() -> int:
            self._goals.move(goal.id, offset)
            return goal.id

        self._run(move)

    @Slot()
    def _close_or_reopen(self) -> None:
        goal = self.chosen()
        if goal is None:
            return
        if not goal.is_open:
            self._run(lambda: self._goals.reopen(goal.id).id)
            return
        question = QCoreApplication.translate(
            "Sessions",
            "Close “{goal}”? It stays in the record with its sessions and ratings, and you "
            "can reopen it at any time.",
        ).format(goal=goal.words)
        if self.confirm(self, question):
            self._run(lambda: self._goals.close(goal.id).id)

    def _run(self, action: Callable[[], int]) -> None:
        try:
            keep = action()
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.show_client(self.client_id, keep=keep)
        self.changed.emit()

    def goal_texts(self) -> list[str]:
        """Every row as shown (for tests of what is on screen)."""
        return [self.list.item(i).text() for i in range(self.list.count())]
