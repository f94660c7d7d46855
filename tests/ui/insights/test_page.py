"""The Insights page: gathered in the background, worded calmly, readable and complete.

Set ``HJ_JOURNAL_SCREENSHOTS=1`` to keep the PNGs in ``screenshots/`` (every theme).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCharts import QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from hj_journal.core.insights.service import Granularity, Insights
from hj_journal.ui.insights import page as page_module
from hj_journal.ui.insights.heatmap import VIRIDIS, HeatMapWidget
from hj_journal.ui.insights.page import InsightsPage
from hj_journal.ui.shell.context import UiContext
from tests.ui.insights.insights_samples import TODAY, fill
from tests.ui.support import unnamed_controls

GUILT = re.compile(r"streak|missed|failed|broke|in a row|you haven't", re.IGNORECASE)


def visible_text(root: QWidget) -> list[str]:
    """Every piece of text a person can see in ``root`` (labels and buttons)."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            texts.append(widget.text())
    return texts


@pytest.fixture
def page(ui_ctx: UiContext, qtbot: Any, themed: str) -> InsightsPage:
    ui_ctx.services.insights = Insights(ui_ctx.services.vault, clock=lambda: TODAY)
    built = InsightsPage(ui_ctx)
    qtbot.addWidget(built)
    built.resize(1000, 2600)
    return built


def load(page: InsightsPage, qtbot: Any) -> None:
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
        page.activate()


def test_an_empty_vault_is_met_calmly(page: InsightsPage, qtbot: Any, shoot) -> None:
    page.show()
    assert page.stack.currentWidget() is page.waiting
    assert page.waiting.text() == "Gathering your insights…"
    load(page, qtbot)
    assert page.stack.currentWidget() is page.empty
    assert "There is no hurry." in page.empty.text()
    shoot(page, "insights-empty")


def test_insights_with_two_years_of_history(
    page: InsightsPage, qtbot: Any, qt_warnings: list[str], shoot
) -> None:
    fill(page.ctx.services)
    load(page, qtbot)
    report = page.report
    assert report is not None
    assert page.stack.currentWidget() is page.content

    # What helps me: the core's sentences, clearest first.
    helps = page.what_helps.sentences()
    assert helps[0] == report.what_helps[0].sentence
    assert any("typically went down" in s for s in helps)
    assert any("not enough yet" in s for s in helps)  # cyclic sighing, once

    # Calmer days: observations only.
    calmer = page.calmer_days.sentences()
    assert any(s.startswith("On calmer days, ‘walk’") for s in calmer)
    assert any("not causes" in s for s in calmer)

    # Charts: a gap stays a gap, the switch changes the period.
    distress = page.distress_view.chart()
    assert distress.series() and all(isinstance(s, QLineSeries) for s in distress.series())
    assert "typically" in page.distress_view.accessibleDescription()
    page.granularity_buttons[Granularity.MONTH].click()
    assert page.granularity is Granularity.MONTH
    assert "month by month" in page.distress_view.chart().title()
    shown = sum(s.count() for s in page.distress_view.chart().series())
    assert shown == len([b for b in report.distress[Granularity.MONTH].recent(24) if b.median])

    # Heat map: a legend, shades from viridis, a text alternative.
    assert page.heat_map_text.text().startswith("From ")
    busy = page.heat_map.colour_of(report.heat_map.max_count).name()
    assert busy in page.heat_map.shades()
    assert page.heat_map.colour_of(0).name() not in VIRIDIS + page.heat_map.shades()
    assert page.heat_map.accessibleDescription() == page.heat_map.text_alternative()

    # Rhythm: a sentence without guilt.
    assert page.rhythm_text.text().startswith("In the last 12 weeks you wrote")

    # Questionnaire results stay folded away until asked for, and are drawn only then.
    assert not page.scores_box.isVisibleTo(page)
    assert page.scores_box.findChildren(QChartView) == []
    page.show_scores.click()
    assert page.scores_box.isVisibleTo(page)
    views = page.scores_box.findChildren(QChartView)
    assert sorted(v.accessibleName() for v in views) == sorted(
        s.title for s in report.questionnaires
    )

    assert unnamed_controls(page) == []
    for text in visible_text(page):
        assert not GUILT.search(text), text
        assert "on average" not in text
    page.content.verticalScrollBar().setValue(0)
    shoot(page, "insights-page")
    for granularity in (Granularity.YEAR, Granularity.WEEK):
        page.granularity_buttons[granularity].click()
        shoot(page.distress_view, f"insights-distress-{granularity.value}")
    assert qt_warnings == []


