"""Run every benchmark, one after another, each printing its own table.

    python -m benchmarks            # full sizes: under 15 minutes once the vaults are built
    python -m benchmarks --quick    # small sizes, a few minutes

The full run's vaults (50,000 entries; 2,000 photos of 3 MB; the jrnl journals) are built
once under benchmarks/out/ and reused: the first run takes about 30 minutes more and
needs about 10 GB there. The jrnl comparison needs jrnl (``pip install -e '.[bench]'``,
or ``--jrnl`` to bench_vs_jrnl); without it that benchmark is left out, saying so.

Benchmarks are not tests: they measure, they do not pass or fail. Record results with the
date and the machine in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

FULL = [
    ["benchmarks.bench_startup"],
    ["benchmarks.bench_store"],
    ["benchmarks.bench_unlock_paint"],
    ["benchmarks.bench_ui_timeline"],
    ["benchmarks.bench_insights"],
    ["benchmarks.bench_import"],
    ["benchmarks.bench_data"],
    ["benchmarks.bench_hidden_vaults"],
    ["benchmarks.bench_practice"],
    ["benchmarks.bench_attachments", "--photos", "2000", "--keep", "benchmarks/out"],
    ["benchmarks.bench_sync"],
    # One run of each unlock (about 100 s): three took 5 of the 15 minutes everything has.
    ["benchmarks.bench_rotation_unlock", "--runs", "1"],
    ["benchmarks.bench_vs_jrnl", "--sizes", "1000", "10000", "50000", "--runs", "2"],
]
QUICK = [
    ["benchmarks.bench_startup", "--runs", "5"],
    ["benchmarks.bench_store", "--sizes", "1000"],
    ["benchmarks.bench_unlock_paint", "--entries", "1000"],
    ["benchmarks.bench_ui_timeline", "--entries", "2000"],
    ["benchmarks.bench_insights", "--entries", "1000", "--checkins", "4000", "--practices", "400"],
    ["benchmarks.bench_import", "-n", "2000"],
    ["benchmarks.bench_data", "--entries", "2000"],
    ["benchmarks.bench_hidden_vaults", "--runs", "1"],
    ["benchmarks.bench_practice", "--clients", "10", "--sessions", "100", "--repeat", "5"],
    ["benchmarks.bench_attachments", "--entries", "200", "--photos", "20", "--runs", "3"],
    ["benchmarks.bench_sync", "--entries", "2000", "--changed", "1000"],
    ["benchmarks.bench_rotation_unlock", "--entries", "200", "--runs", "1"],
    ["benchmarks.bench_vs_jrnl", "--sizes", "1000", "--runs", "2"],
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes")
    args = parser.parse_args()
    status = 0
    started = time.perf_counter()
    for command in QUICK if args.quick else FULL:
        print(f"\n## {command[0]}\n", flush=True)
        if command[0] == "benchmarks.bench_vs_jrnl" and not _jrnl_found():
            print("jrnl is not installed here (pip install -e '.[bench]'): left out.")
            continue
        began = time.perf_counter()
        status |= subprocess.run([sys.executable, "-m", *command], check=False).returncode
        print(f"\n({command[0]}: {time.perf_counter() - began:.0f} s)", flush=True)
    print(f"\nAll benchmarks: {(time.perf_counter() - started) / 60:.1f} min")
    return status


def _jrnl_found() -> bool:
    beside = Path(sys.executable).parent / "jrnl"
    return shutil.which("jrnl") is not None or beside.exists()


if __name__ == "__main__":
    raise SystemExit(main())
