"""Lock screen → "Join a vault from a synced folder": the folder, the passphrase, a name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.ui.common.file_dialogs import finish, private_file_dialog
from hj_journal.ui.common.widgets import (
    MessageLabel,
    PassphraseEdit,
    field_label,
    grow_to_fit,
    text_label,
)


@dataclass(frozen=True)
class JoinRequest:
    """What joining needs: where the synced folder is, its passphrase, this copy's name."""

    folder: Path
    passphrase: str
    label: str


class JoinDialog(QDialog):
    """Asks for the synced folder, the vault's passphrase and a name for this copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a vault from a synced folder"))
        self.setAccessibleName(self.tr("Join a vault from a synced folder"))
        column = QVBoxLayout(self)
        column.addWidget(text_label(self.tr("Join a vault from a synced folder"), "subheading"))
        column.addWidget(
            text_label(
                self.tr(
                    "On your other device, Settings → “Keep this vault in step through a "
                    "synced folder” wrote the vault into a folder your sync tool shares. "
                    "Choose that folder here once it has arrived, and type the vault's "
                    "passphrase. This computer gets its own copy, kept in step from then on."
                ),
                "muted",
            )
        )
        # Each label above its field, so that large text never squeezes either.
        self.folder = QLineEdit()
        self.folder.setAccessibleName(self.tr("Synced folder"))
        self.choose = QPushButton(self.tr("Choose…"))
        self.choose.setAccessibleName(self.tr("Choose the synced folder"))
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose)
        column.addWidget(field_label(self.tr("Synced &folder"), self.folder))
        column.addLayout(row)
        self.passphrase = PassphraseEdit()
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        column.addWidget(field_label(self.tr("&Passphrase"), self.passphrase))
        column.addWidget(self.passphrase)
        self.label = QLineEdit(self.tr("Journal"))
        self.label.setAccessibleName(self.tr("Name on this computer"))
        column.addWidget(field_label(self.tr("&Name on this computer"), self.label))
        column.addWidget(self.label)
        self.message = MessageLabel()
        column.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Join"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        self.choose.clicked.connect(self._choose)
        self.request: JoinRequest | None = None
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 64)
        grow_to_fit(self)

    @Slot()
    def _choose(self) -> None:
        dialog = private_file_dialog(self, self.tr("Choose the synced folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        try:
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            chosen = dialog.selectedFiles() if accepted else []
        finally:
            finish(dialog)
        if chosen:
            self.folder.setText(chosen[0])

    @Slot()
    def _accept(self) -> None:
        folder = self.folder.text().strip()
        if not folder:
            self.message.show_message(self.tr("Choose the synced folder first."))
            return
        if not self.passphrase.text():
            self.message.show_message(self.tr("Type the vault's passphrase."))
            return
        self.request = JoinRequest(
            Path(folder).expanduser(), self.passphrase.text(), self.label.text().strip()
        )
        self.passphrase.clear()
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> JoinRequest | None:
        """The folder, passphrase and name, or None when the person changes their mind."""
        dialog = cls(parent)
        dialog.exec()
        return dialog.request
