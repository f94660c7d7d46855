"""Insights charts (QtCharts): typical ratings over time, questionnaire scores, writing.

Weeks (months, years) without check-ins are gaps in the line, never zeros. Questionnaire
bands are soft shades of the theme's accent behind the line, never red. Every chart
carries a plain-text description for screen readers (:func:`describe_series`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt
from PySide6.QtGui import QBrush, QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication

from hj_journal.core.insights.service import (
    Granularity,
    QuestionnaireSeries,
    RatingSeries,
    WeekCount,
)
from hj_journal.ui.common.band_areas import add_band_areas, halfway_edges
from hj_journal.ui.common.date_axis import DAYS_PER_MONTH_LABEL, day_ticks
from hj_journal.ui.common.dates import qdatetime
from hj_journal.ui.insights.labels import day_text, month_text, points_text

SHOWN = {Granularity.WEEK: 26, Granularity.MONTH: 24, Granularity.YEAR: 30}
"""How many of the latest buckets each view shows."""


def _palette() -> QPalette:
    return QApplication.palette()


def _ms(day: date) -> float:
    return float(qdatetime(datetime.combine(day, time(12))).toMSecsSinceEpoch())


def _new_chart(title: str) -> QChart:
    palette = _palette()
    chart = QChart()
    chart.setTitle(title)
    chart.setBackgroundBrush(QBrush(palette.color(QPalette.ColorRole.Base)))
    chart.setBackgroundRoundness(8)
    chart.setTitleBrush(QBrush(palette.color(QPalette.ColorRole.Text)))
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.legend().setLabelColor(palette.color(QPalette.ColorRole.Text))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _style_axis(axis: QValueAxis | QDateTimeAxis | QBarCategoryAxis) -> None:
    palette = _palette()
    axis.setLabelsBrush(QBrush(palette.color(QPalette.ColorRole.Text)))
    axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
    axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))


def _date_axis(first: date, last: date, granularity: Granularity | None) -> QDateTimeAxis:
    axis = QDateTimeAxis()
    span = (last - first).days
    by_month = granularity is Granularity.MONTH or span > 400
    if granularity is Granularity.YEAR:
        axis.setFormat("yyyy")
    elif by_month:
        axis.setFormat("MMM yyyy")
    else:
        axis.setFormat("d MMM yyyy" if granularity is None else "d MMM")
    # Whole-day steps of at least one label's unit, so no date is named twice.
    ticks = day_ticks(
        first,
        last,
        most=6 if span > 60 else 4,
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


def _value_axis(low: float, high: float, step: int = 1) -> QValueAxis:
    axis = QValueAxis()
    axis.setRange(low, high)
    axis.setLabelFormat("%d")
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(low)
    axis.setTickInterval(step)
    _style_axis(axis)
    return axis


def _line_pen() -> QPen:
    pen = QPen(_palette().color(QPalette.ColorRole.Highlight))
    pen.setWidthF(2.4)
    return pen


def rating_chart(series: RatingSeries, title: str) -> QChart:
    """The typical (median) rating of each recent week, month or year, gaps left open."""
    chart = _new_chart(title)
    buckets = series.recent(SHOWN[series.granularity])
    if not buckets:
        return chart
    by_year = series.granularity is Granularity.YEAR
    x_axis: QValueAxis | QDateTimeAxis
    if by_year:  # whole years read best as plain numbers, one tick each
        x_axis = _value_axis(buckets[0].start.year - 0.5, buckets[-1].start.year + 0.5)
        x_axis.setTickAnchor(buckets[0].start.year)
        x_axis.setGridLineVisible(False)
    else:
        x_axis = _date_axis(buckets[0].start, buckets[-1].start, series.granularity)
    step = 2 if series.high - series.low > 6 else 1
    y_axis = _value_axis(series.low, series.high, step)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    segments: list[list[tuple[float, float]]] = [[]]
    for bucket in buckets:
        if bucket.median is None:
            if segments[-1]:
                segments.append([])
            continue
        x = float(bucket.start.year) if by_year else _ms(bucket.start)
        segments[-1].append((x, float(bucket.median)))
    for points in (s for s in segments if s):
        line = QLineSeries()
        line.setName(QCoreApplication.translate("Insights", "Typical rating"))
        line.setPen(_line_pen())
        line.setPointsVisible(True)
        for x, y in points:
            line.append(x, y)
        chart.addSeries(line)
        line.attachAxis(x_axis)
        line.attachAxis(y_axis)
    chart.legend().setVisible(False)
    return chart


def describe_series(series: RatingSeries, measure_name: str) -> str:
    """A plain-text version of a rating chart, for screen readers and tooltips."""
    buckets = [b for b in series.recent(SHOWN[series.granularity]) if b.median is not None]
    if not buckets:
        return QCoreApplication.translate(
            "Insights", "No {measure} ratings in this period yet."
        ).format(measure=measure_name)
    unit = {
        Granularity.WEEK: QCoreApplication.translate("Insights", "the week of {day}"),
        Granularity.MONTH: QCoreApplication.translate("Insights", "{day}"),
        Granularity.YEAR: QCoreApplication.translate("Insights", "{day}"),
    }[series.granularity]
    lines = []
    for bucket in buckets:
        if series.granularity is Granularity.YEAR:
            when = str(bucket.start.year)
        elif series.granularity is Granularity.MONTH:
            when = month_text(bucket.start)
        else:
            when = unit.format(day=day_text(bucket.start))
        count = bucket.count  # a plain name, for pyside6-lupdate
        lines.append(
            QCoreApplication.translate(
                "Insights", "{when}: typically {value} (%n rating(s))", None, count
            ).format(when=when, value=points_text(bucket.median or 0))
        )
    return "\n".join(lines)


def questionnaire_chart(series: QuestionnaireSeries) -> QChart:
    """Scores over time on calm shading that marks the questionnaire's bands."""
    chart = _new_chart(series.short_name)
    days = [p.day for p in series.points]
    first, last = (min(days), max(days)) if days else (date.today(), date.today())
    x_axis = _date_axis(first, last, None)
    y_axis = _value_axis(series.low, series.high, _band_step(series.high - series.low))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    start = float(x_axis.min().toMSecsSinceEpoch())
    end = float(x_axis.max().toMSecsSinceEpoch())
    edges = halfway_edges([(band.label, band.low, band.high) for band in series.bands])
    add_band_areas(chart, edges, start, end, (x_axis, y_axis))
    line = QLineSeries()
    line.setName(QCoreApplication.translate("Insights", "Your results"))
    pen = QPen(_palette().color(QPalette.ColorRole.Text))
    pen.setWidthF(2.0)
    line.setPen(pen)
    line.setPointsVisible(True)
    for point in series.points:
        line.append(_ms(point.day), float(point.value))
    chart.addSeries(line)
    line.attachAxis(x_axis)
    line.attachAxis(y_axis)
    return chart


