"""The whole app in Spanish: every screen holds at 150 % text, and none shows words left
outside the catalogues.

Two runs over the same screens (the lock screen, every section of a personal and of a
practice vault, the main dialogs):

- **Spanish** at 150 % text (Spanish runs about 30 % longer than English): nothing cut off
  or squeezed (:func:`tests.ui.support.clipped`, :func:`~tests.ui.support.squeezed`).
- **Pseudo-translation**: every catalogue's text replaced by its English wrapped in
  ``⟦…⟧`` and made a third longer (``packaging/i18n.py release --pseudo``). Whatever a
  screen shows outside ``⟦…⟧`` must be data: the shipped resources (translated as data),
  the sample content the test wrote, numbers and dates. Anything else is a word the
  catalogues do not reach.

Pictures: ``HJ_JOURNAL_SCREENSHOTS=1`` keeps one per screen (``spanish-…``).
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from hj_journal.core.common import i18n
from hj_journal.core.services import Services
from hj_journal.core.settings import VaultKind
from hj_journal.core.vaults import Vault, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.ui.platform import translations
from hj_journal.ui.shell.main_window import MainWindow
from hj_journal.ui.shell.section_registry import SECTIONS
from tests.helpers import REPO
from tests.ui import support
from tests.ui.care.care_samples import add_few
from tests.ui.journal.journal_samples import add_samples
from tests.ui.shell_support import MakeHarness
from tests.ui.test_layouts_hold import _dialogs

SCALE = 150


def _i18n_tool() -> Any:
    spec = importlib.util.spec_from_file_location("hj_i18n_tool", REPO / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def pseudo_catalogues(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return list(_i18n_tool().release(tmp_path_factory.mktemp("pseudo"), make_pseudo=True))


@pytest.fixture(params=["spanish", "pseudo"])
def speaking(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The app's words in Spanish, or in pseudo-translation, for one test."""
    mode = str(request.param)
    installed: list[QTranslator] = []
    if mode == "spanish":
        installed = translations.install(qapp, "es", tmp_path / "cache")
    else:
        for path in request.getfixturevalue("pseudo_catalogues"):
            translator = QTranslator(qapp)
            assert translator.load(str(path)), path
            qapp.installTranslator(translator)
            installed.append(translator)
        i18n.install(translations._qt_translate)
        QLocale.setDefault(QLocale("es"))
    try:
        yield mode
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.install(None)
        QLocale.setDefault(QLocale.system())


# ---------------------------------------------------------------------- what a screen shows


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """``(where, text)`` for every piece of the app's own text on show under ``root``."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = type(widget).__name__
        texts: list[str] = []
        if widget.isWindow():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
            texts.append(widget.placeholderText())  # what is typed in is the person's
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget) and widget.objectName() == "sidebar":
            texts += [widget.item(i).text() for i in range(widget.count())]
        elif isinstance(widget, QMenu):
            texts += [action.text() for action in widget.actions()]
        texts += [widget.toolTip(), widget.accessibleName()]
        found += [(name, text) for text in texts if text]
    return found


_TAGS = re.compile(r"<[^>]+>|&[a-z]+;|&#\d+;")
_PSEUDO = re.compile(r"⟦[^⟦⟧]*⟧")  # innermost first: translated text may hold translated text
_SHORTCUT = re.compile(r"^(?:(?:Ctrl|Alt|Shift|Meta|Çtrl|Ált|Shíft)\+)+\S+$", re.IGNORECASE)
_WORDS = re.compile(r"[^\w]+")
# Recovery keys, share codes and their placeholders: groups of capitals and digits.
_KEY_GROUPS = re.compile(r"^[A-Z0-9]{2,}(?:[\s-]+[A-Z0-9]{2,})*$")
_PIECES = re.compile(r"[\n·•:;,()\[\]|/–—\"“”‘’«»]+")
# Qt's own words: standard buttons and the like, which Qt's catalogue translates.
_QT_OWN = {
    *("ok", "cancel", "close", "yes", "no", "apply", "reset", "help", "open", "save"),
    *("scroll left", "scroll right"),  # a tab bar's own arrows
}


@cache
def _data() -> str:
    """Everything the screens may show that is data, not the app's words, lower-cased."""
    parts = [
        path.read_text(encoding="utf-8", errors="replace")
        for path in (REPO / "resources").rglob("*")
        if path.suffix in {".toml", ".md", ".txt"} and path.is_file()
    ]
    parts += [
        path.read_text(encoding="utf-8")
        for folder in ("tests/ui", "tests/core")
        for path in (REPO / folder).rglob("*sample*.py")
    ]
    parts.append((REPO / "tests" / "ui" / "test_layouts_hold.py").read_text(encoding="utf-8"))
    parts += _calendar_words()
    parts += ["HJ Journal", "Notes", "Notebook", "English", "Español", "Markdown", "PDF"]
    parts += ["JSON", "jrnl", "Day One", "Daylio", "Syncthing", "PHQ", "GAD", "WHO", "PSS"]
    return _flat(_TAGS.sub(" ", "\n".join(parts)))


