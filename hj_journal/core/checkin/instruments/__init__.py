"""The questionnaires as data: their TOML schema, reading the bundled and custom files,
and one scoring engine for all of them (PHQ-9/PHQ-8, GAD-7, WHO-5, PSS-10).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .scoring import InstrumentLibrary, Score

# Exported lazily (PEP 562) so that importing one small module of this package does not
# load the database layer: the lock screen must open without it.
_EXPORTS = {
    "InstrumentLibrary": ".scoring",
    "Score": ".scoring",
}
__all__ = ["InstrumentLibrary", "Score"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
