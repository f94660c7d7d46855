"""Fixtures for the data dialogs: waiting for a dialog's background task.

The UI context, theme, pictures and Qt warnings come from ``tests/ui/conftest.py``.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from hj_journal.ui.data.task import ProgressTask


@pytest.fixture
def finish(qtbot) -> Callable[[ProgressTask], None]:
    """Wait until a dialog's background task has delivered its outcome."""

    def wait(task: ProgressTask) -> None:
        qtbot.waitUntil(lambda: not task.running, timeout=15000)

    return wait
