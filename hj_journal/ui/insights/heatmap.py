"""A calendar heat map of check-ins per day, painted with QPainter.

Columns are weeks (Monday at the top), the last column ends today. Shades are steps of
the viridis scale, which stays distinct for the common kinds of colour blindness and
in greyscale (its darkest and lightest ends are left out so every step stands apart
from a light or a dark page); more check-ins are darker on a light page and brighter on
a dark one. A day without a check-in is left in the page's own quiet colour, and is
never marked as anything. A legend explains the shades, each day has a tooltip, and
:meth:`HeatMapWidget.text_alternative` says the same in words for screen readers.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from hj_journal.core.insights.service import HeatMap
from hj_journal.ui.insights.labels import day_text

# Viridis steps, light to dark.
VIRIDIS = ("#d8e219", "#7ad151", "#22a884", "#2a788e", "#414487")
GAP = 3


class HeatMapWidget(QWidget):
    """Check-ins per day for about a year, with a legend and a text alternative."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map = HeatMap(start=_monday_today(), counts=())
        self._levels: tuple[int, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setAccessibleName(QCoreApplication.translate("Insights", "Check-ins on the calendar"))

    # ------------------------------------------------------------------ data

    def set_map(self, heat_map: HeatMap) -> None:
        """Show ``heat_map``."""
        self._map = heat_map
        self._levels = heat_map.levels(len(VIRIDIS))
        self.setAccessibleDescription(self.text_alternative())
        self.updateGeometry()
        self.update()

    def level_of(self, count: int) -> int:
        """The shade index for a day's count (-1 for a day without check-ins)."""
        if count <= 0:
            return -1
        for i, edge in enumerate(self._levels):
            if count <= edge:
                return i
        return len(self._levels) - 1

    def colour_of(self, count: int) -> QColor:
        """The colour a day with ``count`` check-ins is painted."""
        level = self.level_of(count)
        if level < 0:
            return self.palette().color(QPalette.ColorRole.AlternateBase)
        # Spread the levels in use over the whole scale.
        steps = max(len(self._levels) - 1, 1)
        index = round(level * (len(VIRIDIS) - 1) / steps) if len(self._levels) > 1 else 2
        return QColor(self.shades()[index])

    def shades(self) -> tuple[str, ...]:
        """The viridis steps from fewer to more check-ins, for this page's brightness."""
        dark = self.palette().color(QPalette.ColorRole.Base).lightness() < 128
        return tuple(reversed(VIRIDIS)) if dark else VIRIDIS

    def text_alternative(self) -> str:
        """The heat map in words."""
        counts = self._map.counts
        days_with = sum(1 for n in counts if n)
        if not days_with:
            return QCoreApplication.translate("Insights", "No check-ins in this year yet.")
        total = sum(counts)
        busiest = max(range(len(counts)), key=lambda i: counts[i])
        # Two counts, so two sentences: a numerus string carries one %n.
        days = QCoreApplication.translate(
            "Insights", "From {start} to {end} you checked in on %n day(s),", None, days_with
        ).format(start=day_text(self._map.start), end=day_text(self._map.end))
        times = QCoreApplication.translate("Insights", "%n time(s) in all.", None, total)
        busiest_day = QCoreApplication.translate(
            "Insights", "The most on one day was {most}, on {busiest}."
        ).format(
            most=counts[busiest],
            busiest=day_text(self._map.start + timedelta(days=busiest)),
        )
        return f"{days} {times} {busiest_day}"

    # ------------------------------------------------------------------ geometry

    def _weeks(self) -> int:
        return max(1, (len(self._map.counts) + 6) // 7)

    def small_font(self) -> QFont:
        """The font of the day and month names and the legend: a little smaller."""
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.85))
        return font

    def _left(self) -> int:
        # Room for the longest weekday name shown, in this language and text size.
        metrics = QFontMetrics(self.small_font())
        names = [
            QLocale().standaloneDayName(d, QLocale.FormatType.ShortFormat) for d in (1, 3, 5, 7)
        ]
        return max(metrics.horizontalAdvance(name) for name in names) + 10

    def _top(self) -> int:
        return QFontMetrics(self.small_font()).height() + 4  # room for month names

    def _legend(self) -> int:
        return QFontMetrics(self.small_font()).height() + 16

    def _cell(self) -> float:
        return self._cell_for(self.width())

    def _cell_for(self, width: int) -> float:
        usable = width - self._left() - 8
        return max(6.0, min(18.0, usable / self._weeks() - GAP))

    def sizeHint(self) -> QSize:
        width = self._left() + self._weeks() * 15
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(self._left() + self._weeks() * 9, self._top() + 7 * 9 + self._legend())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        cell = self._cell_for(width)
        return int(self._top() + 7 * (cell + GAP) + self._legend() + 6)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The cells grow with the width, and the height with them: ask for it."""
        super().resizeEvent(event)
        height = self.heightForWidth(event.size().width())
        if height != self.minimumHeight():
            self.setMinimumHeight(height)

    def _rect(self, index: int) -> QRectF:
        cell = self._cell()
        column, row = divmod(index, 7)
        left, top = self._left(), self._top()
        return QRectF(left + column * (cell + GAP), top + row * (cell + GAP), cell, cell)

    def index_at(self, point: QPoint) -> int | None:
        """The day index under ``point``, if any."""
        for i in range(len(self._map.counts)):
            if self._rect(i).contains(point.toPointF()):
                return i
        return None

    # ------------------------------------------------------------------ painting

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        border = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(text)
        painter.setFont(self.small_font())
        locale = QLocale()  # the language's own short day and month names
        short = QLocale.FormatType.ShortFormat
        for row in (0, 2, 4, 6):  # Monday, Wednesday, Friday, Sunday
            name = locale.standaloneDayName(row + 1, short)
            rect = self._rect(row)
            painter.drawText(
                QRectF(0, rect.top() - 2, self._left() - 6, rect.height() + 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
        last_month = None
        for i in range(0, len(self._map.counts), 7):
            day = self._map.start + timedelta(days=i)
            if day.month != last_month and (day.day <= 7 or last_month is None):
                rect = self._rect(i)
                month = locale.standaloneMonthName(day.month, short)
                painter.drawText(QPoint(int(rect.left()), self._top() - 5), month)
                last_month = day.month
        radius = max(1.5, self._cell() / 5)
        for i, count in enumerate(self._map.counts):
            painter.setBrush(self.colour_of(count))
            painter.setPen(QPen(border, 0.8) if count == 0 else Qt.PenStyle.NoPen)
            painter.drawRoundedRect(self._rect(i), radius, radius)
        self._paint_legend(painter, border)
        if self.hasFocus():
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Link), 2))
            painter.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        painter.end()

    def _paint_legend(self, painter: QPainter, border: QColor) -> None:
        cell = 12.0
        y = self._top() + 7 * (self._cell() + GAP) + 10
        x = float(self._left())
        metrics = painter.fontMetrics()
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        label = QCoreApplication.translate("Insights", "No check-in")
        painter.setBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        painter.setPen(QPen(border, 0.8))
        painter.drawRoundedRect(QRectF(x, y, cell, cell), 2, 2)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        x += cell + 6
        painter.drawText(QPoint(int(x), int(y + cell - 2)), label)
        x += metrics.horizontalAdvance(label) + 22
        fewer, more = (
            QCoreApplication.translate("Insights", "Fewer"),
            QCoreApplication.translate("Insights", "More"),
        )
        painter.drawText(QPoint(int(x), int(y + cell - 2)), fewer)
        x += metrics.horizontalAdvance(fewer) + 6
        for colour in self.shades():
            painter.setBrush(QColor(colour))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(QRectF(x, y, cell, cell), 2, 2)
            x += cell + 3
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.drawText(QPoint(int(x + 3), int(y + cell - 2)), more)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(event.pos())
            if index is None:
                QToolTip.hideText()
                return True
            day = self._map.start + timedelta(days=index)
            count = self._map.counts[index]
            text = (
                QCoreApplication.translate(
                    "Insights", "{day}: %n check-in(s)", None, count
                ).format(day=day_text(day))
                if count
                else day_text(day)
            )
            QToolTip.showText(event.globalPos(), text, self, QRect())
            return True
        return super().event(event)


def _monday_today() -> date:
    today = date.today()
    return today - timedelta(days=today.weekday())
