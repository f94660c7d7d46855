"""File ▸ Backups…: the list, with check, restore (as new or over this vault) and remove.

Every piece of work runs in the background with a progress bar and a Stop button. A
backup that fails its checks is never restored (the core refuses; this dialog says so
calmly). Restoring over this vault backs it up first, so the step can be undone.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.data.backup import BackupInfo
from hj_journal.ui.common.widgets import MessageLabel, field_label, grow_to_fit
from hj_journal.ui.data.backup_list import BackupListModel
from hj_journal.ui.data.backup_settings import BackupSettingsBox
from hj_journal.ui.data.common import confirm, dialog_layout, when_text
from hj_journal.ui.data.failures import FailureWords, failure_text
from hj_journal.ui.data.task import ProgressBar, ProgressTask
from hj_journal.ui.shell.context import UiContext


class BackupsDialog(QDialog):
    """See the module docstring."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data = ctx.services.data
        self.backups = self.data.backups
        layout = dialog_layout(
            self,
            self.tr("Backups"),
            self.tr(
                "Encrypted copies of this vault. Each one opens with your passphrase or your "
                "recovery key, and is checked before it is ever restored."
            ),
        )
        self.model = BackupListModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups of this vault"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # At large text the day and time may need two lines: rows grow to hold them.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(160)

        actions = QVBoxLayout()
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.verify_button = QPushButton(self.tr("Check"))
        self.as_new_button = QPushButton(self.tr("Restore as a new vault…"))
        self.over_button = QPushButton(self.tr("Restore over this vault…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button in (
            self.backup_button,
            self.verify_button,
            self.as_new_button,
            self.over_button,
            self.remove_button,
        ):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 1)
        body.addLayout(actions)
        layout.addLayout(body, 1)

        self.message = MessageLabel()
        layout.addWidget(self.message)
        busy = QHBoxLayout()
        self.bar = ProgressBar(self.tr("Progress"))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAutoDefault(False)
        busy.addWidget(self.bar, 1)
        busy.addWidget(self.stop_button)
        layout.addLayout(busy)

        self.settings_box = BackupSettingsBox(self.backups)
        layout.addWidget(self.settings_box)

        bottom = QHBoxLayout()
        bottom.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        bottom.addWidget(self.close_button)
        layout.addLayout(bottom)

        self.task = ProgressTask(ctx.jobs, self)
        self._connect_signals()
        self.setMinimumSize(720, 560)
        self.refresh()
        self._set_busy(False)
        grow_to_fit(self)  # tall enough for its wrapped words at any text size

    def _connect_signals(self) -> None:
        self.task.progressed.connect(self.bar.set_fraction)
        self.backup_button.clicked.connect(lambda _c=False: self.back_up_now())
        self.verify_button.clicked.connect(lambda _c=False: self.verify_selected())
        self.as_new_button.clicked.connect(lambda _c=False: self.restore_selected_as_new())
        self.over_button.clicked.connect(lambda _c=False: self.restore_selected_over())
        self.remove_button.clicked.connect(lambda _c=False: self.remove_selected())
        self.stop_button.clicked.connect(self.task.cancel)
        self.close_button.clicked.connect(self.reject)
        self.settings_box.folder_changed.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        """Read the list again (newest first) and select the newest."""
        self.model.set_backups(self.backups.available())
        if self.model.rowCount():
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> BackupInfo | None:
        """The backup the person picked."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.backup(rows[0].row()) if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        chosen = self.selected() is not None and not self.task.running
        for button in (self.verify_button, self.as_new_button, self.over_button):
            button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _set_busy(self, busy: bool) -> None:
        self.backup_button.setEnabled(not busy)
        self.bar.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.settings_box.setEnabled(not busy)
        if not busy:
            self.bar.reset_bar()
        self._selection_changed()

    def _run(self, work: Any, done: Any, started: str) -> None:
        self.message.show_message(started)
        self._set_busy(True)
        self.task.start(work, on_done=done, on_error=self._failed)
        self._selection_changed()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.refresh()
        words = FailureWords(
            stopped=self.tr("Stopped. Nothing was changed."),
            damaged=self.tr(
                "This backup did not pass its checks, so it was not used. Your vault is unchanged."
            ),
            not_written=self.tr(
                "The backup folder couldn't be written to or read. If it is on a USB "
                "stick, check that the stick is plugged in."
            ),
            unexpected=self.tr("Something unexpected went wrong."),
        )
        self.message.show_message(failure_text(error, words))

    # ------------------------------------------------------------------ actions

    def back_up_now(self) -> None:
        """Make a backup in the background."""
        backups = self.backups
        self._run(
            lambda report: backups.create(progress=report),
            self._made,
            self.tr("Backing up and checking the copy…"),
        )

    def _made(self, info: BackupInfo) -> None:
        self._set_busy(False)
        self.refresh()
        self.message.show_message(self.tr("Backed up and checked. Every page reads back whole."))

    def verify_selected(self) -> None:
        """Check the chosen backup page by page."""
        info = self.selected()
        if info is None:
            return
        backups = self.backups
        self._run(
            lambda report: backups.verify(info, progress=report),
            self._verified,
            self.tr("Checking every page of the backup…"),
        )

    def _verified(self, report: Any) -> None:
        self._set_busy(False)
        if report.ok:
            self.message.show_message(self.tr("This backup checked out: every page is whole."))
        else:
            self.message.show_message(
                self.tr(
                    "This backup did not pass its checks (%1), so it won't be restored."
                ).replace("%1", report.problems[0].rstrip("."))
            )

    def restore_selected_as_new(self, label: str | None = None) -> None:
        """Restore the chosen backup beside this vault, under a new name."""
        info = self.selected()
        if info is None:
            return
        if label is None:
            label = NewVaultNameDialog.ask(self, self.data.identity.label)
            if label is None:
                return
        data = self.data
        self._run(
            lambda report: data.restore_as_new(info, label, progress=report),
            self._restored_as_new,
            self.tr("Checking the backup and restoring it as a new vault…"),
        )

    def _restored_as_new(self, label: str) -> None:
        self._set_busy(False)
        self.message.show_message(
            self.tr(
                "Restored as a new vault, “%1”. You'll find it on the lock screen; it opens "
                "with your passphrase."
            ).replace("%1", label)
        )

    def restore_selected_over(self, *, confirmed: bool = False) -> None:
        """Replace this vault's contents with the chosen backup's (after backing up)."""
        info = self.selected()
        if info is None:
            return
        if not confirmed and not confirm(
            self,
            self.tr("Restore this backup?"),
            self.tr("Replace what is in this vault with the backup from %1?").replace(
                "%1", when_text(info.created)
            ),
            self.tr("What is in the vault now is backed up first and kept, so you can go back."),
            self.tr("Restore"),
            self.tr("Keep things as they are"),
        ):
            return
        data = self.data
        self._run(
            lambda report: data.restore_over(info, progress=report),
            self._restored_over,
            self.tr("Backing up this vault, then restoring the backup…"),
        )

    def _restored_over(self, result: Any) -> None:
        self._set_busy(False)
        self.refresh()
        # The data services announce the restore (entries_changed); the window and the
        # app's appearance follow the restored vault too.
        self.ctx.hub.settings_changed.emit()
        self.message.show_message(
            self.tr(
                "Restored the backup from %1. What was there before is kept as a backup."
            ).replace("%1", when_text(result.restored.created))
        )

    def remove_selected(self, *, confirmed: bool = False) -> None:
        """Remove the chosen backup for good."""
        info = self.selected()
        if info is None:
            return
        if not confirmed and not confirm(
            self,
            self.tr("Remove this backup?"),
            self.tr("Remove the backup from %1 for good?").replace("%1", when_text(info.created)),
            self.tr("Your vault and your other backups are not touched."),
            self.tr("Remove"),
            self.tr("Keep it"),
        ):
            return
        self.backups.delete(info)
        self.refresh()
        self.message.show_message(self.tr("The backup was removed."))

    def reject(self) -> None:
        """Closing stops running work; the vault is left as it was."""
        if self.task.running:
            self.task.cancel()
        super().reject()


class NewVaultNameDialog(QDialog):
    """Ask for the restored vault's name."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = dialog_layout(
            self,
            self.tr("Name the restored vault"),
            self.tr("It will sit beside “%1” on the lock screen.").replace("%1", current),
        )
        self.name = QLineEdit(self.tr("%1 (restored)").replace("%1", current))
        layout.addWidget(field_label(self.tr("&Name"), self.name))
        layout.addWidget(self.name)
        row = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.ok = QPushButton(self.tr("Restore"))
        self.ok.setProperty("role", "primary")
        self.ok.setDefault(True)
        row.addWidget(cancel)
        row.addStretch(1)
        row.addWidget(self.ok)
        layout.addLayout(row)
        cancel.clicked.connect(self.reject)
        self.ok.clicked.connect(self.accept)
        self.name.textChanged.connect(lambda text: self.ok.setEnabled(bool(text.strip())))
        self.name.selectAll()
        self.setMinimumWidth(420)

    @classmethod
    def ask(cls, parent: QWidget | None, current: str) -> str | None:
        """The name typed, or ``None`` when the person changes their mind."""
        dialog = cls(current, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        name = dialog.name.text().strip()
        dialog.deleteLater()
        return name if accepted and name else None


__all__ = ["BackupsDialog", "NewVaultNameDialog"]
