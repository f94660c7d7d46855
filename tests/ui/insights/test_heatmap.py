"""The writing heat map says one day as one day, and a count in the right number."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont, QFontMetrics

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


def test_the_heat_map_makes_room_for_its_words_at_large_text(qapp: Any, qtbot: Any) -> None:
    # The day names, the month names and the legend were given fixed room, so at large
    # text (and in Spanish) "Wed" was cut at its left and the legend fell off the bottom.
    widget = HeatMapWidget()
    qtbot.addWidget(widget)
    font = QFont(widget.font())
    font.setPointSizeF(24)
    widget.setFont(font)
    widget.set_map(HeatMap(start=date(2025, 12, 1), counts=tuple(range(364))))
    widget.resize(900, 100)
    widget.show()
    qtbot.waitExposed(widget)
    metrics = QFontMetrics(widget.small_font())
    names = [QLocale().standaloneDayName(d, QLocale.FormatType.ShortFormat) for d in (1, 3, 5, 7)]
    first_cell = widget._rect(0)
    assert first_cell.left() >= max(metrics.horizontalAdvance(n) for n in names)
    assert first_cell.top() >= metrics.height()  # the month names above the cells
    assert widget.height() >= widget.heightForWidth(widget.width())  # the legend below
    last_row_bottom = widget._rect(6).bottom()
    assert widget.height() - last_row_bottom >= metrics.height()  # room for the legend
