"""Encrypted backups of a vault: make, list, check, rotate.

A backup is a folder, ``<root>/<vault folder name>/<UTC time>/``, holding

* ``vault.db``    an encrypted copy of the database, made while the vault is open
                  (SQLCipher's ``sqlcipher_export`` under the vault's own key);
* ``vault.key``   a copy of the vault's key file, so the backup opens with the same
                  passphrase or recovery key as the vault did when it was made;
* ``backup.json`` a small plain manifest: when and why it was made, the vault's
                  neutral label and id, the schema version, the vault file's size and
                  time (for change detection) and a SHA-256 of the encrypted copy —
                  nothing about what is inside (SECURITY.md allows labels and sizes).

A folder rather than one archive file: a backup is then laid out like a vault, it can be
checked and restored by SQLCipher directly (no unpacking to a temporary file, which
would double the space used and leave a copy behind), and restoring needs no archive
parser at all, so there is no path-escape or decompression-bomb risk to defend against.
A backup is written into a hidden ``.partial-…`` folder and renamed only once it has
been checked, so a half-written backup never appears in the list.

Change detection for automatic backups is cheap and needs no schema change: the
write-ahead log is folded into the database first, and then "changed" means the log
still holds commits, or the database file's size or modification time differs from the
one recorded in the newest backup's manifest. Reading never changes either, so an
unlock-and-lock without writing makes no new backup. (On file systems with coarse
times, such as FAT, a change within two seconds of the last backup may be noticed only
at the next change.)
"""

from __future__ import annotations

import contextlib
import json
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal import __version__
from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import translate
from hj_journal.core.data.backup_files import (
    BEFORE_RESTORE,
    FORMAT,
    MANIFEST,
    MANUAL,
    ON_LOCK,
    ON_UNLOCK,
    PARTIAL_PREFIX,
    VERSION,
    BackupDamagedError,
    BackupFolderMissingError,
    BackupInfo,
    check_files,
    list_backups,
    read_backup,
    remove_tree,
    remove_vault_backups,
    sha256_file,
    unwrap_backup_key,
    verify_with_key,
)
from hj_journal.core.data.rotation import Stamp, backups_to_keep
from hj_journal.core.settings import VaultSettings
from hj_journal.store import locks, snapshot
from hj_journal.store.coltypes import utcnow
from hj_journal.store.files import fsync_folder, write_atomic
from hj_journal.store.keyfile import KeyFile
from hj_journal.store.migrate import current_revision
from hj_journal.store.registry import label_on_disk
from hj_journal.store.vault import DB_FILE, KEY_FILE, Vault, VerifyReport

if TYPE_CHECKING:
    from sqlalchemy import Engine

Progress = Callable[[int, int], None]
_STEPS = 1000  # progress is reported in thousandths


# ---------------------------------------------------------------------- one vault's backups


@dataclass(frozen=True)
class BackupsReplaced:
    """What :meth:`Backups.replace_after_rotation` did, for the person to read."""

    made: tuple[BackupInfo, ...]  # fresh backups under the new key
    removed: int  # older backups removed (they opened with the old secrets)
    unreachable: tuple[Path, ...]  # folders not there now: their backups were left as they are


