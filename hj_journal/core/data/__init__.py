"""Your data as files: backups (made, checked, rotated, restored), wiping a vault, and
``exchange/`` for import and export.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .backup import Backups
    from .restore import Rescue

# Exported lazily (PEP 562) so that importing one small module of this package does not
# load the database layer: the lock screen must open without it.
_EXPORTS = {
    "Backups": ".backup",
    "Rescue": ".restore",
}
__all__ = ["Backups", "Rescue"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
