"""The Insights section: patterns in your own history, gathered off the GUI thread.

While the report is gathered (in a :class:`~hj_journal.ui.platform.worker.Jobs` thread) the page
shows a calm "Gathering your insights…". The first time, a first look (the latest weeks,
:meth:`Insights.first_look`) is gathered and shown before the whole history, so the page
shows real figures in a fraction of the time; the whole report then fills in only what
the first look lacked (calmer days, by month and by year), and replaces no chart whose
figures are the same. Questionnaire results stay folded away until
you ask for them (docs/instruments.md: results are hidden until asked). Nothing here counts
gaps or streaks; every pattern is an observation from your own ratings.
"""

from __future__ import annotations

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.insights.service import Granularity, InsightsReport
from hj_journal.core.vaults import VaultLockedError
from hj_journal.ui.common.widgets import Card, text_label
from hj_journal.ui.insights import charts
from hj_journal.ui.insights.heatmap import HeatMapWidget
from hj_journal.ui.insights.panels import CalmerDaysPanel, WhatHelpsPanel
from hj_journal.ui.platform.worker import Jobs, report_unexpected
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.sections import SectionPage

GRANULARITY_LABELS = {
    Granularity.WEEK: QT_TRANSLATE_NOOP("Insights", "By &week"),
    Granularity.MONTH: QT_TRANSLATE_NOOP("Insights", "By &month"),
    Granularity.YEAR: QT_TRANSLATE_NOOP("Insights", "By &year"),
}


PAINT_WAIT_MS = 200
"""How long the whole report waits for a first look to be painted (a hidden window paints
nothing); painting usually takes a few tens of milliseconds."""


