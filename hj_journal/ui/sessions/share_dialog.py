""" "Share with my client": save the summary as an encrypted file, then show its code once.

:func:`share_summary` runs the whole flow from the summary's "Share with my client…"
button: where to save the file (the app's private file dialog, a neutral name with the
day only), :meth:`~hj_journal.core.sessions.sharing.Sharing.share_to`, then
:class:`CodeDialog`, which shows the one-time code large and grouped like the recovery
key, with *Copy* and a reminder to read it aloud or write it down. The code lives only
in that dialog's label while it is open and is dropped when it closes; *Copy* goes
through the app's clipboard guard, which takes it off the clipboard when the vault
locks.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.sessions.sharing import (
    SUFFIX,
    SharedFile,
    Sharing,
    code_groups,
    default_file_name,
)
from hj_journal.ui.common.calm_dialog import inform
from hj_journal.ui.common.file_dialogs import ask_save_path
from hj_journal.ui.common.widgets import MessageLabel, grow_to_fit, text_label
from hj_journal.ui.shell.context import UiContext

AskSharePath = Callable[[QWidget, str], Path | None]
"""Asks where to save the shared file (parent, suggested name) → a path, or None."""
ShowCode = Callable[[QWidget, str, str, Callable[[str], None]], None]
"""Shows the code once (parent, code, the file's name, copy to the clipboard)."""

TITLE = str(QT_TRANSLATE_NOOP("Sessions", "Share with my client"))


def ask_share_path(parent: QWidget, suggested: str) -> Path | None:
    """The app's private save dialog, for a shared summary."""
    return ask_save_path(
        parent,
        QCoreApplication.translate("Sessions", "Save the summary for your client"),
        suggested,
        QCoreApplication.translate("Sessions", "Shared summaries (*{suffix})").format(
            suffix=SUFFIX
        ),
        SUFFIX.lstrip("."),
    )


def code_lines(code: str) -> str:
    """The code in two steady lines of three groups, as the recovery key is shown."""
    groups = code_groups(code)
    return "  ".join(groups[:3]) + "\n" + "  ".join(groups[3:])


class CodeDialog(QDialog):
    """The one-time code, large and grouped, with Copy and what to do with it."""

    def __init__(
        self,
        code: str,
        file_name: str,
        copy: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Sessions", TITLE))
        self.setAccessibleName(self.windowTitle())
        self.setModal(True)
        self._code = code
        self._copy = copy
        self.heading = text_label(
            QCoreApplication.translate("Sessions", "Give your client the file and this code"),
            "subheading",
        )
        self.saved = text_label(
            QCoreApplication.translate(
                "Sessions", "The summary is saved, encrypted, as {name}."
            ).format(name=file_name)
        )
        self.code_label = QLabel(code_lines(code))
        self.code_label.setProperty("role", "recovery-key")  # the recovery key's look
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setWordWrap(True)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code_label.setAccessibleName(
            QCoreApplication.translate("Sessions", "The code that opens the summary")
        )
        self.code_label.setAccessibleDescription(" ".join(code_groups(code)))
        self.reminder = text_label(
            QCoreApplication.translate(
                "Sessions",
                "This code is shown only now and kept nowhere. Read it aloud while your "
                "client writes it down, or write it down for them. They type it in their own "
                "journal with Receive from my practitioner.",
            )
        )
        self.apart = text_label(
            QCoreApplication.translate(
                "Sessions",
                "Anyone who has both the file and the code can read the summary, so give "
                "them in different ways: never both in one message.",
            ),
            "muted",
        )
        self.copy_button = QPushButton(QCoreApplication.translate("Sessions", "&Copy the code"))
        self.copy_button.setAutoDefault(False)
        self.done_button = QPushButton(QCoreApplication.translate("Sessions", "&Done"))
        self.done_button.setProperty("role", "primary")
        self.done_button.setDefault(True)
        self.message = MessageLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(28, 24, 28, 20)
        column.setSpacing(12)
        for widget in (self.heading, self.saved, self.code_label, self.reminder, self.apart):
            column.addWidget(widget)
        column.addWidget(self.message)
        column.addLayout(buttons)
        self.copy_button.clicked.connect(self.copy_code)
        self.done_button.clicked.connect(self.accept)
        self.finished.connect(self._forget)
        width = self.fontMetrics().averageCharWidth() * 60
        for label in (self.heading, self.saved, self.reminder, self.apart):
            label.setMinimumWidth(width)
        grow_to_fit(self)

    @classmethod
    def show_code(
        cls, parent: QWidget, code: str, file_name: str, copy: Callable[[str], None]
    ) -> None:
        """Show the code until the practitioner is done with it."""
        dialog = cls(code, file_name, copy, parent)
        dialog.exec()
        dialog.deleteLater()

    @Slot()
    def copy_code(self) -> None:
        """Put the code on the clipboard (taken off again when the journal locks)."""
        if self._code:
            self._copy(self._code)
            self.message.show_message(
                QCoreApplication.translate(
                    "Sessions", "Copied. It is taken off the clipboard when the journal locks."
                )
            )

    @Slot()
    def _forget(self) -> None:
        self._code = ""
        self.code_label.clear()
        self.code_label.setAccessibleDescription("")


def share_summary(
    parent: QWidget,
    sharing: Sharing,
    session_id: int,
    copy: Callable[[str], None],
    *,
    ask_path: AskSharePath = ask_share_path,
    show_code: ShowCode = CodeDialog.show_code,
    tell: Callable[[QWidget | None, str, str], None] = inform,
) -> SharedFile | None:
    """Save the session's summary for the client and show its code; None if not saved."""
    try:
        suggested = default_file_name(sharing.content(session_id))
    except NotFoundError as error:
        tell(parent, QCoreApplication.translate("Sessions", TITLE), str(error))
        return None
    path = ask_path(parent, suggested)
    if path is None:
        return None
    try:
        shared = sharing.share_to(session_id, path)
    except (InputError, NotFoundError) as error:
        tell(parent, QCoreApplication.translate("Sessions", TITLE), str(error))
        return None
    except OSError:
        tell(
            parent,
            QCoreApplication.translate("Sessions", TITLE),
            QCoreApplication.translate(
                "Sessions", "The file could not be saved there. Try another folder."
            ),
        )
        return None
    show_code(parent, shared.code, path.name, copy)
    return shared


def sharer(
    ctx: UiContext, session_id: int, then: Callable[[], None] | None = None
) -> Callable[[QWidget], SharedFile | None]:
    """The "Share with my client…" action for one session (``then`` runs once it is saved)."""

    def share(parent: QWidget) -> SharedFile | None:
        shared = share_summary(parent, ctx.services.sharing, session_id, ctx.clipboard.copy)
        if shared is not None and then is not None:
            then()
        return shared

    return share
