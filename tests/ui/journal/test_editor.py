"""The editor: autosaved drafts, Save, drafts offered back, and questions asked once."""

from __future__ import annotations

from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.journal.drafts import DraftState
from hj_journal.core.journal.entries import EntryInput
from hj_journal.ui.journal.dialogs import Unsaved
from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.today.page import TodayPage


def _drop(page: JournalPage) -> None:
    """Destroy a page the way the main window does when the vault locks."""
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(page)


def test_autosave_keeps_a_draft_shortly_after_typing(
    make, qtbot, ui_ctx: UiContext, asker
) -> None:
    page = make(autosave_ms=50)
    qtbot.keyClicks(page.editor.title, "Evening")
    qtbot.keyClicks(page.editor.body, "The walk home was slow.")
    qtbot.waitUntil(lambda: ui_ctx.services.drafts.load() is not None, timeout=5000)
    qtbot.waitUntil(
        lambda: ui_ctx.services.drafts.load().body == "The walk home was slow.",  # type: ignore[union-attr]
        timeout=5000,
    )
    draft = ui_ctx.services.drafts.load()
    assert draft is not None
    assert draft.title == "Evening"
    assert draft.entry_uuid is None
    assert ui_ctx.services.journal.count() == 0  # a draft is not an entry


def test_save_state_keeps_the_draft_at_once(make, qtbot, ui_ctx: UiContext, asker) -> None:
    page = make(autosave_ms=60_000)
    qtbot.keyClicks(page.editor.body, "Half a thought")
    assert ui_ctx.services.drafts.load() is None  # the timer has not fired
    page.save_state()
    draft = ui_ctx.services.drafts.load()
    assert draft is not None
    assert draft.body == "Half a thought"


def test_untouched_editor_keeps_no_draft(make, qtbot, ui_ctx: UiContext, asker) -> None:
    page = make()
    page.save_state()
    assert ui_ctx.services.drafts.load() is None


def test_lock_saves_the_draft_first(make, qtbot, ui_ctx: UiContext, asker) -> None:
    page = make(autosave_ms=60_000)
    qtbot.keyClicks(page.editor.body, "Before the lock")
    ui_ctx.hub.vault_locking.emit()
    assert ui_ctx.services.drafts.load().body == "Before the lock"  # type: ignore[union-attr]


