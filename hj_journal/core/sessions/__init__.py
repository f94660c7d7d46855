"""A practitioner's practice: clients, sessions with consent and notes, the summary a
client takes home, each client's care goals and change over time, the practice's home
page and its insights, and how long records are kept (retention) and deleting them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .goals import CareGoals
    from .measures import Measures
    from .practice_home import PracticeHome
    from .practice_insights import PracticeInsights
    from .retention import Retention
    from .service import Sessions

# Exported lazily (PEP 562) so that importing one small module of this package does not
# load the database layer: the lock screen must open without it.
_EXPORTS = {
    "CareGoals": ".goals",
    "Measures": ".measures",
    "PracticeHome": ".practice_home",
    "PracticeInsights": ".practice_insights",
    "Retention": ".retention",
    "Sessions": ".service",
}
__all__ = [
    "CareGoals",
    "Measures",
    "PracticeHome",
    "PracticeInsights",
    "Retention",
    "Sessions",
]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
