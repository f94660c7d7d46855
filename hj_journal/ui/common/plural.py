"""Counted text through Qt's numerus translation, with English plurals when none is loaded.

Strings carry ``%n`` and are looked up with ``translate(context, text, None, n)``, so a
translator gives each language its own plural forms. The app ships no English
translation, so the source text says its English forms inline — ``day(s)`` for a plain
"s", ``entr(y|ies)`` for the rest — and an untranslated result is resolved here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from hj_journal.core.common.i18n import english_forms

__all__ = ["english_forms", "translate_n"]


def translate_n(context: str, text: str, n: int) -> str:
    """``text`` (with ``%n``) translated for the count ``n`` in ``context``."""
    translated = QCoreApplication.translate(context, text, None, n)
    return english_forms(translated, n) if "(" in translated else translated
