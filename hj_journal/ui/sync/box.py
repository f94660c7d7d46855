"""Settings → "Keep this vault in step through a synced folder"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFileDialog, QPushButton, QVBoxLayout, QWidget

from hj_journal.core.common.errors import InputError
from hj_journal.core.journal.entries import Journal
from hj_journal.core.sync.service import Sync, SyncReport
from hj_journal.ui.common.file_dialogs import finish, private_file_dialog
from hj_journal.ui.common.widgets import FlowLayout, MessageLabel, text_label
from hj_journal.ui.platform.worker import Jobs
from hj_journal.ui.sync.marker import choose_versions
from hj_journal.ui.sync.runner import SyncRunner


class SyncBox(QWidget):
    """Set up, see and stop keeping the vault in step; review entries edited twice."""

    changed = Signal()

    def __init__(
        self, sync: Sync, journal: Journal, jobs: Jobs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._sync = sync
        self._journal = journal
        self._jobs = jobs
        self.runner = SyncRunner(sync, jobs, self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.title = text_label(self.tr("Keep this vault in step through a synced folder"))
        column.addWidget(self.title)
        column.addWidget(
            text_label(
                self.tr(
                    "Choose a folder that a sync tool such as Syncthing keeps the same on your "
                    "other devices. HJ Journal writes only encrypted changes there and never "
                    "uses the network itself. On the other device, choose “Join a vault from "
                    "a synced folder” on the lock screen."
                ),
                "muted",
            )
        )
        self.status = text_label("")
        column.addWidget(self.status)
        self.message = MessageLabel()
        column.addWidget(self.message)
        row = FlowLayout()  # the buttons wrap rather than squeeze at large text
        self.set_up_button = QPushButton(self.tr("Choose a synced folder…"))
        self.sync_now_button = QPushButton(self.tr("Bring in step now"))
        self.review_button = QPushButton(self.tr("Review entries edited on two devices…"))
        self.stop_button = QPushButton(self.tr("Stop keeping in step"))
        for button in (
            self.set_up_button,
            self.sync_now_button,
            self.review_button,
            self.stop_button,
        ):
            row.addWidget(button)
        buttons = QWidget()
        buttons.setLayout(row)
        column.addWidget(buttons)
        self._connect_signals()
        self.refresh()
        self.runner.start()

    def _connect_signals(self) -> None:
        self.set_up_button.clicked.connect(self._choose_folder)
        self.sync_now_button.clicked.connect(self.runner.run_now)
        self.review_button.clicked.connect(self.review)
        self.stop_button.clicked.connect(self._stop)
        self.runner.finished.connect(self._round_done)
        self.runner.failed.connect(self.message.show_message)

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Read where the vault stands again."""
        status = self._sync.status()
        on = status.set_up
        self.set_up_button.setVisible(not on)
        self.sync_now_button.setVisible(on)
        self.stop_button.setVisible(on)
        self.review_button.setVisible(on and status.two_versions > 0)
        if not on:
            self.status.setText(self.tr("Not kept in step with another device."))
            return
        # Counts as plain names: lupdate leaves out a counted message whose count is an
        # expression.
        devices, waiting = len(status.devices), status.two_versions
        lines = [
            self.tr("Kept in step through {folder}.").format(folder=status.folder),
            self.tr("%n other device(s) kept in step with this one.", "", devices)
            if devices
            else self.tr("No other device has joined yet."),
        ]
        if waiting:
            lines.append(
                self.tr(
                    "%n entr(y|ies) edited on two devices, waiting for you to choose.", "", waiting
                )
            )
        if status.rotated_elsewhere:
            lines.append(
                self.tr(
                    "This vault's key was changed on another device. Lock the journal and "
                    "open it with the passphrase you use there; until then nothing more is "
                    "sent from here."
                )
            )
        self.status.setText("\n".join(lines))

    @Slot(object)
    def _round_done(self, report: SyncReport) -> None:
        if report.problems:
            self.message.show_message(report.problems[0])
        elif report.key_changed:
            self.message.show_message(
                self.tr(
                    "Your passphrase was changed on another device; from your next unlock "
                    "it opens this vault here too."
                )
            )
        else:
            self.message.clear_message()
        self.refresh()
        if report.entries_changed:
            self.changed.emit()

    # ------------------------------------------------------------------ actions

    @Slot()
    def _choose_folder(self) -> None:
        dialog = private_file_dialog(self, self.tr("Choose a synced folder"))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        try:
            accepted = dialog.exec() == QFileDialog.DialogCode.Accepted
            chosen = dialog.selectedFiles() if accepted else []
        finally:
            finish(dialog)
        if chosen:
            self.set_up(Path(chosen[0]))

    def set_up(self, folder: Path) -> None:
        """Start keeping in step through ``folder`` (in the background)."""
        self.set_up_button.setEnabled(False)
        self.message.show_message(self.tr("Writing this vault's first changes to the folder…"))
        self._jobs.start(
            lambda: self._sync.set_up(folder),
            self._set_up_done,
            self._set_up_failed,
            guard=self,
        )

    def _set_up_done(self, report: SyncReport) -> None:
        self.set_up_button.setEnabled(True)
        self._round_done(report)

    def _set_up_failed(self, error: BaseException) -> None:
        self.set_up_button.setEnabled(True)
        if isinstance(error, InputError | OSError):
            self.message.show_message(
                str(error)
                if isinstance(error, InputError)
                else self.tr("That folder could not be written to.")
            )
            return
        raise error

    @Slot()
    def _stop(self) -> None:
        self._sync.stop()
        self.message.show_message(
            self.tr("This vault is no longer kept in step. The folder's files stay.")
        )
        self.refresh()

    @Slot()
    def review(self) -> None:
        """Show each entry edited on two devices, one at a time."""
        for entry_id in self._sync.entries_with_two_versions():
            if not choose_versions(self, self._sync, self._journal, entry_id):
                self.refresh()
                return
        self.refresh()
        self.runner.run_now()
