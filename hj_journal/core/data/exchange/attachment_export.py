"""Attachments in exports and imports: their own section of the JSON, files beside Markdown.

JSON (docs/formats.md, Attachments): after ``tables``, ``"attachments"`` lists every file
in every entry, one object each::

    {"uuid": "<32 hex>", "entry": "<the entry's uuid>", "name": "IMG_0042.jpg",
     "media_type": "image/jpeg", "size": 123456, "position": 0,
     "added_at": "2026-12-03T09:30:00+00:00", "metadata_removed": true,
     "data": "<the file, base64>"}

The bytes are written rather than the storage rows (contents, chunks, the vault's digest
key), so the vault that imports them keys its own digests: a file already in that vault
is stored once, and a file whose ``uuid`` is already there is not added again (so an
export imported twice adds nothing). Markdown: each entry's files go in a folder beside
its file, named like it without ``.md``, and the entry links to them.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from hj_journal.core.common.i18n import translate
from hj_journal.core.data.exchange._output import PRIVATE_FILE
from hj_journal.core.data.exchange.records import ImportedAttachment, SkippedItem
from hj_journal.core.journal import media
from hj_journal.store.attachments import clean_name, content_chunks, link_content, store_content
from hj_journal.store.models import Entry, EntryAttachment

SECTION = "attachments"
_UUID_CHARS = frozenset("0123456789abcdef")


def sniff(data: bytes, name: str) -> str:
    """A file's media type from its first bytes, else its name (as when a file is added)."""
    return media.sniff(data, name)


def quote(text: str) -> str:
    """A file name as a Markdown link target: the characters that would end it escaped."""
    for char, code in (("%", "%25"), (" ", "%20"), ("(", "%28"), (")", "%29"), ("<", "%3C")):
        text = text.replace(char, code)
    return text


def _links(session: Session) -> Iterator[tuple[EntryAttachment, str]]:
    query = (
        select(EntryAttachment, Entry.uuid)
        .join(Entry, Entry.id == EntryAttachment.entry_id)
        .order_by(EntryAttachment.id)
        .execution_options(yield_per=20)
    )
    for link, entry_uuid in session.execute(query):
        yield link, str(entry_uuid)


