"""The reminders as the app runs them: one timer for the next due moment, and the tray.

:class:`ReminderController` reads the plan from the app settings
(:class:`~hj_journal.ui.platform.app_settings.AppSettings`), asks
:func:`~hj_journal.ui.reminders.schedule.next_due` when the next reminder is, and sets one
single-shot ``QTimer`` for that moment: nothing polls. When the timer fires, the wall
clock is read again: a computer that slept through the moment wakes with the timer late,
so a reminder more than half an hour late is let go, and one not yet due (the clock was
changed) is set again. The controller also sets it again when told the computer woke
(:meth:`woke`: from the system saying it resumed from sleep, where it says so, see
:mod:`hj_journal.ui.platform.system_lock`, and from the application becoming active) and
whenever the settings change.

What a reminder shows is only the words you chose in Settings, or
:func:`default_words` ("A moment for you" in the app's language) when you chose none,
titled with the app's name or the disguise's: never a count, never anything from a
vault. Clicking it asks the app to come up (:attr:`open_requested`):
the lock screen while locked, the window while unlocked.

With "keep in the tray" on and a tray there, closing a window locks the journal and
leaves the icon in the tray instead of quitting (:meth:`keep_on_close`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from hj_journal.ui.platform.app_settings import AppSettings
from hj_journal.ui.platform.disguise import current_identity
from hj_journal.ui.reminders.schedule import (
    ReminderPlan,
    ReminderState,
    SystemLocal,
    is_worth_showing,
    next_due,
)
from hj_journal.ui.reminders.tray import Notifier, TrayHandlers, TrayNotifier

MAX_TIMER_MS = 2**31 - 1  # QTimer's interval is a C int


def default_words() -> str:
    """The reminder's words when the person chose none: "A moment for you", translated.

    Never stored (an empty text setting means "none chosen"), like the disguise's
    default name: a reminder set up in one language says the neutral words of whichever
    language the app speaks, and the settings file holds no word of any language.
    """
    return QCoreApplication.translate("Reminders", "A moment for you")


def now_here() -> datetime:
    """This moment, aware (UTC: comparisons are made on the same line)."""
    return datetime.now().astimezone()


class ReminderController(QObject):
    """See the module docstring."""

    reminded = Signal(str)  # the words shown (tests listen; nothing else is carried)
    open_requested = Signal()  # the reminder or the tray's Open was clicked
    quit_requested = Signal()  # the tray's Quit
    tray_closed = Signal()  # a window was closed while the app stays in the tray

    def __init__(
        self,
        settings: AppSettings,
        notifier: Notifier | None = None,
        *,
        clock: Callable[[], datetime] = now_here,
        zone: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._notifier: Notifier = notifier if notifier is not None else TrayNotifier(self)
        self._clock = clock
        self._zone = zone or SystemLocal()
        self._state = ReminderState()
        self.due: datetime | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        # Coarse (within 5 %) is plenty; if it fires early, _fire simply waits the rest.
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self._fire)
        self._notifier.set_handlers(
            TrayHandlers(
                open=self.open_requested.emit,
                snooze=self.snooze,
                not_today=self.not_today,
                quit=self.quit_requested.emit,
            )
        )
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)

    # ------------------------------------------------------------------ what is on

    @property
    def tray_available(self) -> bool:
        """Whether the desktop has a system tray (reminders need one)."""
        return self._notifier.available()

    @property
    def active(self) -> bool:
        """True when reminders are on and can be shown here."""
        return self._settings.reminders_on and self.tray_available

    @property
    def keeps_in_tray(self) -> bool:
        """True when closing a window leaves the app locked in the tray."""
        return self._settings.keep_in_tray and self.tray_available

    def plan(self) -> ReminderPlan:
        """The times and days chosen in Settings."""
        return ReminderPlan(self._settings.reminder_times, self._settings.reminder_days)

    def words(self) -> str:
        """What a reminder says: the words chosen in Settings, or the neutral default."""
        return self._settings.reminder_text or default_words()

    @Slot()
    def apply_settings(self) -> None:
        """Settings changed (or the app started): show or hide the icon, set the timer."""
        if self.active or self.keeps_in_tray:
            self._notifier.show_icon(current_identity())
        else:
            self._notifier.hide_icon()
        self.arm()

    def stop(self) -> None:
        """The app is ending: no timer, no icon."""
        self._timer.stop()
        self.due = None
        self._notifier.hide_icon()

    # ------------------------------------------------------------------ the timer

    def arm(self) -> None:
        """Set the one timer for the next due moment (or stop it when nothing is due)."""
        self._timer.stop()
        self.due = None
        if not self.active:
            return
        now = self._clock()
        due = next_due(self.plan(), now, self._zone, self._state)
        if due is None:
            return
        self.due = due
        wait_ms = max(0, int((due - now).total_seconds() * 1000))
        self._timer.start(min(wait_ms, MAX_TIMER_MS))

    @Slot()
    def woke(self) -> None:
        """The computer may have slept: compare with the wall clock and set the timer again."""
        if self.due is not None and self.due <= self._clock():
            self._fire()
        else:
            self.arm()

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.woke()

    @Slot()
    def _fire(self) -> None:
        due, now = self.due, self._clock()
        if due is None or not self.active:
            self.arm()
            return
        if now < due:  # the wall clock was set back, or the timer ran early: wait again
            self.arm()
            return
        self._state = ReminderState(
            snoozed_until=None, quiet_day=self._state.quiet_day, last_shown=due
        )
        if is_worth_showing(due, now):
            self.show_now()
        self.arm()

    def show_now(self) -> None:
        """Show the reminder: the chosen words, titled with the name in force."""
        words = self.words()
        self._notifier.notify(current_identity(), words)
        self.reminded.emit(words)

    # ------------------------------------------------------------------ choices

    @Slot(int)
    def snooze(self, minutes: int) -> None:
        """Remind again in ``minutes`` (and not at a regular time before then)."""
        now = self._clock()
        self._state = ReminderState(
            snoozed_until=now + timedelta(minutes=minutes),
            quiet_day=self._state.quiet_day if self._state.quiet_day != self._today() else None,
            last_shown=self._state.last_shown,
        )
        self.arm()

    @Slot()
    def not_today(self) -> None:
        """No more reminders today (a snooze is let go too); tomorrow as usual."""
        self._state = ReminderState(quiet_day=self._today(), last_shown=self._state.last_shown)
        self.arm()

    def _today(self) -> date:
        return self._clock().astimezone(self._zone).date()

    # ------------------------------------------------------------------ the tray on close

    def keep_on_close(self, window: QWidget) -> None:
        """Closing ``window`` locks and stays in the tray, when that is chosen."""
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A window's close: with "keep in the tray", ask to lock and hide instead."""
        if event.type() == QEvent.Type.Close and self.keeps_in_tray:
            event.ignore()
            self.tray_closed.emit()
            return True
        return super().eventFilter(watched, event)
