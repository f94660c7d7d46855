"""Quick exit: its keys, heard everywhere in the app, and the neutral page it may leave.

By default quick exit hides everything and quits. With "Leave an empty notes page" chosen
in Settings → Privacy it leaves :class:`NeutralScreen` instead: an ordinary, empty
"Notes" window with a plain icon, so the screen does not suddenly go blank. Closing it
quits the app; nothing typed into it is kept anywhere.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

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


class NeutralScreen(QWidget):
    """An empty, ordinary notes page left on screen by quick exit (see the module)."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from hj_journal.ui.platform.disguise import current_identity, default_name, neutral_icon

        identity = current_identity()
        name = identity.name if identity.disguised else default_name()
        self.setWindowTitle(name)
        self.setWindowIcon(identity.icon() if identity.disguised else neutral_icon("notepad"))
        self.setAccessibleName(name)
        self.page = QPlainTextEdit()
        self.page.setAccessibleName(self.tr("Note"))
        self.page.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.resize(720, 520)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Forget anything typed here, then say so (the app quits)."""
        self.page.clear()
        super().closeEvent(event)
        self.closed.emit()
