"""Store benchmarks (docs/benchmarks.md): save, search, unlock, key derivation.

    python -m benchmarks.bench_store                 # 1,000 and 50,000 entries
    python -m benchmarks.bench_store --sizes 1000    # quicker

Prints a Markdown table of medians and 95th percentiles. Vaults are built once and
kept under benchmarks/out/ (git-ignored); each run times a copy, so the entries it saves
never pile up in the kept vault. The searches come after 200 saves in the same process,
as late in a long session (docs/benchmarks.md: what made a date range slow there). About
a minute at 50,000 entries once the vault is built (building it takes about 8 minutes).
"""

from __future__ import annotations

import argparse
import platform
import shutil
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from benchmarks.realistic import PASSPHRASE, cached
from hj_journal.core.journal.entries import EntryInput, Journal, TimelineFilter
from hj_journal.store import search_index
from hj_journal.store.bulk import dbapi_runner
from hj_journal.store.kdf import SALT_LENGTH, KdfPolicy, derive_key
from hj_journal.store.vault import Vault

QUERIES = {
    "common word": "felt",
    "two words": "quiet morning",
    "rare word": "kalomi",
    "prefix (typing)": "hea",
    # Word forms (migration 0009): each matches other forms of its words too.
    "word forms: one word": "walking",
    "word forms: two words": "tiredness mornings",
    "quoted phrase": '"quiet morning"',
}
# Search narrowed by a tag and a range of days, as the journal's filters do.
NARROWED = {
    "tag": TimelineFilter(tag="work"),
    "tag and a year": TimelineFilter(
        tag="work", day_from=date(2024, 1, 1), day_to=date(2024, 12, 31)
    ),
}


# The median CPU time of the last timed() run: on a shared machine the wall clock also
# counts time spent waiting for a core, so the table shows both.
_last_cpu: list[float] = []


def timed(action: Callable[[], object], repeat: int) -> list[float]:
    """Milliseconds for each of ``repeat`` runs (CPU milliseconds kept beside)."""
    times = []
    _last_cpu.clear()
    for _ in range(repeat):
        started, cpu = time.perf_counter(), time.process_time()
        action()
        times.append((time.perf_counter() - started) * 1000)
        _last_cpu.append((time.process_time() - cpu) * 1000)
    return times


def row(name: str, size: int, times: list[float], target: str = "") -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    cpu = f"{statistics.median(_last_cpu):.2f}" if len(_last_cpu) == len(times) else ""
    return (
        f"| {name} | {size:,} | {statistics.median(times):.2f} | {p95:.2f} | {cpu} | "
        f"{len(times)} | {target} |"
    )


def bench_size(out: Path, entries: int) -> list[str]:
    """Time one size on a copy of the cached vault (the saves timed here stay out of it)."""
    kept = cached(out, entries, entries * 4, entries * 2 // 5)
    # Unlocking once brings the kept vault to this version's schema, so no timed unlock
    # below includes a migration.
    kept.unlock(PASSPHRASE, policy=KdfPolicy.at_floor())
    kept.lock()
    # The copies an update keeps of the database before migrating it: 400 MB each here.
    for leftover in kept.folder.glob("vault.db.pre-migration-*"):
        leftover.unlink()
    folder = out / f"store-run-{entries}"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(kept.folder, folder, ignore=shutil.ignore_patterns("*.pre-migration-*"))
    try:
        return _bench_vault(Vault(folder), entries)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _bench_vault(vault: Vault, entries: int) -> list[str]:
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
    for label, narrowing in NARROWED.items():
        lines.append(
            row(
                f"search newest 50: common word, {label}",
                entries,
                timed(lambda n=narrowing: journal.search("felt", limit=50, where=n), 30),
                "≤ 30 ms median",
            )
        )
    # Best match first (issue 18: ≤ 30 ms); narrowed searches are ranked whole.
    for label, query in list(QUERIES.items())[:3]:
        lines.append(
            row(
                f"search best match 50: {label}",
                entries,
                timed(lambda q=query: journal.search(q, order="best", limit=50), 15),
                "≤ 30 ms median",
            )
        )
    lines.append(
        row(
            "search best match 50: common word, tag and a year",
            entries,
            timed(
                lambda: journal.search(
                    "felt", order="best", limit=50, where=NARROWED["tag and a year"]
                ),
                15,
            ),
            "≤ 30 ms median",
        )
    )
    vault.lock()
    return lines


def bench_migration(out: Path, entries: int) -> list[str]:
    """The whole index built again in the background (joining, or after migration 0013)."""
    _last_cpu.clear()  # these rows give their CPU time in words
    vault = cached(out, entries, entries * 4, entries * 2 // 5)
    folder = out / f"migrate-{entries}"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(vault.folder, folder)
    copy = Vault(folder)
    copy.unlock(PASSPHRASE, policy=KdfPolicy.at_floor())
    # Every entry taken out of the index and listed for the builder, as joining does.
    started, cpu = time.perf_counter(), time.process_time()
    with copy.engine.begin() as conn:
        search_index.index_all(dbapi_runner(conn.connection.driver_connection))
    queued = [(time.perf_counter() - started) * 1000]
    queued_cpu = (time.process_time() - cpu) * 1000
    journal = Journal(copy)
    steps: list[float] = []
    started, cpu = time.perf_counter(), time.process_time()
    while True:
        step = time.perf_counter()
        progress = journal.add_word_forms()
        steps.append((time.perf_counter() - step) * 1000)
        if progress.finished:
            break
    whole = [(time.perf_counter() - started) * 1000]
    whole_cpu = (time.process_time() - cpu) * 1000
    pages = _index_pages(copy)
    copy.lock()
    shutil.rmtree(folder)
    return [
        row(
            "every entry out of the index, listed for the builder",
            entries,
            queued,
            f"CPU {queued_cpu:.0f} ms",
        ),
        row(
            f"index in the background: one step of {search_index.CHUNK}",
            entries,
            steps,
            "write lock held per step",
        ),
        row(
            "index in the background: all steps",
            entries,
            whole,
            f"CPU {whole_cpu / 1000:.0f} s; index {pages * 4 / 1024:.0f} MiB",
        ),
    ]


def _index_pages(vault: Vault) -> int:
    with vault.engine.connect() as conn:
        return int(
            conn.exec_driver_sql(
                "SELECT sum(length(block)) / 4096 FROM entry_fts_data"
            ).scalar_one()
            or 0
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 50000])
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    parser.add_argument(
        "--migration",
        action="store_true",
        help="also time indexing every entry again in the background",
    )
    args = parser.parse_args()
    print(
        f"Machine: {platform.machine()}, {platform.processor() or 'cpu'}, "
        f"Python {platform.python_version()}, {platform.system()} {platform.release()}"
    )
    lines = [
        "| measure | entries | median ms | p95 ms | median CPU ms | runs | target |",
        "|---|---:|---:|---:|---:|---:|---|",
    ]
    print("\n".join(lines), flush=True)
    for size in args.sizes:
        if args.migration:
            migrated = bench_migration(args.out, size)
            print("\n".join(migrated), flush=True)
            lines += migrated
        found = bench_size(args.out, size)
        print("\n".join(found), flush=True)
        lines += found
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
    print(lines[-1])


if __name__ == "__main__":
    main()
