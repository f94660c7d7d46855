"""A stand-in for the system tray: it says there is one and keeps what it was asked to show.

Only the tray is faked; the schedule and the timer are the real ones.
"""

from __future__ import annotations

from hj_journal.ui.platform.disguise import Identity
from hj_journal.ui.reminders.tray import TrayHandlers


class FakeTray:
    """Implements :class:`hj_journal.ui.reminders.tray.Notifier` in memory."""

    def __init__(self, available: bool = True) -> None:
        self.is_available = available
        self.handlers: TrayHandlers | None = None
        self.icon_shown: Identity | None = None
        self.shown: list[tuple[str, str]] = []  # (title, text) of every notification

    def available(self) -> bool:
        return self.is_available

    def set_handlers(self, handlers: TrayHandlers) -> None:
        self.handlers = handlers

    def show_icon(self, identity: Identity) -> None:
        self.icon_shown = identity

    def hide_icon(self) -> None:
        self.icon_shown = None

    def notify(self, identity: Identity, text: str) -> None:
        self.shown.append((identity.name, text))
