"""The breathing pacer: a soft circle that grows on the breath in and shrinks on the out.

It draws whatever :class:`~hj_journal.core.coping.player.PlayerView` it was last given; the
player model works out the size from the monotonic clock, so a late repaint never
changes the timing. With reduced motion on, the circle stays still and only the words
and the count change (see :class:`TextCount`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from hj_journal.core.coping.player import PlayerView
from hj_journal.ui.coping.labels import phase_name

SMALLEST = 0.35  # the circle's size when empty, as a share of the largest


def phase_words(view: PlayerView) -> str:
    """The phase and the count, such as "Breathe in, 2 of 4"."""
    if view.phase is None:
        return ""
    return QCoreApplication.translate("Pacer", "{phase}, {count} of {seconds}").format(
        phase=phase_name(view.phase), count=view.count, seconds=view.seconds
    )


class Pacer(QWidget):
    """The animated circle with the phase name and the count inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view: PlayerView | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Breathing pacer"))

    def sizeHint(self) -> QSize:
        """Room for a comfortable circle."""
        return QSize(320, 320)

    def minimumSizeHint(self) -> QSize:
        """The smallest circle that still reads well (a hint, not a fixed minimum, so
        the player's steps without a circle need not keep its room)."""
        return QSize(240, 240)

    def show_view(self, view: PlayerView) -> None:
        """Draw this moment (only a repaint; no timing lives here)."""
        self._view = view
        self.setAccessibleDescription(phase_words(view))
        self.update()

    def paintEvent(self, _event: QPaintEvent) -> None:
        """A calm circle, its guide ring, and the words in the middle."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        side = min(self.width(), self.height()) - 16
        centre = QPointF(self.width() / 2, self.height() / 2)
        largest = side / 2
        accent = QColor(palette.color(QPalette.ColorRole.Highlight))
        guide = QColor(palette.color(QPalette.ColorRole.Mid))

        # The outer ring shows how full the breath can get; it never moves.
        painter.setPen(QPen(guide, 1.5, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, largest, largest)

        view = self._view
        level = view.level if view is not None else 0.0
        radius = largest * (SMALLEST + (1 - SMALLEST) * level)
        fill = QColor(accent)
        fill.setAlphaF(0.28)
        painter.setPen(QPen(accent, 2.5))
        painter.setBrush(fill)
        painter.drawEllipse(centre, radius, radius)

        if view is not None and view.phase is not None:
            self._paint_words(painter, view, centre, largest)
        painter.end()

    def _paint_words(
        self, painter: QPainter, view: PlayerView, centre: QPointF, largest: float
    ) -> None:
        assert view.phase is not None
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10.0) * 1.35)
        font.setBold(True)
        painter.setFont(font)
        box = QRectF(centre.x() - largest, centre.y() - largest * 0.45, largest * 2, largest * 0.5)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, phase_name(view.phase))
        font.setBold(False)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        painter.setFont(font)
        count_box = QRectF(centre.x() - largest, centre.y(), largest * 2, largest * 0.5)
        painter.drawText(count_box, Qt.AlignmentFlag.AlignCenter, str(view.count))


class TextCount(QWidget):
    """Reduced motion: the phase in words and a count, nothing that moves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phase = QLabel()
        self.phase.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase.setProperty("role", "heading")
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count.setProperty("role", "subheading")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.phase)
        layout.addWidget(self.count)
        layout.addStretch(1)
        self.setAccessibleName(self.tr("Breathing count"))

    def show_view(self, view: PlayerView) -> None:
        """Show the phase and "2 of 4" (the words change; nothing animates)."""
        if view.phase is None:
            self.phase.clear()
            self.count.clear()
            return
        phase = phase_name(view.phase)
        count = self.tr("{count} of {seconds}").format(count=view.count, seconds=view.seconds)
        if self.phase.text() != phase:
            self.phase.setText(phase)
        if self.count.text() != count:
            self.count.setText(count)
        self.setAccessibleDescription(f"{phase}, {count}")
