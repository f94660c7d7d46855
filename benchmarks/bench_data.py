"""Backup, restore and export benchmarks on a realistic vault (own-your-data issue).

    python -m benchmarks.bench_data                    # 10,000 entries, 40,000 check-ins
    python -m benchmarks.bench_data --entries 2000     # quicker

Copies a cached realistic vault (:mod:`benchmarks.realistic`) into a temporary folder,
then times (wall and CPU): an encrypted backup (copy + full check), checking a backup, restoring a
backup over the vault (safety backup first), the JSON export, and importing that JSON
export into an empty vault (with its two parts: reading the file, then checking and writing
the rows in one transaction). Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.realistic import PASSPHRASE, cached
from hj_journal.core.data.backup import Backups
from hj_journal.core.data.exchange.export_json import export_json
from hj_journal.core.data.exchange.importer import Importer, read_source
from hj_journal.core.data.restore import restore_over
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.registry import VaultRegistry
from hj_journal.store.vault import Vault

Row = tuple[str, float, float, str]  # step, wall seconds, CPU seconds, notes


def _timed(rows: list[Row], name: str, action: Callable[[], object]) -> object:
    started, cpu = time.perf_counter(), time.process_time()
    result = action()
    rows.append((name, time.perf_counter() - started, time.process_time() - cpu, ""))
    return result


def _note(rows: list[Row], note: str) -> None:
    rows[-1] = (*rows[-1][:3], note)


def run(entries: int) -> list[Row]:
    """Time each step once on a copy of the cached vault."""
    source = cached(Path(__file__).parent / "out", entries, entries * 4, entries * 2 // 5)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        copy = folder / "vaults" / source.folder.name
        shutil.copytree(source.folder, copy)
        vault = Vault(copy)
        policy = KdfPolicy.at_floor()
        vault.unlock(PASSPHRASE, policy=policy)
        try:
            size = vault.db_path.stat().st_size
            backups = Backups(vault, folder / "backups")
            info = _timed(rows, "backup (copy and full check)", backups.create)
            _note(rows, f"{size / 1e6:.0f} MB database")
            _timed(rows, "check a backup", lambda: backups.verify(info))  # type: ignore[arg-type]
            _timed(rows, "restore over the vault", lambda: restore_over(backups, info))  # type: ignore[arg-type]
            _note(rows, "full check, safety backup, page copy")
            out = folder / "export.json"
            summary = _timed(rows, "JSON export", lambda: export_json(vault, out))
            _note(rows, f"{summary.total:,} rows")  # type: ignore[attr-defined]
            empty, _ = VaultRegistry(folder / "vaults").create(
                "Empty", "benchmark passphrase two", policy=KdfPolicy.fast_for_tests()
            )
            try:
                parts: list[Row] = []
                parsed = _timed(parts, "… reading the file", lambda: read_source(out, "json"))
                result = _timed(
                    parts,
                    "… checking and writing the rows",
                    lambda: Importer(empty).run(parsed),  # type: ignore[arg-type]
                )
                _note(parts, "one transaction: plan, rows, indexes, search index, commit")
                rows.append(
                    (
                        "JSON import into an empty vault",
                        sum(p[1] for p in parts),
                        sum(p[2] for p in parts),
                        f"{result.new_total:,} rows, reading the file included",  # type: ignore[attr-defined]
                    )
                )
                rows.extend(parts)
            finally:
                empty.lock()
        finally:
            vault.lock()
    return rows


def main(argv: list[str] | None = None) -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description="Backup, restore and export benchmarks")
    parser.add_argument("--entries", type=int, default=10_000)
    args = parser.parse_args(argv)
    rows = run(args.entries)
    print(
        f"\nOwn your data, {args.entries:,} entries and {args.entries * 4:,} check-ins "
        f"({platform.machine()}, Python {platform.python_version()})\n"
    )
    print("| step | seconds | CPU seconds | notes |")
    print("|---|---:|---:|---|")
    for name, seconds, cpu, note in rows:
        print(f"| {name} | {seconds:.2f} | {cpu:.2f} | {note} |")
    print(
        f"\nLoad average after the run: {' '.join(Path('/proc/loadavg').read_text().split()[:3])}"
    )


if __name__ == "__main__":
    main()
