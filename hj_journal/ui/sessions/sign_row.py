""" "Finish and sign…" and "Add an amendment…" for one ended session, in one row.

Shown by the session panel on its summary step in the practitioner's own view only; the
row says whether the notes are signed (and when) and how many amendments they have.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from hj_journal.core.common.errors import InputError
from hj_journal.core.sessions.service import Sessions, SessionView
from hj_journal.ui.common.widgets import MessageLabel, text_label
from hj_journal.ui.sessions.labels import moment_text
from hj_journal.ui.sessions.notes_asker import NotesAsker
from hj_journal.ui.sessions.notes_dialog import amendments_line


class SignRow(QWidget):
    """Whether the notes are signed, and the one action that fits."""

    changed = Signal()  # signed, or an amendment added
    about_to_sign = Signal()  # keep what was typed first (connected directly)

    def __init__(
        self,
        sessions: Sessions,
        asker: NotesAsker,
        message: MessageLabel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._asker = asker
        self._message = message
        self.session: SessionView | None = None
        self.status = text_label("", "muted")
        self.sign_button = QPushButton(QCoreApplication.translate("Sessions", "Finish and &sign…"))
        self.amend_button = QPushButton(
            QCoreApplication.translate("Sessions", "Add an &amendment…")
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status, 1)
        row.addWidget(self.sign_button)
        row.addWidget(self.amend_button)
        self.sign_button.clicked.connect(self.sign)
        self.amend_button.clicked.connect(self.amend)

    def show_for(self, session: SessionView) -> None:
        """Say where ``session``'s notes stand."""
        self.session = session
        signed_at = session.signed_at
        self.sign_button.setVisible(signed_at is None)
        self.amend_button.setVisible(signed_at is not None)
        if signed_at is None:
            self.status.setText(
                QCoreApplication.translate(
                    "Sessions",
                    "Your notes are not signed yet. Sign them now, or later from the "
                    "client's sessions.",
                )
            )
            return
        count = len(self._sessions.signing.amendments(session.id, include_private=True))
        self.status.setText(
            QCoreApplication.translate("Sessions", "Signed {when}. {amendments}").format(
                when=moment_text(signed_at), amendments=amendments_line(count)
            )
        )

    @Slot()
    def sign(self) -> None:
        """Say what signing means, and sign the notes when agreed."""
        if self.session is None:
            return
        self.about_to_sign.emit()
        if not self._asker.confirm_sign(self):
            return
        try:
            self._sessions.signing.sign(self.session.id)
        except InputError as error:
            self._message.show_message(str(error))
            return
        self.show_for(self._sessions.get(self.session.id))
        self.changed.emit()

    @Slot()
    def amend(self) -> None:
        """Add an amendment to the signed notes."""
        if self.session is None:
            return
        draft = self._asker.amendment(self, self._sessions.notes.parts(self.session.id))
        if draft is None:
            return
        try:
            self._sessions.signing.amend(
                self.session.id, draft.reason, draft.text, draft.section, draft.shared
            )
        except InputError as error:
            self._message.show_message(str(error))
            return
        self.show_for(self.session)
        self.changed.emit()
