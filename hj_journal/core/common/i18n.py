"""The app's own words in the reader's language, for code that has no Qt.

Core writes sentences people read (insights, errors, summaries, what the command line
prints). They live in the same Qt Linguist catalogue as the window's words
(``resources/translations/``; see docs/translations.md), so a translator works in one
tool and one set of files. Core cannot import Qt, so it calls :func:`translate`, which
hands the lookup to whatever the front end installed at start-up (the window installs
Qt's own ``QCoreApplication.translate`` once its translators are loaded; the command
line does the same only when the language is not English). Until something is
installed, and in English, the source text is used as it is.

Write calls with literal arguments, ``translate("InsightsWording", "Text")``, because
``pyside6-lupdate`` finds the words to translate by reading those calls. Counted text
carries ``%n`` and its English forms inline, ``"%n entr(y|ies)"`` or ``"%n day(s)"``,
and passes the count as the fourth argument, as Qt's own ``translate`` does:
``translate("InsightsWording", "%n day(s)", None, days)`` (lupdate does not read keyword
arguments); a language's translation gives its own plural forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable

#: ``(context, text, n)`` to the translated text, ``n`` being -1 for uncounted text.
Translator = Callable[[str, str, int], str]

_FORMS = re.compile(r"\((?:([^()|]*)\|)?([^()|]*)\)")
_installed: Translator | None = None


def install(translator: Translator | None) -> None:
    """Use ``translator`` for every later :func:`translate` (``None``: the source text)."""
    global _installed
    _installed = translator


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` from ``context`` in the installed language; ``%n`` becomes ``n``.

    ``disambiguation`` is there so calls read like Qt's and lupdate reads them; core
    writes ``None``.
    """
    del disambiguation
    result = text if _installed is None else _installed(context, text, n)
    if n < 0:
        return result
    if "(" in result:  # untranslated: the English forms written inline
        result = english_forms(result, n)
    return result.replace("%n", str(n))


def english_forms(text: str, n: int) -> str:
    """``text`` with every ``(s)`` / ``(one|many)`` resolved for ``n``."""

    def pick(match: re.Match[str]) -> str:
        one, many = match.group(1), match.group(2)
        if one is None:  # "(s)": nothing for one, the suffix for the rest
            return "" if n == 1 else many
        return one if n == 1 else many

    return _FORMS.sub(pick, text)
