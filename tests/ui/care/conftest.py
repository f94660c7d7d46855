"""Fixtures for the Care map & plans section: a UI context over a fresh vault."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.services import Services
from hj_journal.paths import AppPaths
from hj_journal.ui.context import UiContext
from hj_journal.ui.hub import Hub

# The offscreen platform says this about every top-level window; it is not our warning.
PLATFORM_NOISE = {"This plugin does not support propagateSizeHints()"}


class FakeAsker:
    """Answers the care section's questions without a dialog, and remembers them."""

    def __init__(self) -> None:
        self.answer = True
        self.asked: list[str] = []

    def confirm_remove_person(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(f"person {name}")
        return self.answer

    def confirm_remove_resource(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(f"resource {name}")
        return self.answer


@pytest.fixture
def ui_ctx(services: Services, paths: AppPaths, tmp_path: Path) -> UiContext:
    """What the main window hands every page, built over the test's vault."""
    settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    return UiContext(services=services, hub=Hub(), paths=paths, app_settings=settings)


@pytest.fixture
def asker() -> FakeAsker:
    """A question-answerer the test controls."""
    return FakeAsker()


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


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The app's light theme applied, undone afterwards."""
    from hj_journal.ui import theme

    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    qapp.setStyle("Fusion")
    qapp.setPalette(theme.palette_for(theme.LIGHT))
    qapp.setStyleSheet(theme.stylesheet_for(theme.LIGHT, max(qapp.font().pointSizeF(), 10.0)))
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)
