"""Storing attachment bytes in one session: the keyed digest, chunks, links, clean-up.

The persistence half of hj_journal/core/journal/attachments.py (which owns the feature),
here so that the journal and the exchange code (imports, exports) share it without one
core package importing another. See the attachments section of models.py.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Callable, Iterator
from datetime import datetime

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import (
    AttachmentChunk,
    AttachmentContent,
    AttachmentKey,
    EntryAttachment,
    new_uuid,
)

CHUNK_BYTES = 1024 * 1024
MAX_NAME = 255

#: ``progress(done, total)`` in bytes while a file is stored.
AddProgress = Callable[[int, int], None]


def clean_name(name: str) -> str:
    """A file's name without folders or control characters, at most 255 characters."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = "".join(c for c in base if c.isprintable()).strip().strip(".")
    return (base or "file")[:MAX_NAME]


def vault_key(session: Session) -> bytes:
    """The vault's attachment key, made on first use (inside the caller's transaction)."""
    row = session.get(AttachmentKey, 1)
    if row is None:
        row = AttachmentKey(id=1, key=secrets.token_bytes(32))
        session.add(row)
        session.flush()
    return bytes(row.key)


def digest_of(key: bytes, data: bytes) -> str:
    """The keyed digest that finds equal files in this vault, and only in this vault."""
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def store_content(
    session: Session, data: bytes, *, progress: AddProgress | None = None
) -> tuple[int, bool]:
    """The id of the content holding ``data`` (stored now if new), and whether it was there."""
    digest = digest_of(vault_key(session), data)
    found = session.scalar(select(AttachmentContent.id).where(AttachmentContent.digest == digest))
    if found is not None:
        if progress is not None:
            progress(len(data), len(data))
        return int(found), True
    count = (len(data) + CHUNK_BYTES - 1) // CHUNK_BYTES
    content = AttachmentContent(digest=digest, size=len(data), chunks=count)
    session.add(content)
    session.flush()
    view = memoryview(data)
    for number in range(count):
        piece = bytes(view[number * CHUNK_BYTES : (number + 1) * CHUNK_BYTES])
        session.execute(
            insert(AttachmentChunk), {"content_id": content.id, "number": number, "data": piece}
        )
        if progress is not None:
            progress(min((number + 1) * CHUNK_BYTES, len(data)), len(data))
    return content.id, False


def link_content(
    session: Session,
    entry_id: int,
    content_id: int,
    *,
    name: str,
    media_type: str,
    size: int,
    metadata_removed: bool = False,
    added_at: datetime | None = None,
    uuid: str | None = None,
) -> EntryAttachment:
    """Put a stored content into an entry, after the entry's other files."""
    last = session.scalar(
        select(func.max(EntryAttachment.position)).where(EntryAttachment.entry_id == entry_id)
    )
    link = EntryAttachment(
        uuid=uuid or new_uuid(),
        entry_id=entry_id,
        content_id=content_id,
        name=clean_name(name),
        media_type=media_type[:128],
        size=size,
        position=0 if last is None else int(last) + 1,
        added_at=added_at or utcnow(),
        metadata_removed=metadata_removed,
    )
    session.add(link)
    session.flush()
    return link


def remove_unused_contents(session: Session) -> int:
    """Delete every stored file no entry holds any more (chunks and thumbnail with it)."""
    used = select(EntryAttachment.content_id)
    result = session.execute(delete(AttachmentContent).where(AttachmentContent.id.not_in(used)))
    return int(getattr(result, "rowcount", 0) or 0)


def content_chunks(session: Session, content_id: int) -> Iterator[bytes]:
    """A stored file's bytes, chunk by chunk, in order."""
    query = (
        select(AttachmentChunk.data)
        .where(AttachmentChunk.content_id == content_id)
        .order_by(AttachmentChunk.number)
    )
    for data in session.scalars(query):
        yield bytes(data)
