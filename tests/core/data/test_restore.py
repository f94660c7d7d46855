"""Restoring a backup: as a new vault, or over the open one (backed up first)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.common.errors import InputError
from hj_journal.core.data.backup import BackupDamagedError, BackupInfo, Backups, read_backup
from hj_journal.core.data.restore import restore_as_new, restore_over
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, LabelTakenError, VaultRegistry
from hj_journal.paths import AppPaths
from tests.helpers import PASSPHRASE


@pytest.fixture
def backups(services: Services, paths: AppPaths) -> Backups:
    return Backups(services.vault, paths.data_dir / "backups", zone=UTC)


def _titles(services: Services) -> list[str]:
    return sorted(e.title for e in services.journal.timeline(limit=1000))


def _entry(services: Services, title: str, tags: tuple[str, ...] = ()) -> int:
    return services.journal.create(
        EntryInput(entry_date=date(2026, 3, 1), title=title, body=f"{title} body", tags=tags)
    ).id


def test_restore_over_the_open_vault_backs_it_up_first(
    services: Services, backups: Backups
) -> None:
    _entry(services, "before", ("calm",))
    services.checkins.add(CheckInInput(distress=3, note="then"))
    old = backups.create()
    _entry(services, "after")
    services.checkins.add(CheckInInput(distress=5, note="now"))
    seen: list[int] = []

    result = restore_over(backups, old, progress=lambda d, t: seen.append(d))

    assert _titles(services) == ["before"]
    assert [c.note for c in services.checkins.recent()] == ["then"]
    assert services.journal.tags() == [("calm", 1)]
    assert [r.summary.title for r in services.journal.search("before")] == ["before"]
    assert services.journal.search("after") == []
    assert seen[-1] == 1000
    safety = result.safety_backup
    assert safety.keep and safety.reason == "before-restore"
    assert backups.verify(safety).ok
    # …and the safety backup holds what was there, so the restore can be undone.
    restore_over(backups, safety)
    assert _titles(services) == ["after", "before"]
    assert services.vault.verify().ok


def test_restore_over_keeps_the_current_backup_settings(
    services: Services, backups: Backups, tmp_path: Path
) -> None:
    old = backups.create()
    services.settings.backup_keep_daily = 3
    (tmp_path / "stick").mkdir()
    services.settings.backup_folder = tmp_path / "stick"
    restore_over(backups, old)
    assert services.settings.backup_keep_daily == 3
    assert services.settings.backup_folder == tmp_path / "stick"


def test_a_damaged_backup_never_replaces_the_vault(services: Services, backups: Backups) -> None:
    _entry(services, "old")
    old = backups.create()
    _entry(services, "new")
    data = bytearray(old.db_path.read_bytes())
    data[-500] ^= 0xFF
    old.db_path.write_bytes(bytes(data))
    count = len(backups.available())
    with pytest.raises(BackupDamagedError, match="Your vault is unchanged"):
        restore_over(backups, old)
    assert _titles(services) == ["new", "old"]
    assert len(backups.available()) == count  # no safety backup was needed


def test_a_backup_from_another_schema_must_be_restored_as_new(
    services: Services, backups: Backups
) -> None:
    old = backups.create()
    manifest_path = old.folder / "backup.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["schema"] = "0000_older"
    manifest_path.write_text(json.dumps(manifest))
    with pytest.raises(InputError, match="as a new vault"):
        restore_over(backups, read_backup(old.folder))


def test_restore_as_new_opens_with_todays_passphrase(
    services: Services,
    backups: Backups,
    registry: VaultRegistry,
    policy: KdfPolicy,
) -> None:
    _entry(services, "in the backup")
    info = backups.create()
    services.vault.change_passphrase("a newer passphrase today", policy=policy)
    restored = restore_as_new(info, registry, "Restored", backups=backups)
    assert not restored.is_unlocked
    assert restored.folder != services.vault.folder
    assert registry.find("Restored").folder == restored.folder
    restored.unlock("a newer passphrase today", policy=policy)
    try:
        assert _titles(Services.for_vault(restored)) == ["in the backup"]
        assert restored.verify().ok
    finally:
        restored.lock()
    assert _titles(services) == ["in the backup"]  # the open vault is untouched


def test_restore_as_new_needs_a_free_name(
    services: Services, backups: Backups, registry: VaultRegistry
) -> None:
    info = backups.create()
    with pytest.raises(LabelTakenError):
        restore_as_new(info, registry, services.vault.label, backups=backups)
    with pytest.raises(InputError):
        restore_as_new(info, registry, "   ", backups=backups)
    assert len(registry.vaults()) == 1


def test_restore_as_new_with_the_backups_own_key_file(
    services: Services, backups: Backups, registry: VaultRegistry, policy: KdfPolicy
) -> None:
    from hj_journal.core.data.backup import unwrap_backup_key

    _entry(services, "made long ago")
    info = backups.create()
    services.vault.change_passphrase("changed since then", policy=policy)
    key = unwrap_backup_key(info, passphrase=PASSPHRASE, policy=policy)
    restored = restore_as_new(info, registry, "Old copy", key=key)
    restored.unlock(PASSPHRASE, policy=policy)  # the passphrase of that time
    restored.lock()


def test_an_empty_backup_list_and_a_clock_in_the_manifest(backups: Backups) -> None:
    assert backups.available() == []
    info = Backups(
        backups.vault,
        backups.default_root,
        clock=lambda: datetime(2026, 5, 4, 3, 2, 1, tzinfo=UTC),
    ).create()
    assert info.name == "2026-05-04T03-02-01Z"
    assert info.created == datetime(2026, 5, 4, 3, 2, 1, tzinfo=UTC)


def test_a_backup_of_another_vault_can_only_be_restored_as_new(
    services: Services,
    backups: Backups,
    registry: VaultRegistry,
    policy: KdfPolicy,
    paths: AppPaths,
) -> None:
    other, _ = registry.create("Other", "another calm passphrase", policy=policy)
    try:
        theirs = Backups(other, paths.data_dir / "backups").create()
    finally:
        other.lock()
    _entry(services, "mine")
    with pytest.raises(InputError, match="different vault"):
        restore_over(backups, theirs)
    assert _titles(services) == ["mine"]


# ---------------------------------------------------------------- a damaged vault's rescue


def _damage(vault_path: Path) -> bytes:
    """Cut the database file short, as a power cut in the wrong moment could."""
    before = vault_path.read_bytes()
    vault_path.write_bytes(b"")
    return before


def test_a_damaged_vault_gets_its_newest_good_backup_back_as_a_new_vault(
    services: Services, backups: Backups, registry: VaultRegistry, paths: AppPaths, policy
) -> None:
    from hj_journal.core.data.restore import restore_newest_good
    from hj_journal.core.vaults import VaultDamagedError

    vault = services.vault
    _entry(services, "older")
    backups.create()
    _entry(services, "newer")
    newest = backups.create()
    vault.lock()
    _damage(vault.db_path)
    with pytest.raises(VaultDamagedError):
        registry.find("Notebook").unlock(PASSPHRASE, policy=policy)
    damaged_files = {p.name: p.read_bytes() for p in vault.folder.iterdir() if p.is_file()}

    rescue = restore_newest_good(
        registry.find("Notebook"),
        registry,
        paths.data_dir / "backups",
        passphrase=PASSPHRASE,
        policy=policy,
    )

    assert rescue is not None
    assert rescue.backup.folder == newest.folder
    assert rescue.vault.label == "Notebook (restored)"
    rescue.vault.unlock(PASSPHRASE, policy=policy)
    try:
        assert _titles(Services.for_vault(rescue.vault)) == ["newer", "older"]
    finally:
        rescue.vault.lock()
    # The damaged vault is left exactly as it was, for anyone who wants to look at it.
    assert {p.name: p.read_bytes() for p in vault.folder.iterdir() if p.is_file()} == (
        damaged_files
    )


def test_no_rescue_without_the_secret_or_without_a_good_backup(
    services: Services, backups: Backups, registry: VaultRegistry, paths: AppPaths, policy
) -> None:
    from hj_journal.core.data.restore import restore_newest_good

    vault = services.vault
    info = backups.create()
    vault.lock()
    _damage(vault.db_path)
    root = paths.data_dir / "backups"
    damaged = registry.find("Notebook")
    wrong = restore_newest_good(damaged, registry, root, passphrase="not it", policy=policy)
    assert wrong is None
    data = bytearray(info.db_path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    info.db_path.write_bytes(bytes(data))
    spoilt = restore_newest_good(damaged, registry, root, passphrase=PASSPHRASE, policy=policy)
    assert spoilt is None
    assert [v.label for v in registry.vaults()] == ["Notebook"]


def test_photos_and_their_thumbnails_come_back_from_a_backup(
    services: Services, backups: Backups, registry: VaultRegistry, policy: KdfPolicy
) -> None:
    from hj_journal.core.journal.attachments import Thumbnail
    from tests.core.journal.sample_files import encoded

    entry_id = _entry(services, "by the river")
    photo = encoded("PNG", 16, 12)
    attachments = services.attachments
    added = attachments.add(entry_id, photo, name="river.png").attachment
    thumbnail = Thumbnail(encoded("PNG", 4, 3), 4, 3)
    attachments.save_thumbnail(added.id, thumbnail)
    attachments.add(entry_id, b"%PDF-1.7 a letter", name="letter.pdf")
    info = backups.create()

    # Over the open vault: a file taken out since the backup is back, byte for byte.
    attachments.remove(added.id)
    restore_over(backups, info)
    (back, letter) = attachments.of_entry(entry_id)
    assert (back.uuid, back.name, back.media_type) == (added.uuid, "river.png", "image/png")
    assert attachments.read_all(back.id) == photo
    assert attachments.thumbnail(back.id) == thumbnail
    assert attachments.read_all(letter.id) == b"%PDF-1.7 a letter"

    # As a new vault: the same files, under that vault's own key.
    restored = restore_as_new(info, registry, "Restored", backups=backups)
    restored.unlock(PASSPHRASE, policy=policy)
    try:
        other = Services.for_vault(restored).attachments
        (entry,) = Services.for_vault(restored).journal.timeline(limit=10)
        (again, _letter) = other.of_entry(entry.id)
        assert other.read_all(again.id) == photo
        assert other.thumbnail(again.id) == thumbnail
        # Adding the same photo there keeps it once, as in the vault it came from.
        assert other.add(entry.id, photo, name="copy.png").already_stored
    finally:
        restored.lock()


# ---------------------------------------------------------------- the page copy


def _rewrite_checksum(info: BackupInfo) -> BackupInfo:
    from hj_journal.core.data.backup import sha256_file

    manifest_path = info.folder / "backup.json"
    manifest = json.loads(manifest_path.read_text())
    manifest["db_sha256"] = sha256_file(info.db_path)
    manifest_path.write_text(json.dumps(manifest))
    return read_backup(info.folder)


def test_page_damage_with_a_rewritten_checksum_changes_nothing(
    services: Services, backups: Backups
) -> None:
    _entry(services, "old")
    old = backups.create()
    _entry(services, "new")
    data = bytearray(old.db_path.read_bytes())
    data[len(data) - 3000] ^= 0x01  # inside the last page's encrypted part
    old.db_path.write_bytes(bytes(data))
    count = len(backups.available())
    with pytest.raises(BackupDamagedError, match="Your vault is unchanged"):
        restore_over(backups, _rewrite_checksum(old))
    assert _titles(services) == ["new", "old"]
    assert len(backups.available()) == count
    assert services.vault.verify().ok


def test_stopping_in_the_middle_of_the_copy_leaves_the_vault_as_it_was(
    services: Services, backups: Backups, monkeypatch: pytest.MonkeyPatch
) -> None:
    from hj_journal.store import snapshot

    monkeypatch.setattr(snapshot, "_PAGES_PER_STEP", 2)
    for n in range(30):
        _entry(services, f"kept {n}", ("calm",))
    old = backups.create()
    _entry(services, "written since", ("rest",))

    def stop(done: int, _total: int) -> None:
        if done > 600:  # past the safety backup, in the middle of the pages
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        restore_over(backups, old, progress=stop)
    assert "written since" in _titles(services)
    assert services.journal.tags() == [("calm", 30), ("rest", 1)]
    assert [r.summary.title for r in services.journal.search("since")] == ["written since"]
    assert services.vault.verify().ok
    # It can be done again at once: nothing was left half-way.
    restore_over(backups, old)
    assert "written since" not in _titles(services)
    assert services.vault.verify().ok


def test_a_backup_indexed_by_other_stemmers_is_indexed_again(
    services: Services, backups: Backups
) -> None:
    from sqlalchemy import text

    from hj_journal.store import search

    _entry(services, "walking home")

    def fingerprint(value: str | None = None) -> str:
        with services.vault.transaction() as session:
            if value is not None:
                session.execute(
                    text("UPDATE search_index_state SET value = :v WHERE name = 'word_forms'"),
                    {"v": value},
                )
            return str(
                session.scalar(
                    text("SELECT value FROM search_index_state WHERE name = 'word_forms'")
                )
            )

    today = fingerprint()
    fingerprint("an older stemmer")
    old = backups.create()
    fingerprint(today)

    restore_over(backups, old)

    assert fingerprint() == today
    with services.vault.session() as session:
        assert search.index_is_current(session)
    assert [r.summary.title for r in services.journal.search("walk")] == ["walking home"]
    assert services.vault.verify().ok


def test_the_safety_backup_is_a_byte_copy_checked_page_by_page(
    services: Services, backups: Backups
) -> None:
    _entry(services, "before")
    old = backups.create()
    _entry(services, "after")
    services.vault.checkpoint()
    vault_bytes = services.vault.db_path.read_bytes()
    safety = restore_over(backups, old).safety_backup
    assert safety.db_path.read_bytes() == vault_bytes
    assert backups.verify(safety).ok  # the full check passes on it too
