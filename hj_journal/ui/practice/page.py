"""The practice home (practice vaults only): where a practice vault opens.

Today's sessions, the clients who need a summary (a recent session whose summary was not
saved yet, see :mod:`hj_journal.core.sessions.practice_home`), and the sessions of the last two
weeks. A summary opens here with *Save as PDF*; saving it takes the client off the list.
Sessions from more than a day ago whose notes are not signed are listed as notes to
finish, plainly; one opens in the practitioner's own view of its notes. Records that have
reached the time the practice keeps them are listed to review, with the retention rule
and the deletion log (:mod:`hj_journal.ui.practice.retention`).

While a session is open, this page names only that session's client and offers the way
back to it, like Sessions does: the client may be in the room, so no other client is
listed on screen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sessions.practice_home import PracticeHomeView, SessionRow, SummaryDue
from hj_journal.core.sessions.signing import NotesToFinish
from hj_journal.ui.common.widgets import Card, text_label
from hj_journal.ui.practice.labels import day_text, moment_text, time_text
from hj_journal.ui.practice.retention import RetentionCard
from hj_journal.ui.sessions.notes_asker import NotesAsker
from hj_journal.ui.sessions.notes_dialog import NotesDialog
from hj_journal.ui.sessions.share_dialog import sharer
from hj_journal.ui.sessions.summary_view import AskPath, SummaryDialog, ask_pdf_path
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.section_keys import Section
from hj_journal.ui.shell.sections import SectionPage

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_ROWS = 6  # taller lists scroll


def session_text(row: SessionRow, *, with_day: bool) -> str:
    """One session in words: "14:00–15:00 · Rae", with the day for earlier sessions."""
    start = moment_text(row.started_at) if with_day else time_text(row.started_at)
    text = f"{start}–{time_text(row.ended_at)}" if row.ended_at else start
    text += f" · {row.pseudonym}"
    if row.is_running:
        text += QCoreApplication.translate("Practice", " — still open")
    elif row.summary_saved:
        text += QCoreApplication.translate("Practice", " — summary saved")
    return text


def due_text(due: SummaryDue) -> str:
    """A client who needs a summary, and for which session."""
    when = moment_text(due.started_at)
    if due.sessions == 1:
        return QCoreApplication.translate("Practice", "{name} — the session of {when}").format(
            name=due.pseudonym, when=when
        )
    earlier = due.sessions - 1
    return QCoreApplication.translate(
        "Practice",
        "{name} — the session of {when}, and (one earlier session|%n earlier sessions)",
        None,
        earlier,
    ).format(name=due.pseudonym, when=when)


def notes_text(row: NotesToFinish) -> str:
    """A session whose notes are still to finish: "Tuesday 10 March, 14:00 · Rae"."""
    return f"{moment_text(row.started_at)} · {row.pseudonym}"


class FittedList(QListWidget):
    """A list as tall as its rows (up to :data:`MAX_ROWS`), so a short list leaves no
    empty box and a row that wraps at large text is never cut off."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(3)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._width = -1

    def fit(self) -> None:
        """Take the height the rows need at the current width."""
        self.doItemsLayout()
        # The rows as laid out at this width (a size hint does not know about wrapping).
        rows = [
            self.visualItemRect(self.item(i)).height() for i in range(min(self.count(), MAX_ROWS))
        ]
        lines = sum(rows) if rows else self.fontMetrics().height() + 8
        gaps = 2 * self.spacing() * max(1, len(rows))
        self.setFixedHeight(lines + gaps + 2 * self.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Rows wrap differently at a new width: fit again (height only, so no loop)."""
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self.fit()


def _list(name: str) -> FittedList:
    return FittedList(name)


class PracticeHomePage(SectionPage):
    """Today's and recent sessions, and clients who need a summary."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        ask_path: AskPath = ask_pdf_path,
        notes_asker: NotesAsker | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._home = ctx.services.practice_home
        self._sessions = ctx.services.sessions
        self._ask_path = ask_path
        self._notes_asker = notes_asker or NotesAsker()
        self.summary_dialog: SummaryDialog | None = None
        self.notes_dialog: NotesDialog | None = None
        self.view: PracticeHomeView | None = None

        self.heading = text_label(
            QCoreApplication.translate("Practice", "Practice home"), "heading"
        )
        self.lead = text_label("", "muted")

        self.open_card = Card(margin=20)
        self.open_text = text_label("", "lead")
        self.resume_button = QPushButton(
            QCoreApplication.translate("Practice", "&Go to the session")
        )
        self.resume_button.setProperty("role", "primary")
        self.open_card.body.addWidget(self.open_text)
        self.open_card.body.addLayout(_row(self.resume_button))

        self.today_card = Card(margin=20)
        self.today_list = _list(QCoreApplication.translate("Practice", "Today's sessions"))
        self.today_empty = text_label(
            QCoreApplication.translate("Practice", "No sessions yet today."), "muted"
        )
        self.sessions_button = QPushButton(
            QCoreApplication.translate("Practice", "Go to &Sessions")
        )
        self.today_card.body.addWidget(
            text_label(QCoreApplication.translate("Practice", "Today"), "subheading")
        )
        for widget in (self.today_empty, self.today_list):
            self.today_card.body.addWidget(widget)
        self.today_card.body.addLayout(_row(self.sessions_button))

        self.due_card = Card(margin=20)
        self.due_list = _list(QCoreApplication.translate("Practice", "Clients who need a summary"))
        self.due_empty = text_label(
            QCoreApplication.translate(
                "Practice", "Every summary of the last 30 days has been saved for its client."
            ),
            "muted",
        )
        self.due_button = QPushButton(QCoreApplication.translate("Practice", "Open the s&ummary"))
        self.due_card.body.addWidget(
            text_label(
                QCoreApplication.translate("Practice", "Clients who need a summary"), "subheading"
            )
        )
        self.due_card.body.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Practice",
                    "Sessions of the last 30 days whose summary was not saved as a PDF yet. "
                    "Open one to read it and save it for the client.",
                ),
                "muted",
            )
        )
        for widget in (self.due_empty, self.due_list):
            self.due_card.body.addWidget(widget)
        self.due_card.body.addLayout(_row(self.due_button))

        self.notes_card = Card(margin=20)
        self.notes_list = _list(QCoreApplication.translate("Practice", "Notes to finish"))
        self.notes_empty = text_label(
            QCoreApplication.translate(
                "Practice", "The notes of every earlier session are signed."
            ),
            "muted",
        )
        self.notes_more = text_label("", "muted")
        self.notes_button = QPushButton(QCoreApplication.translate("Practice", "Open the &notes…"))
        self.notes_card.body.addWidget(
            text_label(QCoreApplication.translate("Practice", "Notes to finish"), "subheading")
        )
        self.notes_card.body.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Practice",
                    "Sessions from more than a day ago whose notes are not signed yet. Open "
                    "one to finish and sign its notes when it suits you.",
                ),
                "muted",
            )
        )
        for widget in (self.notes_empty, self.notes_list, self.notes_more):
            self.notes_card.body.addWidget(widget)
        self.notes_card.body.addLayout(_row(self.notes_button))

        self.recent_card = Card(margin=20)
        self.recent_list = _list(
            QCoreApplication.translate("Practice", "Sessions of the last two weeks")
        )
        self.recent_empty = text_label(
            QCoreApplication.translate("Practice", "No sessions in the last two weeks."), "muted"
        )
        self.recent_button = QPushButton(
            QCoreApplication.translate("Practice", "Open its su&mmary")
        )
        self.recent_card.body.addWidget(
            text_label(QCoreApplication.translate("Practice", "The last two weeks"), "subheading")
        )
        for widget in (self.recent_empty, self.recent_list):
            self.recent_card.body.addWidget(widget)
        self.recent_card.body.addLayout(_row(self.recent_button))

        # Keeping records: the retention rule, records whose time has come, the log.
        self.retention_card = RetentionCard(
            ctx.services.retention,
            _list(
                QCoreApplication.translate(
                    "Practice", "Records that have reached the time you chose"
                )
            ),
        )

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 16)
        column.setSpacing(12)
        column.addWidget(self.heading)
        column.addWidget(self.lead)
        for card in (
            self.open_card,
            self.today_card,
            self.due_card,
            self.notes_card,
            self.recent_card,
            self.retention_card,
        ):
            column.addWidget(card)
        column.addStretch(1)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.resume_button.clicked.connect(self._go_to_sessions)
        self.sessions_button.clicked.connect(self._go_to_sessions)
        self.due_button.clicked.connect(lambda: self._open_chosen(self.due_list))
        self.recent_button.clicked.connect(lambda: self._open_chosen(self.recent_list))
        self.notes_button.clicked.connect(self._open_chosen_notes)
        self.notes_list.itemActivated.connect(
            lambda item: self.open_notes(int(item.data(ID_ROLE)))
        )
        for view in (self.due_list, self.recent_list, self.today_list):
            view.itemActivated.connect(self._open_item)
        self.retention_card.changed.connect(self.refresh)
        hub = self.ctx.hub
        hub.practice_saved.connect(lambda _id: self.refresh())

    # ------------------------------------------------------------------ page

    def activate(self) -> None:
        """Read the sessions again (one may have started or ended since)."""
        self.refresh()

    def refresh(self) -> None:
        """Show the practice home as it is now."""
        view = self.view = self._home.view()
        running = view.running
        self.open_card.setVisible(running is not None)
        for card in (
            self.today_card,
            self.due_card,
            self.notes_card,
            self.recent_card,
            self.retention_card,
        ):
            card.setVisible(running is None)
        self.retention_card.clear()
        for widget in (self.today_list, self.due_list, self.notes_list, self.recent_list):
            widget.clear()  # no client's name stays in a hidden list
        if running is not None:
            self.lead.setText(
                QCoreApplication.translate(
                    "Practice", "A session is open. Only its client is named here until it ends."
                )
            )
            self.open_text.setText(
                QCoreApplication.translate(
                    "Practice", "The session with {name}, started {when}, is still open."
                ).format(name=running.pseudonym, when=moment_text(running.started_at))
            )
            return
        self.lead.setText(
            QCoreApplication.translate(
                "Practice", "{day}. Your sessions at a glance; nothing here is shown to a client."
            ).format(day=day_text(view.today))
        )
        self._fill(self.today_list, self.today_empty, view.today_sessions, with_day=False)
        self._fill(self.recent_list, self.recent_empty, view.recent, with_day=True)
        for due in view.needing_summary:
            item = QListWidgetItem(due_text(due))
            item.setData(ID_ROLE, due.session_id)
            self.due_list.addItem(item)
        self._show_list(self.due_list, self.due_empty, self.due_button)
        for row in view.notes_to_finish:
            item = QListWidgetItem(notes_text(row))
            item.setData(ID_ROLE, row.session_id)
            self.notes_list.addItem(item)
        shown, total = len(view.notes_to_finish), view.notes_to_finish_total
        self.notes_more.setText(
            QCoreApplication.translate(
                "Practice", "The newest {shown} of {total} are listed."
            ).format(shown=shown, total=total)
        )
        self.notes_more.setVisible(total > shown)
        self._show_list(self.notes_list, self.notes_empty, self.notes_button)
        self.retention_card.refresh()

    def _fill(
        self,
        view: QListWidget,
        empty: QWidget,
        rows: Sequence[SessionRow],
        *,
        with_day: bool,
    ) -> None:
        for row in rows:
            item = QListWidgetItem(session_text(row, with_day=with_day))
            item.setData(ID_ROLE, row.session_id)
            view.addItem(item)
        button = self.recent_button if view is self.recent_list else None
        self._show_list(view, empty, button)

    @staticmethod
    def _show_list(view: QListWidget, empty: QWidget, button: QPushButton | None) -> None:
        has_rows = view.count() > 0
        view.setVisible(has_rows)
        empty.setVisible(not has_rows)
        if button is not None:
            button.setVisible(has_rows)
        if has_rows:
            if button is not None:  # the row its button opens
                view.setCurrentRow(0)
            if isinstance(view, FittedList):
                view.fit()

    # ------------------------------------------------------------------ actions

    @Slot()
    def _go_to_sessions(self) -> None:
        self.ctx.hub.request_section(Section.SESSIONS)

    def _open_chosen(self, view: QListWidget) -> None:
        item = view.currentItem()
        if item is not None:
            self.open_summary(int(item.data(ID_ROLE)))

    @Slot(QListWidgetItem)
    def _open_item(self, item: QListWidgetItem) -> None:
        self.open_summary(int(item.data(ID_ROLE)))

    def open_summary(self, session_id: int) -> SummaryDialog | None:
        """A session's summary, with Save as PDF (an open session has none yet)."""
        if self._sessions.get(session_id).is_running:
            self._go_to_sessions()
            return None
        dialog = SummaryDialog(
            self._sessions.summary(session_id),
            self._ask_path,
            self,
            share=sharer(self.ctx, session_id, lambda: self._summary_saved(session_id)),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.view.pdf_saved.connect(lambda _path: self._summary_saved(session_id))
        dialog.destroyed.connect(self._dialog_gone)
        self.summary_dialog = dialog
        dialog.open()
        return dialog

    def _summary_saved(self, session_id: int) -> None:
        self._home.mark_summary_saved(session_id)
        self.refresh()

    @Slot()
    def _open_chosen_notes(self) -> None:
        item = self.notes_list.currentItem()
        if item is not None:
            self.open_notes(int(item.data(ID_ROLE)))

    def open_notes(self, session_id: int) -> NotesDialog:
        """A session's notes in your own view, to finish and sign."""
        dialog = NotesDialog(self._sessions, session_id, self._notes_asker, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self.refresh())  # signed, perhaps
        dialog.destroyed.connect(self._notes_gone)
        self.notes_dialog = dialog
        dialog.open()
        return dialog

    @Slot()
    def _notes_gone(self) -> None:
        self.notes_dialog = None

    def save_state(self) -> None:
        """Keep what was typed in notes being finished."""
        if self.notes_dialog is not None:
            self.notes_dialog.save()

    @Slot()
    def _dialog_gone(self) -> None:
        self.summary_dialog = None


def _row(button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(button)
    row.addStretch(1)
    return row
