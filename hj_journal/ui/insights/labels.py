"""Small formatting shared by the Insights widgets (translation context "Insights")."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def month_text(day: date) -> str:
    """A month in words, e.g. "March 2026" (the pattern is the translator's)."""
    pattern = QCoreApplication.translate("Insights", "MMMM yyyy", "date pattern (QLocale)")
    return QLocale().toString(QDate(day.year, day.month, 1), pattern)


def day_text(day: date, fmt: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:
    """A day in the user's locale, e.g. "Tuesday, 3 February 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def points_text(value: float) -> str:
    """A median as people say it: "4", "4.5" ("4,5" in Spanish)."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)
