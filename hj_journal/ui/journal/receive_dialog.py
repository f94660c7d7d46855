""" "Receive from my practitioner": choose the file, type the code, and it is received.

:meth:`ReceiveDialog.ask` returns what receiving did, or None when the person changes
their mind. It is handed the one call that receives (the service's
:meth:`~hj_journal.core.sessions.received.ReceivedSummaries.receive_file`): a wrong code
or a file that cannot be read is one calm sentence under the form, nothing is kept, and
the file and the code stay as chosen and typed so that a typo can be put right.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sessions.received import Received, ReceiveError
from hj_journal.core.sessions.sharing import SUFFIX
from hj_journal.ui.common.file_dialogs import ask_open_path
from hj_journal.ui.common.widgets import MessageLabel, field_label, grow_to_fit, text_label

Attempt = Callable[[Path, str], Received]
"""Receives the file at a path with a code, or raises ReceiveError (one sentence)."""
AskFile = Callable[[QWidget], Path | None]
"""Asks which file to receive (parent) → a path, or None."""


def ask_share_file(parent: QWidget) -> Path | None:
    """The app's private open dialog, for a shared summary."""
    return ask_open_path(
        parent,
        QCoreApplication.translate("FromSessions", "Choose the file from your practitioner"),
        QCoreApplication.translate(
            "FromSessions", "Shared summaries (*{suffix});;Every file (*)"
        ).format(suffix=SUFFIX),
    )


class ReceiveDialog(QDialog):
    """The file, the code, and Receive."""

    def __init__(
        self, attempt: Attempt, ask_file: AskFile = ask_share_file, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("FromSessions", "Receive from my practitioner")
        )
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self._attempt = attempt
        self._ask_file = ask_file
        self.path: Path | None = None
        self.received: Received | None = None

        heading = text_label(
            QCoreApplication.translate("FromSessions", "A summary from your practitioner"),
            "subheading",
        )
        intro = text_label(
            QCoreApplication.translate(
                "FromSessions",
                "Your practitioner gave you a file and a code. Once received, the summary "
                "is kept in your journal, encrypted like everything else, under From my "
                "sessions.",
            )
        )
        self.file_name = text_label(
            QCoreApplication.translate("FromSessions", "No file chosen yet."), "muted"
        )
        self.file_name.setAccessibleName(
            QCoreApplication.translate("FromSessions", "The chosen file")
        )
        self.choose_button = QPushButton(
            QCoreApplication.translate("FromSessions", "&Choose the file…")
        )
        self.choose_button.setAutoDefault(False)
        file_label = field_label(
            QCoreApplication.translate("FromSessions", "The &file"), self.choose_button
        )
        self.choose_button.setAccessibleName(
            QCoreApplication.translate("FromSessions", "Choose the file from your practitioner")
        )
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_name, 1)
        file_row.addWidget(self.choose_button)
        self.code = QLineEdit()
        self.code.setProperty("role", "mono")
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XX")
        code_label = field_label(
            QCoreApplication.translate("FromSessions", "The c&ode that came with it"), self.code
        )
        self.code.setAccessibleName(
            QCoreApplication.translate("FromSessions", "The code that came with the file")
        )
        hint = text_label(
            QCoreApplication.translate(
                "FromSessions",
                "Type it as it was given; spaces, dashes and small letters are fine.",
            ),
            "muted",
        )
        self.message = MessageLabel()
        self.cancel_button = QPushButton(QCoreApplication.translate("FromSessions", "Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.receive_button = QPushButton(QCoreApplication.translate("FromSessions", "&Receive"))
        self.receive_button.setProperty("role", "primary")
        self.receive_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.receive_button)

        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(10)
        for label in (heading, intro, file_label):
            column.addWidget(label)
        column.addLayout(file_row)
        below: tuple[QWidget, ...] = (code_label, self.code, hint, self.message)
        for widget in below:
            column.addWidget(widget)
        column.addSpacing(4)
        column.addLayout(buttons)
        width = self.fontMetrics().averageCharWidth() * 56
        for label in (heading, intro, hint, self.message):
            label.setMinimumWidth(width)
        QWidget.setTabOrder(self.choose_button, self.code)
        QWidget.setTabOrder(self.code, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.receive_button)

        self.choose_button.clicked.connect(self.choose_file)
        self.cancel_button.clicked.connect(self.reject)
        self.receive_button.clicked.connect(self.try_receive)
        self.finished.connect(self._forget)
        grow_to_fit(self)

    @classmethod
    def ask(
        cls, parent: QWidget | None, attempt: Attempt, ask_file: AskFile = ask_share_file
    ) -> Received | None:
        """Ask for the file and the code until it is received, or the person cancels."""
        dialog = cls(attempt, ask_file, parent)
        dialog.exec()
        received = dialog.received
        dialog.deleteLater()
        return received

    @Slot()
    def choose_file(self) -> None:
        """Ask which file (the app's private file dialog)."""
        path = self._ask_file(self)
        if path is None:
            return
        self.set_file(path)
        self.code.setFocus()

    def set_file(self, path: Path) -> None:
        """Take ``path`` as the file to receive."""
        self.path = path
        self.file_name.setText(path.name)
        self.message.clear_message()

    @Slot()
    def try_receive(self) -> None:
        """Receive, or say in one sentence why not and keep what was chosen and typed."""
        if self.path is None:
            self.message.show_message(
                QCoreApplication.translate(
                    "FromSessions", "Choose the file your practitioner gave you first."
                )
            )
            self.choose_button.setFocus()
            return
        try:
            self.received = self._attempt(self.path, self.code.text())
        except ReceiveError as error:
            self.message.show_message(str(error))
            (self.code if error.wrong_code else self.choose_button).setFocus()
            return
        self.accept()

    @Slot()
    def _forget(self) -> None:
        self.code.setText("")  # setText also drops the undo history of what was typed
