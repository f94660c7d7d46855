"""Opening, creating and looking after vaults: the store's vault API as the app sees it.

The UI and the command line import vault operations from here so that they never reach
into the store's engine, models or SQL.
"""

from __future__ import annotations

from hj_journal.store.errors import (
    RecoveryKeyFormatError,
    UnsupportedVaultError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongSecretError,
)
from hj_journal.store.kdf import Argon2Params, KdfPolicy
from hj_journal.store.registry import LabelTakenError, VaultRegistry
from hj_journal.store.vault import Vault, VerifyReport


def recovery_key_groups(key: str) -> list[str]:
    """The groups of a recovery key as shown to the user (for the kit check)."""
    from hj_journal.store import recovery  # loaded when needed: not at start-up

    return recovery.groups(key)


__all__ = [
    "Argon2Params",
    "KdfPolicy",
    "LabelTakenError",
    "RecoveryKeyFormatError",
    "UnsupportedVaultError",
    "Vault",
    "VaultDamagedError",
    "VaultError",
    "VaultExistsError",
    "VaultLockedError",
    "VaultNotFoundError",
    "VaultRegistry",
    "VerifyReport",
    "WrongSecretError",
    "recovery_key_groups",
]
