"""One page at a time, sized to that page (the lock screen's and the recovery kit's)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PageSwitcher(QWidget):
    """Shows one page at a time and takes *that* page's height.

    (QStackedWidget sizes itself to its tallest page when pages wrap their text, which
    leaves short pages floating in empty space.)
    """

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: list[QWidget] = []
        self._current: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def addWidget(self, page: QWidget) -> None:
        """Add a page (hidden until chosen)."""
        page.setParent(self)
        page.hide()
        self._pages.append(page)
        if self._current is None:
            self.setCurrentWidget(page)

    def count(self) -> int:
        """How many pages there are."""
        return len(self._pages)

    def widget(self, index: int) -> QWidget:
        """The page at ``index``."""
        return self._pages[index]

    def currentWidget(self) -> QWidget | None:
        """The page on show."""
        return self._current

    def setCurrentWidget(self, page: QWidget) -> None:
        """Show ``page`` instead of the current one."""
        if page is self._current:
            return
        if self._current is not None:
            self._layout.removeWidget(self._current)
            self._current.hide()
        self._current = page
        self._layout.addWidget(page)
        page.show()
        self.current_changed.emit(self._pages.index(page))

    def removeWidget(self, page: QWidget) -> None:
        """Take ``page`` out (the caller deletes it); nothing is on show if it was."""
        if page not in self._pages:
            return
        if page is self._current:
            self._layout.removeWidget(page)
            self._current = None
        page.hide()
        self._pages.remove(page)
