"""The command line speaks the language the app was set to, or the terminal's.

The choice is the app's own setting (Settings → Appearance → Language, kept in the
plain settings file as ``[appearance] language=…``); "the same as your computer" reads
the terminal's ``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES`` and ``LANG``, as other command
line programs do. English loads nothing; another language loads its catalogues through
Qt's translator, so Qt's core library loads only then (docs/translations.md).
"""

from __future__ import annotations

import configparser
from collections.abc import Mapping
from pathlib import Path

from hj_journal.core.common import i18n

_ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


def chosen_language(settings_file: Path, environ: Mapping[str, str]) -> str:
    """The language the settings file and then the environment ask for."""
    choice = i18n.SYSTEM
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file, encoding="utf-8")
        choice = parser.get("appearance", "language", fallback=i18n.SYSTEM)
    except (configparser.Error, OSError, UnicodeDecodeError):
        pass  # an unreadable settings file: the terminal's language, as without one
    preferred: list[str] = []
    for name in _ENVIRONMENT:
        value = environ.get(name, "")
        preferred += [part for part in value.split(":") if part]
        if value and name != "LANGUAGE":
            break  # the first of LC_ALL, LC_MESSAGES, LANG that is set decides
    return i18n.pick_language(choice, preferred)


def install_language(settings_file: Path, cache_dir: Path, environ: Mapping[str, str]) -> str:
    """Make core's words speak the chosen language; returns it."""
    language = chosen_language(settings_file, environ)
    if language == i18n.DEFAULT_LANGUAGE:
        i18n.install(None)
        return language
    from PySide6.QtCore import QTranslator

    translators = []
    for path in i18n.catalogues(language, cache_dir):
        translator = QTranslator()
        if translator.load(str(path)):
            translators.append(translator)

    def lookup(context: str, text: str, n: int) -> str:
        for translator in translators:
            found = translator.translate(context, text, None, n)
            if found:
                return found
        return text

    i18n.install(lookup)
    return language
