"""The words the care section shows for its fixed choices (rings, roles, kinds)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale

from hj_journal.core.care.care_map import PersonKind, ResourceKind, Ring, Role

CONTEXT = "Care"

RING_LABELS = {
    Ring.TURN_TO: QT_TRANSLATE_NOOP("Care", "People I would turn to"),
    Ring.WITH_EFFORT: QT_TRANSLATE_NOOP("Care", "People who could join with some effort"),
    Ring.ORGANISATIONS: QT_TRANSLATE_NOOP("Care", "Organisations, healers and resources"),
}
RING_SHORT = {
    Ring.TURN_TO: QT_TRANSLATE_NOOP("Care", "Inner ring"),
    Ring.WITH_EFFORT: QT_TRANSLATE_NOOP("Care", "Middle ring"),
    Ring.ORGANISATIONS: QT_TRANSLATE_NOOP("Care", "Outer ring"),
}
ROLE_LABELS = {
    Role.IF_HARMED: QT_TRANSLATE_NOOP("Care", "If I were harmed"),
    Role.IF_CAUSED_HARM: QT_TRANSLATE_NOOP("Care", "If I caused harm"),
    Role.IF_WITNESSED: QT_TRANSLATE_NOOP("Care", "If I witnessed harm"),
}
PERSON_KIND_LABELS = {
    PersonKind.PERSON: QT_TRANSLATE_NOOP("Care", "A person"),
    PersonKind.ORGANISATION: QT_TRANSLATE_NOOP("Care", "An organisation, group or healer"),
}
RESOURCE_KIND_LABELS = {
    ResourceKind.WARM_LINE: QT_TRANSLATE_NOOP("Care", "Warm line"),
    ResourceKind.CRISIS_SUPPORT: QT_TRANSLATE_NOOP("Care", "Crisis support"),
    ResourceKind.NON_POLICE_CRISIS: QT_TRANSLATE_NOOP("Care", "Crisis support without police"),
    ResourceKind.PEER_SUPPORT: QT_TRANSLATE_NOOP("Care", "Peer support"),
    ResourceKind.COMMUNITY: QT_TRANSLATE_NOOP("Care", "Community place or group"),
    ResourceKind.PERSON: QT_TRANSLATE_NOOP("Care", "A person"),
    ResourceKind.HEALTH: QT_TRANSLATE_NOOP("Care", "Health or counselling"),
    ResourceKind.OTHER: QT_TRANSLATE_NOOP("Care", "Other"),
}
EXAMPLE_LABEL = QT_TRANSLATE_NOOP("Care", "Example — edit or delete")


def translated(text: object) -> str:
    """``text`` in the user's language (context "Care").

    Takes ``object`` because ``QT_TRANSLATE_NOOP`` is typed that way; it is a string.
    """
    return QCoreApplication.translate(CONTEXT, str(text))


def ring_label(ring: int) -> str:
    """The long name of a ring."""
    return translated(RING_LABELS.get(Ring(ring), "")) if ring in set(Ring) else ""


def ring_short(ring: int) -> str:
    """The short name of a ring."""
    return translated(RING_SHORT.get(Ring(ring), "")) if ring in set(Ring) else ""


def role_label(role: str) -> str:
    """What an inner-ring role is called."""
    return translated(ROLE_LABELS[Role(role)]) if role in set(Role) else role


def resource_kind_label(kind: str) -> str:
    """What a kind of resource is called."""
    return (
        translated(RESOURCE_KIND_LABELS[ResourceKind(kind)]) if kind in set(ResourceKind) else kind
    )


def example_label() -> str:
    """The badge on the shipped example resources."""
    return translated(EXAMPLE_LABEL)


def day_text(moment: datetime) -> str:
    """The local day of a saved moment, short ("27 Nov 2024")."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    # The pattern is the translator's: Spanish writes "27 nov 2024" in its own order.
    pattern = QCoreApplication.translate("Care", "d MMM yyyy", "date pattern (QLocale)")
    return QLocale().toString(local.date(), pattern)


def moment_text(moment: datetime) -> str:
    """A saved moment in local time, in the user's language ("3 March 2024, 14:02")."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    locale = QLocale()
    pattern = QCoreApplication.translate("Care", "d MMMM yyyy", "date pattern (QLocale)")
    return locale.toString(
        local, pattern + ", " + locale.timeFormat(QLocale.FormatType.ShortFormat)
    )
