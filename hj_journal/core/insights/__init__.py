"""Insights: what your check-ins, questionnaires, writing and practices show over time,
computed exactly and worded without judgement.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .service import Insights, InsightsReport

# Exported lazily (PEP 562) so that importing one small module of this package does not
# load the database layer: the lock screen must open without it.
_EXPORTS = {
    "Insights": ".service",
    "InsightsReport": ".service",
}
__all__ = ["Insights", "InsightsReport"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
