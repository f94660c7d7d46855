"""The few questions the Journal asks, each asked once and calmly.

The page and editor take an :class:`Asker`, so tests can answer without a dialog.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QWidget

from hj_journal.ui.common.calm_dialog import CalmDialog, question


class Unsaved(Enum):
    """What to do with writing that is not saved as an entry yet."""

    SAVE = "save"
    KEEP_WRITING = "keep"
    DISCARD = "discard"


class Asker:
    """Asks with the app's calm dialogs. Every question has a safe default that loses nothing."""

    def unsaved_writing(self, parent: QWidget | None) -> Unsaved:
        """Before the editor shows something else."""
        box = CalmDialog(
            parent,
            QCoreApplication.translate("JournalDialogs", "Unsaved writing"),
            QCoreApplication.translate(
                "JournalDialogs", "The writing in the editor isn't saved as an entry yet."
            ),
            QCoreApplication.translate(
                "JournalDialogs", "You can save it now, keep writing, or let it go."
            ),
        )
        discard = box.add_button(QCoreApplication.translate("JournalDialogs", "Discard it"))
        box.add_button(QCoreApplication.translate("JournalDialogs", "Keep writing"), escape=True)
        save = box.add_button(
            QCoreApplication.translate("JournalDialogs", "Save it"), primary=True, default=True
        )
        clicked = box.ask()
        box.deleteLater()
        if clicked is discard:
            return Unsaved.DISCARD
        if clicked is save:
            return Unsaved.SAVE
        return Unsaved.KEEP_WRITING

    def confirm_discard(self, parent: QWidget | None) -> bool:
        """Before unsaved writing is let go."""
        return self._confirm(
            parent,
            QCoreApplication.translate("JournalDialogs", "Discard this writing?"),
            QCoreApplication.translate(
                "JournalDialogs",
                "The unsaved writing will be gone. Saved entries are not touched.",
            ),
            QCoreApplication.translate("JournalDialogs", "Discard"),
            QCoreApplication.translate("JournalDialogs", "Keep it"),
        )

    def confirm_delete_forever(self, parent: QWidget | None, count: int) -> bool:
        """Before entries leave the trash for good."""
        box, accept = delete_forever_question(parent, count)
        answer = box.ask() is accept
        box.deleteLater()
        return answer

    @staticmethod
    def _confirm(parent: QWidget | None, text: str, info: str, yes: str, no: str) -> bool:
        box, accept = question(
            parent,
            QCoreApplication.translate("JournalDialogs", "Please confirm"),
            text,
            yes,
            no,
            info=info,
        )
        answer = box.ask() is accept
        box.deleteLater()
        return answer


def delete_forever_text(count: int) -> tuple[str, str]:
    """The question before ``count`` entries leave the trash for good, and what it means.

    Said plainly: encrypted backups made earlier still hold the entries until they are
    rotated away, and wiping the vault is the way to remove every copy at once.
    """
    # Counted text (never "if count == 1"), so every language says its own plural forms.
    text = QCoreApplication.translate(
        "JournalDialogs", "Delete (this entry|these %n entries) for good?", None, count
    )
    gone = QCoreApplication.translate(
        "JournalDialogs",
        "(It|These %n entries) can't be brought back from the trash afterwards.",
        None,
        count,
    )
    backups = QCoreApplication.translate(
        "JournalDialogs",
        "Copies may remain in your older encrypted backups until they are rotated away, "
        "as newer backups take their place. If every copy needs to go at once, File ▸ "
        "Wipe this vault removes the whole vault and its backups.",
    )
    return text, f"{gone}\n\n{backups}"


def delete_forever_question(
    parent: QWidget | None, count: int
) -> tuple[CalmDialog, QAbstractButton]:
    """The dialog :meth:`Asker.confirm_delete_forever` shows, and its accept button.

    Enter and Escape keep the entries; letting go is a deliberate click.
    """
    text, info = delete_forever_text(count)
    return question(
        parent,
        QCoreApplication.translate("JournalDialogs", "Please confirm"),
        text,
        QCoreApplication.translate("JournalDialogs", "Delete for good"),
        QCoreApplication.translate("JournalDialogs", "Keep in trash"),
        info=info,
    )
