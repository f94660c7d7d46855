"""Errors the store raises, each with a calm message that can be shown as it is.

The command line maps them to exit codes (DESIGN.md §8): a wrong passphrase or recovery
key is 2, a damaged vault is 3, anything else the user can fix is 1.
"""

from __future__ import annotations

DATABASE_DAMAGED = "The journal's database is damaged, so it was not opened."


class VaultError(Exception):
    """Base class. ``str(error)`` is a sentence meant for the person using the app."""


class WrongSecretError(VaultError):
    """The passphrase or recovery key does not open this vault."""


class RecoveryKeyFormatError(WrongSecretError):
    """The recovery key was typed with a mistake (wrong length, character or checksum)."""


class VaultDamagedError(VaultError):
    """A vault file is damaged or has been tampered with; nothing was read from it."""


class VaultNotFoundError(VaultError):
    """There is no vault at the given place or with the given label."""


class VaultExistsError(VaultError):
    """A vault already exists where a new one was to be created."""


class VaultLockedError(VaultError):
    """The operation needs an unlocked vault."""


class UnsupportedVaultError(VaultError):
    """The vault was written by a newer version of HJ Journal."""
