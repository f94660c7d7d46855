"""Lock the journal when the computer goes to sleep or its screen is locked.

Qt has no cross-platform signal for either, so this uses what each platform offers:

- **Linux:** D-Bus (QtDBus, local only): logind's ``PrepareForSleep(true)`` on the
  system bus; ``ActiveChanged(true)`` from the freedesktop, GNOME, KDE and MATE screen
  savers and logind's ``Lock`` on the session and system buses.
- **Windows:** the main window's native messages: ``WM_POWERBROADCAST`` with
  ``PBT_APMSUSPEND`` (sleep) and ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK``
  (after registering with ``WTSRegisterSessionNotification``).
- **Everywhere:** Qt's ``ApplicationSuspended`` state (reported on some platforms).
- **macOS and anything else:** no sleep notice reaches a Qt app without extra
  bindings. The idle monitor (:mod:`hj_journal.ui.platform.idle`) measures on the wall clock,
  which keeps running during sleep, so the journal locks within a second of waking.

Waking is reported too (:attr:`SystemLockWatcher.resumed`), where the platform says so:
logind's ``PrepareForSleep(false)`` on Linux, ``PBT_APMRESUMEAUTOMATIC`` and
``PBT_APMRESUMESUSPEND`` on Windows. The reminders set their timer again then
(:meth:`hj_journal.ui.reminders.controller.ReminderController.woke`); elsewhere they rely
on the application becoming active again.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable

from PySide6.QtCore import QAbstractNativeEventFilter, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

_SCREENSAVERS = (
    ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.freedesktop.ScreenSaver", "/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
    ("org.mate.ScreenSaver", "/org/mate/ScreenSaver", "org.mate.ScreenSaver"),
)
_LOGIN1 = "org.freedesktop.login1"

# Windows message numbers.
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_APMRESUMESUSPEND = 0x0007  # woken by a person
PBT_APMRESUMEAUTOMATIC = 0x0012  # woken, by anything
WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7


class SystemLockWatcher(QObject):
    """Emits :attr:`lock_requested` when the system sleeps or its screen locks.

    Emits :attr:`resumed` when the platform says the system woke from sleep.
    """

    lock_requested = Signal()
    resumed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.sources: list[str] = []  # what is being watched, for the About box and tests
        self._native: _WindowsFilter | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_state)
        if sys.platform.startswith("linux"):
            # Connecting to the buses can take a moment: after the first paint.
            QTimer.singleShot(0, self._watch_dbus)

    # ------------------------------------------------------------------ Linux

    def _watch_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # QtDBus is missing from some builds
            return
        system, session = QDBusConnection.systemBus(), QDBusConnection.sessionBus()
        # The three connect() calls below ignore call-overload: PySide6's stubs want the
        # slot as bytes, yet SLOT() hands back a str, which is what connect() takes.
        if system.isConnected() and system.connect(  # type: ignore[call-overload]
            _LOGIN1,
            "/org/freedesktop/login1",
            "org.freedesktop.login1.Manager",
            "PrepareForSleep",
            self,
            SLOT("_on_prepare_for_sleep(bool)"),
        ):
            self.sources.append("logind sleep")
        for bus in (session, system):
            if bus.isConnected() and bus.connect(  # type: ignore[call-overload]
                _LOGIN1, "", "org.freedesktop.login1.Session", "Lock", self, SLOT("request()")
            ):
                self.sources.append("logind lock")
        if session.isConnected():
            for service, path, interface in _SCREENSAVERS:
                if session.connect(  # type: ignore[call-overload]
                    service,
                    path,
                    interface,
                    "ActiveChanged",
                    self,
                    SLOT("_on_sleep_or_screensaver(bool)"),
                ):
                    self.sources.append(interface)

    @Slot(bool)
    def _on_sleep_or_screensaver(self, starting: bool) -> None:
        if starting:
            self.lock_requested.emit()

    @Slot(bool)
    def _on_prepare_for_sleep(self, going: bool) -> None:
        # logind sends True before sleeping and False once the system is awake again.
        if going:
            self.lock_requested.emit()
        else:
            self.resumed.emit()

    @Slot()
    def request(self) -> None:
        """Ask for the lock (also what the platform hooks call)."""
        self.lock_requested.emit()

    # ------------------------------------------------------------------ Windows

    def watch_window(self, win_id: int) -> None:
        """Listen for sleep and session-lock messages sent to a top-level window."""
        if sys.platform != "win32" or self._native is not None:
            return
        app = QGuiApplication.instance()
        if app is None:
            return
        self._native = _WindowsFilter(self.request, self.resumed.emit)
        app.installNativeEventFilter(self._native)
        try:
            windll = ctypes.windll
            windll.wtsapi32.WTSRegisterSessionNotification(ctypes.c_void_p(win_id), 0)
        except (AttributeError, OSError):
            return
        self.sources.append("windows session")

    # ------------------------------------------------------------------ Qt

    @Slot(Qt.ApplicationState)
    def _on_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lock_requested.emit()


class _WindowsFilter(QAbstractNativeEventFilter):
    """Reads Windows messages for sleep and session lock."""

    def __init__(self, on_lock: Callable[[], None], on_resume: Callable[[], None]) -> None:
        super().__init__()
        self._on_lock = on_lock
        self._on_resume = on_resume

    def nativeEventFilter(self, event_type: object, message: int) -> object:
        # Qt hands over a QByteArray, which bytes() reads; PySide6's stubs do not say so.
        if bytes(event_type) not in (b"windows_generic_MSG", b"windows_dispatcher_MSG"):  # type: ignore[call-overload]
            return False, 0
        from ctypes import wintypes

        msg = wintypes.MSG.from_address(int(message))
        if (msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND) or (
            msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK
        ):
            self._on_lock()
        elif msg.message == WM_POWERBROADCAST and msg.wParam in (
            PBT_APMRESUMEAUTOMATIC,
            PBT_APMRESUMESUSPEND,
        ):
            self._on_resume()
        return False, 0
