"""Opening, creating and looking after vaults: the store's vault API as the app sees it.

The UI and the command line import vault operations from here so that they never reach
into the store's engine, models or SQL.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal.core.common.i18n import translate

# Where an unlock was tried from, for the sealed record of attempts (light to import, so
# the command line can name itself before the database layer loads).
from hj_journal.store.attempts import APP, COMMAND_LINE
from hj_journal.store.errors import (
    DATABASE_DAMAGED,
    RecoveryKeyFormatError,
    UnsupportedVaultError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongSecretError,
    is_corruption,
)
from hj_journal.store.kdf import Argon2Params, KdfPolicy
from hj_journal.store.locks import VaultBusyError
from hj_journal.store.registry import LabelTakenError, VaultRegistry
from hj_journal.store.vault import Vault, VerifyReport

if TYPE_CHECKING:
    from hj_journal.core.data.backup import BackupsReplaced


def take_rotation_from_elsewhere(vault: Vault, passphrase: str, *, policy: KdfPolicy) -> None:
    """Before unlocking: if the vault's key was rotated on another device, take it on.

    Costs one look for a file when nothing waits, so the command line and the lock screen
    can call it before every unlock (see :func:`hj_journal.core.sync.joining.cross_rotations`).
    """
    from hj_journal.store.joined import has_rotation_bridge  # light: a file name

    if has_rotation_bridge(vault):
        from hj_journal.core.sync.joining import cross_rotations  # loaded only then

        cross_rotations([vault], passphrase, policy=policy)


class PassphraseChangedElsewhereError(WrongSecretError):
    """The passphrase typed opens this device's copy, but it was changed on another device."""


def _changed_elsewhere_error() -> PassphraseChangedElsewhereError:
    return PassphraseChangedElsewhereError(
        translate(
            "Vaults",
            "This vault's passphrase was changed on another device: type the new one to "
            "open it here.",
        )
    )


def _kept_in_step(vault: Vault) -> bool:
    # Read here, not in core.sync, so a vault not kept in step loads nothing of sync.
    with vault.session() as session:
        row = (
            session.connection()
            .exec_driver_sql("SELECT mode, folder FROM sync_state WHERE id = 1")
            .fetchone()
        )
    return row is not None and bool(row[0]) and bool(row[1])


def unlock_with_passphrase(
    vault: Vault, passphrase: str, *, policy: KdfPolicy, attempt_from: str | None = None
) -> None:
    """Unlock with the passphrase, keeping step with a change made on another device.

    When the key was rotated on another device and this one left itself the way across,
    the passphrase set there opens the vault through it, with one key derivation. A
    passphrase changed on another device while this one was locked is noticed right
    after the old one opens it (see :mod:`hj_journal.core.sync.elsewhere`): the vault
    is locked again and :class:`PassphraseChangedElsewhereError` says to type the new
    one. Otherwise as :meth:`Vault.unlock` (WrongSecretError, VaultDamagedError, ...).
    """
    from hj_journal.store.joined import finish_rotation_elsewhere, has_rotation_bridge

    waiting = has_rotation_bridge(vault)  # one look for a file when nothing waits
    if waiting:
        # A failure leaves it as it was: the ordinary unlock then says what it says.
        with contextlib.suppress(OSError, VaultError):
            finish_rotation_elsewhere(vault, passphrase, policy, then_unlock=True)
        if vault.is_unlocked:
            return  # crossed with the passphrase set there: nothing newer to look for
    vault.unlock(passphrase, policy=policy, attempt_from=attempt_from)
    _look_elsewhere(vault, passphrase, policy, crossing_tried=waiting)


