"""Add or edit a client: a pseudonym or initials, pronouns and goals. Returns data only."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sessions.service import ClientInput, ClientView
from hj_journal.ui.common.widgets import MessageLabel, field_label, grow_to_fit, text_label


class ClientDialog(QDialog):
    """The client form. ``client`` is None to add someone new."""

    def __init__(self, parent: QWidget | None, client: ClientView | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Sessions", "Edit client")
            if client
            else QCoreApplication.translate("Sessions", "Add a client")
        )
        self.setAccessibleName(self.windowTitle())
        outer = QVBoxLayout(self)
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Sessions",
                    "Use a pseudonym or initials, never a full name: this vault keeps "
                    "clients apart from anyone's personal journal.",
                ),
                "muted",
            )
        )
        form = QFormLayout()
        self.pseudonym = QLineEdit(self)
        self.pseudonym.setPlaceholderText(
            QCoreApplication.translate("Sessions", "For example: R. or Sky")
        )
        self.pseudonym.setMaxLength(80)
        self.pronouns = QLineEdit(self)
        self.pronouns.setPlaceholderText(
            QCoreApplication.translate("Sessions", "For example: they/them (optional)")
        )
        self.goals = QPlainTextEdit(self)
        self.goals.setTabChangesFocus(True)
        self.goals.setPlaceholderText(
            QCoreApplication.translate(
                "Sessions", "What the client wants from your time together (optional)"
            )
        )
        self.goals.setFixedHeight(self.goals.fontMetrics().lineSpacing() * 4 + 16)
        form.addRow(
            field_label(
                QCoreApplication.translate("Sessions", "&Pseudonym or initials"), self.pseudonym
            ),
            self.pseudonym,
        )
        form.addRow(
            field_label(QCoreApplication.translate("Sessions", "P&ronouns"), self.pronouns),
            self.pronouns,
        )
        form.addRow(
            field_label(QCoreApplication.translate("Sessions", "&Goals"), self.goals), self.goals
        )
        outer.addLayout(form)
        self.message = MessageLabel(self)
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if client is not None:
            self.pseudonym.setText(client.pseudonym)
            self.pronouns.setText(client.pronouns)
            self.goals.setPlainText(client.goals)
        self.pseudonym.setFocus()
        # Wide enough for its words at any text size (in the text's own width, not
        # pixels), and tall enough for them once wrapped: Qt alone would size the
        # window from a minimum that counts each wrapped sentence as one short line.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 60)
        grow_to_fit(self)

    def client_input(self) -> ClientInput:
        """What was typed."""
        return ClientInput(
            self.pseudonym.text(), self.pronouns.text(), self.goals.toPlainText().strip()
        )

    def _accept(self) -> None:
        if not self.pseudonym.text().strip():
            self.message.show_message(
                QCoreApplication.translate("Sessions", "Give the client a pseudonym or initials.")
            )
            self.pseudonym.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, client: ClientView | None = None) -> ClientInput | None:
        """Show the form; the typed client, or None when cancelled."""
        dialog = cls(parent, client)
        try:
            return dialog.client_input() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
