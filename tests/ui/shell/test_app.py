"""``run()`` wires the whole app; importing it does nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from hj_journal.ui.lock.window import LockWindow
from hj_journal.ui.shell.app import run
from tests.helpers import REPO, subprocess_env
from tests.ui.shell_support import create_vault


def test_importing_the_app_starts_nothing(tmp_path: Any) -> None:
    code = (
        "import sys, hj_journal.ui.shell.app\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None\n"
        "assert 'hj_journal.ui.shell.controller' not in sys.modules\n"
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


# Run in a child process: at the lock screen's first paint, which modules are loaded?
# Then wait for the warm-up that follows it and look again.
FIRST_PAINT_PROBE = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv)
seen = {}

def look_again(tries=[0]):
    tries[0] += 1
    # A module is in sys.modules from the moment its import starts: wait for all three
    # (the warm-up imports them on a job thread, in no fixed order against this timer).
    wanted = ("sqlalchemy", "hj_journal.ui.shell.main_window", "hj_journal.ui.lock.create_page")
    if all(name in sys.modules for name in wanted) or tries[0] > 400:
        seen["after_warm_up"] = sorted(sys.modules)
        app.exit(0)
    else:
        QTimer.singleShot(50, look_again)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(obj, QWidget)
            and obj.isWindow()
            and not seen
        ):
            seen["window"] = type(obj).__name__
            seen["page"] = type(getattr(obj, "current_page", None)).__name__
            seen["at_first_paint"] = sorted(sys.modules)
            app.removeEventFilter(self)
            QTimer.singleShot(0, look_again)
        return False

probe = FirstPaint()
app.installEventFilter(probe)
from hj_journal.cli import main
main(["--data-dir", sys.argv[1]])
print(json.dumps(seen))
"""

# Loaded on first unlock (or while the lock screen waits), never before it is painted.
NOT_BEFORE_FIRST_PAINT = (
    "sqlalchemy",
    "alembic",
    "sqlcipher3",
    "cryptography",
    "hj_journal.core.services",
    "hj_journal.ui.shell.main_window",
    "hj_journal.ui.lock.create_page",
    "hj_journal.ui.lock.recovery_kit",
    # Light, but not needed to show the lock screen either (each a few milliseconds):
    "hashlib",  # the attempts record's hash chain
    "unicodedata",  # a passphrase's normal form, when a key is derived
    "ctypes",  # the window-library check, only where Qt would use xcb
    "hj_journal.ui.common.dates",  # a restored backup's date
    "hj_journal.ui.reminders.controller",  # the reminders and the tray: from the first paint
    "hj_journal.ui.reminders.tray",
)


@pytest.mark.parametrize("vaults", [0, 1])
def test_the_lock_screen_is_painted_before_the_heavy_modules_load(
    paths: AppPaths, policy: KdfPolicy, vaults: int
) -> None:
    if vaults:
        create_vault(paths, policy)
    env = subprocess_env(paths.data_dir, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_PROBE, str(paths.data_dir)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["window"] == "LockWindow"
    assert seen["page"] == ("UnlockPage" if vaults else "WelcomePage")
    assert not set(NOT_BEFORE_FIRST_PAINT) & set(seen["at_first_paint"])
    # What unlocking needs is still loaded while the lock screen waits.
    later = set(seen["after_warm_up"])
    assert {
        "sqlalchemy",
        "hj_journal.ui.shell.main_window",
        "hj_journal.ui.lock.create_page",
    } <= later


# Which of Qt's classes PySide has made for Python by the lock screen's first paint:
# each costs its enum types (QStyle about a dozen), and an event filter on the whole
# application makes every widget and event that passes it one.
FIRST_PAINT_CLASSES_PROBE = """
import json, sys
from hj_journal.cli import main
import hj_journal.ui.lock.window as lock_window
from PySide6 import QtCore, QtGui, QtWidgets

seen = {}
made = lock_window.LockWindow.__init__

def painted():
    seen["classes"] = sorted(
        name
        for module in (QtCore, QtGui, QtWidgets)
        for name, value in vars(module).items()
        if isinstance(value, type)
    )
    QtWidgets.QApplication.instance().exit(0)

def listening(self, *args, **kwargs):
    made(self, *args, **kwargs)
    self.first_painted.connect(painted)

lock_window.LockWindow.__init__ = listening
main(["--data-dir", sys.argv[1]])
seen["style"] = QtWidgets.QApplication.style().name()
print(json.dumps(seen))
"""


def test_the_lock_screen_is_painted_in_fusion_without_python_seeing_its_style(
    paths: AppPaths,
) -> None:
    env = subprocess_env(paths.data_dir, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT_CLASSES_PROBE, str(paths.data_dir)],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["style"] == "fusion"  # made so from the start (run())
    # Neither the style nor the window's scroll bar was handed to Python before the
    # first paint (the theme asked for no style; no app-wide event filter yet), and no
    # event either (no event filter of Python's on any of its widgets yet).
    assert not {"QStyle", "QScrollBar", "QShowEvent", "QChildEvent"} & set(seen["classes"])
