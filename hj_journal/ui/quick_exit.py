"""Quick exit's keys, heard everywhere in the app — even while a dialog is open."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

QUICK_EXIT_KEYS = "Ctrl+Shift+Q"  # also shown on the safety bar and in the menus


class QuickExitKeys(QObject):
    """An application-wide event filter that emits :attr:`pressed` for Ctrl+Shift+Q.

    Qt's own shortcuts stop working while a modal dialog is open; this filter sees the
    key press before any widget or dialog does, so quick exit is always one action.
    """

    pressed = Signal()

    def __init__(self, parent: QObject | None = None, keys: str = QUICK_EXIT_KEYS) -> None:
        super().__init__(parent)
        self._keys = QKeySequence(keys)
        self._installed = False

    def install(self) -> None:
        """Start listening."""
        app = QCoreApplication.instance()
        if app is not None and not self._installed:
            app.installEventFilter(self)
            self._installed = True

    def uninstall(self) -> None:
        """Stop listening."""
        app = QCoreApplication.instance()
        if app is not None and self._installed:
            app.removeEventFilter(self)
            self._installed = False

    def matches(self, event: QKeyEvent) -> bool:
        """True when ``event`` is the quick exit key combination."""
        return QKeySequence(event.keyCombination()) == self._keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Catch the keys before anything else can; let every other event through."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.matches(event)
            and not event.isAutoRepeat()
        ):
            self.pressed.emit()
            return True
        return False
