"""Insights benchmarks (docs/benchmarks.md: the whole report over five years ≤ 150 ms).

    python -m benchmarks.bench_insights                  # 50,000 entries, 200,000 check-ins
    python -m benchmarks.bench_insights --entries 1000 --checkins 4000 --practices 400
    python -m benchmarks.bench_insights --no-page        # the core only, without Qt

Times the whole Insights report (what the Insights page asks for) and each part on its
own, on the realistic benchmark vault (five years of data), then the page itself
(offscreen Qt): from opening it to its first paint (of a first look: the latest weeks,
what helps, rhythm), to the whole report shown and painted, and the longest the GUI thread
is held while it loads and shows them. Prints a Markdown table of medians and 95th
percentiles. Vaults are built once and kept under benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks.realistic import PASSPHRASE, cached
from hj_journal.core.insights.service import Granularity, Insights
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.vault import Vault

# The benchmark vault's data runs from 2021 to the end of 2025; "today" is fixed just
# after it so that every run measures the same five years.
TODAY = datetime(2026, 1, 5, 12, tzinfo=UTC)


def timed(action: Callable[[], object], repeat: int) -> tuple[list[float], list[float]]:
    """Wall-clock and CPU milliseconds for each of ``repeat`` runs (after a warm-up run).

    CPU time is shown too because a shared machine stretches wall-clock time.
    """
    action()
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        action()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return wall, cpu


def row(name: str, times: tuple[list[float], list[float]], target: str = "") -> str:
    wall, cpu = times
    ordered = sorted(wall)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"| {name} | {statistics.median(wall):.1f} | {p95:.1f} | "
        f"{statistics.median(cpu):.1f} | {len(wall)} | {target} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=50000)
    parser.add_argument("--checkins", type=int, default=200000)
    parser.add_argument("--practices", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=9)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    parser.add_argument("--no-page", action="store_true", help="leave out the page (Qt)")
    args = parser.parse_args()
    print(
        f"Machine: {platform.machine()}, {platform.processor() or 'cpu'}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    print(
        f"Vault: {args.entries:,} entries, {args.checkins:,} check-ins, "
        f"{args.practices:,} practices over five years"
    )
    vault = cached(args.out, args.entries, args.checkins, args.practices)
    vault.unlock(PASSPHRASE, policy=KdfPolicy.at_floor())
    insights = Insights(vault, zone=UTC, clock=lambda: TODAY)
    n = args.repeat
    report = insights.report()
    lines = [
        "| measure | median ms | p95 ms | CPU median ms | runs | target |",
        "|---|---:|---:|---:|---:|---|",
        row("whole report (everything the page shows)", timed(insights.report, n), "≤ 150 ms"),
        row("first look (what the page shows first)", timed(insights.first_look, n)),
        row(
            "distress by week (five years)",
            timed(lambda: insights.rating_series("distress", Granularity.WEEK), n),
        ),
        row("what helps me", timed(insights.what_helps, n)),
        row("what was present on calmer days", timed(insights.calmer_days, n)),
        row("questionnaire scores", timed(insights.questionnaires, n)),
        row("journaling rhythm", timed(insights.rhythm, n)),
    ]
    if not args.no_page:
        lines.extend(page_rows(vault, insights, n))
    vault.lock()
    print("\n".join(lines))
    weeks = report.distress[Granularity.WEEK].buckets
    observations = report.calmer_days.observations if report.calmer_days else ()
    print(
        f"\nChecked: {report.checkins:,} check-ins in {len(weeks)} weeks, "
        f"{len(report.what_helps)} strategies, "
        f"{len(observations)} observations."
    )


def page_rows(vault: Vault, insights: Insights, repeat: int) -> list[str]:
    """The Insights page opened ``repeat`` times: to its first paint, and its longest
    hold on the GUI thread (a 5 ms timer's largest gap while it loads and shows)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from hj_journal.core.services import Services
    from hj_journal.paths import AppPaths
    from hj_journal.ui.insights.page import InsightsPage
    from hj_journal.ui.platform.app_settings import AppSettings
    from hj_journal.ui.shell.context import UiContext
    from hj_journal.ui.shell.hub import Hub

    # The offscreen platform's "does not support propagateSizeHints()" is not ours.
    qInstallMessageHandler(
        lambda _kind, _context, message: (
            None if "propagateSizeHints" in message else print(message, file=sys.stderr)
        )
    )
    app = QApplication.instance() or QApplication(sys.argv)
    services = Services.for_vault(vault)
    services.insights = insights
    first_paint: list[float] = []
    first_cpu: list[float] = []
    whole_paint: list[float] = []
    whole_cpu: list[float] = []
    holds: list[float] = []
    with tempfile.TemporaryDirectory() as root:
        paths = AppPaths.under(Path(root))
        settings = AppSettings(QSettings(str(Path(root) / "ui.ini"), QSettings.Format.IniFormat))
        ctx = UiContext(services=services, hub=Hub(), paths=paths, app_settings=settings)
        for run in range(repeat + 1):  # the first run warms up
            (painted, cpu), (whole, cpu_whole), hold = _open_once(app, InsightsPage(ctx))
            if run:
                first_paint.append(painted)
                first_cpu.append(cpu)
                whole_paint.append(whole)
                whole_cpu.append(cpu_whole)
                holds.append(hold)
        ctx.jobs.wait()
    return [
        row("page opened to its first paint", (first_paint, first_cpu), "≤ 150 ms"),
        row("page opened to the whole report painted", (whole_paint, whole_cpu)),
        row(
            "page: longest hold on the GUI thread (CPU: whole run)", (holds, whole_cpu), "≤ 100 ms"
        ),
    ]


def _open_once(app: Any, page: Any) -> tuple[tuple[float, float], tuple[float, float], float]:
    """Open ``page`` and wait for its whole report: (ms, CPU ms of every thread) to the
    first paint (of the first report shown, a first look) and to the whole report
    painted, and the largest gap between ticks of a 5 ms timer on the GUI thread."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    page.resize(1180, 780)
    clock = QElapsedTimer()
    ticks = [0.0]
    gaps = [0.0]

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e6
        gaps.append(now - ticks[-1])
        ticks.append(now)

    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    loop = QEventLoop()
    page.loaded.connect(loop.quit)
    first: list[tuple[float, float]] = []

    def shown() -> None:
        if not first:
            page.grab()  # paints the page as it is now
            cpu = (time.process_time() - started_cpu) * 1000
            first.append((clock.nsecsElapsed() / 1e6, cpu))

    page.shown.connect(shown)
    started_cpu = time.process_time()
    clock.start()
    ticker.start()
    page.show()
    page.activate()
    loop.exec()  # waits without spinning, so the report's threads have the cores
    page.grab()
    whole = clock.nsecsElapsed() / 1e6
    cpu = (time.process_time() - started_cpu) * 1000
    app.processEvents()  # the tick after the paint closes the last gap
    tick()
    ticker.stop()
    page.close()
    page.deleteLater()
    app.processEvents()
    return first[0], (whole, cpu), max(gaps)


if __name__ == "__main__":
    main()
