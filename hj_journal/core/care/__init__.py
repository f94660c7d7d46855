"""Care: your care map (people and places), support resources and lines, and care plans
with their versions.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .care_map import CareMap
    from .plans import Plans
    from .support_lines import SupportLines

# Exported lazily (PEP 562) so that importing one small module of this package does not
# load the database layer: the lock screen must open without it.
_EXPORTS = {
    "CareMap": ".care_map",
    "Plans": ".plans",
    "SupportLines": ".support_lines",
}
__all__ = ["CareMap", "Plans", "SupportLines"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
