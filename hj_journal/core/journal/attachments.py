"""Photos, audio and files in entries, kept inside the encrypted database.

A file is stored once however many entries hold it: its bytes (after metadata removal,
:mod:`.media`) are split into chunks of at most 1 MiB, and found again by a keyed digest,
HMAC-SHA256 under a random key kept inside the vault (``attachment_key``), never a plain
hash that would show two vaults holding the same photo. An entry's link to a file keeps
the file's own name, kind, size and place in the entry's strip.

Adding is one transaction: the content, its chunks and the link are committed together
or not at all, so a kill while adding leaves nothing half-saved. Nothing touches the disk
outside the database: no temporary files, no cache; thumbnails are made by the app in
memory and stored here, encrypted like the rest. Deleting the last entry that holds a
file (for good, not to the trash) removes its bytes (:func:`remove_unused_contents`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import decimal, translate
from hj_journal.core.common.private_files import write_private
from hj_journal.core.events import AttachmentAdded, AttachmentRemoved, Events
from hj_journal.core.journal import media
from hj_journal.core.settings import VaultSettings
from hj_journal.store.attachments import (
    CHUNK_BYTES,
    AddProgress,
    clean_name,
    content_chunks,
    digest_of,
    link_content,
    remove_unused_contents,
    store_content,
    vault_key,
)
from hj_journal.store.coltypes import utcnow
from hj_journal.store.files import write_atomic
from hj_journal.store.models import (
    AttachmentChunk,
    AttachmentContent,
    AttachmentThumbnail,
    Entry,
    EntryAttachment,
)
from hj_journal.store.vault import Vault

MB = 1_000_000
# The session helpers are the store's (shared with imports and exports); named here too.
__all__ = [
    "CHUNK_BYTES",
    "AddProgress",
    "clean_name",
    "content_chunks",
    "digest_of",
    "link_content",
    "remove_unused_contents",
    "store_content",
    "vault_key",
]


class TooLargeError(InputError):
    """The file is larger than the vault's per-file limit. Nothing was saved."""


@dataclass(frozen=True)
class AttachmentView:
    """A file in an entry, as the strip, Preview and the command line show it."""

    id: int
    uuid: str
    entry_id: int
    name: str
    media_type: str
    size: int
    position: int
    added_at: datetime
    metadata_removed: bool

    @property
    def is_image(self) -> bool:
        """True for a photo or picture the app can show."""
        return media.is_image(self.media_type)

    @property
    def is_audio(self) -> bool:
        """True for a sound recording."""
        return media.is_audio(self.media_type)


@dataclass(frozen=True)
class AddedAttachment:
    """What :meth:`Attachments.add` kept: the file, and what was taken out of it."""

    attachment: AttachmentView
    removed: tuple[str, ...] = ()  # e.g. ("Exif (camera, time and location)",)
    already_stored: bool = False  # the same file was in the vault already: kept once


@dataclass(frozen=True)
class Thumbnail:
    """A small PNG of an image."""

    data: bytes
    width: int
    height: int


def _view(link: EntryAttachment) -> AttachmentView:
    return AttachmentView(
        id=link.id,
        uuid=link.uuid,
        entry_id=link.entry_id,
        name=link.name,
        media_type=link.media_type,
        size=link.size,
        position=link.position,
        added_at=link.added_at,
        metadata_removed=link.metadata_removed,
    )


def size_text(size: int) -> str:
    """A size in words people read ("3.2 MB"), in the decimal units file managers use."""
    if size < 1000:
        return translate("Attachments", "%n byte(s)", None, size)
    if size < MB:
        return translate("Attachments", "{n} kB").format(n=f"{size / 1000:.0f}")
    return translate("Attachments", "{n} MB").format(n=decimal(size / MB, 1))


# ---------------------------------------------------------------------- the service


