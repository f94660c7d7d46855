"""Coping: the library of strategies, the practices you log, and the guided player
that walks you through a strategy step by step.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .player import Player
    from .service import Coping, PracticeInput

# Exported lazily (PEP 562) so that importing one small module of this package does not
# load the database layer: the lock screen must open without it.
_EXPORTS = {
    "Coping": ".service",
    "Player": ".player",
    "PracticeInput": ".service",
}
__all__ = ["Coping", "Player", "PracticeInput"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
