"""Calm shaded bands behind a score line (questionnaire charts in Check-in and Insights).

Bands are drawn as soft steps of the theme's highlight colour, never as red or green
verdicts; each edge sits halfway between whole scores so a score is never drawn on one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QAbstractAxis, QAreaSeries, QChart, QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette, QPen
from PySide6.QtWidgets import QApplication

# One alpha per band, lowest band palest.
BAND_ALPHAS = (28, 52, 76, 100, 124)


def halfway_edges(bands: Sequence[tuple[str, float, float]]) -> list[tuple[str, float, float]]:
    """``(label, low, high)`` bands, lowest first, with edges moved halfway between scores."""
    ordered = sorted(bands, key=lambda band: band[1])
    edges = []
    for i, (label, low, high) in enumerate(ordered):
        lower = low if i == 0 else low - 0.5
        upper = high if i == len(ordered) - 1 else high + 0.5
        edges.append((label, float(lower), float(upper)))
    return edges


def add_band_areas(
    chart: QChart,
    edges: Sequence[tuple[str, float, float]],
    start: float,
    end: float,
    axes: Sequence[QAbstractAxis],
) -> list[QAreaSeries]:
    """Add one shaded area per band edge pair, from ``start`` to ``end`` on the x axis."""
    palette = QApplication.palette()
    accent = palette.color(QPalette.ColorRole.Highlight)
    # On a dark background the same shades read fainter; lift them a little.
    lift = 1.6 if palette.color(QPalette.ColorRole.Base).lightness() < 128 else 1.0
    areas = []
    for i, (label, lower, upper) in enumerate(edges):
        low_line, high_line = QLineSeries(chart), QLineSeries(chart)
        for x in (start, end):
            low_line.append(x, lower)
            high_line.append(x, upper)
        area = QAreaSeries(high_line, low_line)
        area.setName(label)
        fill = QColor(accent)
        fill.setAlpha(min(200, int(BAND_ALPHAS[min(i, len(BAND_ALPHAS) - 1)] * lift)))
        area.setBrush(QBrush(fill))
        area.setPen(QPen(Qt.PenStyle.NoPen))
        chart.addSeries(area)
        for axis in axes:
            area.attachAxis(axis)
        areas.append(area)
    return areas
