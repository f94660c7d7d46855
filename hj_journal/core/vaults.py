"""Opening, creating and looking after vaults: the store's vault API as the app sees it.

The UI and the command line import vault operations from here so that they never reach
into the store's engine, models or SQL.
"""

from __future__ import annotations

from hj_journal.store import recovery
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

recovery_key_groups = recovery.groups

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