@cache
def _calendar_words() -> list[str]:
    """Spanish names of months and days, long and short, as dates on screen use them."""
    es = QLocale("es")
    forms = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    words = [es.monthName(m, f) for m in range(1, 13) for f in forms]
    words += [es.standaloneMonthName(m, f) for m in range(1, 13) for f in forms]
    words += [es.dayName(d, f) for d in range(1, 8) for f in forms]
    return [_flat(w).strip() for w in words]


def _flat(text: str) -> str:
    """``text`` lower-cased with every run of punctuation and space made one space."""
    return _WORDS.sub(" ", text).casefold()


def untranslated(texts: list[tuple[str, str]]) -> list[str]:
    """Texts (from :func:`shown_texts`) that hold words outside the catalogues."""
    problems: list[str] = []
    data = _data()
    for where, text in texts:
        plain = _TAGS.sub(" ", text).replace("&", "")
        rest = plain
        while _PSEUDO.search(rest):
            rest = _PSEUDO.sub(" ", rest)
        for piece in _PIECES.split(rest):
            piece = piece.strip(" .!?¡¿…-+%=*#'")
            calendar = set(_calendar_words())
            words = [w for w in _flat(piece).split() if not w.isdigit() and w not in calendar]
            if not any(re.search(r"[a-z]{2}", w) for w in words):
                continue  # numbers, dates, symbols
            if piece.casefold() in _QT_OWN or _SHORTCUT.match(piece) or _KEY_GROUPS.match(piece):
                continue
            if _flat(piece) in data:
                continue
            problems.append(f"{where}: {piece!r} in {text[:80]!r}")
    return sorted(set(problems))


def _check(root: QWidget, mode: str, name: str) -> list[str]:
    if mode == "spanish":
        return [f"{name}: {p}" for p in support.clipped(root) + support.squeezed(root)]
    return [f"{name}: {p}" for p in untranslated(shown_texts(root))]


# ---------------------------------------------------------------------- the screens


def test_the_lock_screen(
    qtbot: Any, qapp: QApplication, make_harness: MakeHarness, tmp_path: Path, speaking: str
) -> None:
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", SCALE):
        harness = make_harness()
        window = harness.lock_window
        support.render(qtbot, window, f"{speaking}-lock", "light", check_layout=False)
        problems = _check(window, speaking, "lock screen")
    assert not problems, "\n".join(problems)


@pytest.fixture(params=["personal", "practice"])
def vault_kind(request: pytest.FixtureRequest, vault: Vault) -> str:
    return str(request.param)


def test_every_section(
    qtbot: Any,
    qapp: QApplication,
    vault: Vault,
    paths: AppPaths,
    tmp_path: Path,
    speaking: str,
    vault_kind: str,
) -> None:
    services = Services.for_vault(vault, paths, language="es")
    if vault_kind == "practice":
        services.settings.vault_kind = VaultKind.PRACTICE
    else:
        add_samples(services)
        add_few(services)
    problems: list[str] = []
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", SCALE):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        window = MainWindow(ctx, SECTIONS)
        qtbot.addWidget(window)
        try:
            for spec in window.specs:
                window.show_section(spec.key)
                name = f"{speaking}-{vault_kind}-{spec.key}"
                support.render(
                    qtbot, window, name, "light", support.WINDOW_SIZES[0], check_layout=False
                )
                qtbot.wait(1)  # lists filled as the page was shown are laid out next pass
                problems += _check(window, speaking, name)
        finally:
            window.teardown()
            support.close_ui_ctx(ctx)
    assert not problems, "\n".join(problems)


def test_every_main_dialog(
    qtbot: Any,
    qapp: QApplication,
    vault: Vault,
    paths: AppPaths,
    registry: VaultRegistry,
    policy: Any,
    tmp_path: Path,
    speaking: str,
) -> None:
    services = Services.for_vault(vault, paths, language="es")
    problems: list[str] = []
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", SCALE):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        try:
            for name, make in _dialogs(ctx, registry, vault, policy).items():
                dialog = make()
                qtbot.addWidget(dialog)
                picture = f"{speaking}-dialog-{name}"
                support.render(qtbot, dialog, picture, "light", check_layout=False)
                problems += _check(dialog, speaking, picture)
                dialog.close()
        finally:
            support.close_ui_ctx(ctx)
    assert not problems, "\n".join(problems)
