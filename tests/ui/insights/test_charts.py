"""Insights say one thing once: each axis date once, and counts in the right number."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCharts import QChart, QDateTimeAxis
from PySide6.QtCore import QDateTime

from hj_journal.core.insights.service import (
    BandEdge,
    Bucket,
    Granularity,
    HeatMap,
    QuestionnaireSeries,
    RatingSeries,
    ScorePoint,
)
from hj_journal.ui.common.plural import translate_n
from hj_journal.ui.insights import charts
from hj_journal.ui.insights.heatmap import HeatMapWidget


def tick_labels(chart: QChart) -> list[str]:
    """The labels a date axis draws: its range cut into tickCount - 1 equal steps."""
    (axis,) = [a for a in chart.axes() if isinstance(a, QDateTimeAxis)]
    start, end = axis.min().toMSecsSinceEpoch(), axis.max().toMSecsSinceEpoch()
    count = axis.tickCount()
    return [
        QDateTime.fromMSecsSinceEpoch(int(start + i * (end - start) / (count - 1))).toString(
            axis.format()
        )
        for i in range(count)
    ]


def questionnaire(days: list[date]) -> QuestionnaireSeries:
    return QuestionnaireSeries(
        instrument_id="phq9",
        title="PHQ-9",
        short_name="PHQ-9",
        unit="total",
        low=0,
        high=27,
        bands=(BandEdge("low", "Low", 0, 27),),
        bands_informal=False,
        points=tuple(
            ScorePoint(datetime(d.year, d.month, d.day, 12, tzinfo=UTC), d, 5, None) for d in days
        ),
        not_scored=0,
    )


@pytest.mark.parametrize(
    "days",
    [
        [date(2026, 11, 30)],
        [date(2026, 11, 30), date(2026, 12, 1)],
        [date(2026, 11, 28), date(2026, 11, 30), date(2026, 12, 2)],
        [date(2026, 11, 1) + timedelta(days=9 * n) for n in range(6)],
        [date(2025, 1, 1), date(2026, 11, 30)],
    ],
)
def test_a_questionnaire_axis_names_each_day_once(qapp: Any, days: list[date]) -> None:
    labels = tick_labels(charts.questionnaire_chart(questionnaire(days)))
    assert len(labels) == len(set(labels)), labels
    assert len(labels) >= 2


def test_a_single_result_has_its_own_day_in_the_middle(qapp: Any) -> None:
    labels = tick_labels(charts.questionnaire_chart(questionnaire([date(2026, 11, 30)])))
    assert labels == ["29 Nov 2026", "30 Nov 2026", "1 Dec 2026"]


@pytest.mark.parametrize(
    ("granularity", "weeks"),
    [(Granularity.WEEK, 1), (Granularity.WEEK, 2), (Granularity.MONTH, 2)],
)
def test_a_short_rating_series_names_each_tick_once(
    qapp: Any, granularity: Granularity, weeks: int
) -> None:
    step = 7 if granularity is Granularity.WEEK else 30
    start = date(2026, 11, 2)
    buckets = tuple(
        Bucket(start + timedelta(days=step * n), start + timedelta(days=step * (n + 1)), 2, 4.0)
        for n in range(weeks)
    )
    series = RatingSeries("distress", granularity, 0, 10, buckets)
    labels = tick_labels(charts.rating_chart(series, "Stress"))
    assert len(labels) == len(set(labels)), labels


def test_the_heat_map_counts_one_day_as_one_day(qapp: Any, qtbot: Any) -> None:
    widget = HeatMapWidget()
    qtbot.addWidget(widget)
    widget.set_map(HeatMap(start=date(2026, 11, 30), counts=(0, 1, 0)))
    text = widget.text_alternative()
    assert "on 1 day," in text and "1 days" not in text
    assert "1 time in all" in text and "1 times" not in text
    widget.set_map(HeatMap(start=date(2026, 11, 30), counts=(2, 1, 0)))
    assert "on 2 days" in widget.text_alternative()
    assert "3 times in all" in widget.text_alternative()


def test_a_single_rating_is_one_rating(qapp: Any) -> None:
    series = RatingSeries(
        "distress",
        Granularity.WEEK,
        0,
        10,
        (Bucket(date(2026, 11, 30), date(2026, 12, 7), 1, 4.0),),
    )
    described = charts.describe_series(series, "stress")
    assert "(1 rating)" in described and "1 ratings" not in described


def test_translate_n_gives_english_its_plurals_without_a_translation(qapp: Any) -> None:
    assert translate_n("Insights", "%n check-in(s)", 1) == "1 check-in"
    assert translate_n("Insights", "%n check-in(s)", 0) == "0 check-ins"
    assert translate_n("Insights", "%n entr(y|ies) on %n day(s)", 1) == "1 entry on 1 day"
    assert translate_n("Insights", "%n entr(y|ies)", 3) == "3 entries"
