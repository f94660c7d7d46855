"""Fixtures for the Coping page, the guided player and prompts: a UI context, a fake clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from hj_journal.core.services import Services
from hj_journal.paths import AppPaths
from hj_journal.ui.context import UiContext
from hj_journal.ui.hub import Hub


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 5_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def care_ctx(services: Services, paths: AppPaths, tmp_path: Path) -> UiContext:
    """What the main window hands every page, over the test's vault."""
    settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    return UiContext(services=services, hub=Hub(), paths=paths, app_settings=settings)


@pytest.fixture
def clock() -> FakeClock:
    """A clock that only moves when the test says so."""
    return FakeClock()
