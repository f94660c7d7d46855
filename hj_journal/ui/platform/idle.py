"""Notice when nobody has used the app for a while, so the journal can lock itself.

An event filter on the whole application notes the time of every key press, click,
scroll, touch and mouse move; a light timer checks how long ago that was. Time is
measured on two clocks and the larger gap wins: the monotonic clock (immune to the
wall clock being set back) and the wall clock (which, unlike the monotonic clock on
Linux and macOS, keeps running while the computer sleeps). So a laptop that slept for
an hour locks the moment it wakes, even where the platform never said it was going
to sleep.

Someone can be here without touching anything: following a guided breathing practice,
or talking with a client in a session. Such a page takes a **hold** for as long as it
runs (:meth:`IdleHolds.hold` returns an :class:`IdleHold`; ``release()`` it when the
practice stops or the page closes). Holds are counted, so a practice inside a session
works. While any hold is taken the monitor does not lock on idle; when the last one is
released, the idle time counts from that moment. An explicit hold rather than a page
pinging ``hub.user_active`` on a timer: a ping must beat whatever idle time the person
chose, keeps the journal open for ever if a timer is left running, and cannot tell
sleep from someone breathing along. A hold can: a hold never keeps the journal open
across system sleep — if the monitor's own light timer could not run for the idle time
(or at least :data:`SLEEP_GAP_MS`), the computer slept, and it locks as before. Manual
lock, quick exit and the platform's sleep and screen-lock notices lock at once
whatever is held. Each unlock makes a fresh hub and with it a fresh set of holds, and
stopping the monitor (on lock) forgets the held state, so a hold left behind by a page
that was torn down can never keep a later unlock open.
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

SLEEP_GAP_MS = 30_000
"""While held: a pause this long (or the idle time, if longer) between two of the
monitor's checks means the computer slept, and the journal locks."""


class IdleHold:
    """One reason to keep the journal open without input; :meth:`release` it when done.

    Releasing twice is harmless; ``with holds.hold("practice"):`` releases on exit.
    """

    def __init__(self, holds: IdleHolds, reason: str) -> None:
        self._holds = holds
        self.reason = reason
        self.released = False

    def release(self) -> None:
        """Let go of this hold (the journal may lock on idle again once none is left)."""
        if not self.released:
            self.released = True
            self._holds._release(self)

    def __enter__(self) -> IdleHold:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


class IdleHolds(QObject):
    """The holds taken now; :attr:`changed` says whether any is held."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._holds: list[IdleHold] = []

    def hold(self, reason: str) -> IdleHold:
        """Keep the journal from locking on idle until the returned hold is released."""
        hold = IdleHold(self, reason)
        self._holds.append(hold)
        if len(self._holds) == 1:
            self.changed.emit(True)
        return hold

    @property
    def held(self) -> bool:
        """True while at least one hold is taken."""
        return bool(self._holds)

    def reasons(self) -> list[str]:
        """Why the journal is held open, one reason per hold (for tests and logs)."""
        return [hold.reason for hold in self._holds]

    def _release(self, hold: IdleHold) -> None:
        if hold in self._holds:
            self._holds.remove(hold)
            if not self._holds:
                self.changed.emit(False)


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
        self._held = False
        self._last_check = wall()
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
    def held(self) -> bool:
        """True while a page holds the idle lock off (see :class:`IdleHolds`)."""
        return self._held

    @Slot(bool)
    def set_held(self, held: bool) -> None:
        """Hold the idle lock off, or let go (the idle time then counts from now)."""
        self._held = held
        self.note_activity()

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
        self._held = False  # holds belong to one unlock; a new one starts with none
        self.note_activity()
        self._last_check = self._wall()
        self._timer.start()

    def stop(self) -> None:
        """Stop watching (the vault is locked); whatever was held is let go."""
        self._held = False
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
        wall = self._wall()
        since_check_ms = (wall - self._last_check) * 1000
        self._last_check = wall
        if self._held:
            if since_check_ms < max(self._interval_ms, SLEEP_GAP_MS):
                self.note_activity()
                return
            # The check could not run for that long: the computer slept. Lock.
        elif self.idle_seconds() * 1000 < self._interval_ms:
            return
        self.stop()
        self.idle.emit()