def test_the_heat_map_alone(qtbot: Any, themed: str, shoot, ui_ctx: UiContext) -> None:
    fill(ui_ctx.services, days=400)
    report = Insights(ui_ctx.services.vault, clock=lambda: TODAY).report()
    widget = HeatMapWidget()
    qtbot.addWidget(widget)
    widget.set_map(report.heat_map)
    widget.resize(900, widget.heightForWidth(900))
    widget.show()
    first_day = report.heat_map.start
    assert widget.index_at(widget._rect(0).center().toPoint()) == 0
    assert "checked in on" in widget.text_alternative()
    assert first_day.weekday() == 0
    shoot(widget, "insights-heatmap")


def test_a_new_checkin_gathers_the_insights_again(page: InsightsPage, qtbot: Any) -> None:
    load(page, qtbot)
    assert page.report is not None and page.report.checkins == 0
    from hj_journal.core.checkin.checkins import CheckInInput

    with qtbot.waitSignal(page.loaded, timeout=20_000):  # the service announces it
        page.ctx.services.checkins.add(CheckInInput(distress=3, at=TODAY))
    assert page.report.checkins == 1


def test_a_questionnaire_answered_elsewhere_gathers_the_insights_again(
    page: InsightsPage, qtbot: Any
) -> None:
    load(page, qtbot)
    assert page.report is not None
    assert [s for s in page.report.questionnaires if s.points] == []
    from hj_journal.core.checkin.questionnaires import ResponseInput

    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.ctx.services.questionnaires.save(
            ResponseInput("gad7", [1, 0, 2, 1, 0, 1, 0], at=TODAY)
        )
    assert [len(s.points) for s in page.report.questionnaires if s.points] == [1]
    from hj_journal.core.checkin.checkins import CheckInInput

    with qtbot.waitSignal(page.loaded, timeout=20_000):  # (the page is empty without one)
        page.ctx.services.checkins.add(CheckInInput(distress=3, at=TODAY))
    page.show_scores.click()
    assert [v.accessibleName() for v in page.scores_box.findChildren(QChartView)] == [
        "Generalized Anxiety Disorder 7-item scale"
    ]
    with qtbot.waitSignal(page.loaded, timeout=20_000):  # a second one, results open
        page.ctx.services.questionnaires.save(
            ResponseInput("gad7", [1, 1, 2, 1, 0, 1, 0], at=TODAY)
        )
    layout = page.scores_layout
    views = [layout.itemAt(i).widget() for i in range(layout.count())]
    charts = [v.chart() for v in views if isinstance(v, QChartView)]
    lines = [s for c in charts for s in c.series() if s.name() == "Your results"]
    assert [len(line.points()) for line in lines] == [2]  # drawn again at once


# ---------------------------------------------------------------------- a first look


def chart_points(view: QChartView) -> tuple[object, ...]:
    """Every point of every line in a chart view, and its axes' ranges."""
    chart = view.chart()
    lines = [
        [(p.x(), p.y()) for p in s.points()] for s in chart.series() if isinstance(s, QLineSeries)
    ]
    ranges: list[object] = []
    for axis in chart.axes():
        if isinstance(axis, QDateTimeAxis):
            ranges.append((axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()))
        elif isinstance(axis, QValueAxis):
            ranges.append((axis.min(), axis.max(), axis.tickInterval()))
    return (lines, ranges)


