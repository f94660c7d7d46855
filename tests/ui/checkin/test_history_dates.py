"""Every check-in in the history says which day it was, today's included."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCharts import QDateTimeAxis
from PySide6.QtCore import QDateTime

from hj_journal.core.checkin.checkins import CheckInView
from hj_journal.core.checkin.instruments.scoring import builtin_instruments
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.services import Services
from hj_journal.ui.checkin.charts import instrument_chart
from hj_journal.ui.checkin.history import checkin_text
from hj_journal.ui.common.dates import day_text


def view(at: datetime) -> CheckInView:
    return CheckInView(id=1, uuid="u", at=at, distress=3, mood=None, energy=None)


def test_a_check_in_from_today_shows_its_date_and_time(qapp: Any) -> None:
    now = datetime.now().astimezone().replace(hour=9, minute=5, second=0, microsecond=0)
    first_line = checkin_text(view(now)).splitlines()[0]
    assert day_text(now.date()) in first_line
    assert "09:05" in first_line or "9:05" in first_line


def test_check_ins_on_two_days_read_differently(qapp: Any) -> None:
    now = datetime.now().astimezone().replace(hour=14, minute=30, second=0, microsecond=0)
    today, yesterday = checkin_text(view(now)), checkin_text(view(now - timedelta(days=1)))
    assert today != yesterday
    assert day_text((now - timedelta(days=1)).date()) in yesterday
    # The date comes first, so a list reads as days, each with its time.
    assert today.startswith(day_text(now.date()))


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
