"""The few questions the Journal asks, each asked once and calmly.

The page and editor take an :class:`Asker`, so tests can answer without a dialog.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def _tr(text: str) -> str:
    return QCoreApplication.translate("JournalDialogs", text)


class Unsaved(Enum):
    """What to do with writing that is not saved as an entry yet."""

    SAVE = "save"
    KEEP_WRITING = "keep"
    DISCARD = "discard"


class Asker:
    """Asks with message boxes. Every question has a safe default that loses nothing."""

    def unsaved_writing(self, parent: QWidget | None) -> Unsaved:
        """Before the editor shows something else."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Unsaved writing"))
        box.setText(_tr("The writing in the editor isn't saved as an entry yet."))
        box.setInformativeText(_tr("You can save it now, keep writing, or let it go."))
        save = box.addButton(_tr("Save it"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(_tr("Keep writing"), QMessageBox.ButtonRole.RejectRole)
        discard = box.addButton(_tr("Discard it"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(save)
        box.setEscapeButton(keep)
        box.exec()
        clicked = box.clickedButton()
        if clicked is discard:
            return Unsaved.DISCARD
        if clicked is save:
            return Unsaved.SAVE
        return Unsaved.KEEP_WRITING

    def confirm_discard(self, parent: QWidget | None) -> bool:
        """Before unsaved writing is let go."""
        return self._confirm(
            parent,
            _tr("Discard this writing?"),
            _tr("The unsaved writing will be gone. Saved entries are not touched."),
            _tr("Discard"),
            _tr("Keep it"),
        )

    def confirm_delete_forever(self, parent: QWidget | None, count: int) -> bool:
        """Before entries leave the trash for good."""
        text = (
            _tr("Delete this entry for good?")
            if count == 1
            else _tr("Delete these %1 entries for good?").replace("%1", str(count))
        )
        return self._confirm(
            parent,
            text,
            _tr("They can't be brought back afterwards."),
            _tr("Delete for good"),
            _tr("Keep in trash"),
        )

    @staticmethod
    def _confirm(parent: QWidget | None, text: str, info: str, yes: str, no: str) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Please confirm"))
        box.setText(text)
        box.setInformativeText(info)
        accept = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps things; letting go is a deliberate click
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is accept
