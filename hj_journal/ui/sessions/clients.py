"""The practitioner's list of clients, one client's details, past sessions, care goals
and change over time.

Shown only while no session runs: during a session the page shows the session alone,
so no other client is ever listed on screen with a client present. A client whose care
goal has come up for review says "Review due" in the list; a session where PHQ-9
question 9 was answered above "Not at all" is marked in the sessions list and told in a
calm notice above it (:mod:`hj_journal.ui.sessions.client_measures`).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSize,
    Qt,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sessions.goals import CareGoals
from hj_journal.core.sessions.measures import Measures
from hj_journal.core.sessions.retention import Retention
from hj_journal.core.sessions.service import ClientView, Sessions, SessionView
from hj_journal.ui.common.widgets import Card, FlowLayout, text_label
from hj_journal.ui.sessions.client_goals import REVIEW_DUE, ClientGoalsPanel
from hj_journal.ui.sessions.client_keeping import ClientKeeping
from hj_journal.ui.sessions.client_measures import ClientMeasuresPanel, goals_and_measures_tabs
from hj_journal.ui.sessions.labels import moment_text

ID_ROLE = Qt.ItemDataRole.UserRole
ITEM9_MARK = str(QT_TRANSLATE_NOOP("Sessions", " · PHQ-9 question 9 above “Not at all”"))


class FittedCard(Card):
    """A card that asks for the height its wrapped words need at its width.

    The splitter it sits in sizes it from its smallest size alone, which counts each
    wrapped sentence as one short line: longer words (Spanish, large text) would then
    be squeezed over the buttons under them.
    """

    def minimumSizeHint(self) -> QSize:
        smallest = super().minimumSizeHint()
        if self.width() <= 0:
            return smallest
        return QSize(smallest.width(), max(smallest.height(), self.heightForWidth(self.width())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # the height needed changes with the width


class ClientsPanel(QWidget):
    """Clients on the left; the chosen client's details, sessions and trend on the right."""

    add_requested = Signal()
    edit_requested = Signal(int)
    start_requested = Signal(int)
    archive_requested = Signal(int, bool)
    delete_requested = Signal(int)
    summary_requested = Signal(int)  # session id
    notes_requested = Signal(int)  # session id: its notes in the practitioner's own view
    templates_requested = Signal()
    copy_requested = Signal(int)  # client id: their copy of what was shared (access request)

    def __init__(
        self,
        sessions: Sessions,
        parent: QWidget | None = None,
        *,
        goals: CareGoals,
        measures: Measures,
        retention: Retention | None = None,
    ) -> None:
        super().__init__(parent)
        # How long the client's record is kept (shown when the retention service is given).
        self.keeping = ClientKeeping(retention) if retention is not None else None
        self._sessions = sessions
        self._goals = goals
        self.goals_panel = ClientGoalsPanel(goals)
        self.measures = ClientMeasuresPanel(measures)
        self.client: ClientView | None = None

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("Sessions", "Clients"))
        self.list.setSpacing(3)
        self.add_button = QPushButton(QCoreApplication.translate("Sessions", "&Add a client…"))
        self.templates_button = QPushButton(
            QCoreApplication.translate("Sessions", "Note &templates…")
        )
        self.show_archived = QCheckBox(
            QCoreApplication.translate("Sessions", "Show archived clients")
        )
        left_box.addWidget(
            text_label(QCoreApplication.translate("Sessions", "Clients"), "subheading")
        )
        left_box.addWidget(self.list, 1)
        left_box.addWidget(self.show_archived)
        left_box.addWidget(self.add_button)
        left_box.addWidget(self.templates_button)

        self.details = FittedCard(margin=20)
        body = self.details.body
        self.name = text_label("", "heading")
        self.pronouns = text_label("", "muted")
        self.goals = text_label("")
        self.start_button = QPushButton(QCoreApplication.translate("Sessions", "&Start a session"))
        self.start_button.setProperty("role", "primary")
        self.edit_button = QPushButton(QCoreApplication.translate("Sessions", "&Edit…"))
        self.archive_button = QPushButton(QCoreApplication.translate("Sessions", "Ar&chive"))
        self.delete_button = QPushButton(
            QCoreApplication.translate("Sessions", "&Delete client and sessions…")
        )
        actions = FlowLayout()  # wraps onto a second line rather than widen the page
        for button in (
            self.start_button,
            self.edit_button,
            self.archive_button,
            self.delete_button,
        ):
            actions.addWidget(button)
        self.sessions_list = QListWidget()
        self.sessions_list.setAccessibleName(
            QCoreApplication.translate("Sessions", "Past sessions")
        )
        self.sessions_list.setSpacing(2)
        self.sessions_list.setMaximumHeight(220)
        self.no_sessions = text_label(
            QCoreApplication.translate("Sessions", "No sessions yet."), "muted"
        )
        self.summary_button = QPushButton(
            QCoreApplication.translate("Sessions", "Open the &summary")
        )
        self.notes_button = QPushButton(QCoreApplication.translate("Sessions", "Open the &notes…"))
        self.notes_button.setToolTip(
            QCoreApplication.translate(
                "Sessions", "Your own view of the session's notes, private parts included"
            )
        )
        self.copy_button = QPushButton(
            QCoreApplication.translate("Sessions", "Co&py of their record…")
        )
        self.copy_button.setToolTip(
            QCoreApplication.translate(
                "Sessions",
                "Everything shared with this client, as PDF or JSON, for an access request",
            )
        )
        self.trend = self.measures.overview  # every measure in words, one line each
        self.tabs = goals_and_measures_tabs(self.goals_panel, self.measures)
        for widget in (self.name, self.pronouns, self.goals):
            body.addWidget(widget)
        body.addLayout(actions)
        if self.keeping is not None:
            body.addWidget(self.keeping)
        body.addWidget(self.measures.item9)  # never missed: above the sessions
        body.addWidget(
            text_label(QCoreApplication.translate("Sessions", "Sessions"), "subheading")
        )
        body.addWidget(self.sessions_list)
        body.addWidget(self.no_sessions)
        session_actions = QHBoxLayout()
        session_actions.addWidget(self.summary_button)
        session_actions.addWidget(self.notes_button)
        session_actions.addStretch(1)
        body.addLayout(session_actions)
        body.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.tabs)
        body.addStretch(1)
        self.empty = text_label(
            QCoreApplication.translate(
                "Sessions",
                "Add a client to begin. Use a pseudonym or initials; nothing else is needed.",
            ),
            "lead",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.details, 1)
        right_box.addWidget(self.empty, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 720])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.list.currentItemChanged.connect(self._chosen)
        self.show_archived.toggled.connect(lambda _on: self.refresh())
        self.add_button.clicked.connect(self.add_requested)
        self.start_button.clicked.connect(lambda: self._emit_for_client(self.start_requested))
        self.edit_button.clicked.connect(lambda: self._emit_for_client(self.edit_requested))
        self.delete_button.clicked.connect(lambda: self._emit_for_client(self.delete_requested))
        self.archive_button.clicked.connect(self._archive_clicked)
        self.summary_button.clicked.connect(self._summary_clicked)
        self.notes_button.clicked.connect(self._notes_clicked)
        self.templates_button.clicked.connect(self.templates_requested)
        self.copy_button.clicked.connect(lambda: self._emit_for_client(self.copy_requested))
        self.sessions_list.itemActivated.connect(lambda _item: self._summary_clicked())
        self.goals_panel.changed.connect(self._mark_reviews)
        self.measures.session_requested.connect(self.open_session)

    def _emit_for_client(self, signal: SignalInstance) -> None:
        if self.client is not None:
            signal.emit(self.client.id)

    # ------------------------------------------------------------------ data

    def refresh(self, select: int | None = None) -> None:
        """Read the clients again, keeping (or making) a selection."""
        keep = select if select is not None else (self.client.id if self.client else None)
        clients = self._sessions.clients(include_archived=self.show_archived.isChecked())
        self.list.blockSignals(True)
        self.list.clear()
        for client in clients:
            text = client.pseudonym + (
                QCoreApplication.translate("Sessions", " (archived)") if client.archived else ""
            )
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, client.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._mark_reviews()
        row = next(
            (i for i, client in enumerate(clients) if client.id == keep), 0 if clients else -1
        )
        # Shown once, below: the selection's own signal would show the client twice.
        self.list.blockSignals(True)
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show(clients[row] if row >= 0 else None)

    @Slot()
    def _mark_reviews(self) -> None:
        """Say "Review due" beside each client with a goal whose review date has come."""
        due = self._goals.reviews_due()
        for i in range(self.list.count()):
            item = self.list.item(i)
            text = item.text().removesuffix(
                " · " + QCoreApplication.translate("Sessions", REVIEW_DUE)
            )
            if int(item.data(ID_ROLE)) in due:
                text += " · " + QCoreApplication.translate("Sessions", REVIEW_DUE)
            item.setText(text)

    @Slot(int)
    def open_session(self, session_id: int) -> None:
        """Choose a session in the list and open its summary (a chart point asks this)."""
        for i in range(self.sessions_list.count()):
            if int(self.sessions_list.item(i).data(ID_ROLE)) == session_id:
                self.sessions_list.setCurrentRow(i)
                self.summary_requested.emit(session_id)
                return

    def clear(self) -> None:
        """Show no client at all (a session is about to fill the screen)."""
        self.list.blockSignals(True)
        self.list.clear()
        self.list.blockSignals(False)
        self._show(None)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        client_id = current.data(ID_ROLE) if current is not None else None
        self._show(self._sessions.client(int(client_id)) if client_id is not None else None)

    def _show(self, client: ClientView | None) -> None:
        self.client = client
        self.details.setVisible(client is not None)
        self.empty.setVisible(client is None and self.list.count() == 0)
        self.sessions_list.clear()
        if self.keeping is not None:
            self.keeping.show_client(client)
        if client is None:
            for label in (self.name, self.pronouns, self.goals):
                label.clear()
            self.goals_panel.show_client(None)
            self.measures.show_client(None)
            return
        self.name.setText(client.pseudonym)
        self.pronouns.setText(client.pronouns)
        self.pronouns.setVisible(bool(client.pronouns))
        self.goals.setText(
            QCoreApplication.translate("Sessions", "Goals: {goals}").format(goals=client.goals)
            if client.goals
            else QCoreApplication.translate("Sessions", "No goals noted yet.")
        )
        self.archive_button.setText(
            QCoreApplication.translate("Sessions", "Bring &back")
            if client.archived
            else QCoreApplication.translate("Sessions", "Ar&chive")
        )
        self.start_button.setEnabled(not client.archived)
        found = self.measures.show_client(client.id)
        flagged = found.flagged_sessions() if found is not None else frozenset()
        self.goals_panel.show_client(client.id)
        for view in self._sessions.sessions_for(client.id):
            item = self._session_item(view)
            if view.id in flagged:
                item.setText(item.text() + QCoreApplication.translate("Sessions", ITEM9_MARK))
            self.sessions_list.addItem(item)
        has_sessions = self.sessions_list.count() > 0
        self.summary_button.setVisible(has_sessions)
        self.notes_button.setVisible(has_sessions)
        self.sessions_list.setVisible(has_sessions)
        self.no_sessions.setVisible(not has_sessions)
        if self.sessions_list.count():
            self.sessions_list.setCurrentRow(0)

    @staticmethod
    def _session_item(view: SessionView) -> QListWidgetItem:
        text = moment_text(view.started_at)
        if view.is_running:
            text += QCoreApplication.translate("Sessions", " — still open")
        elif view.is_signed:
            text += QCoreApplication.translate("Sessions", " — notes signed")
        item = QListWidgetItem(text)
        item.setData(ID_ROLE, view.id)
        return item

    def _archive_clicked(self) -> None:
        if self.client is not None:
            self.archive_requested.emit(self.client.id, not self.client.archived)

    def _summary_clicked(self) -> None:
        item = self.sessions_list.currentItem()
        if item is not None:
            self.summary_requested.emit(int(item.data(ID_ROLE)))

    def _notes_clicked(self) -> None:
        item = self.sessions_list.currentItem()
        if item is not None:
            self.notes_requested.emit(int(item.data(ID_ROLE)))

    def pseudonyms_listed(self) -> list[str]:
        """Every client name shown in the list (for tests of what is on screen)."""
        return [self.list.item(i).text() for i in range(self.list.count())]
