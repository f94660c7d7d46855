"""The chart of one measure across a client's sessions (QtCharts), and its words.

Scores sit on the questionnaire's bands, drawn as calm shades of the theme's accent
(:mod:`hj_journal.ui.common.band_areas`, never red or green); the x axis is the date of
each session (:mod:`hj_journal.ui.common.date_axis`, so no date is named twice). Every
point is a marker that opens its session when clicked (:class:`MeasureChartView`
``session_clicked``); the same points are listed in words for keyboards and screen
readers (:func:`describe_measure`, :func:`point_text`). Distress has two lines, on
arriving and on leaving, told apart by the line's style as well as its name.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCharts import (
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.sessions.measures import Measure, MeasureLine, MeasurePoint
from hj_journal.ui.common.band_areas import add_band_areas, halfway_edges
from hj_journal.ui.common.date_axis import DAYS_PER_MONTH_LABEL, day_ticks
from hj_journal.ui.common.dates import qdatetime
from hj_journal.ui.sessions.client_goals import day_text

PEN_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine)
MIN_HEIGHT = 260


def _ms(day: date) -> float:
    return float(qdatetime(datetime.combine(day, time(12))).toMSecsSinceEpoch())


def _day(point: MeasurePoint) -> date:
    return point.at.astimezone().date()


def point_text(measure: Measure, line: MeasureLine, point: MeasurePoint) -> str:
    """One session's result in words: "PHQ-9 on 3 March 2026: 17 (Moderately severe)"."""
    name = line.name  # for a questionnaire, the line is the questionnaire itself
    when = day_text(_day(point))
    if point.value is None:
        return QCoreApplication.translate("Sessions", "{name} on {when}: not scored").format(
            name=name, when=when
        )
    value = (
        QCoreApplication.translate("Sessions", "{value} of 100").format(value=point.value)
        if measure.unit == "percentage"
        else str(point.value)
    )
    if point.band_label:
        value += f" ({point.band_label})"
    return f"{name} on {when}: {value}"


def describe_line(measure: Measure, line: MeasureLine) -> str:
    """A line in one sentence: "GAD-7: 12 (Moderate) on 3 January → 7 (Mild) on 10 January"."""
    parts = []
    for point in line.points:
        when = day_text(_day(point))
        if point.value is None:
            parts.append(
                QCoreApplication.translate("Sessions", "not scored on {when}").format(when=when)
            )
            continue
        value = str(point.value) + (f" ({point.band_label})" if point.band_label else "")
        parts.append(
            QCoreApplication.translate("Sessions", "{value} on {when}").format(
                value=value, when=when
            )
        )
    return f"{line.name}: " + " → ".join(parts)


def describe_measure(measure: Measure) -> str:
    """The whole chart in words, for screen readers: its lines, then what changed."""
    lines = [describe_line(measure, line) for line in measure.lines]
    return "\n".join([*lines, *measure.sentences])


def _style_axis(axis: QValueAxis | QDateTimeAxis) -> None:
    palette = QApplication.palette()
    axis.setLabelsBrush(QBrush(palette.color(QPalette.ColorRole.Text)))
    axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
    axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))


