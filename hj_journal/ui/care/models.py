"""Thin list models over the care map's people and the support resources."""

from __future__ import annotations

from collections.abc import Sequence
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
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from hj_journal.core.care.care_map import PersonView, ResourceView
from hj_journal.ui.care.labels import example_label, resource_kind_label, ring_short

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class PeopleModel(QAbstractListModel):
    """Everyone on the map, one row each: name and ring."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._people: list[PersonView] = []

    def set_people(self, people: Sequence[PersonView]) -> None:
        """Show these people (the list is small, so a reset is fine)."""
        self.beginResetModel()
        self._people = list(people)
        self.endResetModel()

    def people(self) -> list[PersonView]:
        """The people shown, in order."""
        return list(self._people)

    def row_of(self, person_id: int) -> int | None:
        """The row showing this person, if any."""
        for row, person in enumerate(self._people):
            if person.id == person_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._people):
            return None
        person = self._people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return person.name
        if role == SUBTITLE_ROLE:
            return ring_short(person.ring)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("Care", "{name}, {ring}").format(
                name=person.name, ring=ring_short(person.ring)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return person.name
        if role == ID_ROLE:
            return person.id
        return None


class ResourcesModel(QAbstractListModel):
    """The support resources in the user's order; examples carry their badge."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._resources: list[ResourceView] = []

    def set_resources(self, resources: Sequence[ResourceView]) -> None:
        """Show these resources."""
        self.beginResetModel()
        self._resources = list(resources)
        self.endResetModel()

    def resources(self) -> list[ResourceView]:
        """The resources shown, in order."""
        return list(self._resources)

    def row_of(self, resource_id: int) -> int | None:
        """The row showing this resource, if any."""
        for row, resource in enumerate(self._resources):
            if resource.id == resource_id:
                return row
        return None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._resources)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._resources):
            return None
        resource = self._resources[index.row()]
        second = resource_kind_label(resource.kind)
        if resource.is_example:
            second = f"{example_label()} · {second}"
        if role == Qt.ItemDataRole.DisplayRole:
            return resource.name
        if role == SUBTITLE_ROLE:
            return second
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{resource.name}, {second}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return resource.contact or resource.name
        if role == ID_ROLE:
            return resource.id
        return None


class TwoLineDelegate(QStyledItemDelegate):
    """A row as a name with a quieter second line under it, with room around both."""

    PAD_X = 10
    PAD_Y = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        main = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        quiet = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        metrics = opt.fontMetrics
        rect = opt.rect.adjusted(self.PAD_X, self.PAD_Y, -self.PAD_X, -self.PAD_Y)
        line = metrics.height()
        painter.save()
        painter.setPen(main)
        title = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.drawText(
            QRect(rect.left(), rect.top(), rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.setPen(quiet)
        subtitle = str(index.data(SUBTITLE_ROLE) or "")
        painter.drawText(
            QRect(rect.left(), rect.top() + line + 2, rect.width(), line),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(subtitle, Qt.TextElideMode.ElideRight, rect.width()),
        )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = option.fontMetrics.height() * 2 + 2 + 2 * self.PAD_Y
        return QSize(option.rect.width(), height)
