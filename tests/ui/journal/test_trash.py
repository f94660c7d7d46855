"""Trash and restore, and delete for good (asked once, saying calmly where copies may remain)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel

from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.journal.entries import TimelineFilter
from hj_journal.ui.journal.dialogs import delete_forever_question, delete_forever_text
from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.shell.context import UiContext


def _select_all(page: JournalPage) -> None:
    view = page.trash.list
    for row in range(page.trash.model.rowCount()):
        view.selectionModel().select(
            page.trash.model.index(row), QItemSelectionModel.SelectionFlag.Select
        )


def test_trash_from_the_editor_and_restore(
    make, qtbot, ui_ctx: UiContext, asker, add_entries
) -> None:
    ids = add_entries(3)
    page = make()
    page.open_entry(ids[1])
    with qtbot.waitSignal(ui_ctx.hub.entry_trashed):
        page.editor.trash_button.click()
    assert asker.asked == []  # the trash can be undone, so nothing is asked
    assert page.timeline.row_of(ids[1]) is None
    assert page.editor.entry_id is None
    assert not page.notice.isHidden()
    assert ui_ctx.services.journal.count(TimelineFilter(trashed=True)) == 1

    page.notice_restore.click()
    assert ui_ctx.services.journal.count(TimelineFilter(trashed=True)) == 0
    assert page.timeline.row_of(ids[1]) == 1  # back where it was
    assert page.editor.entry_id == ids[1]
    assert page.notice.isHidden()


def test_trash_view_restores_the_chosen_entries(
    make, qtbot, ui_ctx: UiContext, asker, add_entries
) -> None:
    ids = add_entries(4)
    for entry_id in ids[:2]:
        ui_ctx.services.journal.trash(entry_id)
    page = make()
    page.show_trash()
    assert page.stack.currentWidget() is page.trash
    assert page.trash.model.rowCount() == 2
    assert page.trash.restore_button.isEnabled()  # the first row is chosen for you
    page.trash.restore_button.click()
    assert page.trash.model.rowCount() == 1
    assert page.timeline.rowCount() == 3
    _select_all(page)
    page.trash.restore_button.click()
    assert page.timeline.rowCount() == 4
    assert page.trash.empty_note.isVisibleTo(page.trash)
    page.trash.back_button.click()
    assert page.stack.currentWidget() is page.editor


def test_delete_for_good_asks_once_and_keeps_on_no(
    make, qtbot, ui_ctx: UiContext, asker, add_entries
) -> None:
    ids = add_entries(2)
    ui_ctx.services.journal.trash(ids[0])
    page = make()
    page.show_trash()
    asker.confirm_answer = False
    page.trash.delete_button.click()
    assert asker.asked == ["delete 1"]
    assert ui_ctx.services.journal.get(ids[0]).deleted_at is not None
    asker.confirm_answer = True
    page.trash.delete_button.click()
    assert asker.asked == ["delete 1", "delete 1"]
    with pytest.raises(NotFoundError):
        ui_ctx.services.journal.get(ids[0])
    assert page.trash.model.rowCount() == 0
    assert ui_ctx.services.journal.get(ids[1]).deleted_at is None  # only the chosen one


@pytest.mark.parametrize("count", [1, 3])
def test_delete_for_good_says_calmly_where_copies_may_remain(qtbot, count: int) -> None:
    box, accept = delete_forever_question(None, count)
    qtbot.addWidget(box)
    question, info = box.text(), box.informative_text()
    assert question == delete_forever_text(count)[0]
    assert ("this entry" if count == 1 else f"these {count} entries") in question
    assert "older encrypted backups" in info and "rotated away" in info
    assert "Wipe this vault" in info and "its backups" in info
    assert box.default_button() is not accept  # Enter keeps the entries
    assert box.escape_button() is not accept
    for word in ("fail", "error", "warning", "danger", "permanently lost"):
        assert word not in (question + info).casefold()


def test_empty_trash_asks_once(make, qtbot, ui_ctx: UiContext, asker, add_entries) -> None:
    ids = add_entries(3)
    for entry_id in ids:
        ui_ctx.services.journal.trash(entry_id)
    page = make()
    page.show_trash()
    page.trash.empty_button.click()
    assert asker.asked == ["delete 3"]
    assert ui_ctx.services.journal.count(TimelineFilter(trashed=True)) == 0
    assert page.trash.model.rowCount() == 0
    assert not page.trash.empty_button.isEnabled()
