"""A thin list model over the library's strategies, and the delegate that draws a row."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from hj_journal.core.coping.service import LibraryItem
from hj_journal.ui.coping.labels import meta_line

Index = QModelIndex | QPersistentModelIndex


class Role(IntEnum):
    """Extra data a row offers besides its title."""

    ITEM = Qt.ItemDataRole.UserRole + 1
    META = Qt.ItemDataRole.UserRole + 2
    KEY = Qt.ItemDataRole.UserRole + 3


class StrategyListModel(QAbstractListModel):
    """Rows of :class:`LibraryItem`, in the order the service gave them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[LibraryItem] = []

    def set_items(self, items: list[LibraryItem]) -> None:
        """Show these strategies (a new filter: the whole list changes)."""
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> LibraryItem:
        """The strategy in ``row``."""
        return self._items[row]

    def row_of(self, key: str) -> int:
        """The row showing ``key``, or -1."""
        return next((row for row, item in enumerate(self._items) if item.key == key), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        """Number of strategies shown."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Title, meta line, accessible text, or the item itself."""
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.strategy.title
        if role == Role.META:
            return meta_line(item.strategy)
        if role == Role.ITEM:
            return item
        if role == Role.KEY:
            return item.key
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return ", ".join(_badges(item, with_title=True))
        return None


def _badges(item: LibraryItem, *, with_title: bool = False) -> list[str]:
    parts = [item.strategy.title] if with_title else []
    if with_title:
        parts.append(meta_line(item.strategy))
    if item.favourite:
        parts.append(QCoreApplication.translate("StrategyList", "favourite"))
    if not item.builtin:
        parts.append(QCoreApplication.translate("StrategyList", "your own"))
    if item.hidden:
        parts.append(QCoreApplication.translate("StrategyList", "hidden"))
    return parts


class StrategyDelegate(QStyledItemDelegate):
    """Two lines per strategy: a bold title (with a star for favourites), then its kind."""

    PAD = 8

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        """Draw the row with the style's selection background."""
        item = index.data(Role.ITEM)
        if not isinstance(item, LibraryItem):
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget is not None else None
        if style is not None:
            style.drawControl(
                QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Active
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        rect = option.rect.adjusted(self.PAD + 2, self.PAD // 2, -self.PAD, -self.PAD // 2)
        title_font = QFont(option.font)
        title_font.setBold(True)
        line = QFontMetrics(title_font).height()
        star = "★ " if item.favourite else ""
        painter.setFont(title_font)
        painter.setPen(option.palette.color(group, text_role))
        title_rect = QRect(rect.left(), rect.top(), rect.width(), line)
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(title_font).elidedText(
                star + item.strategy.title, Qt.TextElideMode.ElideRight, rect.width()
            ),
        )
        painter.setFont(option.font)
        if not selected:
            painter.setPen(option.palette.color(group, QPalette.ColorRole.PlaceholderText))
        extra = _badges(item)[1 if item.favourite else 0 :]
        meta = " · ".join([str(index.data(Role.META)), *extra])
        meta_rect = QRect(rect.left(), rect.top() + line + 2, rect.width(), line)
        painter.drawText(
            meta_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(option.font).elidedText(meta, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Room for two lines."""
        bold = QFont(option.font)
        bold.setBold(True)
        height = QFontMetrics(bold).height() + QFontMetrics(option.font).height() + 2
        return QSize(200, height + self.PAD + 4)
