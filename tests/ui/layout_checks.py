"""A check for rendered screens: nothing on show is cut off.

Used by the render tests after the screen is shown at its real size with the app's
theme (fonts included), where wrapped text needs the most room.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget


def _name(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}"


def _in_viewport(widget: QWidget) -> bool:
    # A scroll area's content may reach beyond its viewport: that is what scrolling is for.
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    return isinstance(area, QAbstractScrollArea) and area.viewport() is parent


def clipped(root: QWidget) -> list[str]:
    """Widgets on show under ``root`` that are cut off, each with the reason.

    Wrapped text given less height than it needs at its width; a button shorter than
    its smallest size; a widget reaching outside its parent (where it cannot be seen).
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if widget.height() + 1 < needed:
                found.append(f"{_name(widget)}: {widget.height()} px high, needs {needed}")
        if isinstance(widget, QAbstractButton):
            smallest = widget.minimumSizeHint().height()
            if widget.height() + 1 < smallest:
                found.append(f"{_name(widget)}: {widget.height()} px high, needs {smallest}")
        parent = widget.parentWidget()
        inside = (
            parent is None
            or widget.isWindow()
            or _in_viewport(widget)
            or parent.rect().contains(widget.geometry())
        )
        if not inside:
            found.append(f"{_name(widget)}: reaches outside {_name(parent)}")
    return found
