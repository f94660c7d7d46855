"""Browsing the journal: a day chosen on the calendar shows its entries, and all days again."""

from __future__ import annotations

from datetime import date

from hj_journal.core.journal.entries import EntryInput
from hj_journal.ui.shell.context import UiContext


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
