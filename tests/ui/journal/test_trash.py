"""Trash and restore, delete for good, the calendar's marks and the tag filter."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel

from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.journal.entries import EntryInput, TimelineFilter
from hj_journal.ui.journal.dialogs import delete_forever_question, delete_forever_text
from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.shell.context import UiContext


@pytest.fixture
def make(journal_page):  # type: ignore[no-untyped-def]
    """Shorter name for the page factory in this file."""
    return journal_page


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


def test_calendar_marks_days_of_the_visible_month_only(
    make, qtbot, ui_ctx: UiContext, asker, monkeypatch
) -> None:
    journal = ui_ctx.services.journal
    for day in (date(2024, 6, 3), date(2024, 6, 3), date(2024, 6, 20), date(2024, 7, 1)):
        journal.create(EntryInput(day, title="x"))
    trashed = journal.create(EntryInput(date(2024, 6, 9)))
    journal.trash(trashed.id)
    asked: list[tuple[date, date]] = []
    real = journal.days_with_entries

    def spy(first: date, last: date) -> set[date]:
        asked.append((first, last))
        return real(first, last)

    monkeypatch.setattr(journal, "days_with_entries", spy)
    page = make()
    calendar = page.browse.calendar
    calendar.setCurrentPage(2024, 6)
    assert calendar.marked_days == {date(2024, 6, 3), date(2024, 6, 20)}
    assert asked[-1] == (date(2024, 6, 1), date(2024, 6, 30))
    assert calendar.dateTextFormat(QDate(2024, 6, 3)).fontWeight() == 700
    assert calendar.dateTextFormat(QDate(2024, 6, 3)).fontUnderline()
    assert calendar.dateTextFormat(QDate(2024, 6, 9)).fontWeight() != 700  # trashed
    calendar.setCurrentPage(2024, 2)
    assert calendar.marked_days == set()
    assert asked[-1] == (date(2024, 2, 1), date(2024, 2, 29))

    # A new entry in the visible month is marked at once.
    calendar.setCurrentPage(2024, 6)
    page.editor.date.setDate(QDate(2024, 6, 25))
    page.editor.body.setPlainText("new")
    page.editor.save()
    assert date(2024, 6, 25) in calendar.marked_days


def test_choosing_a_day_shows_its_entries(make, qtbot, ui_ctx: UiContext, asker) -> None:
    journal = ui_ctx.services.journal
    for day, title in ((date(2024, 6, 3), "a"), (date(2024, 6, 3), "b"), (date(2024, 6, 4), "c")):
        journal.create(EntryInput(day, title=title))
    page = make()
    page.browse.calendar.day_chosen.emit(date(2024, 6, 3))
    titles = {page.timeline.summary_at(r).title for r in range(page.timeline.rowCount())}
    assert titles == {"a", "b"}
    assert page.browse.day_row.isVisibleTo(page)
    page.browse.show_all_days.click()
    assert page.timeline.rowCount() == 3
    assert not page.browse.day_row.isVisibleTo(page)


def test_tag_filter_lists_counts_and_filters(
    make, qtbot, ui_ctx: UiContext, asker, add_entries
) -> None:
    add_entries(3, tags=["rest"])
    add_entries(1, start=date(2023, 1, 1), tags=["work", "rest"])
    page = make()
    combo = page.browse.tag_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All tags",
        "rest (4)",
        "work (1)",
    ]
    combo.setCurrentIndex(combo.findData("work"))
    assert page.timeline.rowCount() == 1
    assert page.timeline.where.tag == "work"
    combo.setCurrentIndex(0)
    assert page.timeline.rowCount() == 4
    # A new tag appears in the filter once an entry carries it.
    page.editor.tags.setText("garden")
    page.editor.body.setPlainText("Planted beans.")
    with qtbot.waitSignal(page.tags_loaded, timeout=5000):
        page.editor.save()
    assert combo.findData("garden") > 0
