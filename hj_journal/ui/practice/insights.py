"""Insights across sessions (practice vaults only): modest figures from session data.

Sessions each week and each month as quiet bars (each with a sentence for screen
readers), how distress typically changed from arriving to leaving, and the practices
used in sessions with their typical change. Nothing personal is read
(:mod:`hj_journal.core.sessions.practice_insights`); clients' questionnaire results stay with
each client in Sessions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from hj_journal.core.sessions.practice_insights import PeriodCount, PracticeInsightsReport
from hj_journal.ui.common.widgets import Card, text_label
from hj_journal.ui.practice.labels import day_text, month_text
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.sections import SectionPage


def sessions_text(count: int) -> str:
    """``1 session``, ``4 sessions``."""
    return QCoreApplication.translate("Practice", "%n session(s)", None, count)


def period_caption(counts: Sequence[PeriodCount], *, weekly: bool) -> str:
    """What the bars show, in words (also the chart's accessible description)."""
    if not counts:
        return ""
    total = sum(c.sessions for c in counts)
    first = day_text(counts[0].start)
    if weekly:
        return QCoreApplication.translate(
            "Practice", "{total} from the week of {first} to this week, one bar a week."
        ).format(total=sessions_text(total), first=first)
    return QCoreApplication.translate(
        "Practice", "{total} from {month} to this month, one bar a month."
    ).format(total=sessions_text(total), month=month_text(counts[0].start))


def counts_chart(counts: Sequence[PeriodCount], name: str) -> QChart:
    """Quiet bars, one per period, in the theme's accent; an empty period is just empty."""
    palette = QApplication.palette()
    chart = QChart()
    chart.setBackgroundVisible(False)
    chart.setMargins(QMargins(0, 0, 0, 0))
    chart.legend().setVisible(False)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    bars = QBarSet(name)
    accent = palette.color(QPalette.ColorRole.Highlight)
    bars.setColor(accent)
    bars.setBorderColor(accent)
    for period in counts:
        bars.append(float(period.sessions))
    series = QBarSeries()
    series.append(bars)
    series.setBarWidth(0.7)
    chart.addSeries(series)
    x_axis = QBarCategoryAxis()
    x_axis.append([period.start.isoformat() for period in counts])
    x_axis.setLabelsVisible(False)  # named in the caption: too narrow to label each bar
    x_axis.setGridLineVisible(False)
    top = max((period.sessions for period in counts), default=0)
    y_axis = QValueAxis()
    y_axis.setRange(0, max(top, 2))
    y_axis.setTickInterval(max(1, (top + 4) // 5))
    y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
    y_axis.setLabelFormat("%d")
    text = palette.color(QPalette.ColorRole.Text)
    grid = palette.color(QPalette.ColorRole.Mid)
    for axis in (x_axis, y_axis):
        axis.setLabelsColor(text)
        axis.setLinePenColor(grid)
        axis.setGridLineColor(grid)
    chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(x_axis)
    series.attachAxis(y_axis)
    return chart


def _chart_view(name: str) -> QChartView:
    view = QChartView()
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setAccessibleName(name)
    # Quiet and short: a dozen bars need no more than about a dozen lines of height.
    lines = view.fontMetrics().lineSpacing()
    view.setMinimumHeight(max(150, lines * 9))
    view.setMaximumHeight(max(190, lines * 12))
    view.setStyleSheet("background: transparent;")
    return view


class PracticeInsightsPage(SectionPage):
    """Counts of sessions, and what ratings in sessions typically showed."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._insights = ctx.services.practice_insights
        self.report: PracticeInsightsReport | None = None
        self.heading = text_label(
            QCoreApplication.translate("Practice", "Insights across sessions"), "heading"
        )
        self.lead = text_label(
            QCoreApplication.translate(
                "Practice",
                "Figures from your sessions only. Each client's questionnaire results stay "
                "with that client in Sessions. These describe ratings, never a person.",
            ),
            "muted",
        )
        self.totals = text_label("", None)

        self.weeks_card = Card(margin=20)
        self.weeks_chart = _chart_view(
            QCoreApplication.translate("Practice", "Sessions each week")
        )
        self.weeks_caption = text_label("", "muted")
        self.weeks_card.body.addWidget(
            text_label(QCoreApplication.translate("Practice", "Sessions each week"), "subheading")
        )
        self.weeks_card.body.addWidget(self.weeks_chart)
        self.weeks_card.body.addWidget(self.weeks_caption)

        self.months_card = Card(margin=20)
        self.months_chart = _chart_view(
            QCoreApplication.translate("Practice", "Sessions each month")
        )
        self.months_caption = text_label("", "muted")
        self.months_card.body.addWidget(
            text_label(QCoreApplication.translate("Practice", "Sessions each month"), "subheading")
        )
        self.months_card.body.addWidget(self.months_chart)
        self.months_card.body.addWidget(self.months_caption)

        self.change_card = Card(margin=20)
        self.session_change = text_label("", None)
        self.change_card.body.addWidget(
            text_label(
                QCoreApplication.translate("Practice", "From arriving to leaving"), "subheading"
            )
        )
        self.change_card.body.addWidget(self.session_change)

        self.practices_card = Card(margin=20)
        self.practices_box = QVBoxLayout()
        self.practices_box.setSpacing(8)
        self.practices_card.body.addWidget(
            text_label(
                QCoreApplication.translate("Practice", "Practices in sessions"), "subheading"
            )
        )
        self.practices_card.body.addLayout(self.practices_box)
        self.practices_card.body.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Practice",
                    "“Typically” means the middle of the ratings (the median), so one unusual "
                    "session does not sway it. A change in a rating is not a verdict on a "
                    "practice or on anyone.",
                ),
                "muted",
            )
        )

        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 16)
        column.setSpacing(12)
        for widget in (self.heading, self.lead, self.totals):
            column.addWidget(widget)
        for card in (self.weeks_card, self.months_card, self.change_card, self.practices_card):
            column.addWidget(card)
        column.addStretch(1)
        self.refresh()

    def activate(self) -> None:
        """Read the figures again (a session may have ended since)."""
        self.refresh()

    def refresh(self) -> None:
        """Show the figures as they are now."""
        report = self.report = self._insights.report()
        if report.sessions == 0:
            self.totals.setText(
                QCoreApplication.translate(
                    "Practice", "When you hold sessions, their figures will show here."
                )
            )
        else:
            clients = report.clients_seen  # a plain name, for pyside6-lupdate
            self.totals.setText(
                QCoreApplication.translate(
                    "Practice", "{sessions} in all, with (one client|%n clients).", None, clients
                ).format(sessions=sessions_text(report.sessions))
            )
        for view, caption, counts, weekly in (
            (self.weeks_chart, self.weeks_caption, report.weeks, True),
            (self.months_chart, self.months_caption, report.months, False),
        ):
            old = view.chart()
            view.setChart(counts_chart(counts, view.accessibleName()))
            if old is not None:
                old.deleteLater()
            text = period_caption(counts, weekly=weekly)
            caption.setText(text)
            view.setAccessibleDescription(text)
        self.session_change.setText(report.session_sentence)  # core's words, translated there
        self._set_practices(report)

    def _set_practices(self, report: PracticeInsightsReport) -> None:
        while self.practices_box.count():
            item = self.practices_box.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                # Out of the card at once: a label waiting for deletion keeps its old place.
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        if not report.practices:
            self.practices_box.addWidget(
                text_label(
                    QCoreApplication.translate(
                        "Practice",
                        "When a practice is done in a session with a rating before and after, "
                        "it will show here.",
                    ),
                    "muted",
                )
            )
            return
        for use in report.practices:
            label = text_label(use.sentence, None if use.enough else "muted")
            label.setAccessibleName(use.title)
            self.practices_box.addWidget(label)

    def sentences(self) -> list[str]:
        """The practice sentences shown (for tests)."""
        result = []
        for i in range(self.practices_box.count()):
            item = self.practices_box.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                result.append(widget.text())
        return result
