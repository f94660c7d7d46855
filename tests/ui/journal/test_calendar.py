"""The calendar: days with writing marked for the month on show, in every theme, as they change."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.ui.common.dates import qdate
from hj_journal.ui.journal.calendar import EntryCalendar
from hj_journal.ui.platform.theme import contrast_ratio
from hj_journal.ui.shell.context import UiContext
from tests.ui import support

# WCAG's minimum for text (and a bold, underlined day number is text).
TEXT_CONTRAST = 4.5


@pytest.mark.parametrize("theme", support.ALL_THEMES)
def test_writing_day_marks_have_contrast_in_every_theme(
    qtbot: Any, qapp: QApplication, services: Services, tmp_path: Path, theme: str
) -> None:
    day = date.today().replace(day=3)
    services.journal.create(EntryInput(title="Slow morning", body="Tea.", entry_date=day))
    with support.app_theme(qapp, theme, tmp_path / "theme.ini"):
        calendar = EntryCalendar(services.journal)
        qtbot.addWidget(calendar)
        support.render(qtbot, calendar, "journal-calendar-marks", theme, folder=tmp_path)
        mark = calendar.dateTextFormat(qdate(day))
        assert mark.fontWeight() >= 700 and mark.fontUnderline()
        colour = mark.foreground().color()
        background = calendar.palette().color(QPalette.ColorRole.Base)
        assert contrast_ratio(colour.name(), background.name()) >= TEXT_CONTRAST
        # A plain day next to it is drawn in the ordinary text colour: the mark differs.
        text = calendar.palette().color(QPalette.ColorRole.Text)
        assert colour.name() != text.name()


def test_marks_follow_a_change_of_theme(
    qtbot: Any, qapp: QApplication, services: Services, tmp_path: Path
) -> None:
    day = date.today().replace(day=3)
    services.journal.create(EntryInput(title="Slow morning", body="Tea.", entry_date=day))
    with support.app_theme(qapp, "light", tmp_path / "theme.ini"):
        calendar = EntryCalendar(services.journal)
        qtbot.addWidget(calendar)
        light = calendar.dateTextFormat(qdate(day)).foreground().color().name()
    with support.app_theme(qapp, "high_contrast", tmp_path / "theme.ini"):
        qtbot.waitUntil(
            lambda: calendar.dateTextFormat(qdate(day)).foreground().color().name() != light
        )
        colour = calendar.dateTextFormat(qdate(day)).foreground().color().name()
        background = calendar.palette().color(QPalette.ColorRole.Base).name()
        assert contrast_ratio(colour, background) >= TEXT_CONTRAST


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


def test_a_day_an_entry_moved_away_from_loses_its_mark(
    journal_page, qtbot, ui_ctx: UiContext, add_entries
) -> None:
    (entry_id,) = add_entries(1, start=date(2024, 6, 10))
    page = journal_page()
    calendar = page.browse.calendar
    calendar.setCurrentPage(2024, 6)
    assert date(2024, 6, 10) in calendar.marked_days
    page.open_entry(entry_id)
    page.editor.date.setDate(qdate(date(2024, 5, 20)))  # another month
    with qtbot.waitSignal(ui_ctx.hub.entry_saved):
        page.editor.save_button.click()
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 6)
    assert calendar.marked_days == set()
    calendar.setCurrentPage(2024, 5)
    assert calendar.marked_days == {date(2024, 5, 20)}
