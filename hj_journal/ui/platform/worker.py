"""Background work (key derivation, slow searches) that reports back on the GUI thread.

::

    jobs.start(lambda: vault.unlock(passphrase, policy=policy),
               on_done=self._unlocked, on_error=self._not_unlocked, guard=self)

The function runs on a :class:`QThreadPool` thread and must not touch widgets. Its
result (or exception) is delivered to ``on_done`` / ``on_error`` on the GUI thread,
unless ``guard`` (usually the widget that asked) has been destroyed meanwhile — a page
torn down by a lock never hears back.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _Relay(QObject):
    """Carries a job's outcome from the pool thread to the GUI thread."""

    finished = Signal(object, object)  # result, exception (one of them is None)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # handed to on_error on the GUI thread
            self._relay.finished.emit(None, error)
        else:
            self._relay.finished.emit(result, None)
        finally:
            self._fn = _done  # drop the closure (it may hold a passphrase) at once


def _done() -> None:
    return None


def report_unexpected(error: BaseException) -> None:
    """Hand an unexpected error from a job to the app's excepthook (calm dialog, log)."""
    sys.excepthook(type(error), error, error.__traceback__)


class Jobs(QObject):
    """A small pool of background threads whose results arrive on the GUI thread."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        # The same few threads for the whole run: each keeps its own database connection
        # (hj_journal.store.engine), so threads that expired and came back as new ones
        # would pile up connections.
        self._pool.setExpiryTimeout(-1)
        self._pending: dict[_Relay, tuple[Any, Any, QObject | None]] = {}

    def start(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        guard: QObject | None = None,
    ) -> None:
        """Run ``fn`` in the background; see the module docstring."""
        relay = _Relay(self)
        self._pending[relay] = (on_done, on_error or report_unexpected, guard)
        relay.finished.connect(self._deliver)
        self._pool.start(_Task(fn, relay))

    @property
    def busy(self) -> bool:
        """True while a job is running or waiting to run."""
        return bool(self._pending)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every running job has finished (used before the vault locks)."""
        return self._pool.waitForDone(msecs)

    @Slot(object, object)
    def _deliver(self, result: Any, error: BaseException | None) -> None:
        relay = self.sender()
        on_done, on_error, guard = self._pending.pop(relay, (None, None, None))  # type: ignore[call-overload]
        if isinstance(relay, QObject):
            relay.deleteLater()
        if guard is not None and not shiboken6.isValid(guard):
            return
        if error is not None:
            if on_error is not None:
                on_error(error)
        elif on_done is not None:
            on_done(result)