class Attachments:
    """Files in the entries of one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        settings: VaultSettings,
        *,
        events: Events | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._vault = vault
        self._settings = settings
        self._events = events if events is not None else Events()
        self._clock = clock

    @property
    def limit_bytes(self) -> int:
        """The largest file an entry takes (the vault's setting, 100 MB unless changed)."""
        return self._settings.attachment_limit_mb * MB

    def too_large_text(self, size: int) -> str:
        """The calm sentence for a file over the limit."""
        return translate(
            "Attachments",
            "This file is {size}, larger than the {limit} MB an entry takes. "
            "You can raise the limit in Settings.",
        ).format(size=size_text(size), limit=self._settings.attachment_limit_mb)

    def add(
        self,
        entry_id: int,
        source: bytes | Path,
        *,
        name: str | None = None,
        keep_metadata: bool | None = None,
        progress: AddProgress | None = None,
    ) -> AddedAttachment:
        """Add a file (its bytes, or a path to read) to an entry, in one transaction.

        Location, camera and text details are taken out of JPEG, PNG and WebP images
        unless ``keep_metadata`` (or, when it is ``None``, the vault's setting) says to
        keep them. Raises :class:`TooLargeError` over the limit, :class:`InputError` for
        a file that cannot be read, :class:`NotFoundError` for an entry that is gone.
        """
        if isinstance(source, Path):
            data = self._read(source)
            name = name or source.name
        else:
            data = bytes(source)
            if len(data) > self.limit_bytes:
                raise TooLargeError(self.too_large_text(len(data)))
        name = clean_name(name or "file")
        media_type = media.sniff(data, name)
        if keep_metadata is None:
            keep_metadata = self._settings.attachment_keep_metadata
        stripped = (
            media.Stripped(data) if keep_metadata else media.strip_metadata(data, media_type)
        )
        with self._vault.transaction() as session:
            if session.get(Entry, entry_id) is None:
                raise NotFoundError(translate("Attachments", "That entry no longer exists."))
            content_id, already = store_content(session, stripped.data, progress=progress)
            link = link_content(
                session,
                entry_id,
                content_id,
                name=name,
                media_type=media_type,
                size=len(stripped.data),
                metadata_removed=bool(stripped.removed),
                added_at=self._clock(),
            )
            view = _view(link)
        self._events.emit(AttachmentAdded(entry_id, view.id))
        return AddedAttachment(view, stripped.removed, already)

    def _read(self, path: Path) -> bytes:
        try:
            size = path.stat().st_size
            if path.is_dir():
                raise InputError(translate("Attachments", "A folder can't be added to an entry."))
            if size > self.limit_bytes:
                raise TooLargeError(self.too_large_text(size))
            with path.open("rb") as handle:
                data = handle.read(self.limit_bytes + 1)
        except OSError:
            raise InputError(
                translate("Attachments", "This file can't be read. It may have moved.")
            ) from None
        if len(data) > self.limit_bytes:  # it grew while being read
            raise TooLargeError(self.too_large_text(len(data)))
        return data

    def of_entry(self, entry_id: int) -> list[AttachmentView]:
        """An entry's files, in their order in its strip."""
        query = (
            select(EntryAttachment)
            .where(EntryAttachment.entry_id == entry_id)
            .order_by(EntryAttachment.position, EntryAttachment.id)
        )
        with self._vault.session() as session:
            return [_view(link) for link in session.scalars(query)]

    def counts(self, entry_ids: list[int]) -> dict[int, int]:
        """How many files each of these entries holds (entries without any are left out)."""
        query = (
            select(EntryAttachment.entry_id, func.count())
            .where(EntryAttachment.entry_id.in_(entry_ids))
            .group_by(EntryAttachment.entry_id)
        )
        with self._vault.session() as session:
            return {int(entry): int(n) for entry, n in session.execute(query)}

    def get(self, attachment_id: int) -> AttachmentView:
        """One file in an entry."""
        with self._vault.session() as session:
            return _view(self._load(session, attachment_id))

    def find_by_uuid(self, uuid: str) -> AttachmentView | None:
        """The file with this uuid (Preview's ``hjattach:`` links name files by it)."""
        with self._vault.session() as session:
            link = session.scalar(select(EntryAttachment).where(EntryAttachment.uuid == uuid))
            return _view(link) if link else None

    @staticmethod
    def _load(session: Session, attachment_id: int) -> EntryAttachment:
        link = session.get(EntryAttachment, attachment_id)
        if link is None:
            raise NotFoundError(translate("Attachments", "That file is no longer in the entry."))
        return link

    def read(self, attachment_id: int) -> Iterator[bytes]:
        """A file's bytes, chunk by chunk (each chunk read in a short session of its own)."""
        with self._vault.session() as session:
            link = self._load(session, attachment_id)
            content_id, count = (
                link.content_id,
                session.get_one(AttachmentContent, link.content_id).chunks,
            )
        for number in range(count):
            with self._vault.session() as session:
                chunk = session.get(AttachmentChunk, (content_id, number))
                if chunk is None:
                    raise NotFoundError(
                        translate("Attachments", "That file is no longer in the entry.")
                    )
                yield bytes(chunk.data)

    def read_all(self, attachment_id: int) -> bytes:
        """A file's bytes in one piece (for showing an image or playing a recording)."""
        return b"".join(self.read(attachment_id))

    def save_copy(self, attachment_id: int, path: Path) -> Path:
        """Write a copy of a file outside the vault, unencrypted (the person chose where).

        The copy appears whole or not at all (written beside, then moved into place).
        """
        data = self.read_all(attachment_id)
        try:
            write_atomic(Path(path), data)
        except OSError:
            raise InputError(
                translate("Attachments", "The copy couldn't be saved there. Try another folder.")
            ) from None
        return Path(path)

    def private_copy(self, attachment_id: int, folder: Path) -> Path:
        """Write a copy (0600) into a private folder, to open in another app for a moment.

        ``folder`` comes from :func:`hj_journal.core.common.private_files.private_folder`;
        the caller empties it when the copy is no longer needed (the vault locks).
        """
        data = self.read_all(attachment_id)
        name = self.get(attachment_id).name
        try:
            return write_private(Path(folder), name, data)
        except OSError:
            raise InputError(
                translate("Attachments", "A copy to open couldn't be made. Save a copy instead.")
            ) from None

    def thumbnail(self, attachment_id: int) -> Thumbnail | None:
        """The stored thumbnail of an image, if the app has made one."""
        with self._vault.session() as session:
            link = self._load(session, attachment_id)
            row = session.get(AttachmentThumbnail, link.content_id)
            return Thumbnail(bytes(row.data), row.width, row.height) if row else None

    def save_thumbnail(self, attachment_id: int, thumbnail: Thumbnail) -> None:
        """Keep a thumbnail the app made in memory (encrypted with the rest)."""
        with self._vault.transaction() as session:
            link = self._load(session, attachment_id)
            row = session.get(AttachmentThumbnail, link.content_id)
            if row is None:
                session.add(
                    AttachmentThumbnail(
                        content_id=link.content_id,
                        width=thumbnail.width,
                        height=thumbnail.height,
                        data=thumbnail.data,
                    )
                )
            else:
                row.width, row.height, row.data = thumbnail.width, thumbnail.height, thumbnail.data

    def remove(self, attachment_id: int) -> None:
        """Take a file out of its entry; its bytes go when no entry holds it any more."""
        with self._vault.transaction() as session:
            link = self._load(session, attachment_id)
            entry_id = link.entry_id
            session.delete(link)
            session.flush()
            remove_unused_contents(session)
        self._vault.checkpoint()
        self._events.emit(AttachmentRemoved(entry_id, attachment_id))