def test_ctrl_s_creates_then_updates_and_lets_the_draft_go(
    make, qtbot, ui_ctx: UiContext, asker
) -> None:
    page = make(autosave_ms=60_000)
    page.resize(1000, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)  # shortcuts only reach an active window
    journal = ui_ctx.services.journal
    editor = page.editor
    editor.title.setText("First light")
    editor.tags.setText("rest, morning")
    editor.date.setDate(QDate(2024, 5, 3))
    editor.body.setFocus()
    qtbot.keyClicks(editor.body, "Tea on the step.")
    page.save_state()
    assert ui_ctx.services.drafts.load() is not None
    with qtbot.waitSignal(ui_ctx.hub.entry_saved) as saved:
        qtbot.keyClick(editor.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    entry_id = saved.args[0]
    entry = journal.get(entry_id)
    assert (entry.title, entry.body, entry.tags) == (
        "First light",
        "Tea on the step.",
        ("morning", "rest"),
    )
    assert entry.entry_date == date(2024, 5, 3)
    assert ui_ctx.services.drafts.load() is None
    assert page.timeline.summary_at(0).id == entry_id  # shown in the timeline at once

    qtbot.keyClicks(editor.body, " Then rain.")
    with qtbot.waitSignal(page.timeline.dataChanged):
        editor.save()
    assert journal.count() == 1
    assert journal.get(entry_id).body == "Tea on the step. Then rain."
    assert page.timeline.summary_at(0).preview == "Tea on the step. Then rain."


def test_saving_nothing_says_so_gently(make, qtbot, ui_ctx: UiContext, asker) -> None:
    page = make()
    assert page.editor.save() is None
    assert page.editor.status.text() == "There's nothing to save yet."
    assert ui_ctx.services.journal.count() == 0


def test_a_refused_save_keeps_the_writing(make, qtbot, ui_ctx: UiContext, asker) -> None:
    page = make()
    page.editor.tags.setText("x" * 80)
    page.editor.body.setPlainText("Keep me")
    assert page.editor.save() is None
    assert "tag" in page.editor.status.text()
    assert ui_ctx.services.drafts.load().body == "Keep me"  # type: ignore[union-attr]


def test_draft_is_offered_back_after_a_crash(make, qtbot, ui_ctx: UiContext, asker) -> None:
    first = JournalPage(ui_ctx, asker=asker, autosave_ms=60_000)
    qtbot.keyClicks(first.editor.title, "Unfinished")
    qtbot.keyClicks(first.editor.body, "It started when")
    first.save_state()  # what the window does on a crash or a quick exit
    _drop(first)

    today = TodayPage(ui_ctx, asker=asker)
    qtbot.addWidget(today)
    assert today.draft_card.offering
    assert today.draft_card.message.text().startswith("You have unsaved writing from ")
    assert "Unfinished" in today.draft_card.message.text()

    journal = make()
    assert journal.editor.title.text() == "Unfinished"
    assert journal.editor.body.toPlainText() == "It started when"
    assert journal.editor.has_unsaved
    assert "Unsaved writing from" in journal.editor.status.text()

    # "Keep it for later" leaves the draft where it is, with a quiet way back.
    today.draft_card.later_button.click()
    assert not today.draft_card.offering
    assert today.draft_card.isVisibleTo(today)
    assert ui_ctx.services.drafts.load() is not None


def test_continue_it_opens_the_draft_in_the_journal(make, qtbot, ui_ctx: UiContext, asker) -> None:
    ui_ctx.services.drafts.save(DraftState(title="Kept", body="Some words"))
    today = TodayPage(ui_ctx, asker=asker)
    qtbot.addWidget(today)
    journal = make()
    journal.editor.new_entry()  # as if the editor showed something else
    with qtbot.waitSignal(ui_ctx.hub.section_requested) as asked:
        today.draft_card.continue_button.click()
    assert asked.args == ["journal"]
    assert journal.editor.body.toPlainText() == "Some words"


def test_discarding_the_offered_draft_asks_once(make, qtbot, ui_ctx: UiContext, asker) -> None:
    ui_ctx.services.drafts.save(DraftState(body="Let this go"))
    today = TodayPage(ui_ctx, asker=asker)
    qtbot.addWidget(today)
    journal = make()
    asker.confirm_answer = False
    today.draft_card.discard_button.click()
    assert asker.asked == ["discard"]
    assert ui_ctx.services.drafts.load() is not None
    asker.confirm_answer = True
    today.draft_card.discard_button.click()
    assert asker.asked == ["discard", "discard"]
    assert ui_ctx.services.drafts.load() is None
    assert not today.draft_card.isVisibleTo(today)
    assert journal.editor.body.toPlainText() == ""  # the Journal let it go too


def test_draft_of_changes_to_a_saved_entry_comes_back_to_that_entry(
    make, qtbot, ui_ctx: UiContext, asker
) -> None:
    saved = ui_ctx.services.journal.create(EntryInput(date(2024, 1, 1), title="A", body="old"))
    first = JournalPage(ui_ctx, asker=asker, autosave_ms=60_000)
    first.open_entry(saved.id)
    first.editor.body.setPlainText("new words")
    first.save_state()
    _drop(first)
    page = make()
    assert page.editor.entry_id == saved.id
    assert page.editor.body.toPlainText() == "new words"
    page.editor.save()
    assert ui_ctx.services.journal.get(saved.id).body == "new words"
    assert ui_ctx.services.journal.count() == 1


@pytest.mark.parametrize(
    ("answer", "opened", "entries"),
    [(Unsaved.KEEP_WRITING, False, 1), (Unsaved.SAVE, True, 2), (Unsaved.DISCARD, True, 1)],
)
def test_unsaved_writing_is_asked_about_before_opening_another_entry(
    make, qtbot, ui_ctx: UiContext, asker, answer: Unsaved, opened: bool, entries: int
) -> None:
    other = ui_ctx.services.journal.create(EntryInput(date(2024, 1, 1), title="Other"))
    page = make(autosave_ms=60_000)
    page.editor.body.setPlainText("Not saved yet")
    asker.unsaved_answer = answer
    page.open_entry(other.id)
    assert asker.asked == ["unsaved"]
    assert (page.editor.entry_id == other.id) is opened
    assert ui_ctx.services.journal.count() == entries
    if answer is Unsaved.KEEP_WRITING:
        assert page.editor.body.toPlainText() == "Not saved yet"
    else:
        assert ui_ctx.services.drafts.load() is None


def test_opening_without_unsaved_writing_asks_nothing(
    make, qtbot, ui_ctx: UiContext, asker
) -> None:
    a = ui_ctx.services.journal.create(EntryInput(date(2024, 1, 1), title="A"))
    b = ui_ctx.services.journal.create(EntryInput(date(2024, 1, 2), title="B"))
    page = make()
    page.open_entry(a.id)
    page.open_entry(b.id)
    assert asker.asked == []
    assert page.editor.title.text() == "B"


def test_opening_a_missing_entry_says_so(make, qtbot, ui_ctx: UiContext, asker) -> None:
    page = make()
    page.open_entry(4242)
    assert not page.notice.isHidden()
    assert "isn't in your journal" in page.notice_text.text()
    with pytest.raises(NotFoundError):
        page.editor.open_entry(4242)


def test_content_note_comes_before_the_words(make, qtbot, ui_ctx: UiContext, asker) -> None:
    saved = ui_ctx.services.journal.create(
        EntryInput(date(2024, 1, 1), body="hard words", content_note="Grief")
    )
    page = make()
    page.open_entry(saved.id)
    editor = page.editor
    assert editor.write_stack.currentWidget() is editor.cover
    assert editor.cover_text.text() == "Content note: Grief"
    editor.reveal.click()
    assert editor.write_stack.currentWidget() is editor.body


def test_word_count_and_markdown_preview(make, qtbot, ui_ctx: UiContext, asker) -> None:
    page = make()
    editor = page.editor
    editor.body.setPlainText("One two three")
    assert editor.words.text() == "3 words"
    editor.body.setPlainText("# Calm\n\nOne *two* three <b>four</b>")
    editor.tabs.setCurrentWidget(editor.preview)
    html = editor.preview.toHtml()
    assert "Calm" in html
    assert "&lt;b&gt;" in html or "four" in editor.preview.toPlainText()
    assert "<b>four</b>" not in html  # raw HTML in an entry is never rendered
    assert editor.body.toPlainText() == "# Calm\n\nOne *two* three <b>four</b>"  # kept as typed


def test_tags_complete_from_tags_in_use(make, qtbot, ui_ctx: UiContext, asker) -> None:
    ui_ctx.services.journal.create(EntryInput(date(2024, 1, 1), tags=["rest", "family"]))
    page = make()
    tags = page.editor.tags
    assert sorted(tags.completer_model.stringList()) == ["family", "rest"]
    qtbot.keyClicks(tags, "work, re")
    assert tags.current_fragment() == "re"
    tags._completer.activated.emit("rest")
    assert tags.text() == "work, rest, "
    assert tags.tags() == ("rest", "work")


def test_links_open_an_entry_from_elsewhere(make, qtbot, ui_ctx: UiContext, asker) -> None:
    saved = ui_ctx.services.journal.create(EntryInput(date(2024, 1, 1), title="From Today"))
    page = make()
    ui_ctx.hub.journal_links.entry_requested.emit(saved.id)
    assert page.editor.entry_id == saved.id
    ui_ctx.hub.journal_links.new_entry_requested.emit("care-1", "What sustains you?")
    assert page.editor.entry_id is None
    assert page.editor.prompt.text() == "What sustains you?"
    page.editor.body.setPlainText("Rest, and my sister.")
    page.editor.save()
    assert ui_ctx.services.journal.timeline()[0].title == ""
    assert ui_ctx.services.journal.get(page.editor.entry_id).prompt_key == "care-1"  # type: ignore[arg-type]


def test_locking_keeps_the_draft_then_drops_all_content(
    make, qtbot, ui_ctx: UiContext, asker, add_entries
) -> None:
    add_entries(3, title="Canary title")
    page = make(autosave_ms=60_000)
    today = TodayPage(ui_ctx, asker=asker)
    qtbot.addWidget(today)
    qtbot.keyClicks(page.editor.body, "Canary words")
    ui_ctx.hub.vault_locking.emit()
    assert ui_ctx.services.drafts.load().body == "Canary words"  # type: ignore[union-attr]
    assert page.editor.body.toPlainText() == ""
    assert not page.editor.body.document().isUndoAvailable()
    assert page.timeline.rowCount() == 0
    assert not page.timeline.canFetchMore()
    assert today.latest.buttons == []
    texts = [w.text() for w in page.findChildren(QLineEdit)] + [
        w.text() for w in today.findChildren(QPushButton)
    ]
    assert not [t for t in texts if "Canary" in t]
