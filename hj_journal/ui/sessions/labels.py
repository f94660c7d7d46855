"""Words and small formatting shared by the Sessions widgets (translation context "Sessions")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from hj_journal.ui.common.dates import qdatetime

CLIENT_VIEW_SHORTCUT = "Ctrl+Shift+V"

# Core names the parts of notes written without a template (note_sections.py) in English;
# an amendment keeps the name it was given. They are translated where they are shown.
FREE_PART_NAMES = frozenset(
    str(name)
    for name in (
        QT_TRANSLATE_NOOP("Sessions", "Notes we wrote together"),
        QT_TRANSLATE_NOOP("Sessions", "What we agreed"),
        QT_TRANSLATE_NOOP("Sessions", "Self-care until next time"),
        QT_TRANSLATE_NOOP("Sessions", "Private notes"),
    )
)


def part_title(title: str) -> str:
    """A part of the notes as shown: core's own names translated, a template's as written."""
    return QCoreApplication.translate("Sessions", title) if title in FREE_PART_NAMES else title


def moment_text(moment: datetime) -> str:
    """A moment in the user's locale and time zone, e.g. "10 February 2026, 14:00"."""
    local = qdatetime(moment.astimezone())
    pattern = QCoreApplication.translate(
        "Sessions", "d MMMM yyyy, HH:mm", "date pattern (QLocale)"
    )
    return QLocale().toString(local, pattern)