class Backups:
    """The backups of one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        default_root: Path,
        *,
        clock: Callable[[], datetime] = utcnow,
        zone: tzinfo | None = None,
    ) -> None:
        """``zone`` is where days and weeks begin for rotation (default: this computer's)."""
        self.vault = vault
        self._zone = zone
        self.default_root = Path(default_root)
        self.settings = VaultSettings(vault)
        self._clock = clock

    # ------------------------------------------------------------------ where

    @property
    def root(self) -> Path:
        """The folder automatic backups go to (a folder the user picked, or the default)."""
        return self.settings.backup_folder or self.default_root

    def folder(self, root: Path | None = None) -> Path:
        """This vault's own sub-folder of ``root``."""
        return (root or self.root) / self.vault.folder.name

    def all_roots(self) -> list[Path]:
        """Every place this vault's backups were written to (for wiping)."""
        roots = [self.default_root, self.root]
        roots.extend(self.settings.backup_other_folders)
        unique: list[Path] = []
        for root in roots:
            if root not in unique:
                unique.append(root)
        return unique

    def available(self, root: Path | None = None) -> list[BackupInfo]:
        """This vault's backups in ``root`` (default: the automatic folder), newest first."""
        return list_backups(self.folder(root))

    # ------------------------------------------------------------------ making

    def create(
        self,
        *,
        root: Path | None = None,
        reason: str = MANUAL,
        keep: bool = False,
        rotate: bool = True,
        progress: Progress | None = None,
        full_check: bool = True,
    ) -> BackupInfo:
        """Make and check a backup; then rotate the automatic folder (unless ``rotate``
        is false, as before a restore, which must not remove the backup being restored).

        A backup is read back and checked page by page and for SQLite's structure.
        ``full_check=False`` (the safety backup a restore makes, copied byte for byte
        from the vault's own file) checks its checksum and every page but leaves out
        the structural check, which would only look at the vault's own structure again.

        ``root`` (a folder the user picked once, such as a USB stick) is remembered so
        that wiping the vault can find the backups there too; it is never rotated.
        """
        chosen = Path(root) if root is not None else self.root
        if chosen != self.default_root and not chosen.is_dir():
            # Never create a missing mount point's path on the computer's own disk.
            raise BackupFolderMissingError(
                translate(
                    "DataBackup",
                    "The folder for backups isn't there. If it is on a USB stick or another "
                    "disk, plug it in and try again.",
                )
            )
        if root is not None and chosen != self.root:
            self._remember_other_root(chosen)
        folder = self.folder(root)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        # One backup at a time per vault, across processes: the partial folders left
        # behind are then never another backup's work in progress, and the key file and
        # database copied always belong together (never half a key change).
        with locks.exclusive(self.vault.folder):
            _remove_partials(folder)
            created = self._clock()
            partial = folder / f"{PARTIAL_PREFIX}{secrets.token_hex(4)}"
            partial.mkdir(mode=0o700)
            try:
                self._write(partial, created, reason, keep, progress, full_check)
                final = _free_name(folder, created)
                partial.rename(final)
                fsync_folder(folder)
            except BaseException:
                remove_tree(partial)
                raise
            if root is None and rotate:
                self.rotate()
        return read_backup(final)

    # ------------------------------------------------------------------ after a key rotation

    def replace_after_rotation(self) -> BackupsReplaced:
        """After a key rotation: one fresh backup per reachable place, the older ones removed.

        Every older backup holds a copy of the old key file, so it still opens with the
        old passphrase or recovery key. Each place this vault's backups were written to
        that is reachable now gets one fresh backup under the new key (the automatic
        folder always does), and then every older backup there is removed; places that
        are not reachable (a USB stick that is not plugged in) are reported. Call it
        with the vault unlocked under its new key.
        """
        made: list[BackupInfo] = []
        removed = 0
        unreachable: list[Path] = []
        with locks.exclusive(self.vault.folder):
            for root in self.all_roots():
                if not root.is_dir() and root != self.default_root:
                    unreachable.append(root)
                    continue
                older = [b.folder for b in list_backups(self.folder(root))]
                if root == self.root and (older or self.settings.backup_auto):
                    made.append(self.create(rotate=False))
                elif older:
                    made.append(self.create(root=root))
                for folder in older:
                    remove_tree(folder)
                    removed += 1
        return BackupsReplaced(tuple(made), removed, tuple(unreachable))

    @staticmethod
    def _check_copy(
        engine: Engine, target: Path, copied: str | None, full_check: bool
    ) -> tuple[str, list[str]]:
        """The copy's digest and what is wrong with it (nothing, when it reads back right)."""
        digest = sha256_file(target)
        if copied is not None and digest != copied:
            return digest, ["The copy on disk differs from what was written."]
        if full_check:
            return digest, snapshot.check_attached(engine, target)
        return digest, snapshot.check_pages(engine, target)

    def _write(
        self,
        partial: Path,
        created: datetime,
        reason: str,
        keep: bool,
        progress: Progress | None,
        full_check: bool = True,
    ) -> None:
        self.vault.checkpoint()
        state = _state(self.vault)
        key_bytes = self.vault.key_path.read_bytes()
        keyfile = KeyFile.from_bytes(key_bytes)
        target = partial / DB_FILE
        engine = self.vault.engine
        # A byte-for-byte copy of the (encrypted) file when no write is under way; an
        # export page by page otherwise.
        copied = snapshot.copy_file(engine, target, _scaled(progress, 0, 800))
        if copied is None:
            snapshot.export_copy(engine, target, _scaled(progress, 0, 800))
        snapshot.fsync_file(target)
        write_atomic(partial / KEY_FILE, key_bytes)
        digest, problems = self._check_copy(engine, target, copied, full_check)
        if problems and copied is not None:
            # A byte copy carries the vault's own damage along: read the vault through
            # SQLite instead, which names damage in the vault as such (exit 3 on the
            # command line), and blame the disk only if that copy reads back wrong too.
            target.unlink()
            snapshot.export_copy(engine, target, _scaled(progress, 0, 800))
            snapshot.fsync_file(target)
            digest, problems = self._check_copy(engine, target, None, full_check)
        if progress is not None:
            progress(950, _STEPS)
        if problems:
            raise BackupDamagedError(
                translate(
                    "DataBackup",
                    "The new backup did not read back correctly, so it was not kept. The "
                    "disk it was written to may be full or failing.",
                )
            )
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "created": created.astimezone(UTC).isoformat(),
            "reason": reason,
            "keep": keep,
            "label": label_on_disk(self.vault) or "",  # none while vaults are unlisted
            "vault_id": keyfile.vault_id,
            "schema": current_revision(self.vault.engine),
            "db_sha256": digest,
            "source_state": list(state),
            "app_version": __version__,
        }
        write_atomic(partial / MANIFEST, json.dumps(manifest, indent=2).encode("utf-8"))
        if progress is not None:
            progress(_STEPS, _STEPS)

    def _remember_other_root(self, root: Path) -> None:
        others = self.settings.backup_other_folders
        if root not in others:
            self.settings.backup_other_folders = (*others, root)

    # ------------------------------------------------------------------ automatic

    def changed_since_last_backup(self) -> bool:
        """True when the vault holds writes that the newest automatic backup lacks."""
        self.vault.checkpoint()
        wal = self.vault.db_path.with_name(self.vault.db_path.name + "-wal")
        with contextlib.suppress(OSError):
            if wal.stat().st_size > 0:
                return True
        newest = next((b for b in self.available() if b.problem is None), None)
        return newest is None or newest.source_state != _state(self.vault)

    def auto_backup(self, reason: str, progress: Progress | None = None) -> BackupInfo | None:
        """Back up if automatic backups are on and something changed; else ``None``."""
        if not self.settings.backup_auto:
            return None
        if not self.changed_since_last_backup():
            return None
        return self.create(reason=reason, progress=progress)

    # ------------------------------------------------------------------ rotating

    def rotate(self) -> list[BackupInfo]:
        """Remove automatic-folder backups beyond the daily and weekly numbers kept."""
        daily = self.settings.backup_keep_daily
        weekly = self.settings.backup_keep_weekly
        backups = [b for b in self.available() if b.problem is None]
        stamps = [Stamp(b.name, b.created, b.keep, b.size, b.vault_id) for b in backups]
        kept = backups_to_keep(stamps, daily=daily, weekly=weekly, zone=self._zone)
        removed = [b for b in backups if b.name not in kept]
        for backup in removed:
            self.delete(backup)
        return removed

    def delete(self, info: BackupInfo) -> None:
        """Remove one backup (its files are overwritten first)."""
        if info.folder.parent.name != self.vault.folder.name:
            raise InputError(
                translate(
                    "DataBackup",
                    "That folder is not one of this vault's backups.",
                )
            )
        remove_tree(info.folder)

    # ------------------------------------------------------------------ checking

    def verify(self, info: BackupInfo, progress: Progress | None = None) -> VerifyReport:
        """Check a backup of this vault completely, with the vault's own key."""
        problems = check_files(info)
        if progress is not None:
            progress(300, _STEPS)
        if not problems and info.vault_id != self.vault_id:
            problems = [translate("DataBackup", "This backup belongs to a different vault.")]
        if not problems:
            problems = snapshot.check_attached(self.vault.engine, info.db_path)
        if progress is not None:
            progress(_STEPS, _STEPS)
        return VerifyReport(tuple(problems))

    @property
    def vault_id(self) -> str:
        """The open vault's id (from its key file)."""
        return self.vault.read_key_file().vault_id


