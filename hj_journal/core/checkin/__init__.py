"""Check-ins: the quick distress and mood rating, its words and preferences, custom
scales, the "How are you arriving?" question, and the questionnaires (``instruments/``
holds their file format, loading and scoring).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checkins import CheckInInput, CheckIns
    from .questionnaires import Questionnaires

# Exported lazily (PEP 562) so that importing one small module of this package does not
# load the database layer: the lock screen must open without it.
_EXPORTS = {
    "CheckInInput": ".checkins",
    "CheckIns": ".checkins",
    "Questionnaires": ".questionnaires",
}
__all__ = ["CheckInInput", "CheckIns", "Questionnaires"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
