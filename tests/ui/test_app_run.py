"""``run()`` wires the whole app; importing it does nothing."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from hj_journal.ui.app import run
from hj_journal.ui.lock.window import LockWindow
from tests.helpers import REPO, subprocess_env


def test_importing_the_app_starts_nothing(tmp_path: Any) -> None:
    code = (
        "import sys, hj_journal.ui.app\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None\n"
        "assert 'hj_journal.ui.controller' not in sys.modules\n"
    )
    (tmp_path / "tmp").mkdir()
    env = subprocess_env(tmp_path / "data", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=REPO, capture_output=True, timeout=60
    )
    assert done.returncode == 0, done.stderr.decode()
    assert not (tmp_path / "data").exists()


def test_run_shows_the_lock_screen_and_quits_cleanly(
    qapp: QApplication, paths: AppPaths, policy: KdfPolicy
) -> None:
    seen: list[LockWindow] = []
    hook = sys.excepthook

    def look_then_quit() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, LockWindow) and widget.isVisible():
                seen.append(widget)
                assert sys.excepthook is not hook  # the calm crash handler is in place
                widget.quick_exit_button.click()
                return
        QTimer.singleShot(20, look_then_quit)

    QTimer.singleShot(20, look_then_quit)
    assert run(paths, policy=policy) == 0
    assert len(seen) == 1
    assert sys.excepthook is hook  # given back
