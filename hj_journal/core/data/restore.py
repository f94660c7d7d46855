"""Restore a backup: as a new vault beside the others, or over the open vault.

A backup is restored only after it passes every check (its manifest, its key file, the
checksum of its encrypted copy, and every page decrypted and authenticated). Restoring
over the open vault first makes a fresh backup of it, marked to keep, so the step can
always be undone.

* **As a new vault** the database file is copied into a new vault folder and checked
  again there. With the open vault's key (a backup of this same vault), the new vault
  gets the open vault's current key file, so today's passphrase and recovery key open
  it. With a key unwrapped from the backup's own key file (a backup restored on a new
  computer), it gets that key file: it opens with the passphrase used when the backup
  was made.
* **Over the open vault** the backup's pages replace the vault's in one transaction
  (SQLite's online backup, :func:`hj_journal.store.snapshot.restore_pages`): a kill or
  an error at any moment before its commit leaves the vault as it was. The vault stays
  open and its key file is untouched (a backup of the same vault has the same database
  key). The search index comes with the pages, so nothing is re-indexed unless the
  backup's index was built by other stemmers.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.data.backup import (
    BEFORE_RESTORE,
    BackupDamagedError,
    BackupInfo,
    Backups,
    list_backups,
    unwrap_backup_key,
    verify_with_key,
)
from hj_journal.core.settings import Setting, VaultSettings
from hj_journal.store import search, snapshot
from hj_journal.store.errors import VaultError
from hj_journal.store.files import fsync_folder, overwrite_and_remove, write_atomic
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.migrate import current_revision
from hj_journal.store.registry import LabelTakenError, VaultRegistry
from hj_journal.store.secret import wipe
from hj_journal.store.vault import DB_FILE, KEY_FILE, Vault, new_vault_folder

Progress = Callable[[int, int], None]
# The backup settings describe this computer's backups, not the journal: they stay as
# they are when a backup's rows replace the vault's.
_KEEP_SETTINGS: tuple[Setting[Any], ...] = (
    VaultSettings.backup_auto,
    VaultSettings.backup_keep_daily,
    VaultSettings.backup_keep_weekly,
    VaultSettings.backup_folder,
    VaultSettings.backup_other_folders,
)

OTHER_VERSION = QT_TRANSLATE_NOOP(
    "DataRestore",
    "This backup was made by another version of HJ Journal, so it can't replace the open "
    "vault directly. Restore it as a new vault instead; it is brought up to date when opened.",
)
OTHER_VAULT = QT_TRANSLATE_NOOP(
    "DataRestore",
    "This backup belongs to a different vault, so it can't replace this one. "
    "Restore it as a new vault instead.",
)
REFUSED = QT_TRANSLATE_NOOP(
    "DataRestore",
    "This backup did not pass its checks, so it was not restored. Your vault is unchanged.",
)


@dataclass(frozen=True)
class RestoreResult:
    """What a restore over the open vault did."""

    restored: BackupInfo
    safety_backup: BackupInfo  # the open vault as it was just before


def _refuse_unless_ok(problems: tuple[str, ...]) -> None:
    if problems:
        raise BackupDamagedError(translate("DataRestore", REFUSED))


def restore_over(
    backups: Backups, info: BackupInfo, progress: Progress | None = None
) -> RestoreResult:
    """Replace the open vault's contents with the backup's, after backing the vault up."""
    if info.problem is None and info.vault_id != backups.vault_id:
        raise InputError(translate("DataRestore", OTHER_VAULT))
    _refuse_unless_ok(backups.verify(info).problems)
    current = backups.vault.engine
    if info.schema != current_revision(current):
        raise InputError(translate("DataRestore", OTHER_VERSION))
    safety = backups.create(
        reason=BEFORE_RESTORE,
        keep=True,
        rotate=False,
        progress=_part(progress, 0, 400),
        full_check=False,
    )
    kept = {setting: backups.settings.read(setting) for setting in _KEEP_SETTINGS}
    try:
        snapshot.restore_pages(current, info.db_path, _part(progress, 400, 950))
    except snapshot.SchemaMismatchError:
        raise InputError(translate("DataRestore", OTHER_VERSION)) from None
    except snapshot.SnapshotError:
        raise BackupDamagedError(translate("DataRestore", REFUSED)) from None
    for setting, value in kept.items():
        backups.settings.write(setting, value)
    with backups.vault.transaction() as session:
        # A backup made before an update that changed how words are stemmed: its entries
        # are indexed again with today's stemmers in the background (as unlocking does).
        if not search.index_is_current(session):
            search.renew_word_forms(session)
    backups.vault.checkpoint()
    if progress is not None:
        progress(1000, 1000)
    return RestoreResult(restored=info, safety_backup=safety)


def restore_as_new(
    info: BackupInfo,
    registry: VaultRegistry,
    label: str,
    *,
    backups: Backups | None = None,
    key: bytearray | None = None,
    progress: Progress | None = None,
) -> Vault:
    """Restore a backup as a new vault called ``label``; returns it locked.

    Give ``backups`` (the open vault's, for a backup of that same vault) or ``key``
    (unwrapped from the backup's own key file with :func:`unwrap_backup_key`).
    """
    label = label.strip()
    if not label:
        raise InputError(
            translate(
                "DataRestore",
                "Please give the restored vault a name.",
            )
        )
    registry.check_label_free(label)
    if backups is not None:
        report = backups.verify(info, _part(progress, 0, 400))
        key_bytes = backups.vault.key_path.read_bytes()
    elif key is not None:
        report = verify_with_key(info, key)
        key_bytes = info.key_path.read_bytes()
    else:
        raise InputError(
            translate(
                "DataRestore",
                "A key is needed to check this backup.",
            )
        )
    _refuse_unless_ok(report.problems)
    registry.vaults_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = new_vault_folder(registry.vaults_dir)
    folder.mkdir(mode=0o700)
    try:
        partial = folder / f"{DB_FILE}.partial"
        shutil.copyfile(info.db_path, partial)
        snapshot.fsync_file(partial)
        partial.rename(folder / DB_FILE)
        if progress is not None:
            progress(700, 1000)
        if backups is not None:
            problems = snapshot.check_attached(backups.vault.engine, folder / DB_FILE)
        else:
            assert key is not None
            problems = snapshot.check_file(folder / DB_FILE, key)
        _refuse_unless_ok(tuple(problems))
        # The key file goes last: a folder without one is not yet a vault.
        write_atomic(folder / KEY_FILE, key_bytes)
        vault = Vault(folder)
        vault.label = label
    except BaseException:
        for path in sorted(folder.iterdir()) if folder.exists() else []:
            overwrite_and_remove(path)
        with contextlib.suppress(OSError):
            folder.rmdir()
        raise
    fsync_folder(registry.vaults_dir)
    if progress is not None:
        progress(1000, 1000)
    return vault


def _part(progress: Progress | None, start: int, end: int) -> Progress | None:
    if progress is None:
        return None
    report = progress

    def part(done: int, total: int) -> None:
        report(start + int((end - start) * (done / total if total else 1.0)), 1000)

    return part


__all__ = ["OTHER_VAULT", "REFUSED", "RestoreResult", "restore_as_new", "restore_over"]


@dataclass(frozen=True)
class Rescue:
    """A damaged vault's newest good backup, restored as a new vault beside it."""

    vault: Vault  # the restored vault (locked)
    backup: BackupInfo  # the backup it came from


def restore_newest_good(
    damaged: Vault,
    registry: VaultRegistry,
    backup_root: Path,
    *,
    passphrase: str | None = None,
    recovery_key: str | None = None,
    policy: KdfPolicy | None = None,
    progress: Progress | None = None,
) -> Rescue | None:
    """For a vault whose database is damaged: restore the newest of its backups in
    ``backup_root`` that opens with the same secret and passes every check, as a new
    vault called "<label> (restored)". The damaged vault's files are left as they are
    (someone may still want them looked at). ``None`` when no backup can be restored.
    """
    refused: set[bytes] = set()  # key files the secret did not open: one derivation each
    for info in list_backups(backup_root / damaged.folder.name):
        if info.problem is not None:
            continue
        try:
            key_file = info.key_path.read_bytes()
        except OSError:
            continue
        if key_file in refused:
            continue  # most backups hold the same key file: no need to derive again
        try:
            key = unwrap_backup_key(
                info, passphrase=passphrase, recovery_key=recovery_key, policy=policy
            )
        except VaultError:
            refused.add(key_file)  # made under another passphrase, or damaged
            continue
        try:
            label = _free_label(registry, f"{damaged.label} (restored)")
            restored = restore_as_new(info, registry, label, key=key, progress=progress)
        except BackupDamagedError:
            continue
        finally:
            wipe(key)
        return Rescue(vault=restored, backup=info)
    return None


def _free_label(registry: VaultRegistry, label: str) -> str:
    for number in range(1, 100):
        candidate = label if number == 1 else f"{label} {number}"
        try:
            registry.check_label_free(candidate)
        except LabelTakenError:
            continue
        return candidate
    raise InputError(
        translate(
            "DataRestore",
            "Please give the restored vault a name.",
        )
    )
