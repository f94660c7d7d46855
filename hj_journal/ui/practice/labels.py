"""Translation helper and small formatting shared by the practice pages."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from hj_journal.ui.common.dates import qdatetime

CONTEXT = "Practice"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the user's language (translation context "Practice")."""
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def time_text(moment: datetime) -> str:
    """The local time of day, e.g. "14:00"."""
    return QLocale().toString(qdatetime(moment.astimezone()).time(), "HH:mm")


def day_text(day: date) -> str:
    """A day in words, e.g. "Tuesday 10 March 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")


def moment_text(moment: datetime) -> str:
    """A day and time in words, e.g. "Tuesday 10 March, 14:00"."""
    return QLocale().toString(qdatetime(moment.astimezone()), "dddd d MMMM, HH:mm")