# ---------------------------------------------------------------------- helpers


def _state(vault: Vault) -> tuple[int, int]:
    stat = vault.db_path.stat()
    return (stat.st_size, stat.st_mtime_ns)


def _free_name(folder: Path, created: datetime) -> Path:
    base = created.astimezone(UTC).strftime("%Y-%m-%dT%H-%M-%SZ")
    candidate = folder / base
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}"
        number += 1
    return candidate


def _scaled(progress: Progress | None, start: int, end: int) -> Progress | None:
    if progress is None:
        return None
    report = progress

    def scaled(done: int, total: int) -> None:
        share = done / total if total else 1.0
        report(start + int((end - start) * share), _STEPS)

    return scaled


def _remove_partials(folder: Path) -> None:
    for child in folder.iterdir():
        if child.is_dir() and child.name.startswith(PARTIAL_PREFIX):
            remove_tree(child)


__all__ = [
    "BEFORE_RESTORE",
    "FORMAT",
    "MANIFEST",
    "MANUAL",
    "ON_LOCK",
    "ON_UNLOCK",
    "VERSION",
    "BackupDamagedError",
    "BackupFolderMissingError",
    "BackupInfo",
    "Backups",
    "BackupsReplaced",
    "check_files",
    "list_backups",
    "read_backup",
    "remove_vault_backups",
    "sha256_file",
    "unwrap_backup_key",
    "verify_with_key",
]
