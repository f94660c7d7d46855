"""Unlock to a painted Today screen, after key derivation, at 50,000 entries.

    python -m benchmarks.bench_unlock_paint                 # 50,000 entries
    python -m benchmarks.bench_unlock_paint --entries 1000  # quicker

Measures what happens after the passphrase has been turned into a key: opening the
database, building the services and the main window with Today, until its first paint.
Target (issue 3): ≤ 300 ms. Offscreen Qt. The automatic backup that follows an unlock
runs off the GUI thread after the paint; it is switched off in the benchmark vault so
runs stay alike.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.realistic import PASSPHRASE, cached
from hj_journal.core.settings import VaultSettings
from hj_journal.paths import AppPaths
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.vault import Vault


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    args = parser.parse_args()

    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from hj_journal.ui.shell.controller import AppController

    app = QApplication.instance() or QApplication(sys.argv)
    source = cached(args.out, args.entries, args.entries * 4, args.entries * 2 // 5)
    policy = KdfPolicy.at_floor()
    source.unlock(PASSPHRASE, policy=policy)  # any migration happens here, untimed
    VaultSettings(source).backup_auto = False  # no backup inside the timed unlocks
    source.lock()
    key = source.read_key_file().unwrap_with_passphrase(PASSPHRASE, policy)
    painted: list[float] = []
    times: list[float] = []
    steps: list[tuple[float, float, float]] = []

    class FirstPaint(QObject):
        """Notes the moment the controller's main window is first painted."""

        def __init__(self, controller: AppController) -> None:
            super().__init__()
            self.controller = controller

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and obj is self.controller.window:
                painted.append(time.perf_counter())
            return False

    with tempfile.TemporaryDirectory() as root:
        paths = AppPaths.under(Path(root))
        paths.ensure()
        folder = paths.vaults_dir / source.folder.name
        folder.symlink_to(source.folder.resolve())
        settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
        for _ in range(args.runs):
            controller = AppController(
                app, paths, settings, policy=policy, watch_system=False, quit_app=lambda: None
            )
            controller.start()

            probe = FirstPaint(controller)
            app.installEventFilter(probe)
            painted.clear()
            vault = Vault(folder)
            started = time.perf_counter()
            vault._open(bytearray(key))
            opened = time.perf_counter()
            controller._enter(vault, False)
            entered = time.perf_counter()
            while not painted:
                app.processEvents()
            times.append((painted[0] - started) * 1000)
            steps.append(
                (
                    (opened - started) * 1000,
                    (entered - opened) * 1000,
                    (painted[0] - entered) * 1000,
                )
            )
            app.removeEventFilter(probe)
            controller.lock(backup=False)
            controller.shutdown()
            app.processEvents()
    for name, index in (("open the database", 0), ("build the window", 1), ("until painted", 2)):
        part = statistics.median(step[index] for step in steps)
        print(f"  {name}: median {part:.0f} ms")
    print(f"Unlock to painted Today, {args.entries:,} entries (after key derivation)")
    print("| measure | median ms | min ms | max ms | runs | target |")
    print("|---|---:|---:|---:|---:|---|")
    print(
        f"| open database, build window, first paint | {statistics.median(times):.0f} | "
        f"{min(times):.0f} | {max(times):.0f} | {len(times)} | ≤ 300 ms |"
    )


if __name__ == "__main__":
    main()
