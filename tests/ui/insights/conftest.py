"""Fixtures for Insights and Sessions screens: a UI context, the theme, screenshots."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.services import Services
from hj_journal.paths import AppPaths
from hj_journal.ui import theme
from hj_journal.ui.context import UiContext
from hj_journal.ui.hub import Hub

PLATFORM_NOISE = ("This plugin does not support propagateSizeHints()",)


@pytest.fixture
def ui_ctx(services: Services, paths: AppPaths, tmp_path: Path) -> UiContext:
    """What the main window hands every page, over the test's vault."""
    settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    return UiContext(services=services, hub=Hub(), paths=paths, app_settings=settings)


@pytest.fixture(params=["light", "dark"] if os.environ.get("HJ_SCREENSHOTS") else ["light"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's theme applied (light, and dark too when screenshots are kept)."""
    name = str(request.param)
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    colours = theme.DARK if name == "dark" else theme.LIGHT
    qapp.setStyle("Fusion")
    qapp.setPalette(theme.palette_for(colours))
    qapp.setStyleSheet(theme.stylesheet_for(colours, max(qapp.font().pointSizeF(), 10.0)))
    yield name
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    """Qt warnings raised while the test runs (platform noise left out)."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not message.startswith(PLATFORM_NOISE):
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


@pytest.fixture
def shoot(themed: str) -> Callable[[QWidget, str], None]:
    """Save a widget as ``<name>-<theme>.png`` when HJ_SCREENSHOTS names a folder."""

    def save(widget: QWidget, name: str) -> None:
        QApplication.processEvents()  # let pending layout changes settle first
        image = widget.grab()
        assert not image.isNull()
        folder = os.environ.get("HJ_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            image.save(str(Path(folder) / f"{name}-{themed}.png"))

    return save
