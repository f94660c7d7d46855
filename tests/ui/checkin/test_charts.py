"""Check-in charts: calm band areas between whole numbers, meaningful change, each day once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCharts import QDateTimeAxis
from PySide6.QtCore import QDateTime
from PySide6.QtGui import QColor

from hj_journal.core.checkin.instruments.scoring import builtin_instruments
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.services import Services
from hj_journal.ui.checkin.charts import band_edges, instrument_chart
from tests.ui.checkin.checkin_samples import who5_history


def _is_reddish(colour: QColor) -> bool:
    hue = colour.hslHue()
    return colour.hslSaturation() > 60 and (hue < 25 or hue > 335)


def test_band_edges_sit_between_whole_numbers() -> None:
    gad7 = builtin_instruments().get("gad7")
    edges = [(band.key, low, high) for band, low, high in band_edges(gad7.bands)]
    assert edges == [
        ("minimal", 0.0, 4.5),
        ("mild", 4.5, 9.5),
        ("moderate", 9.5, 14.5),
        ("severe", 14.5, 21.0),
    ]


def test_the_who5_chart_has_calm_band_areas_and_marks_meaningful_change(
    qtbot, services: Services
) -> None:
    who5_history(services)
    who5 = builtin_instruments().get("who5")
    parts = instrument_chart(who5, services.questionnaires.history("who5"))
    assert [area.name() for area in parts.band_areas] == [
        "Very poor well-being",
        "Poor well-being",
        "Good well-being",
    ]
    uppers = [area.upperSeries().at(0).y() for area in parts.band_areas]
    assert uppers == [28.5, 50.5, 100.0]
    for area in parts.band_areas:
        assert not _is_reddish(area.brush().color())
        assert area.brush().color().alpha() < 255  # shading behind, never solid
    assert [p.y() for p in parts.line.points()] == [40, 48, 60, 56]  # unscored left out
    assert parts.marks is not None
    assert [p.y() for p in parts.marks.points()] == [60]
    assert "10 points" in parts.marks.name()
    assert set(parts.chart.series()) >= {*parts.band_areas, parts.line, parts.marks}


def test_a_chart_with_no_results_still_builds(qtbot) -> None:
    phq9 = builtin_instruments().get("phq9")
    parts = instrument_chart(phq9, [])
    assert len(parts.band_areas) == 5
    assert parts.line.count() == 0
    assert parts.marks is None  # PHQ-9 names no meaningful change


def test_a_questionnaire_chart_names_each_day_once(qapp: Any, services: Services) -> None:
    # Six results within one day: ticks every few hours would all say the same date.
    start = datetime(2026, 11, 30, 8, tzinfo=UTC)
    for n in range(6):
        answers = [1, 1, 1, 1, 1, 1, 1]
        services.questionnaires.save(ResponseInput("gad7", answers, at=start + timedelta(hours=n)))
    gad7 = builtin_instruments().get("gad7")
    parts = instrument_chart(gad7, services.questionnaires.history("gad7"))
    (axis,) = [a for a in parts.chart.axes() if isinstance(a, QDateTimeAxis)]
    low, high, count = (
        axis.min().toMSecsSinceEpoch(),
        axis.max().toMSecsSinceEpoch(),
        axis.tickCount(),
    )
    labels = [
        QDateTime.fromMSecsSinceEpoch(int(low + i * (high - low) / (count - 1))).toString(
            axis.format()
        )
        for i in range(count)
    ]
    assert len(labels) == len(set(labels)), labels
