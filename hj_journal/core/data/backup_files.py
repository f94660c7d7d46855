"""A backup on disk: its folder, its manifest, and the checks that need no open vault.

See :mod:`hj_journal.core.data.backup` for what a backup is and how one is made. This module
reads and checks backup folders on their own — listing them, reading their manifests,
checking them with a raw key unwrapped from their own key file (a backup restored on a
new computer), and removing them — so it also serves the command line and a restore
onto a computer that has no vault yet.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import translate
from hj_journal.store import snapshot
from hj_journal.store.errors import VaultDamagedError
from hj_journal.store.files import fsync_folder, overwrite_and_remove
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.keyfile import KeyFile
from hj_journal.store.vault import DB_FILE, KEY_FILE, VerifyReport

MANIFEST = "backup.json"
FORMAT = "hj-journal-backup"
VERSION = 1
PARTIAL_PREFIX = ".partial-"

# Reasons recorded in the manifest.
MANUAL = "manual"
ON_UNLOCK = "unlock"
ON_LOCK = "lock"
BEFORE_RESTORE = "before-restore"


class BackupDamagedError(VaultDamagedError):
    """A backup failed its checks; it is never restored."""


class BackupFolderMissingError(InputError):
    """A folder the user picked for backups is not there (a USB stick not plugged in)."""


@dataclass(frozen=True)
class BackupInfo:
    """One backup as listed. ``problem`` is set when its manifest cannot be read."""

    folder: Path
    created: datetime
    size: int
    reason: str = MANUAL
    label: str = ""
    vault_id: str = ""
    schema: str | None = None
    keep: bool = False
    db_sha256: str = ""
    source_state: tuple[int, int] | None = None
    problem: str | None = None

    @property
    def name(self) -> str:
        """The folder's name (a UTC time), shown nowhere but useful in messages."""
        return self.folder.name

    @property
    def db_path(self) -> Path:
        """The encrypted copy of the database."""
        return self.folder / DB_FILE

    @property
    def key_path(self) -> Path:
        """The copy of the key file."""
        return self.folder / KEY_FILE


# ---------------------------------------------------------------------- reading


def is_backup(folder: Path) -> bool:
    """True when ``folder`` holds a backup's two files: the encrypted copy and the key file."""
    folder = Path(folder)
    return (folder / DB_FILE).is_file() and (folder / KEY_FILE).is_file()


def read_backup(folder: Path) -> BackupInfo:
    """Read a backup folder's manifest. Never raises for a damaged manifest: see ``problem``."""
    folder = Path(folder)
    try:
        raw = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise ValueError("format")
        if not isinstance(raw.get("version"), int) or raw["version"] > VERSION:
            raise ValueError("version")
        state = raw.get("source_state")
        return BackupInfo(
            folder=folder,
            created=_aware(datetime.fromisoformat(str(raw["created"]))),
            size=_size_of(folder),
            reason=str(raw.get("reason", MANUAL)),
            label=str(raw.get("label", "")),
            vault_id=str(raw["vault_id"]),
            schema=raw.get("schema") if isinstance(raw.get("schema"), str) else None,
            keep=raw.get("keep") is True,
            db_sha256=str(raw["db_sha256"]),
            source_state=(int(state[0]), int(state[1])) if isinstance(state, list) else None,
        )
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return BackupInfo(
            folder=folder,
            created=_folder_time(folder),
            size=_size_of(folder),
            problem=translate(
                "DataBackupFiles", "This backup's description file is missing or damaged."
            ),
        )


def _aware(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        raise ValueError("naive")
    return moment.astimezone(UTC)


def _folder_time(folder: Path) -> datetime:
    try:
        return datetime.fromtimestamp(folder.stat().st_mtime, UTC)
    except OSError:
        return datetime.fromtimestamp(0, UTC)


def _size_of(folder: Path) -> int:
    total = 0
    for name in (DB_FILE, KEY_FILE):
        with contextlib.suppress(OSError):
            total += (folder / name).stat().st_size
    return total


def list_backups(folder: Path) -> list[BackupInfo]:
    """Every backup in one vault's backup folder, newest first."""
    if not folder.is_dir():
        return []
    found = [
        read_backup(child)
        for child in folder.iterdir()
        if child.is_dir() and not child.name.startswith(".") and (child / DB_FILE).exists()
    ]
    return sorted(found, key=lambda b: (b.created, b.name), reverse=True)


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, read in pieces."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def check_files(info: BackupInfo) -> list[str]:
    """Checks that need no key: the manifest, the key file, and the copy's checksum."""
    if info.problem:
        return [info.problem]
    if not info.db_path.is_file() or not info.key_path.is_file():
        return [translate("DataBackupFiles", "A file is missing from this backup.")]
    try:
        keyfile = KeyFile.from_bytes(info.key_path.read_bytes())
    except VaultDamagedError:
        return [translate("DataBackupFiles", "This backup's key file is damaged.")]
    if keyfile.vault_id != info.vault_id:
        return [
            translate(
                "DataBackupFiles", "This backup's key file does not belong with its database."
            )
        ]
    if sha256_file(info.db_path) != info.db_sha256:
        return [
            translate(
                "DataBackupFiles",
                "This backup's database has changed since it was written (damage on disk).",
            )
        ]
    return []


def verify_with_key(info: BackupInfo, key: bytearray) -> VerifyReport:
    """Check a backup completely with its raw key (from its own key file)."""
    problems = check_files(info)
    if not problems:
        problems = snapshot.check_file(info.db_path, key)
    return VerifyReport(tuple(problems))


def unwrap_backup_key(
    info: BackupInfo,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    policy: KdfPolicy | None = None,
) -> bytearray:
    """The backup's database key, from its own key file (wrong secrets raise as usual)."""
    try:
        keyfile = KeyFile.from_bytes(info.key_path.read_bytes())
    except FileNotFoundError:
        raise BackupDamagedError(
            translate(
                "DataBackupFiles",
                translate("DataBackupFiles", "A file is missing from this backup."),
            )
        ) from None
    if recovery_key is not None:
        return keyfile.unwrap_with_recovery_key(recovery_key)
    if passphrase is None or policy is None:
        raise InputError(
            translate(
                "DataBackupFiles",
                "A passphrase or recovery key is needed to open this backup.",
            )
        )
    return keyfile.unwrap_with_passphrase(passphrase, policy)


def remove_tree(folder: Path) -> None:
    """Overwrite and remove every file under ``folder``, then the folders."""
    if not folder.exists():
        return
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_symlink():
            path.unlink()
        elif path.is_file():
            overwrite_and_remove(path)
        elif path.is_dir():
            path.rmdir()
    folder.rmdir()
    with contextlib.suppress(OSError):
        fsync_folder(folder.parent)


def remove_vault_backups(vault_folder_name: str, roots: Iterable[Path]) -> int:
    """Remove every backup of one vault under each of ``roots``; returns how many."""
    removed = 0
    for root in roots:
        folder = Path(root) / vault_folder_name
        if not folder.is_dir():
            continue
        removed += sum(1 for child in folder.iterdir() if child.is_dir())
        remove_tree(folder)
    return removed
