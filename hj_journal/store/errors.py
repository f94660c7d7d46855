"""Errors the store raises, each with a calm message that can be shown as it is.

The command line maps them to exit codes (README.md): a wrong passphrase or recovery
key is 2, a damaged vault is 3, anything else the user can fix is 1.
"""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_DAMAGED = "The journal's database is damaged, so it was not opened."

# SQLite's primary result codes for a damaged file (https://sqlite.org/rescode.html).
_SQLITE_READONLY = 8
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
# The words SQLite and SQLCipher use when pages fail their checks, for errors that carry
# no result code. "vtable constructor failed" is the full-text index failing to load
# its damaged pages.
_DAMAGE_WORDS = (
    "malformed",
    "not a database",
    "hmac",
    "corrupt",
    "integrity",
    "vtable constructor failed",
)

_DATABASE_MODULES = ("sqlcipher3", "sqlite3", "sqlalchemy")


def is_corruption(error: BaseException, db_path: Path | None = None) -> bool:
    """True when a database error (SQLAlchemy's or the driver's) means a damaged file.

    SQLITE_CORRUPT and SQLITE_NOTADB (with every extended code) always do. A plain
    SQLITE_READONLY does too when ``db_path`` and its folder are writable: then nothing
    but SQLCipher's own refusal to go on writing after a page failed its check can
    have made the database read-only. (A vault on a read-only disk is not damage.)
    """
    original = getattr(error, "orig", None) or error
    if not type(original).__module__.startswith(_DATABASE_MODULES):
        return False  # a damaged import file or the like is not a damaged vault
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        if code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return True
        if code == _SQLITE_READONLY and db_path is not None and _writable(db_path):
            return True
    message = str(original).lower()
    return any(word in message for word in _DAMAGE_WORDS)


def _writable(db_path: Path) -> bool:
    return os.access(db_path, os.W_OK) and os.access(db_path.parent, os.W_OK)


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
