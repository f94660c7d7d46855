"""The Sessions section (practice vaults only): clients, and one session at a time.

Outside a session the page lists clients. Starting a session replaces the whole page
with that session (client view on), and the client list is emptied, so no other
client is on screen while one is present. A session still open when the vault locked
is offered back on unlock with only its own client's name.

Shortcut: Ctrl+Shift+V switches between the client view and the practitioner's view.
While the client view is on, and after the session until the practitioner asks for the
client list again, the page tells the window a client is looking
(``client_view_changed``), and the window keeps them on this page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError
from hj_journal.core.sessions.service import ClientInput, ClientView, SessionView
from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.widgets import MessageLabel, text_label
from hj_journal.ui.sessions.client_copy import save_client_copy
from hj_journal.ui.sessions.client_dialog import ClientDialog
from hj_journal.ui.sessions.clients import ClientsPanel
from hj_journal.ui.sessions.notes_asker import NotesAsker
from hj_journal.ui.sessions.notes_dialog import NotesDialog
from hj_journal.ui.sessions.session_panel import SessionPanel
from hj_journal.ui.sessions.share_dialog import sharer
from hj_journal.ui.sessions.summary_view import AskPath, SummaryDialog, ask_pdf_path
from hj_journal.ui.sessions.templates_dialog import TemplatesDialog
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.sections import SectionPage

AskClient = Callable[[QWidget, ClientView | None], ClientInput | None]
Confirm = Callable[[QWidget, str], bool]


def confirm_with_box(parent: QWidget, text: str) -> bool:
    """A plain yes/no question; Enter and Escape keep things as they are."""
    return calm_dialog.confirm(
        parent,
        QCoreApplication.translate("Sessions", "Please confirm"),
        text,
        QCoreApplication.translate("Sessions", "Yes"),
        QCoreApplication.translate("Sessions", "Cancel"),
    )


class SessionsPage(SectionPage):
    """Clients, one-on-one sessions and their summaries."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        ask_client: AskClient = ClientDialog.ask,
        ask_path: AskPath = ask_pdf_path,
        confirm: Confirm = confirm_with_box,
        notes_asker: NotesAsker | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._sessions = ctx.services.sessions
        self._ask_client = ask_client
        self._ask_path = ask_path
        self._confirm = confirm
        self._notes_asker = notes_asker or NotesAsker()
        self.session_panel: SessionPanel | None = None
        self.notes_dialog: NotesDialog | None = None
        self.templates_dialog: TemplatesDialog | None = None
        self._last_client: int | None = None

        self.heading = text_label(QCoreApplication.translate("Sessions", "Sessions"), "heading")
        self.lead = text_label(
            QCoreApplication.translate(
                "Sessions",
                "One-on-one sessions with the people you support, under pseudonyms. Only one "
                "session is open at a time, and only its client is on screen.",
            ),
            "muted",
        )
        self.message = MessageLabel()
        self.stack = QStackedWidget()
        self.clients = ClientsPanel(
            self._sessions,
            goals=ctx.services.goals,
            measures=ctx.services.measures,
            retention=ctx.services.retention,
        )
        self.resume = self._build_resume()
        self.closed = self._build_closed()
        self.stack.addWidget(self.clients)
        self.stack.addWidget(self.resume)
        self.stack.addWidget(self.closed)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(8)
        outer.addWidget(self.heading)
        outer.addWidget(self.lead)
        outer.addWidget(self.message)
        outer.addWidget(self.stack, 1)
        self._connect_signals()
        self.activate()

    def _build_resume(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        self.resume_text = text_label("", "lead")
        self.resume_button = QPushButton(
            QCoreApplication.translate("Sessions", "&Continue the session")
        )
        self.resume_button.setProperty("role", "primary")
        row = QHBoxLayout()
        row.addWidget(self.resume_button)
        row.addStretch(1)
        column.addStretch(1)
        column.addWidget(self.resume_text)
        column.addLayout(row)
        column.addStretch(2)
        return box

    def _build_closed(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        self.closed_text = text_label("", "lead")
        self.show_clients_button = QPushButton(
            QCoreApplication.translate("Sessions", "Show &my clients")
        )
        row = QHBoxLayout()
        row.addWidget(self.show_clients_button)
        row.addStretch(1)
        column.addStretch(1)
        column.addWidget(self.closed_text)
        column.addLayout(row)
        column.addStretch(2)
        return box

    def _connect_signals(self) -> None:
        self.show_clients_button.clicked.connect(self.show_clients)
        panel = self.clients
        panel.add_requested.connect(self.add_client)
        panel.edit_requested.connect(self.edit_client)
        panel.start_requested.connect(self.start_session)
        panel.archive_requested.connect(self._archive)
        panel.delete_requested.connect(self._delete)
        panel.summary_requested.connect(self.open_summary)
        panel.copy_requested.connect(self.save_client_copy)
        panel.notes_requested.connect(self.open_notes)
        panel.templates_requested.connect(self.open_templates)
        self.resume_button.clicked.connect(self._resume)

    # ------------------------------------------------------------------ page

    def activate(self) -> None:
        """Show the running session if there is one, else the clients."""
        if self.session_panel is not None or self.stack.currentWidget() is self.closed:
            return
        running = self._sessions.running()
        if running is not None:
            self.clients.clear()
            client = self._sessions.client(running.client_id)
            self.resume_text.setText(
                QCoreApplication.translate(
                    "Sessions", "The session with {name} is still open."
                ).format(name=client.pseudonym)
            )
            self.stack.setCurrentWidget(self.resume)
            return
        self.clients.refresh()
        self.stack.setCurrentWidget(self.clients)

    def save_state(self) -> None:
        """Keep what was typed in a running session, or in notes being finished."""
        if self.session_panel is not None:
            self.session_panel.save_state()
        if self.notes_dialog is not None:
            self.notes_dialog.save()

    # ------------------------------------------------------------------ clients

    @Slot()
    def add_client(self) -> None:
        """Ask for a new client and add them."""
        data = self._ask_client(self, None)
        if data is None:
            return
        try:
            client = self._sessions.add_client(data)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.message.clear_message()
        self.clients.refresh(select=client.id)

    @Slot(int)
    def edit_client(self, client_id: int) -> None:
        """Edit a client's pseudonym, pronouns or goals."""
        data = self._ask_client(self, self._sessions.client(client_id))
        if data is None:
            return
        try:
            self._sessions.update_client(client_id, data)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.clients.refresh(select=client_id)

    @Slot(int, bool)
    def _archive(self, client_id: int, archived: bool) -> None:
        self._sessions.set_archived(client_id, archived)
        self.clients.refresh(select=client_id)

    @Slot(int)
    def _delete(self, client_id: int) -> None:
        client = self._sessions.client(client_id)
        question = QCoreApplication.translate(
            "Sessions",
            "Delete {name} and everything recorded in their sessions? This cannot be undone.",
        ).format(name=client.pseudonym)
        if self._confirm(self, question):
            self._sessions.delete_client(client_id)
            self.clients.refresh()

    @Slot(int)
    def save_client_copy(self, client_id: int) -> None:
        """The client's copy of everything shared with them (client_copy.py)."""
        name = self._sessions.client(client_id).pseudonym
        save_client_copy(self, self.ctx.services.sharing, client_id, name)

    @Slot(int)
    def open_summary(self, session_id: int) -> None:
        """A past session's summary, with Save as PDF."""
        dialog = SummaryDialog(
            self._sessions.summary(session_id),
            self._ask_path,
            self,
            share=sharer(self.ctx, session_id, lambda: self._summary_saved(session_id)),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.view.pdf_saved.connect(lambda _path: self._summary_saved(session_id))
        dialog.open()

    @Slot(int)
    def open_notes(self, session_id: int) -> NotesDialog | None:
        """A past session's notes in your own view: finish, sign or amend them."""
        if self._sessions.get(session_id).is_running:
            self._resume()
            return None
        dialog = NotesDialog(self._sessions, session_id, self._notes_asker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.signed.connect(lambda _id: self.clients.refresh())
        dialog.destroyed.connect(self._notes_gone)
        self.notes_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _notes_gone(self) -> None:
        self.notes_dialog = None

    @Slot()
    def open_templates(self) -> TemplatesDialog:
        """The note templates: built in and your own."""
        dialog = TemplatesDialog(self._sessions.templates, self._notes_asker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._templates_gone)
        self.templates_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _templates_gone(self) -> None:
        self.templates_dialog = None

    def _summary_saved(self, session_id: int) -> None:
        # The client has their copy: the practice home stops bringing this session up.
        self.ctx.services.practice_home.mark_summary_saved(session_id)

    # ------------------------------------------------------------------ sessions

    @Slot(int)
    def start_session(self, client_id: int) -> SessionPanel | None:
        """Start a session with one client; the page becomes that session."""
        try:
            session = self._sessions.start(client_id)
        except InputError as error:
            self.message.show_message(str(error))
            return None
        return self._show_session(session)

    @Slot()
    def _resume(self) -> None:
        running = self._sessions.running()
        if running is not None:
            self._show_session(running)

    def _show_session(self, session: SessionView) -> SessionPanel:
        self.clients.clear()  # no other client stays in any widget
        self.message.clear_message()
        client = self._sessions.client(session.client_id)
        panel = SessionPanel(
            self.ctx, session, client, ask_path=self._ask_path, notes_asker=self._notes_asker
        )
        panel.finished.connect(self._session_finished)
        panel.client_view_changed.connect(self._client_view_changed)
        panel.summary.pdf_saved.connect(lambda _path: self._summary_saved(session.id))
        self.session_panel = panel
        self.stack.addWidget(panel)
        self.stack.setCurrentWidget(panel)
        self._client_view_changed(True)
        return panel

    @Slot(bool)
    def _client_view_changed(self, on: bool) -> None:
        # The page's own heading stays out of the way of the client's screen, and the
        # window shuts every other way out (sidebar, menus, shortcuts) while it is on.
        self.heading.setVisible(not on)
        self.lead.setVisible(not on)
        self.client_view_changed.emit(on)

    @Slot()
    def _session_finished(self) -> None:
        # The client may still be looking: a quiet page first, the list only when asked.
        panel = self.session_panel
        self.session_panel = None
        if panel is None:
            return
        self.stack.removeWidget(panel)
        panel.deleteLater()
        self._last_client = panel.client.id
        self.closed_text.setText(
            QCoreApplication.translate(
                "Sessions", "The session has ended. Its summary is kept with {name}'s sessions."
            ).format(name=panel.client.pseudonym)
        )
        self.stack.setCurrentWidget(self.closed)

    @Slot()
    def show_clients(self) -> None:
        """Back to the list of clients."""
        self._client_view_changed(False)
        self.clients.refresh(select=self._last_client)
        self.stack.setCurrentWidget(self.clients)
