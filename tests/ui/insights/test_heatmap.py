"""The writing heat map says one day as one day, and a count in the right number."""

from __future__ import annotations

from datetime import date
from typing import Any

from hj_journal.core.insights.service import (
    HeatMap,
)
from hj_journal.ui.insights.heatmap import HeatMapWidget


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
