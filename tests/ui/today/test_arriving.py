"""Arriving after an unlock: asked at most as often as you chose, thanked briefly."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hj_journal.core.checkin.arriving import ArrivingPrefs, AskArriving
from hj_journal.ui.settings.page import SettingsPage
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.today.page import TodayPage


def _today(qtbot, ui_ctx: UiContext, asker) -> TodayPage:  # type: ignore[no-untyped-def]
    """A Today page as built after each unlock."""
    page = TodayPage(ui_ctx, asker=asker)
    qtbot.addWidget(page)
    page.resize(900, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_next_unlock_soon_after_does_not_ask_again(qtbot, ui_ctx: UiContext, asker) -> None:
    first = _today(qtbot, ui_ctx, asker)
    assert first.arriving.isVisibleTo(first)
    first.arriving.choose(3)
    first.arriving.save_button.click()
    second = _today(qtbot, ui_ctx, asker)  # locked and unlocked again a minute later
    assert not second.arriving.isVisibleTo(second)


def test_skipping_also_counts_as_asked(qtbot, ui_ctx: UiContext, asker) -> None:
    first = _today(qtbot, ui_ctx, asker)
    first.arriving.skip_button.click()
    second = _today(qtbot, ui_ctx, asker)
    assert not second.arriving.isVisibleTo(second)


def test_it_asks_again_after_a_few_hours(qtbot, ui_ctx: UiContext, asker) -> None:
    earlier = datetime.now(UTC) - timedelta(hours=5)
    ui_ctx.services.settings.arriving_last = earlier
    page = _today(qtbot, ui_ctx, asker)
    assert page.arriving.isVisibleTo(page)


def test_every_time_asks_after_every_unlock(qtbot, ui_ctx: UiContext, asker) -> None:
    prefs = ArrivingPrefs(ui_ctx.services.settings, ui_ctx.services.checkins)
    prefs.choice = AskArriving.EVERY_TIME
    first = _today(qtbot, ui_ctx, asker)
    first.arriving.skip_button.click()
    page = _today(qtbot, ui_ctx, asker)
    assert page.arriving.isVisibleTo(page)


def test_the_thank_you_is_a_small_card(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _today(qtbot, ui_ctx, asker)
    card = page.arriving
    asking_height = card.height()
    card.choose(5)
    card.save_button.click()
    qtbot.waitUntil(lambda: card.height() < asking_height)
    assert card.height() <= asking_height / 2, (card.height(), asking_height)
    # Nothing but a line of thanks: no empty space under it.
    assert card.stack.height() <= card.thanks.sizeHint().height() + 16


def test_settings_choose_how_often_it_is_asked(qtbot, ui_ctx: UiContext) -> None:
    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    combo = page.arriving_choice
    assert combo.accessibleName()
    assert combo.currentData() == AskArriving.FEW_HOURS.value
    combo.setCurrentIndex(combo.findData(AskArriving.NEVER.value))
    prefs = ArrivingPrefs(ui_ctx.services.settings, ui_ctx.services.checkins)
    assert prefs.choice is AskArriving.NEVER
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == ["Every time", "At most every 4 hours", "Once a day", "Never"]
