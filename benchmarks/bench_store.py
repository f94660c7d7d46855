"""Store benchmarks (docs/benchmarks.md): save, search, unlock, key derivation.

    python -m benchmarks.bench_store                 # 1,000 and 50,000 entries
    python -m benchmarks.bench_store --sizes 1000    # quicker

Prints a Markdown table of medians and 95th percentiles. Vaults are built once and
kept under benchmarks/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.realistic import PASSPHRASE, cached
from hj_journal.core.journal.entries import EntryInput, Journal
from hj_journal.store.kdf import SALT_LENGTH, KdfPolicy, derive_key

QUERIES = {
    "common word": "felt",
    "two words": "quiet morning",
    "rare word": "kalomi",
    "prefix (typing)": "hea",
}


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds for each of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return times


def row(name: str, size: int, times: list[float], target: str = "") -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return (
        f"| {name} | {size:,} | {statistics.median(times):.2f} | {p95:.2f} | "
        f"{len(times)} | {target} |"
    )


def bench_size(out: Path, entries: int) -> list[str]:
    vault = cached(out, entries, entries * 4, entries * 2 // 5)
    policy = KdfPolicy.at_floor()
    lines = []
    # Unlock without key derivation: unwrap once, then time opening the database.
    key = vault.read_key_file().unwrap_with_passphrase(PASSPHRASE, policy)

    def open_only() -> None:
        vault._open(bytearray(key))
        with vault.session() as session:  # first real query, as Today would do
            Journal(vault).latest(5)
            session.close()
        vault.lock()

    lines.append(
        row("unlock, excluding key derivation", entries, timed(open_only, 15), "≤ 150 ms")
    )
    vault.unlock(PASSPHRASE, policy=policy)
    journal = Journal(vault)
    counter = iter(range(10**9))

    def save() -> None:
        n = next(counter)
        journal.create(
            EntryInput(
                entry_date=date(2026, 1, 1),
                title=f"bench {n}",
                body="A short new entry about the day and the rain. " * 20,
                tags=("bench",),
            )
        )

    lines.append(row("save an entry", entries, timed(save, 200), "≤ 5 ms median"))
    for label, query in QUERIES.items():
        lines.append(
            row(
                f"search newest 50: {label}",
                entries,
                timed(lambda q=query: journal.search(q, limit=50), 30),
                "≤ 30 ms median",
            )
        )
    for label, query in list(QUERIES.items())[:2]:
        lines.append(
            row(
                f"search best match 50: {label}",
                entries,
                timed(lambda q=query: journal.search(q, order="best", limit=50), 15),
                "report",
            )
        )
    vault.lock()
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 50000])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    args = parser.parse_args()
    print(
        f"Machine: {platform.machine()}, {platform.processor() or 'cpu'}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    lines = [
        "| measure | entries | median ms | p95 ms | runs | target |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for size in args.sizes:
        lines.extend(bench_size(args.out, size))
    params = KdfPolicy.production().parameters_for_new_slot()
    kdf_times = timed(lambda: derive_key("x", bytes(SALT_LENGTH), params), 5)
    lines.append(
        row(
            f"key derivation (Argon2id {params.memory_kib // 1024} MiB, "
            f"t={params.iterations}, p={params.lanes})",
            0,
            kdf_times,
            "0.5–1 s",
        )
    )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