def drawn(page: InsightsPage) -> tuple[object, ...]:
    """What a person sees on the page: its words and each chart's title and points."""
    views = [page.distress_view, page.mood_view, page.rhythm_view]
    return (
        visible_text(page),
        [v.chart().title() for v in views],
        [chart_points(v) for v in views[:2]],
        [s.count() for s in page.rhythm_view.chart().series()],
        page.heat_map.text_alternative(),
        [v.accessibleDescription() for v in views],
    )


def test_the_latest_weeks_are_shown_first_then_the_whole_history(
    page: InsightsPage, qtbot: Any, qt_warnings: list[str], shoot
) -> None:
    fill(page.ctx.services)
    first: list[bool] = []
    page.shown.connect(lambda: first.append(page.report is not None and page.report.complete))
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.show()
        page.activate()
    assert first == [False]  # the first look came first
    assert page.stack.currentWidget() is page.content
    assert page.calmer_days.sentences() == ["Gathering your insights…"]
    assert page.what_helps.sentences()  # what helps is whole in a first look
    assert not page.granularity_buttons[Granularity.MONTH].isEnabled()
    assert page.granularity_buttons[Granularity.WEEK].isEnabled()
    assert "week by week" in page.distress_view.chart().title()
    assert page.distress_view.chart().series()
    shoot(page, "insights-first-look")
    qtbot.waitUntil(lambda: first == [False, True], timeout=20_000)
    assert page.report is not None and page.report.complete
    assert all(button.isEnabled() for button in page.granularity_buttons.values())
    assert any(s.startswith("On calmer days, ‘walk’") for s in page.calmer_days.sentences())

    # Once whole, the page reads exactly as one shown the whole report directly.
    direct = InsightsPage(page.ctx)
    qtbot.addWidget(direct)
    direct.resize(page.size())
    direct.show()
    direct.show_report(page.report)
    qtbot.waitUntil(lambda: drawn(direct) == drawn(page), timeout=5_000)
    for granularity in (Granularity.MONTH, Granularity.YEAR, Granularity.WEEK):
        page.granularity_buttons[granularity].click()
        direct.granularity_buttons[granularity].click()
        assert drawn(direct) == drawn(page)
    assert qt_warnings == []


def test_a_whole_report_right_after_a_first_look_is_drawn_safely(
    page: InsightsPage, qtbot: Any, qt_warnings: list[str]
) -> None:
    """A first look, then the whole report, quickly and over and over, with different
    figures each time so every chart is replaced while the last one may still be laid
    out or painted (an earlier version crashed inside Qt Charts doing this)."""
    services = page.ctx.services
    fill(services, days=500)
    source = Insights(services.vault, clock=lambda: TODAY)
    reports = [source.first_look(), source.report()]
    from hj_journal.core.checkin.checkins import CheckInInput

    services.checkins.add(CheckInInput(distress=10, mood=-3, at=TODAY))  # a new latest week
    reports += [source.first_look(), source.report()]
    assert reports[0].distress != reports[2].distress  # the charts differ each time
    page.show()
    page.resize(1180, 780)
    painted = [0]
    for round_ in range(24):
        for n, report in enumerate(reports[round_ % 2 * 2 :] + reports[: round_ % 2 * 2]):
            page.show_report(report)
            if (round_ + n) % 3 == 0:
                page.granularity_buttons[Granularity.WEEK].click()
            if (round_ + n) % 2:
                page.repaint()  # laid out and painted at once, old charts not yet deleted
        if round_ % 4 == 3 and page.report is not None and page.report.complete:
            page.granularity_buttons[Granularity.YEAR].click()
            page.show_report(reports[round_ % 4 - 1])
        page.grab()
        painted[0] += 1
        qtbot.waitUntil(lambda: page.stack.currentWidget() is page.content, timeout=5_000)
    assert painted[0] == 24
    assert qt_warnings == []


