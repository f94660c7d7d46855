"""The Insights page: gathered in the background, worded calmly, readable and complete.

Set ``HJ_JOURNAL_SCREENSHOTS=1`` to keep the PNGs in ``screenshots/`` (every theme).
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from PySide6.QtCharts import QChartView, QLineSeries
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from hj_journal.core.insights.service import Granularity, Insights
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

    # Questionnaire results stay folded away until asked for.
    assert not page.scores_box.isVisibleTo(page)
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
