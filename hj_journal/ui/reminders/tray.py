"""The system tray icon and the desktop's notifications, behind a small Protocol.

:class:`TrayNotifier` is the real one: a ``QSystemTrayIcon`` with a menu (Open, Snooze
for 10 minutes, Snooze for an hour, Not today, Quit) and ``showMessage`` for the
reminder. Its name and icon are the app's own or the disguise's, whichever is in force
(:func:`hj_journal.ui.platform.disguise.current_identity`); it never shows anything from a
vault. Where the desktop has no tray (``QSystemTrayIcon.isSystemTrayAvailable()`` is
False, as offscreen), :meth:`TrayNotifier.available` says so and nothing is shown; the
Settings page says reminders need a system tray.

Tests hand the controller a fake :class:`Notifier`; only the tray is faked, never the
schedule.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from hj_journal.ui.platform.disguise import Identity

SNOOZE_CHOICES = (10, 60)
"""Minutes a reminder can be put off for, in the order the menu offers them."""


@dataclass
class TrayHandlers:
    """What the tray's menu and a click on a reminder ask the controller to do."""

    open: Callable[[], None]
    snooze: Callable[[int], None]
    not_today: Callable[[], None]
    quit: Callable[[], None]


class Notifier(Protocol):
    """Where a reminder is shown: the system tray, or a test's fake."""

    def available(self) -> bool:
        """Whether the desktop can show a tray icon (and so reminders)."""
        ...

    def set_handlers(self, handlers: TrayHandlers) -> None:
        """What to call when the person clicks the reminder or chooses from the menu."""
        ...

    def show_icon(self, identity: Identity) -> None:
        """Put the icon in the tray under ``identity``'s name and icon (or update them)."""
        ...

    def hide_icon(self) -> None:
        """Take the icon out of the tray."""
        ...

    def notify(self, identity: Identity, text: str) -> None:
        """Show ``text`` as a desktop notification titled with ``identity``'s name."""
        ...


class TrayNotifier(QObject):
    """The real :class:`Notifier`: a ``QSystemTrayIcon`` made on first use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tray: QSystemTrayIcon | None = None
        self._handlers: TrayHandlers | None = None
        self._menu: QMenu | None = None

    def available(self) -> bool:
        """Whether the desktop has a system tray."""
        return QSystemTrayIcon.isSystemTrayAvailable()

    def set_handlers(self, handlers: TrayHandlers) -> None:
        """See :meth:`Notifier.set_handlers`."""
        self._handlers = handlers

    def _made(self) -> QSystemTrayIcon:
        if self._tray is None:
            self._tray = QSystemTrayIcon(self)
            self._menu = QMenu()
            self._fill_menu(self._menu)
            self._tray.setContextMenu(self._menu)
            self._tray.messageClicked.connect(self._open)
            self._tray.activated.connect(self._activated)
        return self._tray

    def _fill_menu(self, menu: QMenu) -> None:
        menu.addAction(self.tr("Open")).triggered.connect(self._open)
        menu.addSeparator()
        ten = menu.addAction(self.tr("Remind me in 10 minutes"))
        ten.setData(SNOOZE_CHOICES[0])
        hour = menu.addAction(self.tr("Remind me in an hour"))
        hour.setData(SNOOZE_CHOICES[1])
        for action in (ten, hour):
            action.triggered.connect(self._snooze)
        menu.addAction(self.tr("Not today")).triggered.connect(self._not_today)
        menu.addSeparator()
        menu.addAction(self.tr("Quit")).triggered.connect(self._quit)

    def show_icon(self, identity: Identity) -> None:
        """See :meth:`Notifier.show_icon`."""
        tray = self._made()
        tray.setIcon(identity.icon())
        tray.setToolTip(identity.name)
        tray.show()

    def hide_icon(self) -> None:
        """See :meth:`Notifier.hide_icon`."""
        if self._tray is not None:
            self._tray.hide()

    def notify(self, identity: Identity, text: str) -> None:
        """See :meth:`Notifier.notify`."""
        tray = self._made()
        if not tray.isVisible():
            self.show_icon(identity)
        tray.showMessage(identity.name, text, identity.icon())

    # ------------------------------------------------------------------ clicks

    @Slot(QSystemTrayIcon.ActivationReason)
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self._open()

    @Slot()
    def _open(self) -> None:
        if self._handlers is not None:
            self._handlers.open()

    @Slot()
    def _snooze(self) -> None:
        action = self.sender()
        if self._handlers is not None and isinstance(action, QAction):
            self._handlers.snooze(int(action.data()))

    @Slot()
    def _not_today(self) -> None:
        if self._handlers is not None:
            self._handlers.not_today()

    @Slot()
    def _quit(self) -> None:
        if self._handlers is not None:
            self._handlers.quit()
