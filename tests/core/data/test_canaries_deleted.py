"""Deleted means gone: canaries written, deleted forever, and looked for page by page.

The database is encrypted, so a plain scan could never find anything. These tests
decrypt every page of the database and of its write-ahead log with the raw key and
look for the canaries in the plaintext (lower-cased, as the search index keeps words).
A canary of an entry that still exists must be found, which proves the decryption.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

import pytest

from hj_journal.core.data.backup import Backups
from hj_journal.core.data.wipe import wipe_vault
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from tests.core.data.sqlcipher_pages import database_pages, plaintext
from tests.helpers import PASSPHRASE

KEEP = "keepcanaryqv3x"
FOREVER = "forevercanaryzt8w"
TRASH = "trashcanaryhm5p"
TAG = "tagcanaryrw2k"


def _key(services: Services, policy: KdfPolicy) -> bytes:
    return bytes(services.vault.read_key_file().unwrap_with_passphrase(PASSPHRASE, policy))


def _entry(services: Services, word: str, tags: tuple[str, ...] = ()) -> int:
    return services.journal.create(
        EntryInput(
            entry_date=date(2026, 2, 1),
            title=f"Title {word.upper()}",
            body=f"Some words and {word} among them. " * 30,
            tags=tags,
        )
    ).id


def test_the_decryption_is_right(services: Services, policy: KdfPolicy) -> None:
    _entry(services, KEEP)
    services.vault.checkpoint()
    pages = database_pages(services.vault.db_path, _key(services, policy))
    assert pages[0][:2] == (4096).to_bytes(2, "big")  # page 1's header: the page size
    assert KEEP.encode() in plaintext(services.vault.db_path, _key(services, policy))


@pytest.mark.parametrize("lock_first", [False, True])
def test_delete_forever_and_empty_trash_leave_no_canary(
    services: Services, policy: KdfPolicy, lock_first: bool
) -> None:
    key = _key(services, policy)
    _entry(services, KEEP)
    forever = _entry(services, FOREVER, tags=(TAG,))
    trashed = _entry(services, TRASH)
    services.vault.checkpoint()
    found = plaintext(services.vault.db_path, key)
    assert FOREVER.encode() in found and TRASH.encode() in found and TAG.encode() in found

    services.journal.trash(trashed)
    assert services.journal.delete_forever([forever]) == 1
    assert services.journal.empty_trash() == 1
    if lock_first:
        services.vault.lock()

    found = plaintext(services.vault.db_path, key)
    assert KEEP.encode() in found
    for canary in (FOREVER, TRASH, TAG):
        assert canary.encode() not in found, canary


def test_wipe_leaves_no_file_and_no_canary(
    services: Services, paths: AppPaths, policy: KdfPolicy, tmp_path: Path
) -> None:
    _entry(services, FOREVER)
    backups = Backups(services.vault, paths.data_dir / "backups")
    backups.create()
    stick = tmp_path / "stick"
    stick.mkdir()
    backups.create(root=stick)
    vault_folder = services.vault.folder
    written = [*services.vault.files(), *(paths.data_dir / "backups").rglob("*")]
    assert written

    wipe_vault(services.vault, services.vault.label, backups=backups)

    assert not vault_folder.exists()
    assert not (paths.data_dir / "backups" / vault_folder.name).exists()
    assert not (stick / vault_folder.name).exists()
    for folder in (paths.data_dir, stick, Path(tempfile.gettempdir()), paths.log_dir):
        for path in folder.rglob("*") if folder.exists() else []:
            if path.is_file():
                data = path.read_bytes().lower()
                assert FOREVER.encode() not in data, path


ATTACHED = "attachedcanaryw9j4"
ATTACHED_NAME = "namecanaryk2v7"
THUMB = "thumbcanaryp6d1"
SHARED = "sharedcanaryb3n8"


@pytest.mark.parametrize("lock_first", [False, True])
def test_delete_forever_leaves_no_attachment_bytes(
    services: Services, policy: KdfPolicy, lock_first: bool
) -> None:
    from hj_journal.core.journal.attachments import Thumbnail

    key = _key(services, policy)
    keep = _entry(services, KEEP)
    gone = _entry(services, FOREVER)
    # Over two chunks, so the bytes fill overflow pages of several rows.
    big = (ATTACHED.encode() + b" ") * 120_000
    added = services.attachments.add(gone, big, name=f"{ATTACHED_NAME}.bin").attachment
    services.attachments.save_thumbnail(added.id, Thumbnail(THUMB.encode() * 50, 8, 8))
    services.attachments.add(gone, SHARED.encode() * 100, name="shared.txt")
    services.attachments.add(keep, SHARED.encode() * 100, name="shared.txt")
    services.vault.checkpoint()
    found = plaintext(services.vault.db_path, key)
    for canary in (ATTACHED, ATTACHED_NAME, THUMB, SHARED):
        assert canary.encode() in found, canary

    services.journal.trash(gone)
    assert services.journal.empty_trash() == 1
    if lock_first:
        services.vault.lock()

    found = plaintext(services.vault.db_path, key)
    assert SHARED.encode() in found  # the entry that stays still holds it
    for canary in (ATTACHED, ATTACHED_NAME, THUMB):
        assert canary.encode() not in found, canary
