"""The crash handler becomes the app's excepthook, and gives the old one back."""

from __future__ import annotations

import sys
from typing import Any

from tests.ui.shell_support import (
    MakeHarness,
)


def test_the_crash_handler_becomes_the_excepthook_and_gives_it_back(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    harness = make_harness()
    crash = harness.controller.crash
    previous = sys.excepthook
    crash.uninstall()
    crash.install()
    assert sys.excepthook == crash.handle
    crash.uninstall()
    assert sys.excepthook is not crash.handle
    sys.excepthook = previous
