"""A first welcome for someone with no vault yet."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hj_journal.ui.widgets import text_label


class WelcomePage(QWidget):
    """For a newcomer with no vault yet: what this is, and one way forward."""

    create_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(text_label(self.tr("Welcome to HJ Journal"), "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "A private place for your journal, check-ins and the practices that "
                    "help you. Everything you write stays on this computer, encrypted with a "
                    "passphrase only you know."
                )
            )
        )
        layout.addWidget(
            text_label(
                self.tr(
                    "To begin, create a vault: the locked place your journal lives in. It "
                    "takes a minute, and every step is explained."
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        row.addStretch(1)
        self.create_button = QPushButton(self.tr("Create your vault"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        self.create_button.clicked.connect(self.create_requested)
