"""The few questions the Journal asks, each asked once and calmly.

The page and editor take an :class:`Asker`, so tests can answer without a dialog.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget


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
        box, accept = delete_forever_question(parent, count)
        box.exec()
        return box.clickedButton() is accept

    @staticmethod
    def _confirm(parent: QWidget | None, text: str, info: str, yes: str, no: str) -> bool:
        box, accept = _question(parent, text, info, yes, no)
        box.exec()
        return box.clickedButton() is accept


def delete_forever_text(count: int) -> tuple[str, str]:
    """The question before ``count`` entries leave the trash for good, and what it means.

    Said plainly: encrypted backups made earlier still hold the entries until they are
    rotated away, and wiping the vault is the way to remove every copy at once.
    """
    if count == 1:
        text = _tr("Delete this entry for good?")
        gone = _tr("It can't be brought back from the trash afterwards.")
    else:
        text = _tr("Delete these %1 entries for good?").replace("%1", str(count))
        gone = _tr("They can't be brought back from the trash afterwards.")
    backups = _tr(
        "Copies may remain in your older encrypted backups until they are rotated away, "
        "as newer backups take their place. If every copy needs to go at once, File ▸ "
        "Wipe this vault removes the whole vault and its backups."
    )
    return text, f"{gone}\n\n{backups}"


def delete_forever_question(
    parent: QWidget | None, count: int
) -> tuple[QMessageBox, QAbstractButton]:
    """The message box :meth:`Asker.confirm_delete_forever` shows, and its accept button."""
    text, info = delete_forever_text(count)
    return _question(parent, text, info, _tr("Delete for good"), _tr("Keep in trash"))


def _question(
    parent: QWidget | None, text: str, info: str, yes: str, no: str
) -> tuple[QMessageBox, QAbstractButton]:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Please confirm"))
    box.setText(text)
    box.setInformativeText(info)
    accept = box.addButton(yes, QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)  # Enter keeps things; letting go is a deliberate click
    box.setEscapeButton(keep)
    return box, accept
