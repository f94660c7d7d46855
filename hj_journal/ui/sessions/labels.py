"""Translation helper and small formatting shared by the Sessions widgets."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from hj_journal.ui.common.dates import qdatetime

CONTEXT = "Sessions"
CLIENT_VIEW_SHORTCUT = "Ctrl+Shift+V"


def tr(text: str) -> str:
    """``text`` in the user's language (translation context "Sessions")."""
    return QCoreApplication.translate(CONTEXT, text)


def moment_text(moment: datetime) -> str:
    """A moment in the user's locale and time zone, e.g. "10 February 2026, 14:00"."""
    local = qdatetime(moment.astimezone())
    return QLocale().toString(local, "d MMMM yyyy, HH:mm")