def _date_axis(first: date, last: date) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    span = (last - first).days
    by_month = span > 120
    axis.setFormat("MMM yyyy" if by_month else "d MMM")
    ticks = day_ticks(
        first,
        last,
        most=5,
        pad_days=max(1, span // 25),
        min_step_days=DAYS_PER_MONTH_LABEL if by_month else 1,
    )
    axis.setRange(
        QDateTime.fromMSecsSinceEpoch(int(_ms(ticks.start))),
        QDateTime.fromMSecsSinceEpoch(int(_ms(ticks.end))),
    )
    axis.setTickCount(ticks.count)
    _style_axis(axis)
    return axis


def _value_axis(low: int, high: int) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setLabelFormat("%d")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(low)
    span = high - low
    axis.setTickInterval(next((s for s in (1, 2, 4, 5, 10, 20) if span / s <= 8), 25))
    _style_axis(axis)
    return axis


def measure_chart(measure: Measure) -> tuple[QChart, list[tuple[QScatterSeries, MeasureLine]]]:
    """The chart, and each line's clickable markers with the line they belong to."""
    palette = QApplication.palette()
    chart = QChart()
    chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
    chart.setBackgroundRoundness(8)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    days = [_day(p) for line in measure.lines for p in line.scored]
    first, last = (min(days), max(days)) if days else (date.today(), date.today())
    x_axis = _date_axis(first, last)
    y_axis = _value_axis(measure.low, measure.high)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    if measure.bands:
        start = float(x_axis.min().toMSecsSinceEpoch())
        end = float(x_axis.max().toMSecsSinceEpoch())
        edges = halfway_edges([(band.label, band.low, band.high) for band in measure.bands])
        add_band_areas(chart, edges, start, end, (x_axis, y_axis))
    markers: list[tuple[QScatterSeries, MeasureLine]] = []
    text = palette.color(QPalette.ColorRole.Text)
    for i, line in enumerate(measure.lines):
        drawn = QLineSeries()
        drawn.setName(line.name)
        pen = QPen(text)
        pen.setWidthF(2.0)
        pen.setStyle(PEN_STYLES[i % len(PEN_STYLES)])
        drawn.setPen(pen)
        dots = QScatterSeries()
        dots.setName(line.name)
        dots.setMarkerSize(11.0)
        dots.setColor(text)
        dots.setBorderColor(palette.color(QPalette.ColorRole.Base))
        for point in line.scored:
            x, y = _ms(_day(point)), float(point.value or 0)
            drawn.append(x, y)
            dots.append(x, y)
        for series in (drawn, dots):
            chart.addSeries(series)
            series.attachAxis(x_axis)
            series.attachAxis(y_axis)
        markers.append((dots, line))
    # The legend names the lines and the bands once each: the markers repeat the lines.
    for dots, _line in markers:
        for legend_marker in chart.legend().markers(dots):
            legend_marker.setVisible(False)
    return chart, markers


def nearest_session(line: MeasureLine, clicked: QPointF) -> int | None:
    """The session of the point on ``line`` nearest in time to where the click landed."""
    scored = line.scored
    if not scored:
        return None
    best = min(scored, key=lambda p: abs(_ms(_day(p)) - clicked.x()))
    return best.session_id


class MeasureChartView(QChartView):
    """A measure's chart; clicking a point asks to open its session."""

    session_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._fit_height()
        self.measure: Measure | None = None
        self._markers: list[tuple[QScatterSeries, MeasureLine]] = []

    def _fit_height(self) -> None:
        # Tall enough for the axis labels at any text size (at 200 % they would be cut).
        self.setMinimumHeight(max(MIN_HEIGHT, self.fontMetrics().lineSpacing() * 16))

    def changeEvent(self, event: QEvent) -> None:
        """The text size changed: keep room for the labels."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()

    def show_measure(self, measure: Measure | None) -> None:
        """Draw ``measure`` (None: an empty chart), named and described for screen readers."""
        self.measure = measure
        old = self.chart()
        if measure is None:
            self.setChart(QChart())
            self._markers = []
            self.setAccessibleName(QCoreApplication.translate("Sessions", "Chart across sessions"))
            self.setAccessibleDescription("")
        else:
            chart, self._markers = measure_chart(measure)
            self.setChart(chart)
            for dots, line in self._markers:
                dots.clicked.connect(lambda at, line=line: self._clicked(line, at))
            self.setAccessibleName(
                QCoreApplication.translate("Sessions", "Chart of {name} across sessions").format(
                    name=measure.name
                )
            )
            self.setAccessibleDescription(describe_measure(measure))
        if old is not None:
            old.deleteLater()

    def _clicked(self, line: MeasureLine, at: QPointF) -> None:
        session_id = nearest_session(line, at)
        if session_id is not None:
            self.session_clicked.emit(session_id)

    def markers(self) -> list[tuple[QScatterSeries, MeasureLine]]:
        """Each line's markers (for tests: a click on one opens its session)."""
        return list(self._markers)
