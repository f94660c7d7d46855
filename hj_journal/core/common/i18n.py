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
arguments); a language's translation gives its own plural forms. Two things lupdate
needs, or it leaves the call out without a word: the count is a bare name (``days``, not
``report.days`` or ``len(items)``: set a local first), and a counted text holds no
brackets but its forms (``"(%n skipped)"`` would read as a form; translate the count
on its own and put it in a ``{placeholder}``).
"""

from __future__ import annotations

import importlib.util
import os
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from hj_journal.bundled import ResourcesMissingError, resource_path

#: ``(context, text, n)`` to the translated text, ``n`` being -1 for uncounted text.
Translator = Callable[[str, str, int], str]

#: Languages the app offers, each named in its own words.
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
#: The language setting's value for "the same language as the computer".
SYSTEM = "system"
DEFAULT_LANGUAGE = "en"

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
    if result == text:  # untranslated: the English forms written inline
        # (a translation's own brackets are its words, never forms to resolve)
        result = english_forms(result, n)
    return result.replace("%n", str(n))


def decimal(value: float, places: int) -> str:
    """``value`` with ``places`` decimals, written with the language's own separator.

    Core has no QLocale, so the separator is a message like any other: "." in English,
    "," in Spanish ("2,5 MB"). Thousands are left ungrouped: core's numbers are small.
    """
    written = f"{value:.{places}f}"
    point = translate("Numbers", ".", "the decimal separator, as in 2.5")
    return written.replace(".", point) if places > 0 else written


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # Qt's name, so lupdate reads it
    """``text`` as it is, marked for the catalogue under ``context``.

    For tables of words written once at module level (day names, labels): lupdate reads
    the mark, and the code translates the value where it is shown with
    ``translate(context, value)``, the same context written out again.
    """
    del context
    return text


def english_forms(text: str, n: int) -> str:
    """``text`` with every ``(s)`` / ``(one|many)`` resolved for ``n``."""

    def pick(match: re.Match[str]) -> str:
        one, many = match.group(1), match.group(2)
        if one is None:  # "(s)": nothing for one, the suffix for the rest
            return "" if n == 1 else many
        return one if n == 1 else many

    return _FORMS.sub(pick, text)


# ---------------------------------------------------------------------- which language


def pick_language(choice: str, preferred: Iterable[str]) -> str:
    """The language for the setting ``choice``; ``system`` takes the first of ``preferred``
    (``es-MX``, ``en_GB.UTF-8`` ...) that the app offers, and English otherwise."""
    if choice in LANGUAGES:
        return choice
    for name in preferred:
        code = name.replace("_", "-").split("-")[0].split(".")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


# ---------------------------------------------------------------------- the catalogues
#
# One Qt Linguist catalogue per part of the app, resources/translations/<area>_<language>.ts,
# so translators and developers can work on parts side by side; ``lrelease`` turns each
# into a ``.qm``. A wheel and the Linux package carry the ``.qm`` files, built at package
# time (setup.py, packaging/linux/build.sh); a source checkout has only the ``.ts``, and
# they are built once into the cache folder the first time another language is chosen.


def sources_folder() -> Path | None:
    """The shipped translations folder, or ``None`` when the installation has none."""
    try:
        folder = resource_path("translations")
    except ResourcesMissingError:
        return None
    return folder if folder.is_dir() else None


def catalogues(language: str, cache_dir: Path, folder: Path | None = None) -> list[Path]:
    """The compiled ``.qm`` files for ``language``, building them from ``.ts`` if needed.

    An installed app has them beside their sources; a source checkout gets them built
    into ``cache_dir`` (keyed by the sources' contents, so an edited ``.ts`` is rebuilt).
    """
    folder = sources_folder() if folder is None else folder
    if folder is None or language == DEFAULT_LANGUAGE:
        return []
    suffix = f"_{language}"
    built = sorted(p for p in folder.glob(f"*{suffix}.qm"))
    sources = sorted(p for p in folder.glob(f"*{suffix}.ts"))
    if built and all(_up_to_date(source) for source in sources):
        return built
    if not sources:
        return built
    import hashlib  # here, not at the top: only another language than English needs it

    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.name.encode())
        digest.update(source.read_bytes())
    target = cache_dir / "translations" / digest.hexdigest()[:16]
    wanted = [target / f"{source.stem}.qm" for source in sources]
    if not all(path.is_file() for path in wanted):
        release(sources, target)
    return wanted


def _up_to_date(source: Path) -> bool:
    """True when ``source`` has a ``.qm`` beside it built after its last change."""
    qm = source.with_suffix(".qm")
    return qm.is_file() and qm.stat().st_mtime_ns >= source.stat().st_mtime_ns


def release(sources: Iterable[Path], target: Path) -> list[Path]:
    """Build each ``.ts`` in ``sources`` into ``target/<name>.qm`` with ``lrelease``."""
    import subprocess  # only a source checkout builds catalogues: not loaded at start-up

    target.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sources:
        qm = target / f"{source.stem}.qm"
        partial = qm.with_suffix(".qm.part")
        subprocess.run(
            [lrelease_program(), "-silent", str(source), "-qm", str(partial)],
            check=True,
            capture_output=True,
        )
        os.replace(partial, qm)  # a killed build leaves no half catalogue behind
        made.append(qm)
    return made


def lrelease_program() -> str:
    """Qt's ``lrelease``, as PySide6 ships it."""
    # Found without importing Qt: core never loads it.
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("PySide6 is not installed")
    return str(Path(next(iter(spec.submodule_search_locations))) / "lrelease")
