"""The real tray notifier: calm where the desktop has no tray, and its menu's choices."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QSystemTrayIcon

from hj_journal.ui.platform.disguise import Identity
from hj_journal.ui.reminders.tray import SNOOZE_CHOICES, TrayHandlers, TrayNotifier


def test_offscreen_there_is_no_tray_and_that_is_said_plainly(qapp: Any) -> None:
    tray = TrayNotifier()
    assert tray.available() is QSystemTrayIcon.isSystemTrayAvailable()
    assert tray.available() is False  # offscreen: the Settings page says reminders need one


def test_the_menu_asks_the_controller_and_shows_only_the_name_in_force(qapp: Any) -> None:
    asked: list[str] = []
    tray = TrayNotifier()
    tray.set_handlers(
        TrayHandlers(
            open=lambda: asked.append("open"),
            snooze=lambda minutes: asked.append(f"snooze {minutes}"),
            not_today=lambda: asked.append("not today"),
            quit=lambda: asked.append("quit"),
        )
    )
    tray.show_icon(Identity(True, "Plain notes", "grid"))
    icon = tray._tray
    assert icon is not None and icon.toolTip() == "Plain notes"
    menu = icon.contextMenu()
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "Open",
        "Remind me in 10 minutes",
        "Remind me in an hour",
        "Not today",
        "Quit",
    ]
    for action in menu.actions():
        if not action.isSeparator():
            action.trigger()
    assert asked == [
        "open",
        f"snooze {SNOOZE_CHOICES[0]}",
        f"snooze {SNOOZE_CHOICES[1]}",
        "not today",
        "quit",
    ]
    icon.messageClicked.emit()
    assert asked[-1] == "open"
    tray.notify(Identity(), "A moment for you")  # offscreen: accepted quietly
    tray.hide_icon()
    assert not icon.isVisible()
