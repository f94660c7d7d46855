"""A month calendar whose days with entries are marked (bold, underlined, in the accent).

Only the month on screen is asked about, so moving through years of entries costs
one small query per month shown.
"""

from __future__ import annotations

import calendar as pycalendar
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QPalette, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QWidget

from hj_journal.core.journal.entries import Journal
from hj_journal.ui.common.dates import pydate, qdate


class EntryCalendar(QCalendarWidget):
    """A calendar that knows which days of its visible month have entries."""

    day_chosen = Signal(object)  # a datetime.date the user picked

    def __init__(self, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._marked: set[date] = set()
        self.setGridVisible(False)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName(self.tr("Calendar"))
        self.setAccessibleDescription(
            self.tr("Days with entries are bold and underlined. Choose a day to see its entries.")
        )
        # Weekends in the ordinary text colour: no red anywhere.
        plain = QTextCharFormat()
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.setWeekdayTextFormat(day, plain)
        self.currentPageChanged.connect(self._page_changed)
        self.activated.connect(self._chosen)
        self.clicked.connect(self._chosen)
        self.refresh()

    @property
    def marked_days(self) -> set[date]:
        """Days in the visible month that have entries."""
        return set(self._marked)

    def refresh(self) -> None:
        """Ask again which days of the visible month have entries."""
        year, month = self.yearShown(), self.monthShown()
        last = pycalendar.monthrange(year, month)[1]
        days = self._journal.days_with_entries(date(year, month, 1), date(year, month, last))
        self._paint_marks(days)

    def _paint_marks(self, days: set[date]) -> None:
        self.setDateTextFormat(QDate(), QTextCharFormat())  # clears every earlier mark
        bold = QTextCharFormat()
        bold.setFontWeight(700)
        bold.setFontUnderline(True)
        # The theme's accent, which every theme keeps readable on the calendar's
        # background (tests/ui/journal/test_calendar.py checks each one).
        bold.setForeground(self.palette().color(QPalette.ColorRole.Accent))
        for day in days:
            self.setDateTextFormat(qdate(day), bold)
        self._marked = set(days)
        self.updateCells()

    def changeEvent(self, event: QEvent) -> None:
        """The theme changed: draw the marks in its colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._paint_marks(self._marked)  # the same days (the vault may be locking)

    def note_entry_day(self, day: date) -> None:
        """An entry was saved for ``day``: refresh if that day is on screen."""
        if (day.year, day.month) == (self.yearShown(), self.monthShown()):
            self.refresh()

    @Slot(int, int)
    def _page_changed(self, year: int, month: int) -> None:
        self.refresh()

    @Slot(QDate)
    def _chosen(self, day: QDate) -> None:
        self.day_chosen.emit(pydate(day))
