"""The practitioner's list of clients, one client's details, past sessions and trend.

Shown only while no session runs: during a session the page shows the session alone,
so no other client is ever listed on screen with a client present.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance, Slot
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

from hj_journal.core.sessions.service import ClientView, Sessions, SessionView
from hj_journal.core.sessions.summary import TrendSeries
from hj_journal.ui.common.widgets import Card, text_label
from hj_journal.ui.sessions.labels import moment_text, tr

ID_ROLE = Qt.ItemDataRole.UserRole


def trend_text(series: TrendSeries) -> str:
    """One questionnaire across sessions, in words: "GAD-7: 12 (Moderate) on 3 January…"."""
    parts = []
    for point in series.points:
        when = moment_text(point.at).split(",")[0]
        if point.value is None:
            parts.append(tr("not scored on {when}").format(when=when))
        elif point.band_label:
            parts.append(
                tr("{value} ({band}) on {when}").format(
                    value=point.value, band=point.band_label, when=when
                )
            )
        else:
            parts.append(tr("{value} on {when}").format(value=point.value, when=when))
    return f"{series.short_name}: " + " → ".join(parts)


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

    def __init__(self, sessions: Sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.client: ClientView | None = None

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Clients"))
        self.list.setSpacing(3)
        self.add_button = QPushButton(tr("&Add a client…"))
        self.templates_button = QPushButton(tr("Note &templates…"))
        self.show_archived = QCheckBox(tr("Show archived clients"))
        left_box.addWidget(text_label(tr("Clients"), "subheading"))
        left_box.addWidget(self.list, 1)
        left_box.addWidget(self.show_archived)
        left_box.addWidget(self.add_button)
        left_box.addWidget(self.templates_button)

        self.details = Card(margin=20)
        body = self.details.body
        self.name = text_label("", "heading")
        self.pronouns = text_label("", "muted")
        self.goals = text_label("")
        self.start_button = QPushButton(tr("&Start a session"))
        self.start_button.setProperty("role", "primary")
        self.edit_button = QPushButton(tr("&Edit…"))
        self.archive_button = QPushButton(tr("Ar&chive"))
        self.delete_button = QPushButton(tr("&Delete client and sessions…"))
        actions = QHBoxLayout()
        actions.addWidget(self.start_button)
        actions.addStretch(1)
        for button in (self.edit_button, self.archive_button, self.delete_button):
            actions.addWidget(button)
        self.sessions_list = QListWidget()
        self.sessions_list.setAccessibleName(tr("Past sessions"))
        self.sessions_list.setSpacing(2)
        self.sessions_list.setMaximumHeight(220)
        self.no_sessions = text_label(tr("No sessions yet."), "muted")
        self.summary_button = QPushButton(tr("Open the &summary"))
        self.notes_button = QPushButton(tr("Open the &notes…"))
        self.notes_button.setToolTip(
            tr("Your own view of the session's notes, private parts included")
        )
        self.trend = text_label("", None)
        self.trend.setAccessibleName(tr("Questionnaire results across sessions"))
        for widget in (self.name, self.pronouns, self.goals):
            body.addWidget(widget)
        body.addLayout(actions)
        body.addWidget(text_label(tr("Sessions"), "subheading"))
        body.addWidget(self.sessions_list)
        body.addWidget(self.no_sessions)
        session_actions = QHBoxLayout()
        session_actions.addWidget(self.summary_button)
        session_actions.addWidget(self.notes_button)
        session_actions.addStretch(1)
        body.addLayout(session_actions)
        body.addWidget(text_label(tr("Questionnaires across sessions (for you)"), "subheading"))
        body.addWidget(self.trend)
        body.addStretch(1)
        self.empty = text_label(
            tr("Add a client to begin. Use a pseudonym or initials; nothing else is needed."),
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
        self.sessions_list.itemActivated.connect(lambda _item: self._summary_clicked())

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
            text = client.pseudonym + (tr(" (archived)") if client.archived else "")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, client.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        row = next(
            (i for i, client in enumerate(clients) if client.id == keep), 0 if clients else -1
        )
        self.list.setCurrentRow(row)
        self._show(clients[row] if row >= 0 else None)

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
        if client is None:
            for label in (self.name, self.pronouns, self.goals, self.trend):
                label.clear()
            return
        self.name.setText(client.pseudonym)
        self.pronouns.setText(client.pronouns)
        self.pronouns.setVisible(bool(client.pronouns))
        self.goals.setText(
            tr("Goals: {goals}").format(goals=client.goals)
            if client.goals
            else tr("No goals noted yet.")
        )
        self.archive_button.setText(tr("Bring &back") if client.archived else tr("Ar&chive"))
        self.start_button.setEnabled(not client.archived)
        for view in self._sessions.sessions_for(client.id):
            self.sessions_list.addItem(self._session_item(view))
        has_sessions = self.sessions_list.count() > 0
        self.summary_button.setVisible(has_sessions)
        self.notes_button.setVisible(has_sessions)
        self.sessions_list.setVisible(has_sessions)
        self.no_sessions.setVisible(not has_sessions)
        if self.sessions_list.count():
            self.sessions_list.setCurrentRow(0)
        trend = self._sessions.questionnaire_trend(client.id)
        self.trend.setText(
            "\n".join(trend_text(series) for series in trend)
            or tr("No questionnaires answered in sessions yet.")
        )

    @staticmethod
    def _session_item(view: SessionView) -> QListWidgetItem:
        text = moment_text(view.started_at)
        if view.is_running:
            text += tr(" — still open")
        elif view.is_signed:
            text += tr(" — notes signed")
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
