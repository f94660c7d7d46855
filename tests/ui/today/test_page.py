"""Today: the optional arriving rating, the prompt, latest entries and On this day."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from hj_journal.core.common.principles import Principle
from hj_journal.core.journal.entries import EntryInput
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.today.page import TodayPage


def _today(qtbot, ui_ctx: UiContext, asker) -> TodayPage:  # type: ignore[no-untyped-def]
    page = TodayPage(ui_ctx, asker=asker)
    qtbot.addWidget(page)
    return page


def test_arriving_rating_is_saved_as_an_arriving_check_in(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _today(qtbot, ui_ctx, asker)
    card = page.arriving
    assert card.value() is None  # nothing chosen for you
    assert not card.save_button.isEnabled()
    card.group.button(4).click()
    assert card.value() == 4
    with qtbot.waitSignal(ui_ctx.hub.checkin_saved) as saved:
        card.save_button.click()
    [checkin] = ui_ctx.services.checkins.recent()
    assert saved.args == [checkin.id]
    assert (checkin.distress, checkin.phase) == (4, "arriving")
    assert card.thanks.text() == "Thank you for checking in."


def test_arriving_rating_can_be_skipped(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _today(qtbot, ui_ctx, asker)
    card = page.arriving
    card.group.button(9).click()
    card.skip_button.click()
    assert ui_ctx.services.checkins.recent() == []
    assert card.stack.currentIndex() == 1
    assert "fine" in card.thanks.text()
    card.again_button.click()
    assert card.stack.currentIndex() == 0


def test_arriving_rating_by_keyboard(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _today(qtbot, ui_ctx, asker)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    card = page.arriving
    zero = card.group.button(0)
    assert zero.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the group is one Tab stop
    assert card.group.button(5).focusPolicy() == Qt.FocusPolicy.ClickFocus
    zero.setFocus()
    qtbot.keyClick(zero, Qt.Key.Key_Right)
    qtbot.keyClick(card.group.button(1), Qt.Key.Key_Right)
    assert card.value() == 2
    assert card.group.button(2).focusPolicy() == Qt.FocusPolicy.StrongFocus
    names = [card.group.button(v).accessibleName() for v in (0, 5, 10)]
    assert names == ["0 out of 10, at ease", "5 out of 10, some stress", "10 out of 10, very hard"]


def test_latest_entries_open_in_the_journal(
    journal_page, qtbot, ui_ctx: UiContext, asker, add_entries
) -> None:
    ids = add_entries(7)
    today = _today(qtbot, ui_ctx, asker)
    journal = journal_page()
    assert len(today.latest.buttons) == 5
    assert today.latest.buttons[0].text().endswith("Entry 0")
    with qtbot.waitSignal(ui_ctx.hub.section_requested) as asked:
        today.latest.buttons[2].click()
    assert asked.args == ["journal"]
    assert journal.editor.entry_id == ids[2]
    # A newly saved entry shows on Today too.
    journal.new_entry()
    journal.editor.title.setText("Fresh")
    journal.editor.date.setDate(journal.editor.date.date().addDays(1))
    journal.editor.save()
    assert today.latest.buttons[0].text().endswith("Fresh")


def test_empty_journal_is_calm(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _today(qtbot, ui_ctx, asker)
    assert page.latest.buttons == []
    assert not page.draft_card.isVisibleTo(page)


def test_on_this_day_is_off_until_chosen(qtbot, ui_ctx: UiContext, asker) -> None:
    today = date.today()
    try:
        earlier = today.replace(year=today.year - 2)
    except ValueError:  # 29 February
        earlier = today.replace(year=today.year - 4)
    ui_ctx.services.journal.create(EntryInput(earlier, title="Two years ago"))
    page = _today(qtbot, ui_ctx, asker)
    assert ui_ctx.services.settings.on_this_day is False
    assert not page.on_this_day_toggle.isChecked()
    assert not page.on_this_day.isVisibleTo(page)
    page.on_this_day_toggle.setChecked(True)
    assert ui_ctx.services.settings.on_this_day is True
    assert page.on_this_day.isVisibleTo(page)
    assert [b.text().endswith("Two years ago") for b in page.on_this_day.buttons] == [True]
    again = _today(qtbot, ui_ctx, asker)  # the choice is remembered in the vault
    assert again.on_this_day_toggle.isChecked()


def test_todays_prompt_comes_from_the_chosen_principles_and_is_written_about(
    journal_page, qtbot, ui_ctx: UiContext, asker
) -> None:
    prompts = ui_ctx.services.prompts
    prompts.set_principles([Principle.COMMUNITY])
    page = _today(qtbot, ui_ctx, asker)
    card = page.prompt_card
    prompt = card.prompt
    assert prompt is not None and prompt == prompts.today()
    assert prompt.principle is Principle.COMMUNITY
    if card.show_button.isVisibleTo(page):  # a content note comes first
        card.show_button.click()
    assert card.text.text() == prompt.text and card.text.isVisibleTo(page)
    journal = journal_page()
    with qtbot.waitSignal(ui_ctx.hub.section_requested) as asked:
        card.write_button.click()
    assert asked.args == ["journal"]
    assert journal.editor.prompt.text() == prompt.text
    journal.editor.body.setPlainText("My neighbour.")
    saved = journal.editor.save()
    assert saved is not None
    assert saved.prompt_key == prompt.key
    # Other principles chosen meanwhile: Today shows one of theirs when shown again.
    prompts.set_principles([Principle.SELF_CARE])
    page.activate()
    assert card.prompt is not None and card.prompt.principle is Principle.SELF_CARE
    prompts.set_principles([])
    page.activate()
    assert card.prompt is None
    assert card.empty.isVisibleTo(page) and not card.write_button.isVisibleTo(page)
