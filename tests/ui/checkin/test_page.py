"""The Check-in page: built by the sidebar; a check-in saved, announced, support at your level."""

from __future__ import annotations

from hj_journal.core.checkin.prefs import CheckInPreferences
from hj_journal.ui.checkin.page import CheckInPage
from hj_journal.ui.shell.context import UiContext


def test_the_page_saves_announces_and_offers_support_only_at_the_chosen_level(
    qtbot, ui_ctx: UiContext
) -> None:
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(ui_ctx.hub.checkin_saved):
        page.quick.distress.scale.button(10).click()
        page.quick.save_button.click()
    assert page.support_panel is None  # off unless the person chose a level

    ui_ctx.services.checkin_prefs.save(CheckInPreferences(support_threshold=7))
    page.quick.distress.scale.button(6).click()
    page.quick.save_button.click()
    assert page.support_panel is None
    page.quick.distress.scale.button(7).click()
    page.quick.save_button.click()
    panel = page.support_panel
    assert panel is not None and panel.isVisible()
    assert "carrying a lot" in panel.intro_label.text()
    panel.close_button.click()
    assert not panel.isVisible()
    assert len(ui_ctx.services.checkins.recent()) == 3  # nothing else happened


def test_the_sidebar_builds_this_page(qtbot, ui_ctx: UiContext) -> None:
    from hj_journal.ui.shell.section_registry import SECTIONS

    spec = next(spec for spec in SECTIONS if spec.key == "checkin")
    page = spec.factory(ui_ctx)
    qtbot.addWidget(page)
    assert isinstance(page, CheckInPage)
