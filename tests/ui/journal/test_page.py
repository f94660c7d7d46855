"""The journal page's trash notice leaves with its cause: restored, deleted, or the page gone."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel

from hj_journal.ui.shell.context import UiContext


def _trash_from_editor(page, qtbot, ui_ctx: UiContext, entry_id: int) -> None:  # type: ignore[no-untyped-def]
    page.open_entry(entry_id)
    with qtbot.waitSignal(ui_ctx.hub.entry_trashed):
        page.editor.trash_button.click()
    assert not page.notice.isHidden()


def test_the_trash_notice_leaves_when_the_entry_is_restored_from_the_trash(
    journal_page, qtbot, ui_ctx: UiContext, add_entries
) -> None:
    ids = add_entries(2)
    page = journal_page()
    _trash_from_editor(page, qtbot, ui_ctx, ids[0])
    page.show_trash()
    page.trash.list.selectionModel().setCurrentIndex(
        page.trash.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    page.trash.restore_button.click()
    assert page.timeline.row_of(ids[0]) is not None
    assert page.notice.isHidden()  # "Moved to the trash" is no longer true


def test_the_trash_notice_leaves_when_the_entry_is_deleted_for_good(
    journal_page, qtbot, ui_ctx: UiContext, add_entries
) -> None:
    ids = add_entries(2)
    page = journal_page()
    _trash_from_editor(page, qtbot, ui_ctx, ids[0])
    page.show_trash()
    page.trash.empty_button.click()
    assert page.notice.isHidden()  # nothing is left to restore


def test_the_trash_notice_leaves_with_the_page(
    journal_page, qtbot, ui_ctx: UiContext, add_entries
) -> None:
    ids = add_entries(2)
    page = journal_page()
    _trash_from_editor(page, qtbot, ui_ctx, ids[0])
    page.save_state()  # what the window does when you go to another section
    page.activate()  # and back again
    assert page.notice.isHidden()
