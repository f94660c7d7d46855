"""Cold start: process start to a painted lock screen, against a bare PySide6 window.

    python -m benchmarks.bench_startup [--runs 9]

Both children start a fresh Python, create the QApplication, show their window and
report the moment the window has been painted, and the CPU time the process had used by
then (steadier than the wall clock on a shared machine). Target (docs/benchmarks.md): the
app's lock screen within 1.3 × the bare window's time on the same machine. Runs offscreen
unless a display is set.

The children write and use compiled bytecode (in a scratch folder, as an installed app
has it from its first start on), even where ``PYTHONDONTWRITEBYTECODE`` is set: without
it every start would compile the app's modules from source, which no user's start does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Each child prints the wall-clock moment its window has been painted for the first time
# and the CPU time used until then, then quits. Neither watches the whole application's
# events: a Python event filter on the application makes PySide wrap every event and
# every object it reaches in Python, which cost the app's ~50 widgets 10-15 ms more than
# the bare window's one (the probe before 2026-12-03 did that).
REPORT = """
import sys, time

def painted():
    print(f"PAINTED {time.time():.6f} {time.process_time():.6f}", flush=True)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    QTimer.singleShot(0, lambda: QApplication.instance().exit(0))
"""

BARE = (
    REPORT
    + """
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)

class Window(QWidget):
    done = False

    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.done:
            self.done = True
            painted()

window = Window()
window.resize(900, 640)
window.show()
app.exec()
"""
)

# The lock screen says when it is first painted (LockWindow.first_painted, which the app
# itself waits for); the probe listens to that signal. It starts as the installed
# ``hj-journal`` command does: the command's module first, then ``main()``, which loads
# Qt and makes the QApplication itself (hj_journal.ui.shell.app.run). Until 2026-12-03
# 15:00 the probe made the QApplication before importing anything of the app, which made
# every module of the app load after Qt, where PySide reads each module's source at
# import (to see whether it uses ``__feature__``): the command loads the vault and store
# modules before Qt, so it pays that only for the window's modules.
APP = (
    REPORT
    + """
from hj_journal.cli import main
import hj_journal.ui.shell.app  # main() imports it before Qt loads
import hj_journal.ui.lock.window as lock_window

made = lock_window.LockWindow.__init__

def listening(self, *args, **kwargs):
    made(self, *args, **kwargs)
    self.first_painted.connect(painted)

lock_window.LockWindow.__init__ = listening
main(["--data-dir", sys.argv[1]])
"""
)


def one_run(code: str, data_dir: str, bytecode_dir: str) -> tuple[float, float]:
    """One fresh process: (wall ms, CPU ms) from its start until its window is painted."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    env["PYTHONPATH"] = str(REPO)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = bytecode_dir
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", code, data_dir],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("PAINTED "):
            _, wall, cpu = line.split()
            return (float(wall) - started) * 1000, float(cpu) * 1000
    raise RuntimeError(f"no paint reported: {done.stderr[-500:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir, tempfile.TemporaryDirectory() as pyc:
        one_run(BARE, data_dir, pyc)  # warm the disk cache and write the bytecode
        one_run(APP, data_dir, pyc)
        # Alternate the two, so a change in the machine's load touches both alike.
        bare: list[tuple[float, float]] = []
        app: list[tuple[float, float]] = []
        for _ in range(args.runs):
            bare.append(one_run(BARE, data_dir, pyc))
            app.append(one_run(APP, data_dir, pyc))
    print(f"load average at the end: {os.getloadavg()[0]:.2f}\n")
    print("| measure | wall median ms | min | max | CPU median ms | runs |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, times in (("bare PySide6 window", bare), ("HJ Journal lock screen", app)):
        wall = [w for w, _ in times]
        cpu = [c for _, c in times]
        print(
            f"| {name} | {statistics.median(wall):.0f} | {min(wall):.0f} | "
            f"{max(wall):.0f} | {statistics.median(cpu):.0f} | {len(times)} |"
        )
    for what, at in (("wall clock", 0), ("CPU time", 1)):
        ratio = statistics.median(a[at] for a in app) / statistics.median(b[at] for b in bare)
        print(f"\nratio, {what}: {ratio:.2f} × (target ≤ 1.3 ×)", end="")
    print()


if __name__ == "__main__":
    main()
