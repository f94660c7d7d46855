"""Files in entries: added in one piece, kept once, read back, removed, within the limit."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.events import AttachmentAdded, AttachmentRemoved
from hj_journal.core.journal.attachments import (
    CHUNK_BYTES,
    Thumbnail,
    TooLargeError,
    clean_name,
    size_text,
)
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.store.models import (
    AttachmentChunk,
    AttachmentContent,
    AttachmentKey,
    AttachmentThumbnail,
)
from tests.core.journal.sample_files import jpeg_with_exif

CANARY = "LensCanary4R"


def _entry(services: Services, title: str = "A walk") -> int:
    return services.journal.create(EntryInput(entry_date=date(2026, 12, 1), title=title)).id


def _count(services: Services, model: type) -> int:
    with services.vault.session() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_file_comes_back_exactly_and_in_order(services: Services, tmp_path: Path) -> None:
    entry = _entry(services)
    data = bytes(range(256)) * (CHUNK_BYTES // 256 * 2 + 7)  # a little over two chunks
    path = tmp_path / "notes.bin"
    path.write_bytes(data)
    first = services.attachments.add(entry, path)
    second = services.attachments.add(entry, b"hello", name="hello.txt")
    assert first.attachment.name == "notes.bin" and first.attachment.size == len(data)
    assert second.attachment.media_type == "text/plain"
    assert [a.name for a in services.attachments.of_entry(entry)] == ["notes.bin", "hello.txt"]
    assert list(map(len, services.attachments.read(first.attachment.id))) == [
        CHUNK_BYTES,
        CHUNK_BYTES,
        len(data) - 2 * CHUNK_BYTES,
    ]
    assert services.attachments.read_all(first.attachment.id) == data
    assert services.attachments.counts([entry, 999]) == {entry: 2}


def test_the_same_file_in_two_entries_is_kept_once(services: Services) -> None:
    one, two = _entry(services, "one"), _entry(services, "two")
    services.attachments.add(one, b"same bytes " * 1000, name="a.txt")
    again = services.attachments.add(two, b"same bytes " * 1000, name="b.txt")
    assert again.already_stored
    assert _count(services, AttachmentContent) == 1


def test_the_dedup_digest_is_keyed_never_a_plain_hash(services: Services) -> None:
    entry = _entry(services)
    data = b"a photo of the sea"
    services.attachments.add(entry, data, name="sea.txt")
    with services.vault.session() as session:
        digest = session.scalars(select(AttachmentContent.digest)).one()
        key = session.scalars(select(AttachmentKey.key)).one()
    assert len(key) == 32
    assert digest not in {hashlib.sha256(data).hexdigest(), hashlib.sha1(data).hexdigest()}


def test_the_key_differs_between_vaults(services: Services, registry, policy) -> None:
    other, _ = registry.create("Other", "another calm passphrase here", policy=policy)
    other_services = Services.for_vault(other)
    for s in (services, other_services):
        s.attachments.add(_entry(s), b"identical", name="x.txt")
    digests = []
    for s in (services, other_services):
        with s.vault.session() as session:
            digests.append(session.scalars(select(AttachmentContent.digest)).one())
    assert digests[0] != digests[1]
    other.lock()


def test_photos_lose_their_metadata_unless_you_keep_it(services: Services) -> None:
    entry = _entry(services)
    photo = jpeg_with_exif(CANARY)
    added = services.attachments.add(entry, photo, name="IMG_0001.JPG")
    assert added.attachment.media_type == "image/jpeg"
    assert added.attachment.metadata_removed and added.removed
    assert CANARY.encode() not in services.attachments.read_all(added.attachment.id)

    kept = services.attachments.add(entry, photo, name="kept.jpg", keep_metadata=True)
    assert not kept.attachment.metadata_removed and kept.removed == ()
    assert services.attachments.read_all(kept.attachment.id) == photo

    services.settings.attachment_keep_metadata = True
    by_setting = services.attachments.add(entry, photo, name="again.jpg")
    assert by_setting.already_stored and not by_setting.attachment.metadata_removed


def test_a_file_over_the_limit_is_refused_with_a_calm_sentence(
    services: Services, tmp_path: Path
) -> None:
    entry = _entry(services)
    services.settings.attachment_limit_mb = 1
    assert services.attachments.limit_bytes == 1_000_000
    big = tmp_path / "big.wav"
    big.write_bytes(b"\x00" * 1_000_001)
    for source in (big, b"\x00" * 1_000_001):
        with pytest.raises(TooLargeError) as error:
            services.attachments.add(entry, source)
        assert "larger than the 1 MB" in str(error.value)
    assert services.attachments.of_entry(entry) == []
    with pytest.raises(ValueError):
        services.settings.attachment_limit_mb = 0


def test_unreadable_sources_and_missing_entries(services: Services, tmp_path: Path) -> None:
    entry = _entry(services)
    with pytest.raises(InputError, match="can't be read"):
        services.attachments.add(entry, tmp_path / "nowhere.jpg")
    with pytest.raises(InputError, match="folder"):
        services.attachments.add(entry, tmp_path)
    with pytest.raises(NotFoundError):
        services.attachments.add(entry + 100, b"bytes")
    assert _count(services, AttachmentContent) == 0  # nothing half-saved


def test_remove_keeps_bytes_another_entry_holds(services: Services) -> None:
    events: list[object] = []
    services.events.subscribe(events.append)
    one, two = _entry(services, "one"), _entry(services, "two")
    a = services.attachments.add(one, b"shared" * 100, name="s.txt").attachment
    b = services.attachments.add(two, b"shared" * 100, name="s.txt").attachment
    services.attachments.remove(a.id)
    assert _count(services, AttachmentContent) == 1
    services.attachments.remove(b.id)
    assert _count(services, AttachmentContent) == 0
    assert _count(services, AttachmentChunk) == 0
    assert AttachmentAdded(one, a.id) in events and AttachmentRemoved(two, b.id) in events
    with pytest.raises(NotFoundError):
        services.attachments.get(a.id)


def test_thumbnails_are_stored_with_the_file(services: Services) -> None:
    entry = _entry(services)
    a = services.attachments.add(entry, jpeg_with_exif(CANARY), name="p.jpg").attachment
    assert services.attachments.thumbnail(a.id) is None
    services.attachments.save_thumbnail(a.id, Thumbnail(b"png", 4, 3))
    services.attachments.save_thumbnail(a.id, Thumbnail(b"png2", 8, 6))
    assert services.attachments.thumbnail(a.id) == Thumbnail(b"png2", 8, 6)
    services.attachments.remove(a.id)
    assert _count(services, AttachmentThumbnail) == 0


def test_delete_forever_removes_files_only_that_entry_held(services: Services) -> None:
    keep, gone = _entry(services, "keep"), _entry(services, "gone")
    services.attachments.add(keep, b"kept file", name="k.txt")
    services.attachments.add(gone, b"kept file", name="k.txt")
    services.attachments.add(gone, b"only here" * 5000, name="o.txt")
    services.journal.trash(gone)
    assert _count(services, AttachmentContent) == 2  # the trash keeps its files
    services.journal.empty_trash()
    assert _count(services, AttachmentContent) == 1
    assert [a.name for a in services.attachments.of_entry(keep)] == ["k.txt"]


def test_a_copy_saved_outside_is_the_file(services: Services, tmp_path: Path) -> None:
    entry = _entry(services)
    a = services.attachments.add(entry, b"voice memo", name="memo.m4a").attachment
    out = services.attachments.save_copy(a.id, tmp_path / "memo.m4a")
    assert out.read_bytes() == b"voice memo"
    with pytest.raises(InputError):
        services.attachments.save_copy(a.id, tmp_path / "no" / "such" / "folder" / "m.m4a")


def test_a_private_copy_to_open_is_yours_alone(services: Services, tmp_path: Path) -> None:
    entry = _entry(services)
    a = services.attachments.add(entry, b"voice memo", name="memo.m4a").attachment
    folder = tmp_path / "private"
    folder.mkdir()
    out = services.attachments.private_copy(a.id, folder)
    assert out.parent == folder and out.name == "memo.m4a"
    assert out.read_bytes() == b"voice memo" and (out.stat().st_mode & 0o777) == 0o600
    with pytest.raises(InputError, match="Save a copy instead"):
        services.attachments.private_copy(a.id, tmp_path / "gone")


def test_names_and_sizes_read_kindly() -> None:
    assert clean_name("../../etc/passwd") == "passwd"
    assert clean_name("C:\\Users\\me\\photo.jpg") == "photo.jpg"
    assert clean_name("bad\x00\x07name.txt") == "badname.txt"
    assert clean_name("...") == "file"
    assert len(clean_name("a" * 1000)) == 255
    assert size_text(1) == "1 byte" and size_text(5) == "5 bytes"
    assert size_text(3_200_000) == "3.2 MB"


def test_the_timeline_preview_leaves_photo_links_out(services: Services) -> None:
    link = "![sea.png](hjattach:" + "a" * 32 + ")"
    services.journal.create(
        EntryInput(entry_date=date(2026, 12, 1), body=f"Before the sea. {link} After.")
    )
    (row,) = services.journal.timeline()
    assert row.preview == "Before the sea. After."
