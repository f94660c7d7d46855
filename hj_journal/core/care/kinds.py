"""The fixed choices of the care map: kinds, rings, inner-ring roles, resource kinds.

The values are stored in the vault and used in the example list, so they never change.
"""

from __future__ import annotations

from enum import IntEnum, StrEnum


class PersonKind(StrEnum):
    """Someone on the map is a person or an organisation (a group, healer, service)."""

    PERSON = "person"
    ORGANISATION = "organisation"


class Role(StrEnum):
    """What an inner-ring person would be there for (docs/care.md: they may differ)."""

    IF_HARMED = "harmed"
    IF_CAUSED_HARM = "caused_harm"
    IF_WITNESSED = "witnessed"


class Ring(IntEnum):
    """The three rings around you (1 is closest)."""

    TURN_TO = 1
    WITH_EFFORT = 2
    ORGANISATIONS = 3


RINGS = (Ring.TURN_TO, Ring.WITH_EFFORT, Ring.ORGANISATIONS)


class ResourceKind(StrEnum):
    """What sort of support a resource is."""

    WARM_LINE = "warm_line"
    CRISIS_SUPPORT = "crisis_support"
    NON_POLICE_CRISIS = "non_police_crisis"
    PEER_SUPPORT = "peer_support"
    COMMUNITY = "community"
    PERSON = "person"
    HEALTH = "health"
    OTHER = "other"
