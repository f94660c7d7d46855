"""Your data as files: backups (made, checked, rotated, restored, and made by themselves
on unlock and lock), wiping a vault, and ``exchange/`` for import and export.

:class:`DataServices` (``Services.data``) is what the app and the command line call.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .automatic import AutomaticBackups
    from .backup import Backups
    from .restore import Rescue
    from .services import DataServices
    from .wipe import VaultWipe

# Exported lazily (PEP 562) so that importing one small module of this package does not
# load the database layer: the lock screen must open without it.
_EXPORTS = {
    "AutomaticBackups": ".automatic",
    "Backups": ".backup",
    "DataServices": ".services",
    "Rescue": ".restore",
    "VaultWipe": ".wipe",
}
__all__ = ["AutomaticBackups", "Backups", "DataServices", "Rescue", "VaultWipe"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