class InsightsPage(SectionPage):
    """Distress and mood over time, what helps, calmer days, calendar, rhythm, scores."""

    loaded = Signal()  # the whole report is shown (tests wait for it)
    shown = Signal()  # a report is shown, a first look or the whole (a first paint follows)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._jobs = Jobs(self, max_threads=1)
        self._state = "idle"  # "idle", "loading" or "again"
        self._dirty = True
        self.report: InsightsReport | None = None
        self.granularity = Granularity.WEEK
        # What each chart shows now, so a report with the same figures leaves it alone.
        self._drawn: dict[str, object] = {}
        self._whole_waits = False  # for the first look to be painted

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 8)
        outer.setSpacing(6)
        outer.addWidget(text_label(QCoreApplication.translate("Insights", "Insights"), "heading"))
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Insights",
                    "Patterns in your own check-ins, practices and writing. They are "
                    "observations, not verdicts, and nothing here is a diagnosis.",
                ),
                "muted",
            )
        )
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        self.waiting = self._message_page(
            QCoreApplication.translate("Insights", "Gathering your insights…")
        )
        self.empty = self._message_page(
            QCoreApplication.translate(
                "Insights",
                "When you have a few check-ins, the patterns in them will gather here. "
                "There is no hurry.",
            )
        )
        self.problem = self._message_page(
            QCoreApplication.translate(
                "Insights",
                "Your insights could not be gathered just now. They will be tried again later.",
            )
        )
        self.content = self._build_content()
        self.stack.setCurrentWidget(self.waiting)
        self._connect_signals()

    # ------------------------------------------------------------------ building

    def _message_page(self, text: str) -> QLabel:
        label = text_label(text, "lead")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setAccessibleName(text)
        self.stack.addWidget(label)
        return label

    def _card(self, layout: QVBoxLayout, title: str) -> Card:
        card = Card(margin=20)
        card.body.addWidget(text_label(title, "subheading"))
        layout.addWidget(card)
        return card

    def _build_content(self) -> QScrollArea:
        scroll = QScrollArea(self.stack)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the column's width never changes with its height: its height
        # depends on its width (wrapped text), and with the bar shown only when needed
        # the column was resized over and over around where it fitted, until the stack
        # overflowed (the crash showed inside Qt Charts' axis labels). A test keeps it.
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        inner = self._column = QWidget(scroll)  # its paint is the first look's (it fills)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 8, 12, 16)
        column.setSpacing(14)

        over_time = self._card(
            column, QCoreApplication.translate("Insights", "Distress and mood over time")
        )
        choices = QHBoxLayout()
        self.granularity_group = QButtonGroup(self)
        self.granularity_buttons: dict[Granularity, QRadioButton] = {}
        for granularity, label in GRANULARITY_LABELS.items():
            words = QCoreApplication.translate("Insights", str(label))
            button = QRadioButton(words)
            button.setAccessibleName(words.replace("&", ""))
            self.granularity_group.addButton(button)
            self.granularity_buttons[granularity] = button
            choices.addWidget(button)
        self.granularity_buttons[Granularity.WEEK].setChecked(True)
        choices.addStretch(1)
        over_time.body.addLayout(choices)
        over_time.body.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Insights",
                    "Each point is your typical rating (the median) for that period. A period "
                    "without check-ins is left as a gap.",
                ),
                "muted",
            )
        )
        self.distress_view = charts.chart_view(
            QChart(), QCoreApplication.translate("Insights", "Distress over time")
        )
        self.mood_view = charts.chart_view(
            QChart(), QCoreApplication.translate("Insights", "Mood over time")
        )
        over_time.body.addWidget(self.distress_view)
        over_time.body.addWidget(self.mood_view)

        self.what_helps = WhatHelpsPanel()
        self._card(column, QCoreApplication.translate("Insights", "What helps me")).body.addWidget(
            self.what_helps
        )
        self.calmer_days = CalmerDaysPanel()
        self._card(
            column, QCoreApplication.translate("Insights", "What was present on calmer days")
        ).body.addWidget(self.calmer_days)

        calendar = self._card(
            column, QCoreApplication.translate("Insights", "Check-ins on the calendar")
        )
        self.heat_map = HeatMapWidget()
        self.heat_map_text = text_label("", "muted")
        calendar.body.addWidget(self.heat_map)
        calendar.body.addWidget(self.heat_map_text)

        rhythm = self._card(column, QCoreApplication.translate("Insights", "Your writing rhythm"))
        self.rhythm_text = text_label("")
        self.rhythm_view = charts.chart_view(
            QChart(), QCoreApplication.translate("Insights", "Entries each week"), height=190
        )
        self.rhythm_view.setMaximumHeight(230)
        self.rhythm_range = text_label("", "muted")
        rhythm.body.addWidget(self.rhythm_text)
        rhythm.body.addWidget(self.rhythm_view)
        rhythm.body.addWidget(self.rhythm_range)

        scores = self._card(column, QCoreApplication.translate("Insights", "Questionnaires"))
        scores.body.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Insights",
                    "Your questionnaire results over time, on soft shading that marks the "
                    "published groupings. They are shown only when you ask, and they are "
                    "not a diagnosis.",
                ),
                "muted",
            )
        )
        self.show_scores = QPushButton(
            QCoreApplication.translate("Insights", "&Show my questionnaire results")
        )
        self.show_scores.setCheckable(True)
        scores.body.addWidget(self.show_scores, 0, Qt.AlignmentFlag.AlignLeft)
        self.scores_box = QWidget()
        self.scores_layout = QVBoxLayout(self.scores_box)
        self.scores_layout.setContentsMargins(0, 0, 0, 0)
        self.scores_box.hide()
        scores.body.addWidget(self.scores_box)

        column.addStretch(1)
        scroll.setWidget(inner)
        self.stack.addWidget(scroll)
        return scroll

    def _connect_signals(self) -> None:
        hub = self.ctx.hub
        for signal in (
            hub.checkin_saved,
            hub.response_saved,  # the questionnaire results shown here
            hub.practice_saved,
            hub.entry_saved,
        ):
            signal.connect(self._changed)
        hub.entries_changed.connect(self._changed)
        hub.vault_locking.connect(self._locking)
        self.granularity_group.buttonToggled.connect(self._granularity_toggled)
        self.show_scores.toggled.connect(self._scores_toggled)

    # ------------------------------------------------------------------ loading

    def activate(self) -> None:
        """Shown: gather the insights again if anything changed since last time."""
        if self._dirty or self.report is None:
            self.refresh()

    def refresh(self) -> None:
        """Gather the insights in the background."""
        if self._state != "idle":
            self._state = "again"
            return
        self._state = "loading"
        self._dirty = False
        if self.report is None:
            self.stack.setCurrentWidget(self.waiting)
            if self.granularity is Granularity.WEEK:  # what a first look holds
                self._jobs.start(
                    self.ctx.services.insights.first_look,
                    on_done=self._first_look,
                    on_error=self._first_look_failed,
                    guard=self,
                )
                return
        self._gather_whole()

    def _gather_whole(self) -> None:
        self._jobs.start(
            self.ctx.services.insights.report,
            on_done=self._loaded,
            on_error=self._failed,
            guard=self,
        )

    def _first_look(self, report: InsightsReport) -> None:
        if self.report is None:  # never over a whole report
            self.show_report(report)
        # The whole history once the first look is painted: its two threads would
        # otherwise take the cores (and Python) from that paint. A zero timer would come
        # before the paint, so the paint itself starts it (or, unpainted, a short wait).
        self._whole_waits = True
        self._column.installEventFilter(self)
        QTimer.singleShot(PAINT_WAIT_MS, self, self._gather_whole_once)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notes the first paint of a first look (see :meth:`_first_look`)."""
        if event.type() == QEvent.Type.Paint and self._whole_waits:
            QTimer.singleShot(0, self, self._gather_whole_once)  # just after this paint
        return super().eventFilter(watched, event)

    @Slot()
    def _gather_whole_once(self) -> None:
        if self._whole_waits:
            self._whole_waits = False
            self._column.removeEventFilter(self)
            self._gather_whole()

    def _first_look_failed(self, _error: BaseException) -> None:
        self._gather_whole()  # which says what went wrong, if it goes wrong again

    def _loaded(self, report: InsightsReport) -> None:
        again = self._state == "again"
        self._state = "idle"
        self.show_report(report)
        if again:
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._state = "idle"
        if isinstance(error, VaultLockedError):  # locking mid-way is expected
            return
        self.stack.setCurrentWidget(self.problem)
        report_unexpected(error)

    @Slot()
    @Slot(int)
    def _changed(self, _id: int = 0) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def _locking(self) -> None:
        self._jobs.wait()
        if self._whole_waits:  # a first look shown, the whole not asked for: never now
            self._whole_waits = False
            self._column.removeEventFilter(self)
            self._state = "idle"
        self.report = None
        self._drawn.clear()  # nothing of the vault kept once it locks

    # ------------------------------------------------------------------ showing

    def show_report(self, report: InsightsReport) -> None:
        """Fill every part of the page from ``report`` (a first look or the whole).

        Parts whose figures are what the page already shows are left as they are: the
        whole report after a first look only adds calmer days and the longer periods.
        """
        self.report = report
        for granularity, button in self.granularity_buttons.items():
            button.setEnabled(granularity in report.distress)
        if report.checkins == 0 and not report.what_helps and not report.rhythm.recent_entries:
            self.stack.setCurrentWidget(self.empty)
            self._announce(report)
            return
        self._show_over_time()
        if self._changed_part("what_helps", report.what_helps):
            self.what_helps.set_effects(report.what_helps)
        if report.calmer_days is None:
            if self._changed_part("calmer_days", None):
                self.calmer_days.set_gathering()
        elif self._changed_part("calmer_days", report.calmer_days):
            self.calmer_days.set_calmer_days(report.calmer_days)
        if self._changed_part("heat_map", report.heat_map):
            self.heat_map.set_map(report.heat_map)
            self.heat_map_text.setText(self.heat_map.text_alternative())
        self.rhythm_text.setText(report.rhythm.sentence)
        if report.complete:
            self._show_rhythm()
        else:  # below the first screen: drawn just after the first paint
            QTimer.singleShot(0, self, self._show_rhythm)
        self._show_open_scores()
        self.stack.setCurrentWidget(self.content)
        self._announce(report)

    @Slot()
    def _show_rhythm(self) -> None:
        if self.report is None:
            return
        shown_weeks = tuple(self.report.rhythm.weeks[-charts.SHOWN[Granularity.WEEK] :])
        if self._changed_part("rhythm", shown_weeks):
            _replace_chart(self.rhythm_view, charts.rhythm_chart(shown_weeks))
            self.rhythm_range.setText(charts.rhythm_caption(shown_weeks))

    def _show_open_scores(self) -> None:
        """Questionnaire charts are built only once you ask to see them."""
        if (
            self.report is not None
            and self.show_scores.isChecked()
            and self._changed_part("scores", self.report.questionnaires)
        ):
            self._show_scores()

    def _announce(self, report: InsightsReport) -> None:
        self.shown.emit()
        if report.complete:
            self.loaded.emit()

    def _changed_part(self, part: str, figures: object) -> bool:
        """True (and noted) when ``figures`` differ from what ``part`` shows now."""
        if part in self._drawn and self._drawn[part] == figures:
            return False
        self._drawn[part] = figures
        return True

    def _show_over_time(self) -> None:
        if self.report is None or self.granularity not in self.report.distress:
            return  # a first look has weeks only; the buttons for the rest wait
        distress = self.report.distress[self.granularity]
        mood = self.report.mood[self.granularity]
        shown = charts.SHOWN[self.granularity]
        if not self._changed_part(
            "over_time", (self.granularity, distress.recent(shown), mood.recent(shown))
        ):
            return
        titles = {
            Granularity.WEEK: (
                QCoreApplication.translate("Insights", "Distress, week by week (0–10)"),
                QCoreApplication.translate("Insights", "Mood, week by week (−3 to +3)"),
            ),
            Granularity.MONTH: (
                QCoreApplication.translate("Insights", "Distress, month by month (0–10)"),
                QCoreApplication.translate("Insights", "Mood, month by month (−3 to +3)"),
            ),
            Granularity.YEAR: (
                QCoreApplication.translate("Insights", "Distress, year by year (0–10)"),
                QCoreApplication.translate("Insights", "Mood, year by year (−3 to +3)"),
            ),
        }[self.granularity]
        _replace_chart(self.distress_view, charts.rating_chart(distress, titles[0]))
        _replace_chart(self.mood_view, charts.rating_chart(mood, titles[1]))
        for view, series, name in (
            (self.distress_view, distress, QCoreApplication.translate("Insights", "distress")),
            (self.mood_view, mood, QCoreApplication.translate("Insights", "mood")),
        ):
            text = charts.describe_series(series, name)
            view.setAccessibleDescription(text)
            view.setToolTip(text)

    def _show_scores(self) -> None:
        while self.scores_layout.count():
            item = self.scores_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if self.report is None:
            return
        series_list = [s for s in self.report.questionnaires if s.points]
        if not series_list:
            self.scores_layout.addWidget(
                text_label(
                    QCoreApplication.translate(
                        "Insights", "You have not taken a questionnaire with every item answered."
                    ),
                    "muted",
                )
            )
            return
        for series in series_list:
            description = "; ".join(f"{p.day.isoformat()}: {p.value}" for p in series.points[-12:])
            view = charts.chart_view(
                charts.questionnaire_chart(series), series.title, description, height=260
            )
            self.scores_layout.addWidget(view)
            if series.bands_informal:
                self.scores_layout.addWidget(
                    text_label(
                        QCoreApplication.translate(
                            "Insights",
                            "These groupings are informal; the authors publish no cut-offs.",
                        ),
                        "muted",
                    )
                )
            not_scored = series.not_scored  # a plain name, for pyside6-lupdate
            if not_scored:
                self.scores_layout.addWidget(
                    text_label(
                        QCoreApplication.translate(
                            "Insights",
                            "Kept but not scored: %n response(s) with skipped questions.",
                            None,
                            not_scored,
                        ),
                        "muted",
                    )
                )

    @Slot(object, bool)
    def _granularity_toggled(self, button: object, checked: bool) -> None:
        if not checked:
            return
        for granularity, candidate in self.granularity_buttons.items():
            if candidate is button:
                self.granularity = granularity
        self._show_over_time()

    @Slot(bool)
    def _scores_toggled(self, shown: bool) -> None:
        self._show_open_scores()
        self.scores_box.setVisible(shown)
        self.show_scores.setText(
            QCoreApplication.translate("Insights", "&Hide my questionnaire results")
            if shown
            else QCoreApplication.translate("Insights", "&Show my questionnaire results")
        )


def _replace_chart(view: QChartView, chart: QChart) -> None:
    old = view.chart()
    view.setChart(chart)
    if old is not None and old is not chart:
        old.deleteLater()
