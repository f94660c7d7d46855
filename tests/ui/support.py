"""What every UI test shares: a page's context, the app's own theme, pictures of screens,
and the checks run on them (no Qt warning, every control named, nothing cut off).

The fixtures in ``tests/ui/conftest.py`` are thin wrappers over these. Tests import helpers
from here, never from a conftest: pytest loads each conftest under a module name of its own,
so importing one a second time would split its state.

Pictures: set ``HJ_JOURNAL_SCREENSHOTS`` to keep a PNG of every rendered screen in the
light, dark and high-contrast themes (``1`` keeps them in the checkout's git-ignored
``screenshots/`` folder; any other value names the folder). Without it the render tests
draw in the light theme only, into the test's own temporary folder.
"""

from __future__ import annotations

import ast
import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSettings, QSize, Qt, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QAccessible
from PySide6.QtGui import Qt as QtGuiNamespace  # mightBeRichText lives on QtGui's Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from hj_journal.core.services import Services
from hj_journal.paths import AppPaths
from hj_journal.ui.common.widgets import mnemonic_extra
from hj_journal.ui.platform.app_settings import AppSettings, Theme
from hj_journal.ui.platform.theme import ThemeManager
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.hub import Hub
from tests.helpers import REPO

SCREENSHOTS_ENV = "HJ_JOURNAL_SCREENSHOTS"
ALL_THEMES = ("light", "dark", "high_contrast")
# The size a section page has in the main window at its usual size.
PAGE_SIZE = QSize(1180, 780)
# Every screen must hold in a common laptop window and at the smallest size the app
# supports, at these text sizes (per cent of the desktop's).
WINDOW_SIZES = (QSize(1280, 720), QSize(1024, 640))
TEXT_SIZES = (100, 150, 200)
# The offscreen platform says these about top-level windows; they are not our warnings.
PLATFORM_NOISE = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)
# What the ``shoot`` fixture hands a test: shoot(widget, name, size=None) -> the PNG's path.
Shoot = Callable[..., Path]


# ---------------------------------------------------------------------- context


def make_ui_ctx(services: Services, paths: AppPaths, folder: Path) -> UiContext:
    """What the main window hands every page, over the test's vault.

    A fresh :class:`Hub`, plain settings in an INI file under ``folder``, and the
    other fields (key derivation, clipboard guard, background jobs) as the app's defaults.
    """
    settings = QSettings(str(folder / "ui-settings.ini"), QSettings.Format.IniFormat)
    return UiContext(services=services, hub=Hub(), paths=paths, app_settings=AppSettings(settings))


def close_ui_ctx(ctx: UiContext) -> None:
    """Announce the lock and wait for background jobs, as the app does before it locks."""
    ctx.hub.vault_locking.emit()
    ctx.jobs.wait()


# ---------------------------------------------------------------------- theme and pictures


def screenshot_folder() -> Path | None:
    """Where pictures are kept, or None when nobody asked for them."""
    value = os.environ.get(SCREENSHOTS_ENV, "").strip()
    if not value:
        return None
    return REPO / "screenshots" if value == "1" else Path(value)


def themes_to_render() -> list[str]:
    """Every theme when pictures are kept for a look; the light one otherwise (it is quicker)."""
    return list(ALL_THEMES) if screenshot_folder() else ["light"]


@contextmanager
def app_theme(
    app: QApplication, name: str, settings_file: Path, text_scale: int = 100
) -> Iterator[ThemeManager]:
    """The app's own theme manager applying ``name`` (style, palette, stylesheet and text
    size, which decides how text wraps) at ``text_scale`` per cent, with the look put back
    afterwards."""
    settings = AppSettings(QSettings(str(settings_file), QSettings.Format.IniFormat))
    settings.theme = Theme(name)
    settings.text_scale = text_scale
    manager = ThemeManager(app, settings)
    manager.apply()
    try:
        yield manager
    finally:
        manager.restore()


def settle(passes: int = 6) -> None:
    """Let layouts settle: laying out one widget may ask the one around it to lay out
    again (a label that learnt its width), so a few passes are made."""
    for _ in range(passes):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()


def render(
    qtbot: Any,
    widget: QWidget,
    name: str,
    theme: str,
    size: QSize | None = None,
    *,
    folder: Path | None = None,
    check_layout: bool = True,
) -> Path | None:
    """Show ``widget`` (at ``size``, when given) and save it as ``<name>-<theme>.png``.

    The picture goes to the screenshots folder when one is asked for, else to ``folder``
    (when given; else it is only looked at). Its path, or None when it was not saved.
    Unless ``check_layout`` is off, nothing on show may be cut off (see :func:`clipped`).
    """
    if size is not None:
        widget.resize(size)
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    image = widget.grab()
    assert not image.isNull() and image.width() >= 100 and image.height() >= 100, name
    path = None
    target = screenshot_folder() or folder
    if target is not None:
        target.mkdir(parents=True, exist_ok=True)
        path = target / f"{name}-{theme}.png"
        assert image.save(str(path)), path
        assert path.stat().st_size > 1000, path  # a blank picture is a few hundred bytes
    if check_layout:  # after saving, so that the picture shows what is cut off
        assert clipped(widget) == [], name
    return path


