"""The care map drawn as rings around "You", each person a label on their ring.

Placement comes from :func:`hj_journal.ui.care.map_layout.layout_map`; this widget
measures the names, paints, and turns clicks and keys into choices. The map grows
with the number of people instead of shrinking its text, so it lives in a scroll area.
The list beside it on the page is the main keyboard path; here, the arrow keys move
between people and Enter opens the one chosen.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from hj_journal.core.care.care_map import PersonKind, PersonView
from hj_journal.ui.care.labels import ring_short
from hj_journal.ui.care.map_layout import Box, Label, MapLayout, layout_map

NAME_CHARS = 18  # names longer than about this are shortened with "…" on the map
H_PAD = 12.0
V_PAD = 6.0


class CareMapWidget(QWidget):
    """Concentric rings with "You" at the centre and a label per person."""

    person_selected = Signal(int)  # a click, or the arrow keys
    person_activated = Signal(int)  # a double click, or Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("Care", "Care map"))
        self._people: list[PersonView] = []
        self._texts: dict[int, str] = {}
        self._current: int | None = None
        self._layout = layout_map([])
        self._relayout()

    # ------------------------------------------------------------------ data

    def set_people(self, people: Sequence[PersonView]) -> None:
        """Draw these people (the current choice stays if they are still here)."""
        self._people = list(people)
        if self._current not in {person.id for person in self._people}:
            self._current = None
        self._relayout()

    def set_current(self, person_id: int | None) -> None:
        """Highlight one person (``None`` for nobody). Emits nothing."""
        self._current = person_id if person_id in self._layout.boxes else None
        self.update()

    def current(self) -> int | None:
        """The highlighted person, if any."""
        return self._current

    def map_layout(self) -> MapLayout:
        """Where everything is placed (relative to the centre)."""
        return self._layout

    def label_text(self, person_id: int) -> str:
        """The name as shown on the map (long names end in "…")."""
        return self._texts[person_id]

    def box_in_widget(self, person_id: int) -> QRectF:
        """A person's label in widget coordinates (for tests and tooltips)."""
        return self._to_widget(self._layout.boxes[person_id])

    # ------------------------------------------------------------------ layout

    def _metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.font())

    def _relayout(self) -> None:
        metrics = self._metrics()
        widest = metrics.averageCharWidth() * NAME_CHARS
        height = metrics.height() + 2 * V_PAD
        labels = []
        self._texts = {}
        for person in self._people:
            text = metrics.elidedText(person.name, Qt.TextElideMode.ElideRight, widest)
            self._texts[person.id] = text
            width = metrics.horizontalAdvance(text) + 2 * H_PAD
            labels.append(Label(person.id, person.ring, width, height))
        you = max(64.0, metrics.height() * 3.4)
        self._layout = layout_map(
            labels, you_size=(you, you), ring_gap=metrics.height() * 2.4, label_gap=8.0
        )
        self.setMinimumSize(self.sizeHint())
        self.updateGeometry()
        self._describe()
        self.update()

    def _describe(self) -> None:
        counts = [sum(1 for p in self._people if p.ring == ring) for ring in (1, 2, 3)]
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "Care",
                "You at the centre. Inner ring: {0}. Middle ring: {1}. Outer ring: {2}. "
                "The list beside the map has the same people.",
            ).format(*counts)
        )

    def sizeHint(self) -> QSize:
        side = int(2 * self._layout.extent + 1)
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._relayout()
        super().changeEvent(event)

    def _centre(self) -> QPointF:
        return QPointF(self.width() / 2, self.height() / 2)

    def _to_widget(self, box: Box) -> QRectF:
        centre = self._centre()
        return QRectF(centre.x() + box.x, centre.y() + box.y, box.width, box.height)

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        centre = self._centre()
        # Rings, outermost first, each a little more tinted towards the centre.
        bands = self._layout.band_radii
        for index in reversed(range(len(bands))):
            radius = bands[index]
            tint = QColor(accent)
            tint.setAlpha(18 + 14 * (len(bands) - index))
            painter.setBrush(tint)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.2))
            painter.drawEllipse(centre, radius, radius)
        self._paint_empty_ring_names(painter, palette)
        self._paint_you(painter, palette)
        for person in self._people:
            self._paint_person(painter, palette, person)
        if self.hasFocus() and self._current is None:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(2, 2, -2, -2), 8, 8)
        painter.end()

    def _paint_empty_ring_names(self, painter: QPainter, palette: QPalette) -> None:
        # An empty ring gets its name, quietly, at the bottom of its band, so the map
        # explains itself before anyone is on it.
        centre = self._centre()
        used = {person.ring for person in self._people}
        inner = self._layout.you.height / 2
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        for ring, outer in enumerate(self._layout.band_radii, 1):
            if ring not in used:
                middle = (inner + outer) / 2
                rect = QRectF(centre.x() - 80, centre.y() + middle - 12, 160, 24)
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, ring_short(ring))
            inner = outer

    def _paint_you(self, painter: QPainter, palette: QPalette) -> None:
        rect = self._to_widget(self._layout.you)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
        painter.drawEllipse(rect)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.HighlightedText))
        painter.drawText(
            rect, Qt.AlignmentFlag.AlignCenter, QCoreApplication.translate("Care", "You")
        )
        font.setBold(False)
        painter.setFont(font)

    def _paint_person(self, painter: QPainter, palette: QPalette, person: PersonView) -> None:
        rect = self._to_widget(self._layout.boxes[person.id])
        chosen = person.id == self._current
        # People are round-ended; organisations have squarer corners.
        corner = rect.height() / 2 if person.kind == PersonKind.PERSON else 4.0
        if chosen:
            fill = palette.color(QPalette.ColorRole.Highlight)
            text = palette.color(QPalette.ColorRole.HighlightedText)
            pen = QPen(palette.color(QPalette.ColorRole.Text), 2.0)
        else:
            fill = palette.color(QPalette.ColorRole.Base)
            text = palette.color(QPalette.ColorRole.Text)
            pen = QPen(palette.color(QPalette.ColorRole.Mid), 1.2)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, corner, corner)
        painter.setPen(text)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self._texts[person.id])

    # ------------------------------------------------------------------ input

    def _key_at(self, event: QMouseEvent) -> int | None:
        point = event.position() - self._centre()
        return self._layout.key_at(point.x(), point.y())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        key = self._key_at(event)
        if key is not None and event.button() == Qt.MouseButton.LeftButton:
            self._choose(key)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        key = self._key_at(event)
        if key is not None:
            self.person_activated.emit(key)
        else:
            super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = list(self._layout.order)
        key = event.key()
        if order and key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up):
            forward = key in (Qt.Key.Key_Right, Qt.Key.Key_Down)
            if self._current is None:
                self._choose(order[0] if forward else order[-1])
            else:
                index = order.index(self._current) + (1 if forward else -1)
                self._choose(order[index % len(order)])
        elif order and key in (Qt.Key.Key_Home, Qt.Key.Key_End):
            self._choose(order[0] if key == Qt.Key.Key_Home else order[-1])
        elif self._current is not None and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
            Qt.Key.Key_Space,
        ):
            self.person_activated.emit(self._current)
        else:
            super().keyPressEvent(event)

    def _choose(self, key: int) -> None:
        self._current = key
        self.update()
        self.person_selected.emit(key)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)
