"""The small journal queries the desktop app adds: one row by id, and "On this day"."""

from __future__ import annotations

from datetime import date

import pytest

from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services


def test_summary_is_one_timeline_row(services: Services) -> None:
    saved = services.journal.create(
        EntryInput(date(2024, 5, 3), title="Morning", body="Slow tea.", tags=["rest"])
    )
    row = services.journal.summary(saved.id)
    assert row == services.journal.timeline()[0]
    assert (row.title, row.preview, row.tags) == ("Morning", "Slow tea.", ("rest",))


def test_summary_of_missing_entry_says_so(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.journal.summary(9999)


def test_content_note_travels_with_the_row_instead_of_the_preview(services: Services) -> None:
    saved = services.journal.create(
        EntryInput(date(2024, 5, 3), body="Hard things.", content_note="Grief")
    )
    row = services.journal.summary(saved.id)
    assert row.content_note == "Grief"
    assert row.preview == ""
    assert row.has_content_note


def test_on_this_day_lists_earlier_years_only(services: Services) -> None:
    journal = services.journal
    for day, title in [
        (date(2025, 5, 3), "last year"),
        (date(2020, 5, 3), "long ago"),
        (date(2026, 5, 3), "today itself"),
        (date(2025, 5, 4), "a day later"),
        (date(2027, 5, 3), "a future year"),
    ]:
        journal.create(EntryInput(day, title=title))
    trashed = journal.create(EntryInput(date(2023, 5, 3), title="in the trash"))
    journal.trash(trashed.id)
    rows = journal.on_this_day(date(2026, 5, 3))
    assert [r.title for r in rows] == ["last year", "long ago"]
    assert journal.on_this_day(date(2026, 5, 3), limit=1)[0].title == "last year"


def test_on_this_day_for_29_february_uses_leap_years(services: Services) -> None:
    journal = services.journal
    journal.create(EntryInput(date(2020, 2, 29), title="leap"))
    journal.create(EntryInput(date(2023, 2, 28), title="not leap"))
    assert [r.title for r in journal.on_this_day(date(2024, 2, 29))] == ["leap"]
    assert journal.on_this_day(date(1, 1, 1)) == []
