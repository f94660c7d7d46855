"""History charts (QtCharts): your scores over time, with the bands as calm shading.

Band edges are drawn as soft areas behind the line, in shades of the theme's own
accent and never red. Halfway between two bands' whole numbers is the edge (a GAD-7
band 0–4 meets 5–9 at 4.5). A change the questionnaire calls meaningful (WHO-5: 10
points) gets its own marker and legend entry. Custom scales are drawn the same way,
without bands: they are never scored against norms.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication

from hj_journal.core.checkin.instruments.schema import Band, Instrument
from hj_journal.core.checkin.questionnaires import HistoryPoint
from hj_journal.ui.common.band_areas import add_band_areas, halfway_edges
from hj_journal.ui.common.date_axis import day_ticks
from hj_journal.ui.common.dates import qdatetime


@dataclass
class ChartParts:
    """A chart and the series in it (kept for tests and for reading the values out)."""

    chart: QChart
    line: QLineSeries
    band_areas: list[QAreaSeries] = field(default_factory=list)
    marks: QScatterSeries | None = None


def _ms(moment: datetime) -> float:
    return float(qdatetime(moment.astimezone()).toMSecsSinceEpoch())


def _noon(day: date) -> datetime:
    return datetime.combine(day, time(12)).astimezone()


def _palette() -> QPalette:
    return QApplication.palette()


def _new_chart(title: str) -> QChart:
    palette = _palette()
    chart = QChart()
    chart.setTitle(title)
    chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
    chart.setBackgroundRoundness(8)
    chart.setTitleBrush(QBrush(palette.color(QPalette.ColorRole.Text)))
    chart.setMargins(QMargins(8, 8, 8, 8))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    legend = chart.legend()
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    legend.setLabelColor(palette.color(QPalette.ColorRole.Text))
    return chart


Axes = tuple[QDateTimeAxis, QValueAxis]


def _axes(chart: QChart, times: Sequence[datetime], low: float, high: float) -> Axes:
    palette = _palette()
    text = palette.color(QPalette.ColorRole.Text)
    grid = palette.color(QPalette.ColorRole.Mid)
    x_axis = QDateTimeAxis()
    x_axis.setFormat("d MMM yyyy")
    now = datetime.now().astimezone()
    first, last = (min(times), max(times)) if times else (now, now)
    first_day, last_day = first.astimezone().date(), last.astimezone().date()
    # Whole-day steps, so no date is named twice; room at both ends for the points.
    ticks = day_ticks(
        first_day,
        last_day,
        most=min(6, max(3, len(times))),
        pad_days=max(1, (last_day - first_day).days // 25),
    )
    x_axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(_ms(_noon(ticks.start)))),
        QDateTime.fromMSecsSinceEpoch(int(_ms(_noon(ticks.end)))),
    )
    x_axis.setTickCount(ticks.count)
    y_axis = QValueAxis()
    y_axis.setRange(low, high)
    y_axis.setLabelFormat("%d")
    y_axis.setTickCount(whole_ticks(int(high - low)))
    for axis in (x_axis, y_axis):
        axis.setLabelsBrush(QBrush(text))
        axis.setGridLineColor(grid)
        axis.setLinePenColor(grid)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    return x_axis, y_axis


def whole_ticks(span: int) -> int:
    """A tick count (3–6) that puts every tick on a whole number, when there is one."""
    for count in (6, 5, 4, 3):
        if span > 0 and span % (count - 1) == 0:
            return count
    return 2


def _attach(chart: QChart, series: QAreaSeries | QLineSeries | QScatterSeries, axes: Axes) -> None:
    chart.addSeries(series)
    for axis in axes:
        series.attachAxis(axis)


def band_edges(bands: Sequence[Band]) -> list[tuple[Band, float, float]]:
    """Each band with its drawn lower and upper edge (halfway between whole numbers)."""
    ordered = sorted(bands, key=lambda b: b.min)
    edges = halfway_edges([(b.key, b.min, b.max) for b in ordered])
    return [(band, low, high) for band, (_key, low, high) in zip(ordered, edges, strict=True)]


def _band_areas(
    chart: QChart, bands: Sequence[Band], start: float, end: float, axes: Axes
) -> list[QAreaSeries]:
    edges = [(band.label, low, high) for band, low, high in band_edges(bands)]
    return add_band_areas(chart, edges, start, end, axes)


def _score_line(
    chart: QChart, name: str, points: Sequence[tuple[float, float]], axes: Axes
) -> QLineSeries:
    palette = _palette()
    line = QLineSeries()
    line.setName(name)
    pen = QPen(palette.color(QPalette.ColorRole.Text))
    pen.setWidthF(2.0)
    line.setPen(pen)
    line.setPointsVisible(True)
    for x, y in points:
        line.append(x, y)
    _attach(chart, line, axes)
    return line


def instrument_chart(
    instrument: Instrument, points: Sequence[HistoryPoint], *, title: str = ""
) -> ChartParts:
    """Scores over time for one questionnaire, with its bands behind them.

    ``points`` come from ``services.questionnaires.history`` (any order); responses
    that were not scored are left out of the line.
    """
    chart = _new_chart(title or instrument.short_name)
    scored = sorted(
        (p for p in points if p.response.value is not None), key=lambda p: p.response.at
    )
    times = [p.response.at for p in scored]
    low, high = instrument.banded_range()
    axes = _axes(chart, times, low, high)
    start = float(axes[0].min().toMSecsSinceEpoch())
    end = float(axes[0].max().toMSecsSinceEpoch())
    areas = _band_areas(chart, instrument.bands, start, end, axes)
    values = [(_ms(p.response.at), float(p.response.value or 0)) for p in scored]
    parts = ChartParts(
        chart,
        _score_line(
            chart, QCoreApplication.translate("HistoryChart", "Your results"), values, axes
        ),
        areas,
    )
    meaningful = [v for v, p in zip(values, scored, strict=True) if p.meaningful]
    change = instrument.scoring.meaningful_change
    if change is not None:
        marks = QScatterSeries()
        # The count as a plain name: lupdate leaves out a message whose count is an
        # expression.
        marks.setName(
            QCoreApplication.translate(
                "HistoryChart", "A change of %n point(s) or more", None, change
            )
        )
        marks.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        marks.setMarkerSize(13.0)
        marks.setColor(_palette().color(QPalette.ColorRole.Link))
        marks.setBorderColor(_palette().color(QPalette.ColorRole.Base))
        for x, y in meaningful:
            marks.append(x, y)
        _attach(chart, marks, axes)
        parts.marks = marks
    return parts


def scale_chart(
    name: str, low: int, high: int, ratings: Sequence[tuple[datetime, int]]
) -> ChartParts:
    """Ratings on a custom scale over time: a line only, no bands."""
    chart = _new_chart(name)
    times = [at for at, _ in ratings]
    axes = _axes(chart, times, low, high)
    values = [(_ms(at), float(value)) for at, value in sorted(ratings)]
    line = _score_line(
        chart, QCoreApplication.translate("HistoryChart", "Your ratings"), values, axes
    )
    chart.legend().setVisible(False)
    return ChartParts(chart, line)


def chart_view(chart: QChart, name: str) -> QChartView:
    """A view for a chart, smooth and named for screen readers."""
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setMinimumHeight(300)
    return view
