"""Export the journal as a folder of Markdown files, with check-ins in a CSV beside them.

::

    <folder>/2024-05-01-1a2b3c4d.md    one file per entry (not the trash), front matter on top
    <folder>/2024-05-01-1a2b3c4d/      the entry's photos and files, linked from its text
    <folder>/checkins.csv              one row per check-in

File names carry only the entry's day and the start of its id — never its title —
because file names show up in places the user does not control (recent-files lists,
search indexes, backup logs). The front matter is the subset HJ Journal's own Markdown
import reads (``title``, ``date``, ``tags``, ``pinned``, ``id``) plus the rest of the
entry's fields, so the folder can be imported again, here or elsewhere.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from hj_journal.core.data.exchange import attachment_export
from hj_journal.core.data.exchange._output import atomic_folder, private_text_file
from hj_journal.core.data.exchange.records import Progress
from hj_journal.store.models import CheckIn, Entry
from hj_journal.store.vault import Vault

CHECKINS_FILE = "checkins.csv"
CHECKIN_COLUMNS = (
    "at",
    "distress",
    "mood",
    "energy",
    "emotions",
    "body_sensations",
    "context_tags",
    "note",
    "phase",
    "id",
)
LIST_SEPARATOR = " | "


@dataclass(frozen=True)
class MarkdownSummary:
    """What a Markdown export wrote."""

    folder: Path
    entries: int
    checkins: int


def _quoted(text: str) -> str:
    """A YAML scalar that simple front-matter readers (ours too) take back unchanged."""
    if '"' in text and "'" not in text and "\\" not in text:
        return f"'{text}'"  # single quotes: no escapes needed
    return json.dumps(text, ensure_ascii=False)


def front_matter(entry: Entry, zone: tzinfo | None) -> str:
    """The ``---`` block at the top of an entry's file."""
    local = entry.created_at.astimezone(zone)
    lines = [
        "---",
        f"title: {_quoted(entry.title)}",
        f"date: {entry.entry_date.isoformat()} {local:%H:%M}",
        f"created: {entry.created_at.isoformat()}",
        f"updated: {entry.updated_at.isoformat()}",
        "tags: [" + ", ".join(_quoted(t.name) for t in entry.tags) + "]",
        f"pinned: {'true' if entry.pinned else 'false'}",
    ]
    if entry.mood is not None:
        lines.append(f"mood: {entry.mood}")
    if entry.content_note:
        lines.append(f"content_note: {_quoted(entry.content_note)}")
    if entry.prompt_key:
        lines.append(f"prompt: {_quoted(entry.prompt_key)}")
    lines.append(f"id: {entry.uuid}")
    lines.append("---")
    return "\n".join(lines) + "\n"


def _shown(link: str) -> str:
    """The file name a link points at, as people read it."""
    name = link.rsplit("/", 1)[-1]
    for code, char in (("%20", " "), ("%28", "("), ("%29", ")"), ("%3C", "<"), ("%25", "%")):
        name = name.replace(code, char)
    return name


def entry_file_text(entry: Entry, zone: tzinfo | None, files: dict[str, str] | None = None) -> str:
    """An entry as a Markdown file; ``files`` (uuid → relative link) are its attachments."""
    body = entry.body.rstrip("\n")
    if files:
        # Photos shown where they are written point at the files beside; the others
        # are listed after the writing.
        for uuid, link in files.items():
            body = body.replace(f"hjattach:{uuid}", link)
        rest = [link for uuid, link in files.items() if link not in body]
        if rest:
            listed = "\n".join(f"- [{_shown(link)}]({link})" for link in rest)
            body = (body + "\n\n" if body else "") + listed
    return front_matter(entry, zone) + "\n" + (body + "\n" if body else "")


def export_markdown(
    vault: Vault,
    folder: Path,
    *,
    zone: tzinfo | None = None,
    progress: Progress | None = None,
    notes: Path | None = None,
) -> MarkdownSummary:
    """Write every entry not in the trash, and every check-in, into a new ``folder``.

    ``notes``: as for :func:`~hj_journal.core.data.exchange.export_json.export_json`.
    """
    entries = checkins = 0
    with vault.session() as session, atomic_folder(Path(folder), notes=notes) as out:
        total = int(
            session.scalar(select(func.count(Entry.id)).where(Entry.deleted_at.is_(None))) or 0
        )
        query = (
            select(Entry)
            .where(Entry.deleted_at.is_(None))
            .order_by(Entry.entry_date, Entry.created_at, Entry.id)
            .options(selectinload(Entry.tags))
            .execution_options(yield_per=500)
        )
        for entry in session.scalars(query):
            name = f"{entry.entry_date.isoformat()}-{entry.uuid[:8]}.md"
            if (out / name).exists():
                name = f"{entry.entry_date.isoformat()}-{entry.uuid}.md"
            files = attachment_export.write_beside(session, entry, out, name.removesuffix(".md"))
            with private_text_file(out / name) as handle:
                handle.write(entry_file_text(entry, zone, files))
            entries += 1
            if progress is not None and entries % 200 == 0:
                progress(entries, total + 1)
        with private_text_file(out / CHECKINS_FILE, newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(CHECKIN_COLUMNS)
            rows = session.scalars(
                select(CheckIn).order_by(CheckIn.at, CheckIn.id).execution_options(yield_per=1000)
            )
            for checkin in rows:
                writer.writerow(checkin_row(checkin, zone))
                checkins += 1
    if progress is not None:
        progress(total + 1, total + 1)
    return MarkdownSummary(folder=Path(folder), entries=entries, checkins=checkins)


def checkin_row(checkin: CheckIn, zone: tzinfo | None) -> list[str]:
    """One check-in as CSV cells (empty cells for questions that were skipped)."""

    def number(value: int | None) -> str:
        return "" if value is None else str(value)

    return [
        checkin.at.astimezone(zone).isoformat(timespec="minutes"),
        number(checkin.distress),
        number(checkin.mood),
        number(checkin.energy),
        LIST_SEPARATOR.join(str(w) for w in checkin.emotions),
        LIST_SEPARATOR.join(str(w) for w in checkin.body_sensations),
        LIST_SEPARATOR.join(str(w) for w in checkin.context_tags),
        checkin.note,
        checkin.phase or "",
        checkin.uuid,
    ]
