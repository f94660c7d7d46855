"""Encrypted backups: made while open, checked, opened by the same secrets, rotated."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from hj_journal.core.data.backup import (
    BackupDamagedError,
    Backups,
    list_backups,
    read_backup,
    unwrap_backup_key,
    verify_with_key,
)
from hj_journal.core.data.restore import restore_as_new
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry, WrongSecretError
from hj_journal.paths import AppPaths
from hj_journal.store import snapshot
from tests.helpers import PASSPHRASE


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))


@pytest.fixture
def backups(services: Services, paths: AppPaths, clock: Clock) -> Backups:
    return Backups(services.vault, paths.data_dir / "backups", clock=clock, zone=UTC)


def _write(services: Services, title: str) -> None:
    services.journal.create(EntryInput(entry_date=date(2026, 3, 1), title=title, body=title))


def _titles(services: Services) -> list[str]:
    return sorted(e.title for e in services.journal.timeline(limit=1000))


def test_a_backup_is_an_encrypted_copy_with_its_key_file_and_a_plain_manifest(
    services: Services, backups: Backups, paths: AppPaths
) -> None:
    _write(services, "BackupCanaryQ7")
    info = backups.create()
    assert info.folder.parent == paths.data_dir / "backups" / services.vault.folder.name
    names = sorted(p.name for p in info.folder.iterdir())
    assert names == ["backup.json", "vault.db", "vault.key"]
    assert info.db_path.read_bytes()[:16] != b"SQLite format 3\x00"
    for path in info.folder.iterdir():
        assert b"BackupCanaryQ7" not in path.read_bytes()
    assert info.key_path.read_bytes() == services.vault.key_path.read_bytes()
    manifest = json.loads((info.folder / "backup.json").read_text())
    assert manifest["format"] == "hj-journal-backup"
    assert manifest["version"] == 1
    assert info.size == info.db_path.stat().st_size + info.key_path.stat().st_size
    assert info.problem is None
    assert backups.verify(info).ok
    assert not [p for p in info.folder.parent.iterdir() if p.name.startswith(".")]


def test_a_backup_opens_with_the_passphrase_and_with_the_recovery_key(
    created, backups: Backups, services: Services, registry: VaultRegistry, policy: KdfPolicy
) -> None:
    _, recovery_key = created
    _write(services, "kept in the backup")
    info = backups.create()
    for secret in ({"passphrase": PASSPHRASE, "policy": policy}, {"recovery_key": recovery_key}):
        key = unwrap_backup_key(info, **secret)
        assert verify_with_key(info, key).ok
    with pytest.raises(WrongSecretError):
        unwrap_backup_key(info, passphrase="not the passphrase", policy=policy)

    key = unwrap_backup_key(info, passphrase=PASSPHRASE, policy=policy)
    restored = restore_as_new(info, registry, "From the stick", key=key)
    restored.unlock_with_recovery_key(recovery_key)
    try:
        assert _titles(Services.for_vault(restored)) == ["kept in the backup"]
    finally:
        restored.lock()
    restored.unlock(PASSPHRASE, policy=policy)
    restored.lock()
    assert restored.label == "From the stick"


def test_a_damaged_backup_fails_verification_and_is_never_restored(
    backups: Backups, services: Services, registry: VaultRegistry, policy: KdfPolicy
) -> None:
    _write(services, "one")
    info = backups.create()
    data = bytearray(info.db_path.read_bytes())
    data[len(data) // 2] ^= 0x01
    info.db_path.write_bytes(bytes(data))
    report = backups.verify(info)
    assert not report.ok
    assert "changed since it was written" in report.problems[0]
    before = sorted(p.name for p in registry.vaults_dir.iterdir())
    with pytest.raises(BackupDamagedError, match="not restored"):
        restore_as_new(info, registry, "Copy", backups=backups)
    key = unwrap_backup_key(info, passphrase=PASSPHRASE, policy=policy)
    with pytest.raises(BackupDamagedError):
        restore_as_new(info, registry, "Copy", key=key)
    assert sorted(p.name for p in registry.vaults_dir.iterdir()) == before


def test_page_damage_is_found_even_when_the_checksum_was_rewritten(
    backups: Backups, services: Services, policy: KdfPolicy
) -> None:
    _write(services, "one")
    info = backups.create()
    data = bytearray(info.db_path.read_bytes())
    data[4096 + 200] ^= 0x01  # inside page 2's encrypted part
    info.db_path.write_bytes(bytes(data))
    manifest_path = info.folder / "backup.json"
    manifest = json.loads(manifest_path.read_text())
    from hj_journal.core.data.backup import sha256_file

    manifest["db_sha256"] = sha256_file(info.db_path)
    manifest_path.write_text(json.dumps(manifest))
    fresh = read_backup(info.folder)
    assert not backups.verify(fresh).ok
    key = unwrap_backup_key(fresh, passphrase=PASSPHRASE, policy=policy)
    assert not verify_with_key(fresh, key).ok
    # The vault's own connections are untouched by having looked at a damaged file.
    assert services.vault.verify().ok
    assert _titles(services) == ["one"]


def test_a_damaged_manifest_is_listed_with_a_problem(backups: Backups, services: Services) -> None:
    info = backups.create()
    (info.folder / "backup.json").write_text("{not json")
    [listed] = backups.available()
    assert listed.problem
    assert not backups.verify(listed).ok


def test_a_backup_of_another_vault_is_told_apart(
    backups: Backups, registry: VaultRegistry, policy: KdfPolicy, paths: AppPaths
) -> None:
    other, _ = registry.create("Other", "another calm passphrase", policy=policy)
    try:
        theirs = Backups(other, paths.data_dir / "backups").create()
    finally:
        other.lock()
    report = backups.verify(theirs)
    assert report.problems == ("This backup belongs to a different vault.",)


def test_a_stopped_backup_leaves_nothing_behind(backups: Backups, services: Services) -> None:
    for n in range(50):
        _write(services, f"entry {n} " * 50)

    class StopError(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise StopError

    with pytest.raises(StopError):
        backups.create(progress=stop)
    folder = backups.folder()
    assert list(folder.iterdir()) == []
    assert backups.available() == []


def test_progress_reaches_the_end(backups: Backups) -> None:
    seen: list[tuple[int, int]] = []
    backups.create(progress=lambda d, t: seen.append((d, t)))
    assert seen[-1] == (1000, 1000)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_automatic_backups_only_when_something_changed(
    backups: Backups, services: Services, clock: Clock
) -> None:
    assert backups.auto_backup("unlock") is not None  # no backup yet
    clock.now += timedelta(minutes=5)
    assert backups.auto_backup("lock") is None  # nothing written since
    services.journal.timeline()  # reading changes nothing
    assert backups.auto_backup("lock") is None
    _write(services, "new")
    clock.now += timedelta(minutes=5)
    assert backups.auto_backup("lock") is not None
    services.settings.backup_auto = False
    _write(services, "newer")
    assert backups.auto_backup("lock") is None
    services.settings.backup_auto = True
    assert backups.auto_backup("lock") is not None


def test_no_change_is_seen_across_a_lock_and_unlock(
    backups: Backups, services: Services, policy: KdfPolicy, paths: AppPaths, clock: Clock
) -> None:
    _write(services, "new")
    assert backups.auto_backup("lock") is not None
    vault = services.vault
    vault.lock()
    vault.unlock(PASSPHRASE, policy=policy)
    again = Backups(vault, paths.data_dir / "backups", clock=clock)
    assert not again.changed_since_last_backup()


def test_rotation_runs_after_each_backup_with_a_fake_clock(
    backups: Backups, services: Services, clock: Clock
) -> None:
    services.settings.backup_keep_daily = 3
    services.settings.backup_keep_weekly = 2
    for day in range(16):  # Monday 2 March … Tuesday 17 March, one backup a day
        clock.now = datetime(2026, 3, 2, 12, tzinfo=UTC) + timedelta(days=day)
        backups.create()
    days = [b.created.day for b in backups.available()]
    # three newest days; then the newest of each earlier week not already kept
    # (the week of 9–15 March is already counted through the 15th)
    assert days == [17, 16, 15, 8]


def test_rotation_numbers_come_from_the_vault_settings(
    backups: Backups, services: Services, clock: Clock
) -> None:
    services.settings.backup_keep_daily = 2
    services.settings.backup_keep_weekly = 0
    for day in range(5):
        clock.now = datetime(2026, 3, 2 + day, 12, tzinfo=UTC)
        backups.create()
    assert [b.created.day for b in backups.available()] == [6, 5]


def test_a_backup_made_before_a_restore_is_kept_by_rotation(
    backups: Backups, services: Services, clock: Clock
) -> None:
    services.settings.backup_keep_daily = 1
    services.settings.backup_keep_weekly = 0
    kept = backups.create(reason="before-restore", keep=True)
    clock.now += timedelta(days=1)
    backups.create()
    clock.now += timedelta(days=1)
    backups.create()
    names = [b.name for b in backups.available()]
    assert kept.name in names
    assert len(names) == 2


def test_a_picked_folder_is_used_and_remembered(
    backups: Backups, services: Services, tmp_path: Path, paths: AppPaths
) -> None:
    stick = tmp_path / "stick"
    stick.mkdir()
    services.settings.backup_folder = stick
    info = backups.create()
    assert info.folder.parent == stick / services.vault.folder.name
    once = tmp_path / "once"
    once.mkdir()
    other = backups.create(root=once)
    assert other.folder.parent == once / services.vault.folder.name
    assert list_backups(once / services.vault.folder.name) == [other]
    assert set(backups.all_roots()) == {paths.data_dir / "backups", stick, once}


def test_delete_removes_only_this_vaults_backups(backups: Backups, tmp_path: Path) -> None:
    info = backups.create()
    backups.delete(info)
    assert backups.available() == []
    stray = tmp_path / "elsewhere" / "2026"
    stray.mkdir(parents=True)
    with pytest.raises(ValueError, match="not one of this vault's backups"):
        backups.delete(read_backup(stray))
    assert stray.exists()


def test_snapshot_copy_refuses_to_overwrite(backups: Backups, tmp_path: Path) -> None:
    target = tmp_path / "exists.db"
    target.write_bytes(b"x")
    with pytest.raises(FileExistsError):
        snapshot.export_copy(backups.vault.engine, target)


def test_a_missing_picked_folder_is_never_created(
    backups: Backups, services: Services, tmp_path: Path
) -> None:
    from hj_journal.core.data.backup import BackupFolderMissingError

    stick = tmp_path / "media" / "STICK"
    services.settings.backup_folder = stick
    with pytest.raises(BackupFolderMissingError, match="plug it in"):
        backups.create()
    with pytest.raises(BackupFolderMissingError):
        backups.create(root=tmp_path / "elsewhere")
    assert not stick.exists() and not (tmp_path / "elsewhere").exists()
    stick.mkdir(parents=True)
    assert backups.create().folder.parent == stick / services.vault.folder.name


def test_a_backup_is_exported_page_by_page_when_the_file_cannot_be_copied_now(
    backups: Backups, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(services, "one")
    monkeypatch.setattr(snapshot, "copy_file", lambda *_args, **_kw: None)  # a write under way
    info = backups.create()
    assert backups.verify(info).ok
    assert info.db_path.read_bytes() != services.vault.db_path.read_bytes()  # an export


def test_a_byte_copy_that_reads_back_differently_is_not_kept(
    backups: Backups, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_copy, real_export = snapshot.copy_file, snapshot.export_copy

    def spoil(target: Path) -> None:
        data = bytearray(target.read_bytes())
        data[-100] ^= 0x01  # as a failing disk could
        target.write_bytes(bytes(data))

    def copy_then_spoil(engine, target, progress=None):  # type: ignore[no-untyped-def]
        digest = real_copy(engine, target, progress)
        spoil(target)
        return digest

    def export_then_spoil(engine, target, progress=None):  # type: ignore[no-untyped-def]
        real_export(engine, target, progress)
        spoil(target)

    # The spoilt byte copy is not kept: a copy read through SQLite is made instead.
    monkeypatch.setattr(snapshot, "copy_file", copy_then_spoil)
    info = backups.create()
    assert backups.verify(info).ok
    # When that copy reads back wrong too, the disk is to blame and nothing is kept.
    monkeypatch.setattr(snapshot, "export_copy", export_then_spoil)
    with pytest.raises(BackupDamagedError, match="may be full or failing"):
        backups.create()
    assert [b.folder for b in backups.available()] == [info.folder]
