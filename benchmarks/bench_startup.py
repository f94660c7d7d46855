"""Cold start: process start to a painted lock screen, against a bare PySide6 window.

    python -m benchmarks.bench_startup [--runs 9]

Both children start a fresh Python, create the QApplication, show their window and
report the moment the window has been painted. Target (docs/benchmarks.md): the app's lock
screen within 1.5 × the bare window's time on the same machine. Runs offscreen unless a
display is set.
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

# Shared by both children: print the wall-clock moment the first top-level window that
# is visible has been painted, then quit.
PROBE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv)

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and getattr(obj, "isWindow", lambda: False)():
            print(f"PAINTED {time.time():.6f}", flush=True)
            QTimer.singleShot(0, lambda: app.exit(0))
            app.removeEventFilter(self)
        return False

probe = FirstPaint()
app.installEventFilter(probe)
"""

BARE = (
    PROBE
    + """
from PySide6.QtWidgets import QWidget
window = QWidget()
window.resize(900, 640)
window.show()
app.exec()
"""
)

APP = (
    PROBE
    + """
from hj_journal.cli import main
main(["--data-dir", sys.argv[1]])
"""
)


def one_run(code: str, data_dir: str) -> float:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen" if not env.get("DISPLAY") else "xcb")
    env["PYTHONPATH"] = str(REPO)
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
            return (float(line.split()[1]) - started) * 1000
    raise RuntimeError(f"no paint reported: {done.stderr[-500:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as data_dir:
        one_run(BARE, data_dir)  # warm the disk cache for both
        one_run(APP, data_dir)
        # Alternate the two, so a change in the machine's load touches both alike.
        bare: list[float] = []
        app: list[float] = []
        for _ in range(args.runs):
            bare.append(one_run(BARE, data_dir))
            app.append(one_run(APP, data_dir))
    ratio = statistics.median(app) / statistics.median(bare)
    print("| measure | median ms | min ms | max ms | runs |")
    print("|---|---:|---:|---:|---:|")
    for name, times in (("bare PySide6 window", bare), ("HJ Journal lock screen", app)):
        print(
            f"| {name} | {statistics.median(times):.0f} | {min(times):.0f} | "
            f"{max(times):.0f} | {len(times)} |"
        )
    print(f"\nratio: {ratio:.2f} × (target ≤ 1.5 ×)")


if __name__ == "__main__":
    main()
