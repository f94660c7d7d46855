"""Calm wording for days and moments, in the user's language, and Qt/Python date swaps.

The journal, Today and the check-in history say a day the same way ("Fri 3 May 2024",
or in full "Friday 3 May 2024") and a saved moment as its time alone when it was today.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def qdatetime(moment: datetime) -> QDateTime:
    """A Python datetime's wall-clock reading as a local QDateTime, to the millisecond.

    This is what PySide6 makes of a datetime handed straight to Qt (its stubs do not
    say so): the time zone is not looked at, so move an aware moment to local time
    first (``qdatetime(moment.astimezone())``).
    """
    clock = QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000)
    return QDateTime(qdate(moment.date()), clock)


def pydate(day: QDate) -> date:
    """A QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


def day_text(day: date, *, long: bool = False) -> str:
    """A date in the user's language, e.g. "Fri 3 May 2024" ("jue 3 dic 2026")."""
    # The patterns are Qt date formats a language may reorder or add words to (Spanish
    # writes "jueves, 3 de diciembre de 2026"); QLocale fills in the names.
    fmt = (
        QCoreApplication.translate("Dates", "dddd d MMMM yyyy")
        if long
        else QCoreApplication.translate("Dates", "ddd d MMM yyyy")
    )
    return QLocale().toString(qdate(day), fmt)


def moment_text(moment: datetime) -> str:
    """A moment in local time: "14:32" today, else "14:32, Fri 3 May 2024"."""
    local = moment.astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == date.today():
        return clock
    return f"{clock}, {day_text(local.date())}"
