"""Text helpers for the journal's lists: safe highlighting and calm date wording.

Search snippets arrive with match marks (control characters, see
:mod:`hj_journal.core.journal.entries`). Everything else in them is the user's own text, so it
is HTML-escaped first and only then are the marks turned into bold, so an entry that
contains ``<b>`` or ``&`` shows those characters rather than being read as markup.
"""

from __future__ import annotations

import html
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QLabel

from hj_journal.core.journal.entries import MARK_END, MARK_START


def marked_to_html(text: str) -> str:
    """Escape ``text`` and turn balanced match marks into ``<b>…</b>``."""
    escaped = html.escape(" ".join(text.split()), quote=False)
    out: list[str] = []
    open_ = False
    for char in escaped:
        if char == MARK_START:
            if not open_:
                out.append("<b>")
                open_ = True
        elif char == MARK_END:
            if open_:
                out.append("</b>")
                open_ = False
        else:
            out.append(char)
    if open_:
        out.append("</b>")
    return "".join(out)


def strip_marks(text: str) -> str:
    """The text without match marks (for accessible names and tooltips)."""
    return " ".join(text.replace(MARK_START, "").replace(MARK_END, "").split())


def qdate(day: date) -> QDate:
    """A Python date as a QDate."""
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    """A QDate as a Python date."""
    return date(day.year(), day.month(), day.day())


def day_text(day: date, *, long: bool = False) -> str:
    """A date in the user's language, e.g. "Fri 3 May 2024"."""
    fmt = "dddd d MMMM yyyy" if long else "ddd d MMM yyyy"
    return QLocale().toString(qdate(day), fmt)


def moment_text(moment: datetime) -> str:
    """A moment in local time: "14:32" today, else "14:32, Fri 3 May 2024"."""
    local = moment.astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if local.date() == date.today():
        return clock
    return f"{clock}, {day_text(local.date())}"


def plain_label(text: str = "", role: str | None = None, *, wrap: bool = True) -> QLabel:
    """A label that shows text as typed (never read as markup), with a theme role.

    Roles come from the app's theme: "heading", "subheading", "muted", "notice".
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    return label
