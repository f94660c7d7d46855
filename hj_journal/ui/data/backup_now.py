"""File ▸ Back up now…: one backup, made and checked in the background, with progress."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QWidget

from hj_journal.core.data.backup import BackupInfo
from hj_journal.ui.common.widgets import (
    FlowLayout,
    MessageLabel,
    grow_to_fit,
    text_label,
)
from hj_journal.ui.data.common import dialog_layout, human_size
from hj_journal.ui.data.failures import FailureWords, failure_text
from hj_journal.ui.data.task import ProgressBar, ProgressTask
from hj_journal.ui.shell.context import UiContext


class BackupNowDialog(QDialog):
    """Starts a backup as soon as it opens; *Show backups…* opens the list afterwards."""

    show_backups_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.backups = ctx.services.data.backups
        layout = dialog_layout(
            self,
            self.tr("Back up now"),
            self.tr(
                "An encrypted copy of this vault, checked page by page once it is written. "
                "It opens with your passphrase or your recovery key."
            ),
        )
        self.bar = ProgressBar(self.tr("Backup progress"))
        layout.addWidget(self.bar)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        # Where the backup went, once it is made: a folder the person can find again. In a
        # field of its own, read-only: a long path scrolls there instead of being cut off,
        # and copying it gives the path exactly.
        self.where_label = text_label(self.tr("It is in this folder:"), "muted")
        self.where = QLineEdit()
        self.where.setReadOnly(True)
        self.where.setAccessibleName(self.tr("Where the backup is"))
        self.where_label.setBuddy(self.where)
        for widget in (self.where_label, self.where):
            widget.hide()
            layout.addWidget(widget)
        # The buttons wrap onto a second line rather than squeeze their words (large
        # text, a longer language).
        row = FlowLayout()
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAutoDefault(False)
        self.list_button = QPushButton(self.tr("Show backups…"))
        self.list_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        for button in (self.stop_button, self.list_button, self.close_button):
            row.addWidget(button)
        buttons = QWidget()
        buttons.setLayout(row)
        layout.addWidget(buttons)
        self.task = ProgressTask(ctx.jobs, self)
        self.task.progressed.connect(self.bar.set_fraction)
        self.stop_button.clicked.connect(self.task.cancel)
        self.close_button.clicked.connect(self.reject)
        self.list_button.clicked.connect(self._show_list)
        # Wide enough for its sentences at any text size (measured in the text's own
        # width, not pixels), and tall enough for them once wrapped.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        self.made: BackupInfo | None = None
        grow_to_fit(self)

    def start(self) -> None:
        """Begin the backup (called when the dialog opens)."""
        backups = self.backups
        self.message.show_message(self.tr("Backing up and checking the copy…"))
        self._busy(True)
        self.task.start(
            lambda report: backups.create(progress=report),
            on_done=self._made,
            on_error=self._failed,
        )

    def _busy(self, busy: bool) -> None:
        self.stop_button.setVisible(busy)
        self.list_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)

    def _made(self, info: BackupInfo) -> None:
        self.made = info
        self._busy(False)
        self.bar.set_fraction(1, 1)
        self.message.show_message(
            self.tr("Backed up and checked (%1). Every page reads back whole.").replace(
                "%1", human_size(info.size)
            )
        )
        self.where.setText(str(info.folder))
        self.where.setCursorPosition(len(self.where.text()))  # the backup's own folder shows
        self.where_label.show()
        self.where.show()
        grow_to_fit(self)  # the message arrived after the dialog was sized: make room

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        self.bar.reset_bar()
        words = FailureWords(
            stopped=self.tr("Stopped. No backup was kept."),
            not_written=self.tr(
                "The backup couldn't be written. If the folder is on a USB stick, check "
                "that it is plugged in and has room."
            ),
            unexpected=self.tr("The backup couldn't be made."),
        )
        self.message.show_message(failure_text(error, words))

    def _show_list(self) -> None:
        self.accept()
        self.show_backups_requested.emit()

    def reject(self) -> None:
        """Closing stops a running backup (nothing half-made is kept)."""
        if self.task.running:
            self.task.cancel()
        super().reject()
