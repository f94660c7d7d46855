"""Import benchmark (issue: 10,000 jrnl entries in at most 20 s, with progress shown).

    python -m benchmarks.bench_import              # 10,000 entries
    python -m benchmarks.bench_import -n 2000      # quicker

Writes a realistic jrnl export with :mod:`benchmarks.gen_jrnl`, makes a fresh vault in a
temporary folder, and times reading, the preview and the one-transaction import
separately, printing progress as the importer reports it. A second run of the same file
shows that re-importing adds nothing (and how long finding that out takes).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.gen_jrnl import generate
from hj_journal.core.data.exchange.importer import Importer, read_source
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.registry import VaultRegistry

TARGET_SECONDS = 20.0


def _progress(label: str) -> tuple[list[int], object]:
    calls: list[int] = []

    def report(done: int, total: int) -> None:
        calls.append(done)
        percent = 100 * done // total if total else 100
        print(f"\r  {label}: {percent:3d}%", end="", file=sys.stderr, flush=True)

    return calls, report


def run(count: int) -> dict[str, float]:
    """Time one import of ``count`` entries into an empty vault; returns seconds per step."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "jrnl.json"
        path.write_text(json.dumps(generate(count), ensure_ascii=False), encoding="utf-8")
        vault, _ = VaultRegistry(folder / "vaults").create(
            "Bench", "benchmark passphrase", policy=KdfPolicy.fast_for_tests()
        )
        try:
            importer = Importer(vault)
            times: dict[str, float] = {}
            started = time.perf_counter()
            calls, report = _progress("reading")
            source = read_source(path, "jrnl", progress=report)  # type: ignore[arg-type]
            times["read"] = time.perf_counter() - started
            step = time.perf_counter()
            preview = importer.preview(source)
            times["preview"] = time.perf_counter() - step
            step = time.perf_counter()
            write_calls, report = _progress("importing")
            result = importer.run(source, progress=report)  # type: ignore[arg-type]
            times["import"] = time.perf_counter() - step
            times["total"] = time.perf_counter() - started
            print(file=sys.stderr)
            assert result.entries.new == preview.entries.new == count
            step = time.perf_counter()
            again = importer.preview(read_source(path, "jrnl"))
            times["re-import check"] = time.perf_counter() - step
            assert again.new_total == 0
            times["progress reports"] = float(len(calls) + len(write_calls))
            return times
        finally:
            vault.lock()


def main(argv: list[str] | None = None) -> int:
    """Print a Markdown table; exit 1 if the import took longer than the target."""
    parser = argparse.ArgumentParser(description="Import benchmark")
    parser.add_argument("-n", "--entries", type=int, default=10_000)
    args = parser.parse_args(argv)
    times = run(args.entries)
    print(
        f"\nImport of {args.entries:,} jrnl entries ({platform.machine()}, "
        f"Python {platform.python_version()})\n"
    )
    print("| step | seconds |")
    print("|---|---|")
    for name, value in times.items():
        shown = f"{int(value)}" if name == "progress reports" else f"{value:.2f}"
        print(f"| {name} | {shown} |")
    ok = times["total"] <= TARGET_SECONDS
    verdict = "met" if ok else "NOT met"
    print(f"\nTarget: read + preview + import ≤ {TARGET_SECONDS:.0f} s — {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
