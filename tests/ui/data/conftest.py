"""Fixtures for the data dialogs: a UI context over the test's vault, and helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from hj_journal.core.services import Services
from hj_journal.paths import AppPaths
from hj_journal.ui.context import UiContext
from hj_journal.ui.data.task import ProgressTask
from hj_journal.ui.hub import Hub


@pytest.fixture
def ui_ctx(qapp: QApplication, services: Services, paths: AppPaths, tmp_path: Path) -> UiContext:
    """What the main window hands the data dialogs, over the test's vault."""
    settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    return UiContext(services=services, hub=Hub(), paths=paths, app_settings=settings)


@pytest.fixture
def finish(qtbot) -> Callable[[ProgressTask], None]:
    """Wait until a dialog's background task has delivered its outcome."""

    def wait(task: ProgressTask) -> None:
        qtbot.waitUntil(lambda: not task.running, timeout=15000)

    return wait


@pytest.fixture
def themed(qapp: QApplication) -> Iterator[None]:
    """The app's light theme, undone afterwards."""
    from hj_journal.ui import theme

    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    qapp.setStyle("Fusion")
    qapp.setPalette(theme.palette_for(theme.LIGHT))
    qapp.setStyleSheet(theme.stylesheet_for(theme.LIGHT, max(qapp.font().pointSizeF(), 10.0)))
    yield
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)