# ---------------------------------------------------------------------- Qt warnings


@contextmanager
def caught_qt_warnings() -> Iterator[list[str]]:
    """Qt warnings and errors raised meanwhile, platform noise left out."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not message.startswith(PLATFORM_NOISE):
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    try:
        yield seen
    finally:
        qInstallMessageHandler(previous)


# ---------------------------------------------------------------------- accessible names

# Fields must be named explicitly; buttons may be named by their own text.
FIELDS = (
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QCalendarWidget,
)
CONTROLS = (*FIELDS, QAbstractButton, QAbstractSlider)
# Controls whose inner parts Qt builds itself; the control around them carries the name.
COMPOSITES = (QComboBox, QAbstractSpinBox, QHeaderView, QCalendarWidget, QTabBar, QLineEdit)


def _qt_internal(widget: QWidget, root: QWidget) -> bool:
    if isinstance(widget, (QScrollBar, QHeaderView)) or widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES) or parent.inherits("QComboBoxPrivateContainer"):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    """Controls under ``root`` (shown or not) that a screen reader could not name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or _qt_internal(widget, root):
            continue
        if isinstance(widget, FIELDS):
            name = widget.accessibleName()
        else:
            iface = QAccessible.queryAccessibleInterface(widget)
            name = iface.text(QAccessible.Text.Name) if iface is not None else ""
        if not name.strip():
            missing.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(root).__name__}"
            )
    return missing


# ---------------------------------------------------------------------- layout


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}"


def _in_viewport(widget: QWidget) -> bool:
    # A scroll area's content may reach beyond its viewport: that is what scrolling is
    # for. Not sideways where the area never scrolls sideways: there it is cut off.
    parent = widget.parentWidget()
    area = parent.parentWidget() if parent is not None else None
    if not isinstance(area, QAbstractScrollArea) or area.viewport() is not parent:
        return False
    if area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
        return widget.geometry().right() < parent.width()
    return True


