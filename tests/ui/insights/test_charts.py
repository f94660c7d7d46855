"""Insights charts say one thing once: each axis date once, and ratings in the right number."""

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
    QuestionnaireSeries,
    RatingSeries,
    ScorePoint,
)
from hj_journal.ui.insights import charts


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
