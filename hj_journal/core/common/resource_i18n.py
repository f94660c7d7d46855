"""Translations carried inside resource files, beside the English.

Every built-in resource file (coping strategies, prompt packs, instruments, the support
directory …) is English first. Any TOML table in it, at any depth (the root table, a
sub-table such as ``[about]``, or an item of an array of tables such as ``[[steps]]``), may
hold a sub-table ``i18n.<language>`` with the *same keys* as that table, for its text
fields only::

    [[steps]]
    text = "Breathe in through your nose for four counts."
    seconds = 4
    i18n.es.text = "Inhala por la nariz durante cuatro tiempos."

* :func:`localised` returns a copy of a table with the overlays of one language applied
  and every ``i18n`` key removed, so the loaders and validators see a plain table shaped
  exactly like the English one. A key or item without a translation keeps its English.
* :func:`check_translations` finds every mistake in a file's overlays (a key the English
  does not have, a value that is not text, a list of another length) and names the file
  and the key path of each, so a translator hears about it from the tests, not the app.

Ids, numbers, kinds, dates, URLs and phone numbers are never translated; they stay in the
English table and never appear under ``i18n``. No Qt here: this is plain data.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "es")
"""Languages the app offers. ``en`` is the base text and is never an overlay."""

BASE_LANGUAGE = "en"
"""The language the resource files are written in; every other language overlays it."""

I18N_KEY = "i18n"
"""The key of the sub-table that holds the overlays of a table."""

_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


class TranslationError(ValueError):
    """A resource file's translations break the overlay rules.

    ``str(error)`` names the file and the key path of the first problem (and how many
    more there are); :attr:`problems` holds one line for each.
    """

    def __init__(self, problems: Sequence[str]) -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        if not self.problems:
            raise ValueError("TranslationError needs at least one problem")
        more = len(self.problems) - 1
        suffix = f" (and {more} more {'problem' if more == 1 else 'problems'})" if more else ""
        super().__init__(f"{self.problems[0]}{suffix}")


def language_candidates(language: str | None) -> tuple[str, ...]:
    """The overlay languages to try for a locale name, most specific first.

    ``None`` and English give none (the English is the text). A locale name such as
    ``es_MX`` or ``es-MX`` tries its language, ``es``: the files hold one neutral
    Spanish, not one per country.
    """
    if not language:
        return ()
    base = re.split(r"[-_.@]", language.strip(), maxsplit=1)[0].lower()
    if not base or base == BASE_LANGUAGE:
        return ()
    return (base,)


def localised(table: Mapping[str, Any], language: str | None) -> dict[str, Any]:
    """A deep copy of ``table`` in ``language``, with every ``i18n`` key removed.

    Each table at any depth takes the text of its ``i18n.<language>`` overlay key by key;
    keys and items without one keep the English. ``language`` ``None``, ``"en"`` or a
    language a table has no overlay for gives the English. An overlay value that breaks
    the rules (see :func:`check_translations`) is ignored, so a faulty translation shows
    English rather than stopping the app; the tests catch it.
    """
    languages = language_candidates(language)
    return _localise_table(table, languages)


def _localise_table(table: Mapping[str, Any], languages: tuple[str, ...]) -> dict[str, Any]:
    result: dict[str, Any] = {
        key: _localise_value(value, languages) for key, value in table.items() if key != I18N_KEY
    }
    overlays = table.get(I18N_KEY)
    if not isinstance(overlays, Mapping):
        return result
    for lang in languages:
        overlay = overlays.get(lang)
        if not isinstance(overlay, Mapping):
            continue
        for key, text in overlay.items():
            if key in result and _fits(result[key], text):
                result[key] = copy.deepcopy(text)
        break
    return result


def _localise_value(value: Any, languages: tuple[str, ...]) -> Any:
    if isinstance(value, Mapping):
        return _localise_table(value, languages)
    if isinstance(value, list):
        return [_localise_value(item, languages) for item in value]
    return copy.deepcopy(value)


def _fits(english: Any, text: Any) -> bool:
    """Whether ``text`` may stand in for ``english`` (same shape, text only)."""
    if isinstance(english, str):
        return isinstance(text, str) and bool(text.strip())
    if _is_text_list(english):
        return (
            _is_text_list(text)
            and len(text) == len(english)
            and all(item.strip() for item in text)
        )
    return False


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def check_translations(table: Mapping[str, Any], path: str | Path) -> None:
    """Raise :class:`TranslationError` if any overlay in ``table`` breaks the rules.

    ``path`` is the file the table was read from; it starts every message. Key paths are
    written as in the file, with array items numbered from 1: ``steps[3].i18n.es.text``.
    The rules: ``i18n`` is a table of language tables; each language is one the app
    offers other than English (:data:`SUPPORTED_LANGUAGES`); each key names a text field
    of the same table (a string, or a list of strings); a string is replaced by a
    non-empty string, a list by a list of non-empty strings of the same length. A file
    without translations passes.
    """
    problems: list[str] = []
    _check_table(table, "", str(path), problems)
    if problems:
        raise TranslationError(problems)


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _check_table(table: Mapping[str, Any], where: str, source: str, out: list[str]) -> None:
    for key, value in table.items():
        here = _join(where, key)
        if key == I18N_KEY:
            _check_overlays(table, value, here, source, out)
        elif isinstance(value, Mapping):
            _check_table(value, here, source, out)
        elif isinstance(value, list):
            for number, item in enumerate(value, start=1):
                if isinstance(item, Mapping):
                    _check_table(item, f"{here}[{number}]", source, out)


def _check_overlays(
    english: Mapping[str, Any], overlays: Any, where: str, source: str, out: list[str]
) -> None:
    if not isinstance(overlays, Mapping):
        out.append(f"{source}: '{where}' must be a table of languages, such as [i18n.es]")
        return
    offered = [lang for lang in SUPPORTED_LANGUAGES if lang != BASE_LANGUAGE]
    for lang, overlay in overlays.items():
        here = _join(where, lang)
        if lang == BASE_LANGUAGE:
            out.append(f"{source}: '{here}': English is the table itself, not an overlay")
            continue
        if not _LANGUAGE_CODE.fullmatch(lang) or lang not in SUPPORTED_LANGUAGES:
            out.append(
                f"{source}: '{here}': '{lang}' is not a language the app offers "
                f"({', '.join(offered)}); add it to SUPPORTED_LANGUAGES first"
            )
            continue
        if not isinstance(overlay, Mapping):
            out.append(f"{source}: '{here}' must be a table of translated keys")
            continue
        for key, text in overlay.items():
            _check_one(english, key, text, _join(here, key), source, out)


def _check_one(
    english: Mapping[str, Any], key: str, text: Any, where: str, source: str, out: list[str]
) -> None:
    if key == I18N_KEY or key not in english:
        out.append(f"{source}: '{where}': the English table has no key '{key}' to translate")
        return
    original = english[key]
    if isinstance(original, str):
        if not isinstance(text, str):
            out.append(f"{source}: '{where}' must be text, like the English")
        elif not text.strip():
            out.append(f"{source}: '{where}' is empty; leave the key out to keep the English")
        return
    if _is_text_list(original):
        if not _is_text_list(text):
            out.append(f"{source}: '{where}' must be a list of text, like the English")
        elif len(text) != len(original):
            out.append(
                f"{source}: '{where}' has {len(text)} entries; the English has {len(original)}"
            )
        elif not all(item.strip() for item in text):
            out.append(f"{source}: '{where}' has an empty entry")
        return
    out.append(
        f"{source}: '{where}': '{key}' is not a text field and is never translated"
        + (
            " (translate the keys inside that table with its own i18n)"
            if isinstance(original, Mapping | list)
            else ""
        )
    )
