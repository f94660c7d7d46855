"""After a passphrase change or key rotation on another device: what the next unlock here costs.

    python -m benchmarks.bench_rotation_unlock              # 1,000 entries, 3 runs
    python -m benchmarks.bench_rotation_unlock --entries 200 --runs 1

Two devices share a synced folder in a temporary directory (the sync tool is a folder
copy). Each row is the unlock the lock screen's background job runs
(:func:`hj_journal.core.vaults.unlock_with_passphrase`, or
:func:`~hj_journal.core.vaults.unlock_any_with_passphrase` when no vault is named),
timed alone: wall and CPU time (median of the runs) and the passphrase key derivations
it made. Every row that follows a rotation starts from a fresh pair of devices, so the
rotation is new each time. The slots use the production memory and lanes at the passes
calibrated once on this machine (about 0.75 s each); the row naming no vault uses the
production policy itself, so its shared budget (2.2 s) pads the try as in the app.

Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import platform
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path

from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.sync.joining import join
from hj_journal.core.sync.service import Sync
from hj_journal.core.vaults import (
    PassphraseChangedElsewhereError,
    unlock_any_with_passphrase,
    unlock_with_passphrase,
)
from hj_journal.store import kdf, keyfile
from hj_journal.store.joined import finish_rotation_elsewhere
from hj_journal.store.kdf import KdfPolicy, calibrate
from hj_journal.store.registry import VaultRegistry
from hj_journal.store.vault import Vault

OLD = "the passphrase before the change"
NEW = "the passphrase chosen on the laptop"
SECOND = "a second vault's own passphrase"


@dataclass
class Pair:
    """The laptop (``a``, which changes the key) and this computer (``b``)."""

    root: Path
    a: Vault
    a_sync: Sync
    b: Vault
    b_registry: VaultRegistry

    def deliver(self) -> None:
        """The sync tool: the laptop's copy of the folder to this computer's."""
        shutil.copytree(self.root / "a-synced", self.root / "b-synced", dirs_exist_ok=True)


def _pair(root: Path, policy: KdfPolicy, entries: int) -> Pair:
    (root / "a-synced").mkdir(parents=True)
    a, _key = VaultRegistry(root / "a" / "vaults").create("Journal", OLD, policy=policy)
    services = Services.for_vault(a)
    for n in range(entries):
        services.journal.create(
            EntryInput(
                entry_date=date(2026, 1 + n % 12, 1 + n % 28),
                title=f"Evening {n}",
                body="A quiet walk by the river, then tea and a long talk. " * 6,
            )
        )
    a_sync = Sync(a)
    a_sync.set_up(root / "a-synced")
    shutil.copytree(root / "a-synced", root / "b-synced")
    registry = VaultRegistry(root / "b" / "vaults")
    b = join(registry, root / "b-synced", OLD, policy=policy, label="Journal")
    b.lock()
    return Pair(root, a, a_sync, b, registry)


class Counting:
    """Counts passphrase key derivations while it is on."""

    def __init__(self) -> None:
        self.count = 0
        self._derive = kdf.derive_key  # what the key file's unwrapping calls

    def __enter__(self) -> Counting:
        def counted(*args: object, **kwargs: object) -> bytearray:
            self.count += 1
            return self._derive(*args, **kwargs)  # type: ignore[arg-type]

        setattr(keyfile, "derive_key", counted)  # noqa: B010 (a module's own name)
        return self

    def __exit__(self, *_exc: object) -> None:
        setattr(keyfile, "derive_key", self._derive)  # noqa: B010


def _timed(action: Callable[[], None]) -> tuple[float, float, int]:
    with Counting() as counting:
        wall, cpu = time.perf_counter(), time.process_time()
        with contextlib.suppress(PassphraseChangedElsewhereError):  # told: an outcome
            action()
        return time.perf_counter() - wall, time.process_time() - cpu, counting.count


def _quiet(opening: Callable[[], object]) -> None:
    opening()


def _row(name: str, samples: list[tuple[float, float, int]], outcome: str) -> str:
    wall = statistics.median(s[0] for s in samples)
    cpu = statistics.median(s[1] for s in samples)
    derivations = sorted({s[2] for s in samples})
    told = "/".join(str(d) for d in derivations)
    return f"| {name} | {wall:.2f} | {cpu:.2f} | {told} | {outcome} |"


def _locked_rotation(pair: Pair, policy: KdfPolicy, passphrase: str = NEW) -> None:
    pair.a.rotate_key(passphrase, policy=policy)
    pair.a_sync.sync_now()
    pair.deliver()


def _open_rotation(pair: Pair, policy: KdfPolicy) -> None:
    pair.b.unlock(OLD, policy=policy)
    _locked_rotation(pair, policy)
    Sync(pair.b).sync_now()  # this computer was open: it leaves itself the bridge
    pair.b.lock()


def _scenarios(
    policy: KdfPolicy,
) -> list[tuple[str, Callable[[Pair], None], Callable[[Pair], None], str]]:
    def old(pair: Pair) -> None:
        unlock_with_passphrase(pair.b, OLD, policy=policy)

    def new(pair: Pair) -> None:
        unlock_with_passphrase(pair.b, NEW, policy=policy)

    def new_as_before(pair: Pair) -> None:
        finish_rotation_elsewhere(pair.b, NEW, policy)  # then the ordinary unlock
        pair.b.unlock(NEW, policy=policy)

    def waits(pair: Pair) -> None:
        _open_rotation(pair, policy)

    def nothing(pair: Pair) -> None:
        pair.b.unlock(OLD, policy=policy)
        Sync(pair.b).sync_now()
        pair.b.lock()

    def rewrap(pair: Pair) -> None:
        pair.a.change_passphrase(NEW, policy=policy)
        pair.a_sync.sync_now()
        pair.deliver()

    return [
        (
            "nothing changed, store unlock alone (no look)",
            nothing,
            lambda p: p.b.unlock(OLD, policy=policy),
            "opens",
        ),
        ("nothing changed, kept in step (the look)", nothing, old, "opens"),
        ("passphrase changed there (re-wrap), old one", rewrap, old, "told"),
        ("locked during a rotation, old one", lambda p: _locked_rotation(p, policy), old, "told"),
        ("open during a rotation, old one", lambda p: _open_rotation(p, policy), old, "told"),
        ("rotation waits, new one (now)", waits, new, "opens, crossed"),
        (
            "rotation waits, new one (as before: cross, then derive again)",
            waits,
            new_as_before,
            "opens, crossed",
        ),
        (
            "new recovery key there, same passphrase",
            lambda p: _locked_rotation(p, policy, OLD),
            old,
            "opens, crossed",
        ),
    ]


def measure(runs: int, entries: int, policy: KdfPolicy) -> list[str]:
    """One row per scenario."""
    rows = []
    for name, before, action, outcome in _scenarios(policy):
        samples = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory(prefix="hj-rotation-bench-") as tmp:
                pair = _pair(Path(tmp), policy, entries)
                try:
                    before(pair)
                    samples.append(_timed(partial(action, pair)))
                finally:
                    pair.a.lock()
                    pair.b.lock()
        rows.append(_row(name, samples, outcome))
    return rows


def measure_unlisted(runs: int, entries: int) -> list[str]:
    """Naming no vault: two vaults on this computer, one waits for a rotation's passphrase."""
    production = KdfPolicy.production()
    rows = []
    for passphrase, name in ((NEW, "new one"), (OLD, "old one")):
        samples = []
        for _ in range(runs):
            with tempfile.TemporaryDirectory(prefix="hj-rotation-bench-") as tmp:
                pair = _pair(Path(tmp), production, entries)
                second, _key = pair.b_registry.create("Second", SECOND, policy=production)
                second.lock()
                try:
                    _open_rotation(pair, production)
                    opening = partial(
                        unlock_any_with_passphrase, pair.b_registry, passphrase, policy=production
                    )
                    samples.append(_timed(partial(_quiet, opening)))
                finally:
                    for vault in (pair.a, pair.b, second):
                        vault.lock()
        outcome = "opens, crossed" if passphrase == NEW else "told"
        rows.append(_row(f"naming no vault (2 vaults), rotation waits, {name}", samples, outcome))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--no-unlisted", action="store_true", help="leave out the last rows")
    args = parser.parse_args()
    production = KdfPolicy.production()
    passes = calibrate(production).iterations
    policy = production.with_iterations(passes)
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python "
        f"{platform.python_version()}; load {Path('/proc/loadavg').read_text().split()[:3]}; "
        f"slots {policy.memory_kib // 1024} MiB × {passes} passes × {policy.lanes} lanes; "
        f"{args.entries} entries; median of {args.runs}"
    )
    print()
    print("| unlock | wall s | CPU s | derivations | outcome |")
    print("|---|---:|---:|---:|---|")
    for row in measure(args.runs, args.entries, policy):
        print(row)
    if not args.no_unlisted:
        for row in measure_unlisted(args.runs, args.entries):
            print(row)


if __name__ == "__main__":
    main()
