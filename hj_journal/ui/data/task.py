"""Long data work (backup, restore, export, import) off the GUI thread, with progress.

::

    task = ProgressTask(ctx.jobs, parent=self)
    task.progressed.connect(self.bar.set_fraction)
    task.start(lambda report: backups.create(progress=report),
               on_done=self._made, on_error=self._failed)
    ...
    task.cancel()   # the work stops at its next progress report; nothing is written

The work runs on the app's :class:`~hj_journal.ui.platform.worker.Jobs` pool (the app waits for
it before locking). It receives a ``report(done, total)`` function; each call hands the
numbers to the GUI thread by a queued signal, and raises
:class:`~hj_journal.core.data.exchange.importer.Cancelled` once :meth:`cancel` was called.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressBar, QWidget

from hj_journal.core.data.exchange.importer import Cancelled
from hj_journal.ui.platform.worker import Jobs

Report = Callable[[int, int], None]


class ProgressTask(QObject):
    """One piece of background work at a time, with progress and a way to stop it."""

    progressed = Signal(int, int)  # done, total

    def __init__(self, jobs: Jobs, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = jobs
        self._stop = threading.Event()
        self._running = False

    @property
    def running(self) -> bool:
        """True between :meth:`start` and the moment its outcome is delivered."""
        return self._running

    def start(
        self,
        work: Callable[[Report], Any],
        *,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """Run ``work(report)`` in the background; outcomes arrive on the GUI thread."""
        self._stop = threading.Event()
        stop = self._stop
        signal = self.progressed

        def report(done: int, total: int) -> None:
            if stop.is_set():
                raise Cancelled
            signal.emit(int(done), int(total))

        def finished(result: Any) -> None:
            self._running = False
            on_done(result)

        def failed(error: BaseException) -> None:
            self._running = False
            on_error(error)

        self._running = True
        guard = self.parent() if isinstance(self.parent(), QObject) else self
        self._jobs.start(lambda: work(report), on_done=finished, on_error=failed, guard=guard)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._stop.set()


class ProgressBar(QProgressBar):
    """A progress bar fed ``(done, total)`` pairs; busy (moving) until a total is known."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setTextVisible(False)
        self.setRange(0, 1000)
        self.setValue(0)

    def set_fraction(self, done: int, total: int) -> None:
        """Show ``done / total``."""
        if total <= 0:
            self.setRange(0, 0)
            return
        self.setRange(0, 1000)
        self.setValue(int(1000 * min(max(done, 0), total) / total))

    def reset_bar(self) -> None:
        """Back to empty."""
        self.setRange(0, 1000)
        self.setValue(0)
