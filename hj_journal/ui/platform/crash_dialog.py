"""The calm dialog the crash handler shows (:mod:`hj_journal.ui.platform.crash`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class CrashDialog(QDialog):
    """A calm note that something went wrong, with the choice to keep going or lock."""

    def __init__(self, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something unexpected happened"))
        self.setAccessibleName(self.tr("Something unexpected happened"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 20)
        layout.setSpacing(14)
        heading = QLabel(self.tr("Something unexpected happened"))
        heading.setProperty("role", "subheading")
        layout.addWidget(heading)
        text = self.tr(
            "What you were writing has been kept as a draft, and your journal is still "
            "encrypted and safe. You can keep going, or lock the journal and open it "
            "again later."
        )
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(body)
        if log_path is not None:
            note = QLabel(
                self.tr(
                    "A short technical note, with none of your writing in it, was added to {path}."
                ).format(path=str(log_path))
            )
            note.setProperty("role", "muted")
            note.setWordWrap(True)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(note)
        buttons = QDialogButtonBox()
        # Escape (reject) means "keep going"; locking is the deliberate choice.
        self.lock_button = buttons.addButton(
            self.tr("Lock journal"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_going = buttons.addButton(
            self.tr("Keep going"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.keep_going.setAccessibleName(self.tr("Keep going"))
        self.lock_button.setAccessibleName(self.tr("Lock journal"))
        self.keep_going.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(440)
