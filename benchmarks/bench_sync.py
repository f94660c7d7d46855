"""Keeping a vault in step through a synced folder: merging, a day's change set, joining.

    python -m benchmarks.bench_sync                    # 50,000 entries, 10,000 changed
    python -m benchmarks.bench_sync --entries 5000 --changed 1000

Builds a vault of realistic entries (benchmarks/realistic.py) once and keeps it under
``--out`` (benchmarks/out/, git-ignored; the 50,000-entry one takes ~8 min to build), works
on a copy of it in a temporary folder, then times, on this machine:

- setting up the synced folder: the first change set (every row) and the first snapshot;
- joining from that folder on a second device (the snapshot, then later change sets);
- sending 10,000 changed entries, and merging them on the other device;
- the change set of a daily journaler's day (one entry of about 300 words, a check-in).

Targets (issue 17): merging 10,000 changed rows ≤ 5 s; a day's change set a few KB;
joining from a snapshot of a 50,000-entry vault ≤ 60 s. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import cProfile
import platform
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from benchmarks import realistic
from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.sync.joining import join
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.registry import VaultRegistry
from hj_journal.store.vault import Vault


class Took(float):
    """Seconds of wall-clock time, with the CPU time the process spent meanwhile."""

    cpu: float


def _figure(took: Took) -> str:
    # The machine may be shared: the CPU time says what the work itself cost.
    return f"{took:.1f} s (CPU {took.cpu:.1f} s)"


def _timed(action: Callable[[], Any]) -> tuple[Took, Any]:
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    took = Took(time.perf_counter() - started)
    took.cpu = time.process_time() - cpu
    return took, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=50_000)
    parser.add_argument("--changed", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    parser.add_argument("--profile", type=Path, help="write a cProfile of the merge here")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory(prefix="hj-bench-sync-") as tmp:
        root = Path(tmp)
        folder = root / "Sync"
        folder.mkdir()
        kept = realistic.cached(args.out, args.entries, 0, 0)
        shutil.copytree(kept.folder, root / "a" / "vaults" / "0001")
        laptop = Vault(root / "a" / "vaults" / "0001")
        laptop.unlock(realistic.PASSPHRASE, policy=KdfPolicy.at_floor())
        one = Services.for_vault(laptop)
        seconds, _report = _timed(lambda: one.sync.set_up(folder))
        size = sum(p.stat().st_size for p in folder.rglob("*.hjsnap"))
        rows.append(
            (
                f"set up: first change set and snapshot of {args.entries:,} entries",
                _figure(seconds),
                f"snapshot {size / 1e6:.1f} MB",
            )
        )
        registry = VaultRegistry(root / "b" / "vaults")
        seconds, desktop = _timed(
            lambda: join(
                registry,
                folder,
                realistic.PASSPHRASE,
                policy=KdfPolicy.at_floor(),
                label="Desktop",
            )
        )
        rows.append(
            (
                f"join from the snapshot of {args.entries:,} entries",
                _figure(seconds),
                "target ≤ 60 s (includes one key derivation at the floor)",
            )
        )
        two = Services.for_vault(desktop)

        rng = random.Random(3)
        ids = rng.sample(range(1, args.entries + 1), min(args.changed, args.entries))
        with laptop.transaction() as session:
            connection = session.connection()
            for entry_id in ids:
                connection.exec_driver_sql(
                    "UPDATE entries SET body = body || ' And one more line.' WHERE id = ?",
                    (entry_id,),
                )
        seconds, report = _timed(one.sync.sync_now)
        sent = next(folder.rglob(f"{report.sent}.hjsync")).stat().st_size
        rows.append(
            (
                f"send {len(ids):,} changed entries",
                _figure(seconds),
                f"change set {sent / 1e6:.1f} MB",
            )
        )
        if args.profile is not None:
            profiler = cProfile.Profile()
            seconds, report = _timed(lambda: profiler.runcall(two.sync.sync_now))
            profiler.dump_stats(args.profile)
        else:
            seconds, report = _timed(two.sync.sync_now)
        rows.append(
            (
                f"merge {report.rows_applied:,} changed rows on the other device",
                _figure(seconds),
                "target ≤ 5 s",
            )
        )

        one.journal.create(
            EntryInput(
                entry_date=date(2026, 12, 3),
                title="Tuesday",
                body=realistic.ZipfWords(realistic.vocabulary(3000, rng), rng).text(300),
            )
        )
        one.checkins.add(CheckInInput(distress=3, note="a slow morning"))
        report = one.sync.sync_now()
        day = next(folder.rglob(f"{report.sent}.hjsync")).stat().st_size
        rows.append(
            (
                "a day's change set (an entry of 300 words, a check-in)",
                f"{day / 1000:.1f} KB",
                f"{report.rows_sent} rows",
            )
        )
        desktop.lock()
        laptop.lock()
    load = Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else []
    print(
        f"\n{platform.node()} · {platform.processor() or platform.machine()} · "
        f"Python {platform.python_version()} · load average {' '.join(load) or 'unknown'}\n"
    )
    print("| what | time / size | note |\n|---|---|---|")
    for what, figure, note in rows:
        print(f"| {what} | {figure} | {note} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
