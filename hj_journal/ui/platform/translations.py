"""The window's words in the language you chose: Qt Linguist catalogues, loaded at start-up.

The catalogues and where their built ``.qm`` files are found:
:mod:`hj_journal.core.common.i18n` (the command line uses them too). See
docs/translations.md.

The language is an app setting (``system``, ``en`` or ``es``), read before the lock
screen is made; a change takes effect the next time the app starts.

English needs a catalogue too, for counted text only: sources carry their English forms
inline (``"%n day(s)"``), and :class:`EnglishPlurals` resolves them for every language
whose catalogue lacks a message.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from hj_journal.core.common import i18n
from hj_journal.core.common.i18n import DEFAULT_LANGUAGE, LANGUAGES, SYSTEM

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "SYSTEM", "EnglishPlurals", "install", "language_of"]


class EnglishPlurals(QTranslator):
    """Resolves ``(s)`` and ``(one|many)`` in counted text no catalogue translated."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        del context, disambiguation
        if n >= 0 and "(" in source_text:
            return i18n.english_forms(source_text, n)
        return None  # not ours: Qt looks further, then uses the source text

    def isEmpty(self) -> bool:
        return False


def language_of(choice: str, system: Sequence[str] | None = None) -> str:
    """The language to use for the setting ``choice`` (``system`` reads the desktop's).

    ``system`` lists the desktop's languages in order of preference (``es-MX``,
    ``en-GB`` ...); by default Qt's reading of the desktop.
    """
    preferred = QLocale.system().uiLanguages() if system is None else system
    return i18n.pick_language(choice, preferred)


def install(app: QCoreApplication, language: str, cache_dir: Path) -> list[QTranslator]:
    """Load ``language`` into ``app`` (Qt's own words and ours) and into core's words.

    Returns the installed translators (the app keeps them as children). English loads
    only the plural resolver. Also makes ``language`` the default locale, so dates and
    numbers read the same way as the words around them.
    """
    installed: list[QTranslator] = [EnglishPlurals(app)]
    if language != DEFAULT_LANGUAGE:
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_folder):
            installed.append(qt)
        for path in i18n.catalogues(language, cache_dir):
            ours = QTranslator(app)
            if ours.load(str(path)):
                installed.append(ours)
        # The desktop's own locale when it speaks the language (es_MX keeps its dates),
        # otherwise the language's usual one.
        system = QLocale.system()
        if system.name().split("_")[0] != language:
            QLocale.setDefault(QLocale(language))
    for translator in installed:
        app.installTranslator(translator)
    i18n.install(_qt_translate)
    return installed


def _qt_translate(context: str, text: str, n: int) -> str:
    return QCoreApplication.translate(context, text, None, n)
