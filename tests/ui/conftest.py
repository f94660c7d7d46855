"""Fixtures for the app shell: a controller with fast keys, fake pages, canary scans.

The helpers live in :mod:`tests.ui.shell_support` so that tests import the very same
objects the fixtures use.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.ui.app_settings import confine_qt_settings, open_settings
from hj_journal.ui.controller import AppController
from hj_journal.ui.sections import SectionSpec
from tests.ui.shell_support import FakePage, Harness, MakeHarness, create_vault, fake_sections


@pytest.fixture
def make_harness(
    qapp: QApplication, qtbot: Any, paths: AppPaths, policy: KdfPolicy
) -> Iterator[MakeHarness]:
    """Build and start an :class:`AppController` the way ``run()`` does, but fast."""
    made: list[Harness] = []
    FakePage.log.clear()

    def make(
        *, sections: list[SectionSpec] | None = None, idle_ms: int = 600_000, **kw: Any
    ) -> Harness:
        confine_qt_settings(paths)
        quits: list[int] = []
        controller = AppController(
            qapp,
            paths,
            open_settings(paths),
            policy=policy,
            sections=sections if sections is not None else fake_sections(),
            idle_ms=idle_ms,
            quit_app=lambda: quits.append(1),
            watch_system=False,
            **kw,
        )
        controller.start()
        harness = Harness(controller, paths, VaultRegistry(paths.vaults_dir), quits)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        harness.controller.shutdown()
        harness.controller.deleteLater()
    qtbot.wait(1)  # let deleteLater run


@pytest.fixture
def created_vault(paths: AppPaths, policy: KdfPolicy) -> str:
    """A locked vault called Notebook on disk; the recovery key."""
    return create_vault(paths, policy)
