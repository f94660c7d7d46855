"""Words shown for kinds of practice, breathing phases and lengths of time.

Kept in one place so the library, the form and the player all say the same thing;
principles are named by :mod:`hj_journal.ui.common.principles`, which the prompts share.
Strings are marked with ``QT_TRANSLATE_NOOP`` and translated when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hj_journal.core.coping.library import Kind, Phase, Strategy
from hj_journal.ui.common.principles import principle_name

CONTEXT = "CopingLabels"

_KINDS = {
    Kind.BREATHING: QT_TRANSLATE_NOOP("CopingLabels", "Breathing"),
    Kind.GROUNDING: QT_TRANSLATE_NOOP("CopingLabels", "Grounding"),
    Kind.BODY: QT_TRANSLATE_NOOP("CopingLabels", "Body"),
    Kind.MOVEMENT: QT_TRANSLATE_NOOP("CopingLabels", "Movement"),
    Kind.IMAGERY: QT_TRANSLATE_NOOP("CopingLabels", "Imagery"),
    Kind.SELF_COMPASSION: QT_TRANSLATE_NOOP("CopingLabels", "Self-compassion"),
    Kind.CONNECTION: QT_TRANSLATE_NOOP("CopingLabels", "Connection"),
    Kind.CULTURAL: QT_TRANSLATE_NOOP("CopingLabels", "Cultural and spiritual"),
    Kind.NATURE: QT_TRANSLATE_NOOP("CopingLabels", "Land and nature"),
    Kind.REFLECTION: QT_TRANSLATE_NOOP("CopingLabels", "Reflection"),
    Kind.REST: QT_TRANSLATE_NOOP("CopingLabels", "Rest"),
    Kind.PLANNING: QT_TRANSLATE_NOOP("CopingLabels", "Planning"),
}

_PHASES = {
    Phase.IN: QT_TRANSLATE_NOOP("CopingLabels", "Breathe in"),
    Phase.HOLD: QT_TRANSLATE_NOOP("CopingLabels", "Hold"),
    Phase.OUT: QT_TRANSLATE_NOOP("CopingLabels", "Breathe out"),
    Phase.HOLD_AFTER: QT_TRANSLATE_NOOP("CopingLabels", "Rest"),
    Phase.TOP_UP: QT_TRANSLATE_NOOP("CopingLabels", "A little more in"),
}

TIME_CHOICES: tuple[int | None, ...] = (None, 2, 5, 10, 20)
"""The "I have … minutes" choices; ``None`` is any length."""


def _tr(text: object) -> str:
    """Translate a string marked with ``QT_TRANSLATE_NOOP`` above."""
    return QCoreApplication.translate(CONTEXT, str(text))


def kind_name(kind: Kind | str) -> str:
    """A kind of practice in the user's words."""
    return _tr(_KINDS[Kind(kind)])


def phase_name(phase: Phase) -> str:
    """What to do in a breathing phase ("Breathe in")."""
    return _tr(_PHASES[phase])


def minutes_text(strategy: Strategy) -> str:
    """The usual length, such as "2–5 min", or "time varies"."""
    if strategy.minutes is None:
        return QCoreApplication.translate("CopingLabels", "time varies")
    low, high = strategy.minutes
    if low == high:
        return QCoreApplication.translate("CopingLabels", "{n} min").format(n=low)
    return QCoreApplication.translate("CopingLabels", "{low}–{high} min").format(
        low=low, high=high
    )


def time_choice_text(minutes: int | None) -> str:
    """A label for one of :data:`TIME_CHOICES`."""
    if minutes is None:
        return QCoreApplication.translate("CopingLabels", "Any length")
    return QCoreApplication.translate("CopingLabels", "I have %n minute(s)", None, minutes)


def meta_line(strategy: Strategy) -> str:
    """Principle · kind · length, for a list row or a heading."""
    return " · ".join(
        (principle_name(strategy.principle), kind_name(strategy.kind), minutes_text(strategy))
    )
