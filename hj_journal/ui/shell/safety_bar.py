"""The bar that is always on screen: Pause, Lock and Quick exit, always in the same place."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from hj_journal.ui.platform.icons import set_icon
from hj_journal.ui.platform.quick_exit import QUICK_EXIT_KEYS


class SafetyBar(QWidget):
    """A slim bar across the top of the main window."""

    pause_clicked = Signal()
    lock_clicked = Signal()
    quick_exit_clicked = Signal()

    def __init__(self, vault_label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("safetyBar")
        self.setAccessibleName(self.tr("Safety bar"))
        # A plain QWidget only paints a stylesheet background with this attribute.
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 12, 8)
        row.setSpacing(10)
        self.vault_label = QLabel(vault_label)
        self.vault_label.setProperty("role", "muted")
        self.vault_label.setAccessibleName(self.tr("Open vault"))
        row.addWidget(self.vault_label)
        row.addStretch(1)
        self.pause_button = self._button(
            "pause",
            self.tr("Pause"),
            self.tr("Take a short grounding pause"),
            self.tr("A short grounding exercise, with your eyes open. Close it any time."),
        )
        self.lock_button = self._button(
            "lock",
            self.tr("Lock"),
            self.tr("Lock the journal"),
            self.tr("Lock the journal now (Ctrl+L)"),
        )
        self.quick_exit_button = self._button(
            "quick-exit",
            self.tr("Quick exit"),
            self.tr("Quick exit: save, lock and hide at once"),
            self.tr("Saves what you typed, locks and hides the app at once ({keys})").format(
                keys=QUICK_EXIT_KEYS
            ),
        )
        for button in (self.pause_button, self.lock_button, self.quick_exit_button):
            row.addWidget(button)
        self.pause_button.clicked.connect(self.pause_clicked)
        self.lock_button.clicked.connect(self.lock_clicked)
        self.quick_exit_button.clicked.connect(self.quick_exit_clicked)

    def _button(self, icon_name: str, text: str, accessible: str, tip: str) -> QPushButton:
        button = QPushButton(text)
        set_icon(button, icon_name)
        button.setIconSize(QSize(18, 18))
        button.setAccessibleName(accessible)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        return button
