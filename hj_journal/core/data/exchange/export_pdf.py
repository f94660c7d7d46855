"""The journal for a range of days as one Markdown document, ready to be printed to PDF.

``hj_journal.core`` stays free of Qt, so this module only builds the document; the
thin Qt function :func:`hj_journal.ui.data.export_pdf.write_pdf` lays it out with
``QTextDocument`` and writes it with ``QPdfWriter``. Entry text is the user's own
Markdown: its headings are moved two levels down so they sit under the entry's title,
and titles are escaped so they always read as plain words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, tzinfo

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.store.models import Entry
from hj_journal.store.vault import Vault

_HEADING = re.compile(r"^(#{1,6})(?=\s)", re.MULTILINE)
_FENCE = re.compile(r"^(```|~~~)", re.MULTILINE)
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")
# The same words (context "CoreDates") as the session summary's dates use.
MONTHS = (
    QT_TRANSLATE_NOOP("CoreDates", "January"),
    QT_TRANSLATE_NOOP("CoreDates", "February"),
    QT_TRANSLATE_NOOP("CoreDates", "March"),
    QT_TRANSLATE_NOOP("CoreDates", "April"),
    QT_TRANSLATE_NOOP("CoreDates", "May"),
    QT_TRANSLATE_NOOP("CoreDates", "June"),
    QT_TRANSLATE_NOOP("CoreDates", "July"),
    QT_TRANSLATE_NOOP("CoreDates", "August"),
    QT_TRANSLATE_NOOP("CoreDates", "September"),
    QT_TRANSLATE_NOOP("CoreDates", "October"),
    QT_TRANSLATE_NOOP("CoreDates", "November"),
    QT_TRANSLATE_NOOP("CoreDates", "December"),
)
DAYS = (
    QT_TRANSLATE_NOOP("CoreDates", "Monday"),
    QT_TRANSLATE_NOOP("CoreDates", "Tuesday"),
    QT_TRANSLATE_NOOP("CoreDates", "Wednesday"),
    QT_TRANSLATE_NOOP("CoreDates", "Thursday"),
    QT_TRANSLATE_NOOP("CoreDates", "Friday"),
    QT_TRANSLATE_NOOP("CoreDates", "Saturday"),
    QT_TRANSLATE_NOOP("CoreDates", "Sunday"),
)


@dataclass(frozen=True)
class PrintDocument:
    """A document to lay out: a neutral title for the PDF's metadata and the text."""

    title: str
    markdown: str
    entries: int


def escape(text: str) -> str:
    """Text that Markdown shows exactly as written."""
    return _SPECIAL.sub(r"\\\1", text)


def long_date(day: date) -> str:
    """``Friday 1 March 2024``."""
    return translate("CoreDates", "{weekday} {day} {month} {year}").format(
        weekday=translate("CoreDates", DAYS[day.weekday()]),
        day=day.day,
        month=translate("CoreDates", MONTHS[day.month - 1]),
        year=day.year,
    )


def demote_headings(body: str) -> str:
    """Move the body's headings two levels down (not inside code blocks)."""
    parts = _FENCE.split(body)
    out: list[str] = []
    inside = False
    for part in parts:
        if part in ("```", "~~~"):
            inside = not inside
            out.append(part)
        elif inside:
            out.append(part)
        else:
            out.append(_HEADING.sub(lambda m: "#" * min(6, len(m[1]) + 2), part))
    return "".join(out)


def pdf_document(
    vault: Vault, day_from: date | None, day_to: date | None, *, zone: tzinfo | None = None
) -> PrintDocument:
    """The entries dated ``day_from`` … ``day_to`` (inclusive; not the trash), oldest first."""
    if day_from and day_to and day_from > day_to:
        raise InputError(
            translate(
                "DataExchangeExportPdf",
                "The first day comes after the last day; please swap them.",
            )
        )
    query = select(Entry).where(Entry.deleted_at.is_(None))
    if day_from:
        query = query.where(Entry.entry_date >= day_from)
    if day_to:
        query = query.where(Entry.entry_date <= day_to)
    query = query.order_by(Entry.entry_date, Entry.created_at, Entry.id).options(
        selectinload(Entry.tags)
    )
    parts: list[str] = []
    count = 0
    first = last = None
    with vault.session() as session:
        for entry in session.scalars(query):
            count += 1
            first = first or entry.entry_date
            last = entry.entry_date
            parts.append(_entry_markdown(entry, zone))
    span = _span(day_from or first, day_to or last)
    title = translate("DataExchangeExportPdf", "Journal")
    heading = f"# {escape(title)}\n\n" + (f"*{escape(span)}*\n\n" if span else "")
    if not parts:
        nothing = translate("DataExchangeExportPdf", "There are no entries for these days.")
        return PrintDocument(title, f"{heading}{nothing}\n", 0)
    entries = translate("DataExchangeExportPdf", "%n entr(y|ies)", None, count)
    heading += f"*{entries}*\n\n"
    return PrintDocument(title, heading + "\n\n---\n\n".join(parts), count)


def _span(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return ""
    if first == last:
        return long_date(first)
    return f"{long_date(first)} – {long_date(last)}"


def _entry_markdown(entry: Entry, zone: tzinfo | None) -> str:
    title = escape(entry.title) if entry.title else translate("DataExchangeExportPdf", "Untitled")
    time = entry.created_at.astimezone(zone).strftime("%H:%M")
    details = [long_date(entry.entry_date), time]
    tags = ", ".join(t.name for t in entry.tags)
    if tags:
        details.append(tags)
    lines = [f"## {title}", "", "*" + escape(" · ".join(details)) + "*", ""]
    if entry.content_note:
        lines += [f"> Content note: {escape(entry.content_note)}", ""]
    lines.append(demote_headings(entry.body.strip()))
    return "\n".join(lines).rstrip() + "\n"
