"""Keys for a list: Delete removes, Alt+Up / Alt+Down move, handled while it has focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

Action = Callable[[], None]


class ListKeys(QObject):
    """Calls an action when its key is pressed in ``view`` (an event filter).

    An event filter rather than a shortcut: the keys then act only where the user is,
    and they work the same whether or not the window is the active one.
    """

    def __init__(
        self,
        view: QWidget,
        actions: dict[tuple[Qt.Key, Qt.KeyboardModifier], Action],
    ) -> None:
        super().__init__(view)
        self._actions = actions
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            action = self._actions.get((Qt.Key(event.key()), Qt.KeyboardModifier(modifiers)))
            if action is not None:
                action()
                return True
        return super().eventFilter(watched, event)
