"""File ▸ Wipe this vault…: says plainly what goes, and asks for the vault's name.

The dialog only returns what was typed (and only when it matches); the core function
compares it again and does the work.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget

from hj_journal.ui.common.widgets import field_label, grow_to_fit, text_label
from hj_journal.ui.data.common import dialog_layout


class WipeDialog(QDialog):
    """See the module docstring."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        layout = dialog_layout(self, self.tr("Wipe this vault"), "")
        layout.addWidget(
            text_label(
                self.tr(
                    "This removes the vault “%1” — every entry, check-in, plan and note in "
                    "it — and every backup of it that HJ Journal made, for good. It can't be "
                    "undone."
                ).replace("%1", label)
            )
        )
        layout.addWidget(
            text_label(
                self.tr(
                    "Exports you made are not touched. If you might want any of it later, "
                    "make an export first, or copy a backup somewhere of your own."
                ),
                "muted",
            )
        )
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(label)
        layout.addWidget(
            field_label(
                self.tr("To go ahead, type the vault's name, “%1”:").replace("%1", label),
                self.typed,
            )
        )
        self.typed.setAccessibleName(self.tr("The vault's name, to confirm"))
        layout.addWidget(self.typed)
        row = QHBoxLayout()
        self.keep_button = QPushButton(self.tr("Keep my vault"))
        self.keep_button.setDefault(True)
        self.wipe_button = QPushButton(self.tr("Wipe for good"))
        self.wipe_button.setAutoDefault(False)
        self.wipe_button.setEnabled(False)
        row.addWidget(self.keep_button)
        row.addStretch(1)
        row.addWidget(self.wipe_button)
        layout.addLayout(row)
        self.keep_button.clicked.connect(self.reject)
        self.wipe_button.clicked.connect(self.accept)
        self.typed.textChanged.connect(self._typed_changed)
        self.setMinimumWidth(520)
        grow_to_fit(self)  # tall enough for its wrapped words at any text size

    def matches(self) -> bool:
        """True when the typed name is the vault's (spaces around it don't matter)."""
        return self.typed.text().strip() == self._label.strip()

    def _typed_changed(self, _text: str) -> None:
        self.wipe_button.setEnabled(self.matches())

    def accept(self) -> None:
        """Only with the right name."""
        if self.matches():
            super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, label: str) -> str | None:
        """The typed name (it matches), or ``None`` when the person keeps the vault."""
        dialog = cls(label, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        typed = dialog.typed.text()
        dialog.typed.setText("")
        dialog.deleteLater()
        return typed if accepted else None
