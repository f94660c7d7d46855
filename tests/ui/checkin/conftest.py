"""Fixtures for the Check-in page: a UI context, the theme, warnings and screenshots."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QSize, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.services import Services
from hj_journal.paths import AppPaths
from hj_journal.ui.context import UiContext
from hj_journal.ui.hub import Hub

# The offscreen platform says this about every top-level window; it is not our warning.
PLATFORM_NOISE = {
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
}
SIZE = QSize(1180, 820)


@pytest.fixture
def ui_ctx(services: Services, paths: AppPaths, tmp_path: Path) -> UiContext:
    """What the main window hands every page, built over the test's vault."""
    settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    return UiContext(services=services, hub=Hub(), paths=paths, app_settings=settings)


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    """Qt warnings raised while the test runs (a render should raise none)."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and message not in PLATFORM_NOISE:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


THEMES = ["light", "dark", "high_contrast"] if os.environ.get("HJ_SCREENSHOTS") else ["light"]


@pytest.fixture(params=THEMES)
def themed(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The app's theme applied as the app applies it (text size included), undone afterwards."""
    from hj_journal.ui.app_settings import AppSettings, Theme
    from hj_journal.ui.theme import ThemeManager

    name = str(request.param)
    settings = AppSettings(QSettings(str(tmp_path / "theme.ini"), QSettings.Format.IniFormat))
    settings.theme = Theme(name)
    manager = ThemeManager(qapp, settings)
    manager.apply()
    yield name
    manager.restore()


Shoot = Callable[..., Path]


@pytest.fixture
def shoot(qtbot, themed: str, tmp_path: Path) -> Shoot:  # type: ignore[no-untyped-def]
    """Render a widget to ``<name>-<theme>.png`` (in $HJ_SCREENSHOTS when set)."""

    def take(widget: QWidget, name: str, size: QSize | None = SIZE) -> Path:
        if size is not None:
            widget.resize(size)
        widget.show()
        qtbot.waitExposed(widget)
        QApplication.processEvents()  # let layouts settle before the picture is taken
        folder = Path(os.environ.get("HJ_SCREENSHOTS") or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"checkin-{name}-{themed}.png"
        assert widget.grab().save(str(path))
        assert path.stat().st_size > 0
        return path

    return take