def clipped(root: QWidget) -> list[str]:
    """Widgets on show under ``root`` that are cut off, each with the reason.

    Wrapped text given less height than it needs at its width; a button shorter than
    its smallest size; a widget reaching outside its parent (where it cannot be seen).
    :func:`render` runs it on every picture it takes: after the screen is shown at its
    real size with the app's theme (fonts included), where wrapped text needs the most room.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0 or _qt_internal(widget, root):
            continue  # Qt sizes the parts of its own controls (a field's clear button) itself
        if isinstance(widget, QLabel) and widget.wordWrap() and widget.text():
            needed = widget.heightForWidth(widget.width())
            if widget.height() + 1 < needed:
                found.append(f"{_describe(widget)}: {widget.height()} px high, needs {needed}")
        if isinstance(widget, QAbstractButton):
            smallest = widget.minimumSizeHint().height()
            if widget.height() + 1 < smallest:
                found.append(f"{_describe(widget)}: {widget.height()} px high, needs {smallest}")
        parent = widget.parentWidget()
        inside = (
            parent is None
            or widget.isWindow()
            or _in_viewport(widget)
            or parent.rect().contains(widget.geometry())
        )
        if not inside:
            found.append(f"{_describe(widget)}: reaches outside {_describe(parent)}")
    return found


def _text_width(widget: QWidget, text: str) -> int:
    # "&&" shows one ampersand; a single "&" marks the Alt+letter and takes no room.
    shown = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return widget.fontMetrics().horizontalAdvance(shown)


def _rows_hidden(view: QAbstractItemView) -> str | None:
    """Why a list shows fewer rows than it should (as many as it has, up to three)."""
    model = view.model()
    if model is None or view.inherits("QCalendarView"):
        return None
    rows = model.rowCount(view.rootIndex())
    row_height = view.sizeHintForRow(0) if rows else 0
    if row_height <= 0:
        return None
    wanted = min(rows, 3)
    shown = view.viewport().height() // row_height
    if shown < wanted:
        return f"shows {shown} of its rows, needs room for {wanted}"
    return None


def squeezed(root: QWidget) -> list[str]:
    """Widgets on show under ``root`` given less room than their content needs.

    A label or button narrower than its text (the rest is cut off), a wrapped label
    narrower than one of its words, a field lower than a
    line of text, a combo box narrower than the choice it shows, a calendar smaller than
    its six weeks, a list showing fewer rows than it has (up to three). Wrapped labels
    and buttons shorter than they need are :func:`clipped`'s.
    """
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.width() <= 0 or _qt_internal(widget, root):
            continue
        smallest = widget.minimumSizeHint()
        size = widget.size()
        problem = None
        if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
            drawn = _text_width(widget, widget.text()) + mnemonic_extra(
                widget.fontMetrics(), widget.text()
            )
            plain = "\n" not in widget.text() and not QtGuiNamespace.mightBeRichText(widget.text())
            if plain and size.width() + 1 < drawn:
                problem = f"{size.width()} px wide, its text draws {drawn}"
            elif size.width() + 1 < smallest.width() or size.height() + 1 < smallest.height():
                problem = (
                    f"{size.width()}x{size.height()}, needs {smallest.width()}x{smallest.height()}"
                )
        elif (
            isinstance(widget, QLabel)
            and widget.text()
            and not QtGuiNamespace.mightBeRichText(widget.text())
        ):
            # A wrapped label can break between words, never inside one.
            longest = max(
                (
                    _text_width(widget, w) + mnemonic_extra(widget.fontMetrics(), w)
                    for w in re.split(r"[\s\u200b]+", widget.text())
                    if w
                ),
                default=0,
            )
            margins = widget.contentsMargins()
            room = size.width() - margins.left() - margins.right() - 2 * widget.margin()
            if room + 1 < longest:
                problem = f"{size.width()} px wide, a word in it needs {longest}"
        elif isinstance(widget, QAbstractButton) and widget.text():
            needed = _text_width(widget, widget.text())
            if not widget.icon().isNull():
                needed += widget.iconSize().width() + 4
            if size.width() < needed + 6:
                problem = f"{size.width()} px wide, its text needs {needed}"
        elif isinstance(widget, QComboBox):
            needed = _text_width(widget, widget.currentText()) + 40  # text, arrow, padding
            if size.width() < needed or size.height() + 1 < smallest.height():
                problem = f"{size.width()}x{size.height()}, shows text needing {needed} px"
        elif isinstance(widget, (QLineEdit, QAbstractSpinBox)):
            line = widget.fontMetrics().height() + 4  # a line of text and a little room
            if size.height() < line:
                problem = f"{size.height()} px high, a line of its text needs {line}"
        elif isinstance(widget, QCalendarWidget):
            if size.width() + 1 < smallest.width() or size.height() + 1 < smallest.height():
                problem = (
                    f"{size.width()}x{size.height()}, needs {smallest.width()}x{smallest.height()}"
                )
        elif isinstance(widget, QAbstractItemView):
            problem = _rows_hidden(widget)
        if problem:
            found.append(f"{_describe(widget)}: {problem}")
    return found


# ---------------------------------------------------------------------- kind words

GUILT = re.compile(
    r"\b(streaks?|missed|failed|fail|broke|broken|you haven'?t|should have|lazy|"
    r"don'?t give up|keep it up|behind)\b",
    re.IGNORECASE,
)
"""Words of guilt or pressure that nothing the app says to people may use (docs/care.md)."""


def _modules(folder: str) -> list[Path]:
    return sorted((REPO / "hj_journal" / "ui" / folder).glob("*.py"))


def guilt_words_in(folder: str) -> list[str]:
    """Translatable sentences in ``hj_journal/ui/<folder>`` that carry a word of guilt."""
    found = []
    for path in _modules(folder):
        for match in re.finditer(r'tr\(\s*"([^"]*)"', path.read_text(encoding="utf-8")):
            if GUILT.search(match.group(1)):
                found.append(f"{path.name}: {match.group(1)}")
    return found


def string_constants(folder: str) -> list[tuple[str, str]]:
    """Every one-line string constant in ``hj_journal/ui/<folder>``, with its module's name.

    What people can read comes from these; docstrings (which may name the words to avoid)
    span lines and are left out.
    """
    found = []
    for path in _modules(folder):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and "\n" not in text:
                found.append((path.name, text))
    return found


# ---------------------------------------------------------------------- file dialogs


def choose_in(dialog: QFileDialog, target: Path) -> None:
    """Go to ``target``'s folder (so Qt would remember it) and accept ``target``."""
    dialog.selectFile(str(target))
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    if name is not None:
        name.setText(str(target))
    dialog.accept()


def answer_file_dialog(target: Path, seen: list[bool], tries: int = 250) -> None:
    """Choose ``target`` in the file dialog about to open (never leaves it hanging)."""

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
            choose_in(dialog, target)
        elif left > 0:
            QTimer.singleShot(20, lambda: attempt(left - 1))
        elif isinstance(dialog, QDialog):
            dialog.reject()  # something else is asking: end it so the test fails, not hangs

    QTimer.singleShot(20, lambda: attempt(tries))
