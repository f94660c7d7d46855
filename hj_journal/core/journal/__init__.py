"""The journal: entries (writing, the timeline, search, tags, the trash) and drafts
that keep unsaved typing safe.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .drafts import Drafts
    from .entries import EntryInput, Journal

# Exported lazily (PEP 562) so that importing one small module of this package does not
# load the database layer: the lock screen must open without it.
_EXPORTS = {
    "Drafts": ".drafts",
    "EntryInput": ".entries",
    "Journal": ".entries",
}
__all__ = ["Drafts", "EntryInput", "Journal"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
