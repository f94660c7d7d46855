"""The five Healing Justice principles that organise the coping library and the prompts.

The values are the words used in the TOML resources and in the vault's settings
(``prompts.principles``), so they must never change.
"""

from __future__ import annotations

from enum import StrEnum


class Principle(StrEnum):
    """One of the five Healing Justice principles (docs/care.md)."""

    INTERSECTIONALITY = "intersectionality"
    TRAUMA_INFORMED = "trauma_informed"
    COMMUNITY = "community"
    ACCOUNTABILITY = "accountability"
    SELF_CARE = "self_care"
