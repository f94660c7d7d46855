"""Notice when nobody has used the app for a while, so the journal can lock itself.

An event filter on the whole application notes the time of every key press, click,
scroll, touch and mouse move; a light timer checks how long ago that was. Time is
measured on two clocks and the larger gap wins: the monotonic clock (immune to the
wall clock being set back) and the wall clock (which, unlike the monotonic clock on
Linux and macOS, keeps running while the computer sleeps). So a laptop that slept for
an hour locks the moment it wakes, even where the platform never said it was going
to sleep.

Pages that keep someone busy without input (a guided breathing exercise) can hold the
lock off by emitting ``hub.user_active`` now and then.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal, Slot

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)

Clock = Callable[[], float]


class IdleMonitor(QObject):
    """Emits :attr:`idle` once after ``interval_ms`` without keyboard or mouse activity."""

    idle = Signal()

    def __init__(
        self,
        interval_ms: int,
        parent: QObject | None = None,
        *,
        monotonic: Clock = time.monotonic,
        wall: Clock = time.time,
    ) -> None:
        super().__init__(parent)
        self._interval_ms = max(1, interval_ms)
        self._monotonic = monotonic
        self._wall = wall
        self._last = (monotonic(), wall())
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._check)
        self._installed = False
        self._update_tick()

    @property
    def interval_ms(self) -> int:
        """How long without activity before :attr:`idle` fires."""
        return self._interval_ms

    def set_interval(self, interval_ms: int) -> None:
        """Change the idle time (takes effect at once; activity so far still counts)."""
        self._interval_ms = max(1, interval_ms)
        self._update_tick()

    def _update_tick(self) -> None:
        # Check often enough to be on time, rarely enough to cost nothing.
        self._timer.setInterval(max(20, min(1000, self._interval_ms // 4)))

    @property
    def running(self) -> bool:
        """True while watching (the vault is unlocked)."""
        return self._timer.isActive()

    def start(self) -> None:
        """Start watching, counting from now."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True
        self.note_activity()
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (the vault is locked)."""
        self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    @Slot()
    def note_activity(self) -> None:
        """Count this moment as activity."""
        self._last = (self._monotonic(), self._wall())

    def idle_seconds(self) -> float:
        """Seconds since the last activity (the larger of the two clocks' gaps)."""
        mono, wall = self._last
        return max(self._monotonic() - mono, self._wall() - wall)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Note keyboard and mouse activity anywhere in the app; never consume events."""
        if event.type() in _ACTIVITY:
            self._last = (self._monotonic(), self._wall())
        return False

    @Slot()
    def _check(self) -> None:
        if self.idle_seconds() * 1000 >= self._interval_ms:
            self.stop()
            self.idle.emit()
