"""Insights benchmarks (docs/benchmarks.md: insights over five years ≤ 300 ms).

    python -m benchmarks.bench_insights                  # 50,000 entries, 200,000 check-ins
    python -m benchmarks.bench_insights --entries 1000 --checkins 4000 --practices 400

Times the whole Insights report (what the Insights page asks for, in one read) and each
part on its own, on the realistic benchmark vault (five years of data). Prints a
Markdown table of medians and 95th percentiles. Vaults are built once and kept under
benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.realistic import PASSPHRASE, cached
from hj_journal.core.insights.service import Granularity, Insights
from hj_journal.store.kdf import KdfPolicy

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
        row("whole report (everything the page shows)", timed(insights.report, n), "≤ 300 ms"),
        row(
            "distress by week (five years)",
            timed(lambda: insights.rating_series("distress", Granularity.WEEK), n),
        ),
        row("what helps me", timed(insights.what_helps, n)),
        row("what was present on calmer days", timed(insights.calmer_days, n)),
        row("questionnaire scores", timed(insights.questionnaires, n)),
        row("journaling rhythm", timed(insights.rhythm, n)),
    ]
    vault.lock()
    print("\n".join(lines))
    weeks = report.distress[Granularity.WEEK].buckets
    print(
        f"\nChecked: {report.checkins:,} check-ins in {len(weeks)} weeks, "
        f"{len(report.what_helps)} strategies, "
        f"{len(report.calmer_days.observations)} observations."
    )


if __name__ == "__main__":
    main()