def unlock_any_with_passphrase(
    registry: VaultRegistry,
    passphrase: str,
    *,
    policy: KdfPolicy,
    first: Vault | None = None,
    attempt_from: str | None = None,
) -> Vault:
    """:meth:`VaultRegistry.unlock_any` ("Don't list my vaults"), keeping step like
    :func:`unlock_with_passphrase`: a vault whose key was rotated elsewhere takes it
    first, and a passphrase changed elsewhere raises PassphraseChangedElsewhereError.
    """
    from hj_journal.store.joined import has_rotation_bridge

    waiting = {v.folder for v in registry.vaults() if has_rotation_bridge(v)}
    crossed = set()
    for vault in registry.vaults():
        if vault.folder in waiting:
            take_rotation_from_elsewhere(vault, passphrase, policy=policy)
            if not has_rotation_bridge(vault):
                crossed.add(vault.folder)
    opened = registry.unlock_any(passphrase, policy=policy, first=first, attempt_from=attempt_from)
    if opened.folder not in crossed:  # crossed just now: nothing newer to look for
        _look_elsewhere(opened, passphrase, policy, crossing_tried=opened.folder in waiting)
    return opened


def _look_elsewhere(
    vault: Vault, passphrase: str, policy: KdfPolicy, *, crossing_tried: bool
) -> None:
    """Just unlocked: lock again and raise when the passphrase was changed elsewhere."""
    try:
        if not _kept_in_step(vault):
            return
        from hj_journal.core.sync.elsewhere import changed_elsewhere

        if changed_elsewhere(vault, passphrase, policy=policy, crossing_tried=crossing_tried):
            raise _changed_elsewhere_error()
    except BaseException:
        vault.lock()  # never left open behind an error
        raise


def recovery_key_groups(key: str) -> list[str]:
    """The groups of a recovery key as shown to the user (for the kit check)."""
    from hj_journal.store import recovery  # loaded when needed: not at start-up

    return recovery.groups(key)


@dataclass(frozen=True)
class KeyRotation:
    """The outcome of :func:`rotate_keys`: the new recovery key and what became of backups."""

    recovery_key: str  # shown once, like the first one
    backups: BackupsReplaced | None  # None when the fresh backup could not be made
    backup_problem: str | None = None  # then: a calm sentence saying why


def rotate_keys(
    vault: Vault,
    backup_root: Path,
    new_passphrase: str,
    *,
    policy: KdfPolicy,
    current_passphrase: str | None = None,
) -> KeyRotation:
    """Give the vault a fresh key, new passphrase and recovery slots, and fresh backups.

    ``new_passphrase`` may be the current one (a new recovery key only). Old secrets and
    every old copy of the key file open nothing written from now on; the backups this
    computer can reach are replaced by fresh ones (see
    :meth:`hj_journal.core.data.backup.Backups.replace_after_rotation`). The whole change holds
    the vault's lock, so no backup or other key change runs in between.
    """
    from hj_journal.core.common.errors import InputError
    from hj_journal.core.data.backup import Backups  # loaded when needed: not at start-up
    from hj_journal.store import locks

    with locks.exclusive(vault.folder):
        recovery_key = vault.rotate_key(
            new_passphrase, policy=policy, current_passphrase=current_passphrase
        )
        # The new key is in place: whatever happens to the backups now, the recovery
        # key must reach the person, so a backup problem is reported, not raised.
        try:
            replaced = Backups(vault, backup_root).replace_after_rotation()
        except (OSError, VaultError, InputError) as error:
            problem = (
                str(error)
                if not isinstance(error, OSError)
                else translate("Vaults", "The fresh backup couldn't be written to its folder.")
            )
            return KeyRotation(recovery_key, None, problem)
    return KeyRotation(recovery_key, replaced)


__all__ = [
    "APP",
    "COMMAND_LINE",
    "DATABASE_DAMAGED",
    "Argon2Params",
    "KdfPolicy",
    "KeyRotation",
    "LabelTakenError",
    "PassphraseChangedElsewhereError",
    "RecoveryKeyFormatError",
    "UnsupportedVaultError",
    "Vault",
    "VaultBusyError",
    "VaultDamagedError",
    "VaultError",
    "VaultExistsError",
    "VaultLockedError",
    "VaultNotFoundError",
    "VaultRegistry",
    "VerifyReport",
    "WrongSecretError",
    "is_corruption",
    "recovery_key_groups",
    "rotate_keys",
    "take_rotation_from_elsewhere",
    "unlock_any_with_passphrase",
    "unlock_with_passphrase",
]