def _band_step(span: int) -> int:
    for step in (1, 2, 4, 5, 10, 20):
        if span / step <= 8:
            return step
    return 25


def rhythm_chart(weeks: Sequence[WeekCount]) -> QChart:
    """Entries in each of the recent weeks, as quiet bars (an empty week is just empty)."""
    chart = _new_chart(QCoreApplication.translate("Insights", "Entries each week"))
    shown = list(weeks)[-SHOWN[Granularity.WEEK] :]
    bars = QBarSet(QCoreApplication.translate("Insights", "Entries"))
    bars.setColor(_palette().color(QPalette.ColorRole.Highlight))
    bars.setBorderColor(_palette().color(QPalette.ColorRole.Highlight))
    for week in shown:
        bars.append(float(week.entries))
    series = QBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    # Weeks are named in the caption under the chart (too narrow to label each bar).
    x_axis.append([week.start.isoformat() for week in shown])
    _style_axis(x_axis)
    x_axis.setGridLineVisible(False)
    x_axis.setLabelsVisible(False)
    top = max((w.entries for w in shown), default=0)
    y_axis = _value_axis(0, max(top, 2), max(1, (top + 4) // 5))
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    chart.legend().setVisible(False)
    return chart


def rhythm_caption(weeks: Sequence[WeekCount]) -> str:
    """What the rhythm chart's bars span, in words."""
    shown = list(weeks)[-SHOWN[Granularity.WEEK] :]
    if not shown:
        return ""
    return QCoreApplication.translate(
        "Insights", "One bar for each week, from the week of {first} to this week."
    ).format(first=day_text(shown[0].start))


def chart_view(chart: QChart, name: str, description: str = "", height: int = 240) -> QChartView:
    """A smooth view for a chart, named and described for screen readers."""
    view = QChartView(chart)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    view.setToolTip(description)
    view.setMinimumHeight(height)
    return view
