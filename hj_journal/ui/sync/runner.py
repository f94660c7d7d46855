"""Merging in the background: once when the vault opens, then every minute.

Each round runs :meth:`hj_journal.core.sync.service.Sync.sync_now` on a worker thread
(through ``Jobs``), never on the GUI thread; a round still running is never doubled.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from hj_journal.core.sync.service import Sync, SyncReport
from hj_journal.ui.platform.worker import Jobs

EVERY_MS = 60_000


class SyncRunner(QObject):
    """Runs a round when asked and every minute while the vault is kept in step."""

    finished = Signal(object)  # the SyncReport
    failed = Signal(str)  # one calm sentence

    def __init__(self, sync: Sync, jobs: Jobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._jobs = jobs
        self._running = False
        self.timer = QTimer(self)
        self.timer.setInterval(EVERY_MS)
        self.timer.timeout.connect(self.run_now)

    def start(self) -> None:
        """Merge now, then every minute."""
        self.timer.start()
        self.run_now()

    @Slot()
    def run_now(self) -> None:
        """One round in the background (nothing when one is running or sync is off)."""
        if self._running:
            return
        self._running = True
        # The worker holds only the service, never this object: a Qt object must not be
        # let go of (and destroyed) on the worker's thread.
        sync = self._sync

        def round_() -> SyncReport | None:
            return sync.sync_now() if sync.is_set_up() else None

        self._jobs.start(round_, self._done, self._error, guard=self)

    def _done(self, report: SyncReport | None) -> None:
        self._running = False
        if report is not None:
            self.finished.emit(report)

    def _error(self, error: BaseException) -> None:
        self._running = False
        self.failed.emit(
            self.tr(
                "The synced folder could not be read or written just now; the next try is "
                "in a minute."
            )
        )
        del error
