"""Today's prompt card: write about it, another, not today, hide, content notes."""

from __future__ import annotations

import pytest

from hj_journal.core.common.principles import Principle
from hj_journal.ui.prompts.card import PromptCard
from hj_journal.ui.shell.context import UiContext


@pytest.fixture
def card(qtbot, ui_ctx: UiContext) -> PromptCard:  # type: ignore[no-untyped-def]
    made = PromptCard(ui_ctx, open_manager=lambda: None)
    qtbot.addWidget(made)
    return made


def test_the_card_shows_todays_prompt(card: PromptCard, ui_ctx: UiContext) -> None:
    today = ui_ctx.services.prompts.today()
    assert today is not None and card.prompt == today
    if today.content_note is None:
        assert card.text.text() == today.text and card.text.isVisibleTo(card)
    assert card.principle.text().startswith(
        {
            Principle.COMMUNITY: "Community",
            Principle.SELF_CARE: "Self-care",
            Principle.TRAUMA_INFORMED: "Trauma",
            Principle.INTERSECTIONALITY: "Intersectionality",
            Principle.ACCOUNTABILITY: "Alternative",
        }[today.principle]
    )


def test_write_about_this_opens_the_editor_with_the_prompt_linked(
    qtbot, card: PromptCard, ui_ctx: UiContext
) -> None:  # type: ignore[no-untyped-def]
    sections: list[str] = []
    asked: list[tuple[str, str]] = []
    ui_ctx.hub.section_requested.connect(sections.append)
    ui_ctx.hub.journal_links.new_entry_requested.connect(lambda k, t: asked.append((k, t)))
    prompt = card.prompt
    assert prompt is not None
    with qtbot.waitSignal(card.write_requested) as signal:
        card.write_button.click()
    assert sections == ["journal"]
    assert asked == [(prompt.key, prompt.text)] and signal.args == [prompt.key, prompt.text]


def test_another_prompt_changes_it_for_the_day(card: PromptCard, ui_ctx: UiContext) -> None:
    first = card.prompt
    card.another_button.click()
    assert card.prompt is not None and first is not None and card.prompt.key != first.key
    assert ui_ctx.services.prompts.today() == card.prompt
    card.refresh()
    assert card.prompt == ui_ctx.services.prompts.today()


def test_not_today_sets_the_prompt_aside_for_the_day(card: PromptCard, ui_ctx: UiContext) -> None:
    first = card.prompt
    assert first is not None
    card.not_today_button.click()
    assert card.prompt is not None and card.prompt.key != first.key
    for _ in range(30):
        assert ui_ctx.services.prompts.another() != first


def test_hide_this_prompt_with_an_undo(card: PromptCard, ui_ctx: UiContext) -> None:
    first = card.prompt
    assert first is not None
    card.hide_button.click()
    assert ui_ctx.services.prompts.get(first.key).hidden
    assert card.prompt is not None and card.prompt.key != first.key
    assert card.undo_button.isVisibleTo(card) and "won't be offered" in card.notice.text()
    card.undo_button.click()
    assert not ui_ctx.services.prompts.get(first.key).hidden
    assert card.prompt == first and not card.undo_button.isVisibleTo(card)


def test_a_content_note_is_shown_before_the_prompt(card: PromptCard, ui_ctx: UiContext) -> None:
    ui_ctx.services.prompts.set_principles(["accountability"])
    for _ in range(40):
        card.another()
        if card.prompt is not None and card.prompt.content_note:
            break
    prompt = card.prompt
    assert prompt is not None and prompt.content_note
    assert card.content_note.isVisibleTo(card) and prompt.content_note in card.content_note.text()
    assert not card.text.isVisibleTo(card) and card.show_button.isVisibleTo(card)
    card.show_button.click()
    assert card.text.isVisibleTo(card) and card.text.text() == prompt.text


def test_no_principles_chosen_means_a_calm_empty_card(card: PromptCard, ui_ctx: UiContext) -> None:
    ui_ctx.services.prompts.set_principles([])
    card.refresh()
    assert card.prompt is None
    assert card.empty.isVisibleTo(card) and not card.write_button.isVisibleTo(card)
    assert card.manage_button.isVisibleTo(card)
