"""Your own scales: defined, rated and charted; a scale file imported, a bad one explained."""

from __future__ import annotations

from pathlib import Path

from hj_journal.core.checkin.scales import CustomScale
from hj_journal.ui.checkin.scales_tab import ScalesPanel
from hj_journal.ui.shell.context import UiContext


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
