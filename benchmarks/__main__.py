"""Run every benchmark, one after another, each printing its own table.

    python -m benchmarks            # full sizes (builds the 50,000-entry vault once, ~10 min)
    python -m benchmarks --quick    # small sizes, a couple of minutes

Benchmarks are not tests: they measure, they do not pass or fail. Record results with the
date and the machine in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

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
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes")
    args = parser.parse_args()
    status = 0
    for command in QUICK if args.quick else FULL:
        print(f"\n## {command[0]}\n", flush=True)
        status |= subprocess.run([sys.executable, "-m", *command], check=False).returncode
    return status


if __name__ == "__main__":
    raise SystemExit(main())
