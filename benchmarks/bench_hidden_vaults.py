"""'Don't list my vaults': how long the lock screen takes when the passphrase decides.

    python -m benchmarks.bench_hidden_vaults            # 2 and 3 vaults, 3 runs each
    python -m benchmarks.bench_hidden_vaults --runs 5

Each vault is made with the production key derivation, calibrated on this machine as
the app does (about 0.75 s per derivation), and each has its own salt, so trying a
passphrase costs one derivation per vault tried: the right passphrase of the first vault
tried costs one, of the last one all of them, and a wrong passphrase all of them. The
whole unlock is timed (derivations, opening the database, settling the label), as the
lock screen's background job runs it. Prints a Markdown table; vaults go to a temporary
folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from hj_journal.store.errors import WrongSecretError
from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.registry import VaultRegistry
from hj_journal.store.vault import Vault

TARGET = "≤ 2.5 s"


def _seconds(action: object, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return times


def measure(count: int, runs: int, policy: KdfPolicy) -> list[str]:
    """Table rows for ``count`` unlisted vaults."""
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        registry = VaultRegistry(Path(folder) / "vaults", unlisted=True)
        passphrases = [f"benchmark passphrase number {n} by the sea" for n in range(count)]
        for n, passphrase in enumerate(passphrases):
            vault, _ = registry.create(f"Room {n}", passphrase, policy=policy)
            vault.lock()
        order = [v.folder for v in registry._in_trying_order(None)]  # the registry's order
        passes = [
            Vault(folder).read_key_file().slots[0].argon2_params().iterations for folder in order
        ]
        print(f"{count} vaults, calibrated Argon2id passes in trying order: {passes}", flush=True)

        def opens(passphrase: str) -> None:
            registry.unlock_any(passphrase, policy=policy).lock()

        def wrong() -> None:
            try:
                registry.unlock_any("a passphrase that opens nothing", policy=policy)
            except WrongSecretError:
                return
            raise AssertionError("a wrong passphrase opened a vault")

        by_folder = {}
        for vault in registry.vaults():
            for passphrase in passphrases:
                if vault.check_passphrase(passphrase, policy=policy):
                    by_folder[vault.folder] = passphrase
        first, last = by_folder[order[0]], by_folder[order[-1]]
        for name, action in (
            ("right passphrase, first vault tried", lambda: opens(first)),
            ("right passphrase, last vault tried", lambda: opens(last)),
            ("wrong passphrase", wrong),
        ):
            times = _seconds(action, runs)
            rows.append(
                f"| {name} | {count} | {statistics.median(times):.2f} | {max(times):.2f} | "
                f"{runs} | {TARGET} |"
            )
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--counts", type=int, nargs="+", default=[2, 3])
    args = parser.parse_args()
    policy = KdfPolicy.production()
    print(
        f"{date.today().isoformat()} — {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    print()
    rows = []
    for count in args.counts:
        rows += measure(count, args.runs, policy)
    print()
    print("| measure | vaults | median s | slowest s | runs | target |")
    print("|---|---:|---:|---:|---:|---|")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
