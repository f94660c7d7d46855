"""A first welcome for someone with no vault yet, with optional words about shared computers.

The advice about shared or monitored computers is offered, never pressed: a quiet link
opens two short paragraphs, and creating a vault needs none of it. Settings → Privacy
shows the same words at any time (:func:`shared_computer_advice`).

With a disguise on (:mod:`hj_journal.ui.platform.disguise`) the page speaks of "notes" and uses
the disguise's name, so nothing on it gives the app away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hj_journal.ui.common.widgets import text_label
from hj_journal.ui.platform.disguise import current_identity


def shared_computer_advice() -> tuple[str, str]:
    """The two paragraphs about using a shared or monitored computer, translated."""
    return (
        QCoreApplication.translate(
            "SharedComputerAdvice",
            "If someone else has administrator access to this computer, or has put "
            "monitoring software (spyware) on it, they may be able to see what you type and "
            "what is on the screen, even here. The encryption protects what is stored, not "
            "what is typed.",
        ),
        QCoreApplication.translate(
            "SharedComputerAdvice",
            "If that might be so, a device they cannot reach is a better place for what you "
            "write: your own phone, or a computer at a library or a friend's. Support lines "
            "for your country are in the support panel and in Settings.",
        ),
    )


class WelcomePage(QWidget):
    """For a newcomer with no vault yet: what this is, and one way forward."""

    create_requested = Signal()
    join_requested = Signal()  # a vault kept in a synced folder, from another device

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        identity = current_identity()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        if identity.disguised:
            heading = self.tr("Welcome")
            about = self.tr(
                "A private place for your notes. Everything you write stays on this computer, "
                "encrypted with a passphrase only you know."
            )
            begin = self.tr(
                "To begin, create a vault: the locked place your notes live in. It takes a "
                "minute, and every step is explained."
            )
        else:
            heading = self.tr("Welcome to HJ Journal")
            about = self.tr(
                "A private place for your journal, check-ins and the practices that "
                "help you. Everything you write stays on this computer, encrypted with a "
                "passphrase only you know."
            )
            begin = self.tr(
                "To begin, create a vault: the locked place your journal lives in. It "
                "takes a minute, and every step is explained."
            )
        layout.addWidget(text_label(heading, "heading"))
        layout.addWidget(text_label(about))
        layout.addWidget(text_label(begin, "muted"))

        self.advice_button = QPushButton(self.tr("Using a shared or monitored computer?"))
        self.advice_button.setProperty("role", "link")
        self.advice_button.setAutoDefault(False)
        self.advice_button.setAccessibleName(
            self.tr("Read about using a shared or monitored computer (optional)")
        )
        advice_row = QHBoxLayout()
        advice_row.addWidget(self.advice_button)
        advice_row.addStretch(1)
        layout.addLayout(advice_row)
        self.advice = QWidget()
        advice_box = QVBoxLayout(self.advice)
        advice_box.setContentsMargins(0, 0, 0, 0)
        advice_box.setSpacing(8)
        for paragraph in shared_computer_advice():
            advice_box.addWidget(text_label(paragraph))
        self.advice.hide()  # offered, not pressed: open it if you want it
        layout.addWidget(self.advice)

        row = QHBoxLayout()
        self.join_button = QPushButton(self.tr("Join a vault from a synced folder"))
        self.join_button.setProperty("role", "link")
        self.join_button.setAutoDefault(False)
        self.join_button.setAccessibleName(
            self.tr("Join a vault you keep on another device, from a synced folder")
        )
        row.addStretch(1)
        self.create_button = QPushButton(self.tr("Create your vault"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        row.addWidget(self.create_button)
        layout.addLayout(row)
        # On a line of its own under the button, so longer words (Spanish) never cut it.
        layout.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        QWidget.setTabOrder(self.create_button, self.join_button)  # as they are seen
        self.create_button.clicked.connect(self.create_requested)
        self.join_button.clicked.connect(self.join_requested)
        self.advice_button.clicked.connect(self._toggle_advice)

    @Slot()
    def _toggle_advice(self) -> None:
        showing = self.advice.isHidden()
        self.advice.setVisible(showing)
        self.advice_button.setText(
            self.tr("Hide these words")
            if showing
            else self.tr("Using a shared or monitored computer?")
        )
