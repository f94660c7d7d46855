"""Small formatting shared by the practice pages (translation context "Practice")."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from hj_journal.ui.common.dates import qdatetime


def time_text(moment: datetime) -> str:
    """The local time of day, e.g. "14:00"."""
    return QLocale().toString(qdatetime(moment.astimezone()).time(), "HH:mm")


def day_text(day: date) -> str:
    """A day in words, e.g. "Tuesday 10 March 2026"."""
    # Patterns are the translator's: Spanish says "martes, 10 de marzo de 2026".
    pattern = QCoreApplication.translate("Practice", "dddd d MMMM yyyy", "date pattern (QLocale)")
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def month_text(day: date) -> str:
    """A month in words, e.g. "March 2026"."""
    pattern = QCoreApplication.translate("Practice", "MMMM yyyy", "date pattern (QLocale)")
    return QLocale().toString(QDate(day.year, day.month, 1), pattern)


def moment_text(moment: datetime) -> str:
    """A day and time in words, e.g. "Tuesday 10 March, 14:00"."""
    pattern = QCoreApplication.translate(
        "Practice", "dddd d MMMM, HH:mm", "date pattern (QLocale)"
    )
    return QLocale().toString(qdatetime(moment.astimezone()), pattern)
