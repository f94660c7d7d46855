"""Cold start: process start to a painted lock screen, against a bare PySide6 window.

    python -m benchmarks.bench_startup [--runs 9]

The lock screen is measured twice: at the very first start (no vault yet: the welcome)
and as every later start has it (one vault: the passphrase form). Each child starts a
fresh Python, makes the QApplication (the app: as the installed command does), shows its
window and reports the moment the window has been painted, and the CPU time the process
had used by then (steadier than the wall clock on a shared machine). Target
(docs/benchmarks.md): the app's lock screen within 1.3 × the bare window's time on the
same machine. Runs offscreen unless a display is set.

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


def make_vault(data_dir: str) -> None:
    """One vault in ``data_dir``, so the lock screen opens on the passphrase form.

    Made with the fast test derivation: the lock screen reads only the vault's folder.
    """
    from hj_journal.core.vaults import KdfPolicy, VaultRegistry
    from hj_journal.paths import AppPaths

    paths = AppPaths.under(Path(data_dir))
    paths.ensure()
    VaultRegistry(paths.vaults_dir).create(
        "Notebook", "lantern harbour meadow violin", policy=KdfPolicy.fast_for_tests()
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory() as empty_dir,
        tempfile.TemporaryDirectory() as vault_dir,
        tempfile.TemporaryDirectory() as pyc,
    ):
        make_vault(vault_dir)
        # The first start (the welcome, no vault yet) and every start after (the
        # passphrase form of one vault), each against the same bare window.
        cases = (
            ("bare PySide6 window", BARE, empty_dir),
            ("HJ Journal lock screen, no vault yet (welcome)", APP, empty_dir),
            ("HJ Journal lock screen, one vault (passphrase)", APP, vault_dir),
        )
        for _, code, data_dir in cases:  # warm the disk cache and write the bytecode
            one_run(code, data_dir, pyc)
        # Alternate them, so a change in the machine's load touches each alike.
        times: dict[str, list[tuple[float, float]]] = {name: [] for name, _, _ in cases}
        for _ in range(args.runs):
            for name, code, data_dir in cases:
                times[name].append(one_run(code, data_dir, pyc))
    print(f"load average at the end: {os.getloadavg()[0]:.2f}\n")
    print("| measure | wall median ms | min | max | CPU median ms | runs |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, runs in times.items():
        wall = [w for w, _ in runs]
        cpu = [c for _, c in runs]
        print(
            f"| {name} | {statistics.median(wall):.0f} | {min(wall):.0f} | "
            f"{max(wall):.0f} | {statistics.median(cpu):.0f} | {len(runs)} |"
        )
    bare = times[cases[0][0]]
    print()
    for name, _, _ in cases[1:]:
        for what, at in (("wall clock", 0), ("CPU time", 1)):
            ratio = statistics.median(a[at] for a in times[name]) / statistics.median(
                b[at] for b in bare
            )
            print(f"ratio, {name}, {what}: {ratio:.2f} × (target ≤ 1.3 ×)")


if __name__ == "__main__":
    main()
