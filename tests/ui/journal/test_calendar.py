"""The calendar's writing-day marks stand out from the calendar in every theme."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.ui.common.dates import qdate
from hj_journal.ui.journal.calendar import EntryCalendar
from hj_journal.ui.platform.theme import contrast_ratio
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
