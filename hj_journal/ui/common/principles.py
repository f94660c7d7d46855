"""The five principles in the user's words, as Coping and the prompts both show them.

Strings are marked with ``QT_TRANSLATE_NOOP`` (context ``Principles``) and translated
when shown.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from hj_journal.core.common.principles import Principle

_PRINCIPLES = {
    Principle.INTERSECTIONALITY: QT_TRANSLATE_NOOP("Principles", "Intersectionality"),
    Principle.TRAUMA_INFORMED: QT_TRANSLATE_NOOP("Principles", "Trauma-informed care"),
    Principle.COMMUNITY: QT_TRANSLATE_NOOP("Principles", "Community-centred healing"),
    Principle.ACCOUNTABILITY: QT_TRANSLATE_NOOP("Principles", "Alternative accountability"),
    Principle.SELF_CARE: QT_TRANSLATE_NOOP("Principles", "Self-care and well-being"),
}


def principle_name(principle: Principle | str) -> str:
    """A principle in the user's words ("Trauma-informed care")."""
    return QCoreApplication.translate("Principles", str(_PRINCIPLES[Principle(principle)]))
