"""Translation helper and small formatting shared by the Insights widgets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from hj_journal.ui.common.plural import translate_n

CONTEXT = "Insights"


def tr(text: str) -> str:
    """``text`` in the user's language (translation context "Insights")."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_n(text: str, n: int) -> str:
    """``text`` with ``%n`` for the count ``n``, in the right plural form."""
    return translate_n(CONTEXT, text, n)


def day_text(day: date, fmt: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:
    """A day in the user's locale, e.g. "Tuesday, 3 February 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day), fmt)


def points_text(value: float) -> str:
    """A median as people say it: "4", "4.5"."""
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"
