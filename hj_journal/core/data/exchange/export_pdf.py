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
from hj_journal.store.models import Entry
from hj_journal.store.vault import Vault

_HEADING = re.compile(r"^(#{1,6})(?=\s)", re.MULTILINE)
_FENCE = re.compile(r"^(```|~~~)", re.MULTILINE)
_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~])")
MONTHS = (
    "January February March April May June July August September October November December"
).split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


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
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}"


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
        raise InputError("The first day comes after the last day; please swap them.")
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
    heading = "# Journal\n\n" + (f"*{escape(span)}*\n\n" if span else "")
    if not parts:
        return PrintDocument("Journal", heading + "There are no entries for these days.\n", 0)
    noun = "entry" if count == 1 else "entries"
    heading += f"*{count} {noun}*\n\n"
    return PrintDocument("Journal", heading + "\n\n---\n\n".join(parts), count)


def _span(first: date | None, last: date | None) -> str:
    if first is None or last is None:
        return ""
    if first == last:
        return long_date(first)
    return f"{long_date(first)} – {long_date(last)}"


def _entry_markdown(entry: Entry, zone: tzinfo | None) -> str:
    title = escape(entry.title) if entry.title else "Untitled"
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
