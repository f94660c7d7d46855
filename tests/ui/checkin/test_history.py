"""The check-in history: results wait for a questionnaire, the list pages, each day said."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from hj_journal.core.checkin.checkins import CheckInInput, CheckInView
from hj_journal.core.checkin.scales import CustomScale
from hj_journal.core.services import Services
from hj_journal.ui.checkin import history as history_module
from hj_journal.ui.checkin.history import CheckInHistoryModel, HistoryPanel, checkin_text
from hj_journal.ui.checkin.page import CheckInPage
from hj_journal.ui.common.dates import day_text
from hj_journal.ui.shell.context import UiContext
from tests.ui.checkin.checkin_samples import T0, who5_history
from tests.ui.support import PAGE_SIZE


def test_results_in_history_wait_until_a_questionnaire_is_chosen(qtbot, ui_ctx: UiContext) -> None:
    who5_history(ui_ctx.services)
    panel = HistoryPanel(ui_ctx.services.checkins, ui_ctx.services.questionnaires)
    qtbot.addWidget(panel)
    assert panel.chart is None
    assert not panel.results_list.isVisibleTo(panel)
    panel.show_instrument("who5")
    assert panel.chart is not None
    lines = [panel.results_list.item(i).text() for i in range(panel.results_list.count())]
    assert "56 of 100 · Good well-being · down 4 since last time" in lines[0]
    assert "not scored (1 skipped)" in lines[1]
    assert "a meaningful change for this questionnaire" in lines[2]
    assert "up 8 since last time" in lines[3] and "meaningful" not in lines[3]


def test_the_check_in_list_pages_as_it_scrolls(qtbot, services: Services, monkeypatch) -> None:
    monkeypatch.setattr(history_module, "PAGE", 3)
    for i in range(7):
        services.checkins.add(
            CheckInInput(
                distress=i,
                mood=-1,
                emotions=["tired"],
                context_tags=["housing"],
                note="first line\nsecond",
                at=T0 + timedelta(hours=i),
            )
        )
    model = CheckInHistoryModel(services.checkins)
    model.fetchMore()
    assert model.rowCount() == 3
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 7
    text = model.data(model.index(0))
    assert "stress 6 of 10" in text and "mood −1" in text
    assert "tired, housing" in text and "first line" in text and "second" not in text


def test_history_and_scales_render(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    services = ui_ctx.services
    who5_history(services)
    for day in range(6):
        services.checkins.add(
            CheckInInput(
                distress=(day * 3) % 11,
                mood=day % 3 - 1,
                emotions=["hopeful"] if day % 2 else ["tired", "worried"],
                context_tags=["work"] if day % 2 else ["money", "housing"],
                at=T0 + timedelta(days=day),
            )
        )
    scale = services.scales.add(
        CustomScale("Rested", "How rested do you feel?", 0, 10, "not at all", "fully", "some")
    )
    for day, value in enumerate((3, 5, 4, 7, 6)):
        services.scales.rate(scale.id, value, at=T0 + timedelta(days=day))
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    page.show_history("who5")
    shoot(page, "checkin-history-chart", PAGE_SIZE)
    page.tabs.setCurrentWidget(page.scales)
    page.scales.refresh(scale.id)
    shoot(page, "checkin-own-scales", PAGE_SIZE)
    assert not qt_warnings


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
