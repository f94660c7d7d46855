"""Photos in a vault: opening, the timeline and search as fast as without; adding a photo.

    python -m benchmarks.bench_attachments                 # 300 photos of 3 MB (~1 GB)
    python -m benchmarks.bench_attachments --photos 2000 --keep benchmarks/out
                                        # the issue's 2,000 (6 GB, built once, then reused)

Two vaults of the same 2,000 entries are built, one with ``--photos`` photos of 3 MB
(random-looking bytes behind a JPEG header, stored through the attachments service) in
as many entries. Each is locked and opened again; the table gives medians of opening
(after the key is derived), the newest 50 of the timeline, a search, and adding a 10 MB
photo to an entry. The two vaults are measured in turn, ``--rounds`` times, so a busy
moment on the machine falls on both alike. Prints one table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry

PASSPHRASE = "a benchmark passphrase, calm"
MB = 1_000_000


def _photo(size: int, seed: int) -> bytes:
    # os.urandom is fast and does not compress, like a real JPEG's picture data.
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + seed.to_bytes(8, "big") + os.urandom(size - 21)


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _build(folder: Path, entries: int, photos: int) -> Services:
    registry = VaultRegistry(folder)
    if (folder / "built").exists():  # kept from an earlier run (--keep)
        vault = registry.find("Bench")
        vault.unlock(PASSPHRASE, policy=KdfPolicy.fast_for_tests())
        return Services.for_vault(vault)
    vault, _ = registry.create("Bench", PASSPHRASE, policy=KdfPolicy.fast_for_tests())
    services = Services.for_vault(vault)
    first = date(2020, 1, 1)
    ids = []
    for n in range(entries):
        body = f"Day {n}. The walk by the river was slow and kind; tea after. " * 6
        entry = services.journal.create(
            EntryInput(entry_date=first + timedelta(days=n), title=f"Entry {n}", body=body)
        )
        ids.append(entry.id)
    for n in range(photos):
        services.attachments.add(ids[n % entries], _photo(3 * MB, n), name=f"IMG_{n:04}.jpg")
    (folder / "built").write_text("")
    return services


def _measure(services: Services, runs: int) -> dict[str, float]:
    vault = services.vault
    key_policy = KdfPolicy.fast_for_tests()
    vault.lock()
    opened = _median_ms(lambda: (vault.unlock(PASSPHRASE, policy=key_policy), vault.lock()), runs)
    vault.unlock(PASSPHRASE, policy=key_policy)
    services = Services.for_vault(vault)
    newest = services.journal.timeline(limit=1)[0].id
    result = {
        "open (unlock and lock, fast KDF)": opened,
        "timeline, newest 50": _median_ms(lambda: services.journal.timeline(limit=50), runs),
        "search 'river', newest 50": _median_ms(
            lambda: services.journal.search("river", limit=50), runs
        ),
        "files of one entry": _median_ms(lambda: services.attachments.of_entry(newest), runs),
    }
    photo = [_photo(10 * MB, 10_000 + n) for n in range(runs)]
    added: list[int] = []
    result["add a 10 MB photo"] = _median_ms(
        lambda: added.append(services.attachments.add(newest, photo.pop(), name="big.jpg")
                             .attachment.id), runs
    )  # fmt: skip
    for attachment_id in added:  # a kept vault stays as it was built
        services.attachments.remove(attachment_id)
    vault.lock()
    return result


def _measure_in_turn(both: list[Services], runs: int, rounds: int) -> list[dict[str, float]]:
    # _measure locks and unlocks a vault itself, so the rounds need nothing in between.
    results = [[_measure(services, runs) for services in both] for _ in range(rounds)]
    return [
        {name: statistics.median(r[n][name] for r in results) for name in results[0][n]}
        for n in range(len(both))
    ]


def main() -> None:
    """Build both vaults, measure, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--photos", type=int, default=300)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="build the vaults here once and reuse them")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep / f"attachments-{args.entries}-{args.photos}" if args.keep else None
        base = root or Path(scratch)
        plain_vault = _build(base / "plain", args.entries, 0)
        start = time.perf_counter()
        with_photos = _build(base / "photos", args.entries, args.photos)
        built = time.perf_counter() - start
        size = with_photos.vault.db_path.stat().st_size / MB
        plain, photos = _measure_in_turn([plain_vault, with_photos], args.runs, args.rounds)
    print(f"{args.entries} entries; {args.photos} photos of 3 MB ({size:,.0f} MB vault, "
          f"built or opened in {built:.0f} s); medians of {args.rounds} rounds of "
          f"{args.runs} runs, ms; load {os.getloadavg()[0]:.1f}")  # fmt: skip
    print(f"{'':36} {'without':>9} {'with photos':>12}")
    for name in plain:
        print(f"{name:36} {plain[name]:9.1f} {photos[name]:12.1f}")


if __name__ == "__main__":
    main()