def test_a_first_look_is_never_shown_over_a_whole_report(page: InsightsPage, qtbot: Any) -> None:
    fill(page.ctx.services, days=120)
    load(page, qtbot)
    whole = page.report
    assert whole is not None and whole.complete
    page._first_look(Insights(page.ctx.services.vault, clock=lambda: TODAY).first_look())
    assert page.report is whole


def test_the_scroll_bar_never_comes_and_goes_for_ever(
    page: InsightsPage, qtbot: Any, qapp: Any
) -> None:
    """The column's height depends on its width (wrapped text), so a scroll bar shown
    only when needed once made the column be resized for ever around where it fits,
    until the stack overflowed (the crash then showed inside Qt Charts' axis labels)."""
    fill(page.ctx.services, days=120)
    scroll = page.content
    inner = scroll.widget()
    resizes = [0]

    class Counter(QObject):
        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Resize:
                resizes[0] += 1
                return resizes[0] > 400  # past that, stop the loop before the stack overflows
            return False

    counter = Counter()
    inner.installEventFilter(counter)
    load(page, qtbot)  # 2,600 pixels tall: about the column's own height
    page.resize(1000, 900)  # the bar was needed now, and the column kept being resized
    qapp.processEvents()
    assert resizes[0] < 400
    bar = scroll.verticalScrollBar().sizeHint().width()
    width = scroll.width() - 2 * scroll.frameWidth()
    narrow, wide = inner.heightForWidth(width - bar), inner.heightForWidth(width)
    # Between the two heights, so only the bar's presence decides which one fits.
    for height in range(min(narrow, wide) - 6, max(narrow, wide) + 6, 3):
        page.resize(1000, page.height() + height - scroll.viewport().height())
        qapp.processEvents()
    inner.removeEventFilter(counter)
    assert resizes[0] < 400


def test_a_first_look_that_cannot_be_read_still_leads_to_the_whole_report(
    page: InsightsPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(page.ctx.services, days=60)

    def unreadable() -> None:
        raise RuntimeError("a first look that could not be read")

    monkeypatch.setattr(page.ctx.services.insights, "first_look", unreadable)
    load(page, qtbot)
    assert page.report is not None and page.report.complete
    assert page.stack.currentWidget() is page.content


def test_the_whole_history_is_gathered_once_the_first_look_is_painted(
    page: InsightsPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_module, "PAINT_WAIT_MS", 600_000)  # only a paint starts it
    fill(page.ctx.services, days=60)
    gathered: list[bool] = []
    whole = page.ctx.services.insights.report
    monkeypatch.setattr(
        page.ctx.services.insights, "report", lambda: gathered.append(True) or whole()
    )
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.show()
        page.activate()
    assert gathered == []  # not while the first look waits to be painted
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        pass
    assert gathered == [True]


def test_an_unpainted_first_look_still_leads_to_the_whole_report(
    page: InsightsPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_module, "PAINT_WAIT_MS", 30)
    fill(page.ctx.services, days=60)
    page.shown.connect(page.hide)  # hidden before it could be painted
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show()
        page.activate()
    assert page.report is not None and page.report.complete


def test_locking_while_the_whole_report_waits_asks_for_nothing_more(
    page: InsightsPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(page_module, "PAINT_WAIT_MS", 600_000)
    fill(page.ctx.services, days=60)
    asked: list[bool] = []
    monkeypatch.setattr(page.ctx.services.insights, "report", lambda: asked.append(True))
    page.shown.connect(page.hide)  # so that no paint asks for the whole report
    with qtbot.waitSignal(page.shown, timeout=20_000):
        page.show()
        page.activate()
    page.ctx.hub.vault_locking.emit()
    assert page.report is None
    page._gather_whole_once()  # as the timer or a paint would, later
    assert asked == []
    monkeypatch.undo()
    page.ctx.services.insights = Insights(page.ctx.services.vault, clock=lambda: TODAY)
    load(page, qtbot)  # opened again later: gathered again from the start
    assert page.report is not None and page.report.complete
