"""The store's vault errors in the app's own words, translated.

The store raises errors whose ``str()`` is a plain English sentence (the command line
prints it as it is). The app shows its own sentence for each kind instead, through
``tr()``, so that it can be translated and can say what to do next; the store's text
stays the fallback for any other :class:`VaultError`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hj_journal.core.vaults import (
    LabelTakenError,
    RecoveryKeyFormatError,
    UnsupportedVaultError,
    VaultDamagedError,
    VaultError,
    VaultNotFoundError,
    WrongSecretError,
)


def vault_error_text(error: VaultError, *, recovery_key: bool = False) -> str:
    """A calm, translated sentence for ``error``.

    ``recovery_key`` says the secret tried was a recovery key rather than a passphrase.
    """
    # Subclasses first: a mistyped recovery key is also a wrong secret.
    if isinstance(error, RecoveryKeyFormatError):
        return QCoreApplication.translate(
            "VaultErrors",
            "That recovery key doesn't look quite right: a character may be missing, extra "
            "or mistyped. Please check each group against your kit.",
        )
    if isinstance(error, WrongSecretError):
        if recovery_key:
            return QCoreApplication.translate(
                "VaultErrors",
                "That recovery key doesn't open this vault. Check it against your kit and "
                "try again.",
            )
        return QCoreApplication.translate(
            "VaultErrors",
            "That passphrase doesn't open this vault. Check that Caps Lock is off, and try again.",
        )
    if isinstance(error, VaultDamagedError):
        return QCoreApplication.translate(
            "VaultErrors",
            "This vault's files are damaged, so it wasn't opened, and nothing in it was "
            "changed. If you have a backup of it, it can be restored as a new vault.",
        )
    if isinstance(error, UnsupportedVaultError):
        return QCoreApplication.translate(
            "VaultErrors",
            "This vault was made or changed by a newer version of HJ Journal. Please "
            "update the app to open it.",
        )
    if isinstance(error, VaultNotFoundError):
        return QCoreApplication.translate(
            "VaultErrors",
            "This vault's files can't be found. If they are on a disk or USB stick that "
            "isn't plugged in, plug it in and try again.",
        )
    if isinstance(error, LabelTakenError):
        return QCoreApplication.translate(
            "VaultErrors", "Another vault already has that name. Please choose another one."
        )
    return str(error)
