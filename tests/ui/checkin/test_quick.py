"""The quick check-in: every field optional, saved as given; the reusable 0–10 rating."""

from __future__ import annotations

from hj_journal.core.checkin.words import WordKind
from hj_journal.ui.checkin.page import CheckInPage
from hj_journal.ui.checkin.quick import QuickCheckInCard
from hj_journal.ui.shell.context import UiContext
from tests.ui.support import PAGE_SIZE


def _card(qtbot, ui_ctx: UiContext) -> QuickCheckInCard:  # type: ignore[no-untyped-def]
    card = QuickCheckInCard(ui_ctx.services.checkins, ui_ctx.services.checkin_words)
    qtbot.addWidget(card)
    return card


def test_an_empty_check_in_is_saved(qtbot, ui_ctx: UiContext) -> None:
    card = _card(qtbot, ui_ctx)
    with qtbot.waitSignal(card.saved) as saved:
        card.save_button.click()
    [checkin] = ui_ctx.services.checkins.recent()
    assert saved.args[0].id == checkin.id
    assert (checkin.distress, checkin.mood, checkin.energy, checkin.note) == (None, None, None, "")
    assert checkin.emotions == checkin.body_sensations == checkin.context_tags == ()


def test_one_number_is_enough(qtbot, ui_ctx: UiContext) -> None:
    card = _card(qtbot, ui_ctx)
    assert not card.more.isVisibleTo(card)  # the richer part waits until asked for
    card.distress.scale.button(3).click()
    card.save_button.click()
    [checkin] = ui_ctx.services.checkins.recent()
    assert (checkin.distress, checkin.phase) == (3, "checkin")
    assert card.distress.value() is None  # the form is empty again for next time
    assert "Thank you" in card.message.text()


def test_a_rich_check_in_keeps_every_part(qtbot, ui_ctx: UiContext) -> None:
    card = _card(qtbot, ui_ctx)
    card.more_button.click()
    assert card.more.isVisibleTo(card)
    card.distress.scale.button(7).click()
    card.mood.button(-2).click()
    card.energy.button(1).click()
    card.emotions.chips["tired"].click()
    card.emotions.chips["hopeful"].click()
    card.body.chips["tight chest"].click()
    card.context.chips["housing"].click()
    card.context.chips["discrimination"].click()
    card.note.setPlainText("  letter from the landlord  ")
    card.save_button.click()
    [checkin] = ui_ctx.services.checkins.recent()
    assert (checkin.distress, checkin.mood, checkin.energy) == (7, -2, 1)
    assert checkin.emotions == ("hopeful", "tired")  # in the order shown
    assert checkin.body_sensations == ("tight chest",)
    assert checkin.context_tags == ("housing", "discrimination")
    assert checkin.note == "letter from the landlord"


def test_your_own_word_is_kept_and_chosen(qtbot, ui_ctx: UiContext) -> None:
    card = _card(qtbot, ui_ctx)
    card.more_button.click()
    card.context.own_edit.setText("  bus strike ")
    card.context.add_button.click()
    assert card.context.chips["bus strike"].isChecked()
    assert ui_ctx.services.checkin_words.own(WordKind.CONTEXT) == ("bus strike",)
    card.context.own_edit.setText("x" * 61)
    assert len(card.context.own_edit.text()) == 60  # the field stops at the longest allowed
    card.context.own_edit.clear()
    card.save_button.click()
    assert ui_ctx.services.checkin_words.own(WordKind.CONTEXT) == ("bus strike",)
    assert ui_ctx.services.checkins.recent()[0].context_tags == ("bus strike",)
    again = _card(qtbot, ui_ctx)  # next time, the word is offered
    assert "bus strike" in again.context.chips


def test_quick_check_in_renders(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    shoot(page, "checkin-quick", PAGE_SIZE)
    page.quick.more_button.click()
    page.quick.distress.scale.button(4).click()
    page.quick.mood.button(1).click()
    page.quick.emotions.chips["hopeful"].click()
    page.quick.context.chips["work"].click()
    shoot(page, "checkin-quick-more", PAGE_SIZE)
    assert not qt_warnings