def write_json_section(session: Session, out: IO[str]) -> int:
    """Write ``,"attachments": [...]`` (the caller closes the document); returns the count."""
    out.write(f',\n "{SECTION}": [')
    count = 0
    for link, entry_uuid in _links(session):
        data = b"".join(content_chunks(session, link.content_id))
        row = {
            "uuid": link.uuid,
            "entry": entry_uuid,
            "name": link.name,
            "media_type": link.media_type,
            "size": len(data),
            "position": link.position,
            "added_at": link.added_at.astimezone(UTC).isoformat(),
            "metadata_removed": link.metadata_removed,
            "data": base64.b64encode(data).decode("ascii"),
        }
        out.write(("," if count else "") + "\n  " + json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("\n ]")
    return count


# ---------------------------------------------------------------------- importing JSON


@dataclass
class AttachmentPlan:
    """What importing an export's attachments will do."""

    new: list[dict[str, Any]] = field(default_factory=list)
    existing: int = 0
    skipped: list[SkippedItem] = field(default_factory=list)


def _is_uuid(value: Any) -> bool:
    return isinstance(value, str) and len(value) == 32 and set(value) <= _UUID_CHARS


def plan_json(session: Session, rows: list[Any], new_entries: dict[str, int]) -> AttachmentPlan:
    """Check an export's attachments against the vault (``new_entries``: uuid → id of the
    entries the same import adds). Nothing is written."""
    plan = AttachmentPlan()
    known = set(session.scalars(select(EntryAttachment.uuid)))
    entries = {str(u): int(i) for u, i in session.execute(select(Entry.uuid, Entry.id))}
    entries.update(new_entries)
    for number, raw in enumerate(rows, start=1):
        where = f"{SECTION}, item {number}"
        if not isinstance(raw, dict) or not _is_uuid(raw.get("uuid")):
            plan.skipped.append(
                SkippedItem(
                    where,
                    translate(
                        "DataExchangeAttachmentExport",
                        "Left out: it isn't a file record.",
                    ),
                )
            )
            continue
        if raw["uuid"] in known:
            plan.existing += 1
            continue
        entry_id = entries.get(str(raw.get("entry")))
        if entry_id is None:
            plan.skipped.append(
                SkippedItem(
                    where,
                    translate(
                        "DataExchangeAttachmentExport",
                        "Left out: its entry is not in the export.",
                    ),
                )
            )
            continue
        try:
            data = base64.b64decode(str(raw.get("data", "")), validate=True)
            added = datetime.fromisoformat(str(raw.get("added_at")))
        except (binascii.Error, ValueError):
            plan.skipped.append(
                SkippedItem(
                    where,
                    translate(
                        "DataExchangeAttachmentExport",
                        "Left out: the file in it is damaged.",
                    ),
                )
            )
            continue
        if added.tzinfo is None or raw.get("size") != len(data):
            plan.skipped.append(
                SkippedItem(
                    where,
                    translate(
                        "DataExchangeAttachmentExport",
                        "Left out: the file in it is damaged.",
                    ),
                )
            )
            continue
        name = clean_name(str(raw.get("name") or "file"))
        media_type = raw.get("media_type")
        known.add(raw["uuid"])
        plan.new.append(
            {
                "uuid": raw["uuid"],
                "entry_id": entry_id,
                "name": name,
                "media_type": media_type if isinstance(media_type, str) else sniff(data, name),
                "data": data,
                "added_at": added,
                "metadata_removed": raw.get("metadata_removed") is True,
            }
        )
    return plan


def write_planned(session: Session, plan: AttachmentPlan) -> None:
    """Store the planned files in the caller's transaction (each distinct file once)."""
    for row in plan.new:
        content_id, _already = store_content(session, row["data"])
        link_content(
            session,
            row["entry_id"],
            content_id,
            name=row["name"],
            media_type=row["media_type"],
            size=len(row["data"]),
            metadata_removed=row["metadata_removed"],
            added_at=row["added_at"],
            uuid=row["uuid"],
        )


def store_imported(
    session: Session,
    entry_id: int,
    items: tuple[ImportedAttachment, ...],
    *,
    keep_metadata: bool = False,
) -> int:
    """Store files that came with an entry from another app (Day One's photos, a Markdown
    folder's files), with location, camera and text details taken out of photos as when
    a file is added, unless the vault keeps them. Returns how many photos lost details."""
    stripped_count = 0
    for item in items:
        media_type = sniff(item.data, item.name)
        kept = (
            media.Stripped(item.data)
            if keep_metadata
            else media.strip_metadata(item.data, media_type)
        )
        stripped_count += bool(kept.removed)
        content_id, _already = store_content(session, kept.data)
        link_content(
            session,
            entry_id,
            content_id,
            name=item.name,
            media_type=media_type,
            size=len(kept.data),
            metadata_removed=bool(kept.removed),
            uuid=item.uuid,
        )
    return stripped_count


# ---------------------------------------------------------------------- Markdown


def write_beside(session: Session, entry: Entry, folder: Path, stem: str) -> dict[str, str]:
    """Write an entry's files into ``folder/stem/``; their uuid → relative link."""
    links: dict[str, str] = {}
    used: set[str] = set()
    query = (
        select(EntryAttachment)
        .where(EntryAttachment.entry_id == entry.id)
        .order_by(EntryAttachment.position, EntryAttachment.id)
    )
    for link in session.scalars(query):
        name = clean_name(link.name)
        base, dot, ending = name.rpartition(".")
        number = 2
        while name.casefold() in used:
            name = f"{base} ({number}).{ending}" if dot else f"{ending} ({number})"
            number += 1
        used.add(name.casefold())
        (folder / stem).mkdir(mode=0o700, exist_ok=True)
        fd = os.open(folder / stem / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as handle:
            for chunk in content_chunks(session, link.content_id):
                handle.write(chunk)
        links[link.uuid] = f"{quote(stem)}/{quote(name)}"
    return links
