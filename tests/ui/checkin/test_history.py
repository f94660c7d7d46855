"""History charts with calm band areas, the check-in list, and your own scales."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtGui import QColor

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.instruments.scoring import builtin_instruments
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.checkin.scales import CustomScale
from hj_journal.core.services import Services
from hj_journal.ui.checkin import history as history_module
from hj_journal.ui.checkin.charts import band_edges, instrument_chart
from hj_journal.ui.checkin.history import CheckInHistoryModel, HistoryPanel
from hj_journal.ui.checkin.page import CheckInPage
from hj_journal.ui.checkin.scales_tab import ScalesPanel
from hj_journal.ui.shell.context import UiContext
from tests.ui.support import PAGE_SIZE

T0 = datetime(2026, 1, 5, 9, tzinfo=UTC)


def _who5_history(services: Services) -> None:
    for week, answers in enumerate(
        (
            [2, 2, 2, 2, 2],  # 40 %
            [3, 3, 2, 2, 2],  # 48 %: +8
            [3, 3, 3, 3, 3],  # 60 %: +12, meaningful
            [None, 3, 3, 3, 3],  # not scored
            [3, 3, 3, 3, 2],  # 56 %: −4
        )
    ):
        services.questionnaires.save(ResponseInput("who5", answers, at=T0 + timedelta(weeks=week)))


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
    _who5_history(services)
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


def test_results_in_history_wait_until_a_questionnaire_is_chosen(qtbot, ui_ctx: UiContext) -> None:
    _who5_history(ui_ctx.services)
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


def test_your_own_scale_is_defined_rated_and_charted(qtbot, ui_ctx: UiContext) -> None:
    scale = CustomScale("Rested", "How rested do you feel?", 1, 5, "not at all", "fully")
    panel = ScalesPanel(ui_ctx.services.scales, ask_scale=lambda _parent: scale)
    qtbot.addWidget(panel)
    panel.new_button.click()
    assert panel.choice is not None
    panel.choice.button(4).click()
    panel.rate_button.click()
    view = ui_ctx.services.scales.all()[0]
    assert [r.value for r in ui_ctx.services.scales.ratings(view.id)] == [4]
    assert panel.chart is not None
    assert [p.y() for p in panel.chart.line.points()] == [4]
    assert panel.chart.band_areas == []  # never scored against norms
    panel.hide_button.click()
    assert panel.list.count() == 0
    assert [s.hidden for s in ui_ctx.services.scales.all(include_hidden=True)] == [True]


def test_a_scale_file_is_imported_and_a_bad_one_explained(
    qtbot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    good = tmp_path / "connected.toml"
    good.write_text(
        CustomScale("Connected", "How connected?", 0, 10, "alone", "held").to_toml(),
        encoding="utf-8",
    )
    bad = tmp_path / "broken.toml"
    bad.write_text("name = \n", encoding="utf-8")
    chosen = [good, bad]
    panel = ScalesPanel(ui_ctx.services.scales, ask_path=lambda _parent: chosen.pop(0))
    qtbot.addWidget(panel)
    panel.import_button.click()
    assert [s.name for s in ui_ctx.services.scales.all()] == ["Connected"]
    panel.import_button.click()
    assert "broken.toml" in panel.message.text()
    assert len(ui_ctx.services.scales.all()) == 1


def test_history_and_scales_render(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    services = ui_ctx.services
    _who5_history(services)
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
