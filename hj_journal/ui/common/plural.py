"""Counted text through Qt's numerus translation, with English plurals when none is loaded.

Strings carry ``%n`` and are looked up with ``translate(context, text, None, n)``, so a
translator gives each language its own plural forms. The app ships no English
translation, so the source text says its English forms inline — ``day(s)`` for a plain
"s", ``entr(y|ies)`` for the rest — and an untranslated result is resolved here.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_FORMS = re.compile(r"\((?:([^()|]*)\|)?([^()|]*)\)")


def english_forms(text: str, n: int) -> str:
    """``text`` with every ``(s)`` / ``(one|many)`` resolved for ``n``."""

    def pick(match: re.Match[str]) -> str:
        one, many = match.group(1), match.group(2)
        if one is None:  # "(s)": nothing for one, the suffix for the rest
            return "" if n == 1 else many
        return one if n == 1 else many

    return _FORMS.sub(pick, text)


def translate_n(context: str, text: str, n: int) -> str:
    """``text`` (with ``%n``) translated for the count ``n`` in ``context``."""
    translated = QCoreApplication.translate(context, text, None, n)
    return english_forms(translated, n) if "(" in translated else translated
