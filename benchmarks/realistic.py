"""A realistic vault for benchmarks: Zipf-distributed words, entries of 50–600 words.

    python -m benchmarks.realistic --entries 50000 --checkins 200000 --out benchmarks/out/v50k

The vocabulary is several thousand made-up but word-like strings plus common English
words, drawn with a Zipf distribution so that a few words are everywhere and most are
rare, as in real writing. Everything is deterministic for a given seed.
"""

from __future__ import annotations

import argparse
import bisect
import itertools
import random
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from hj_journal.store.kdf import KdfPolicy
from hj_journal.store.models import CheckIn, CopingPractice, Entry, EntryTag, new_uuid
from hj_journal.store.vault import Vault

PASSPHRASE = "benchmark passphrase"
COMMON = (
    "the and to a of i in it was that my for with is on but me at so this had be not as "
    "felt today walk friend work home tired calm rain sleep tea family body breath quiet "
    "morning evening kind hard long day talk heart care rest light hope"
).split()
TAGS = [
    "gratitude",
    "work",
    "family",
    "body",
    "rest",
    "community",
    "grief",
    "joy",
    "money",
    "housing",
    "health",
    "walk",
    "sleep",
    "therapy",
    "friends",
    "anger",
    "hope",
    "land",
]
EMOTIONS = ["calm", "tired", "anxious", "hopeful", "sad", "angry", "content", "numb", "joyful"]


def vocabulary(size: int, rng: random.Random) -> list[str]:
    """Common words first (they get the highest Zipf weights), then invented ones."""
    syllables = ["ka", "lo", "mi", "ren", "tu", "sa", "vel", "no", "ar", "bi", "sh", "ee", "on"]
    invented: set[str] = set()
    while len(invented) < size - len(COMMON):
        invented.add("".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))))
    return COMMON + sorted(invented)


class ZipfWords:
    """Draw words with probability proportional to 1 / rank."""

    def __init__(self, words: list[str], rng: random.Random) -> None:
        self.words = words
        self.rng = rng
        self.cumulative = list(itertools.accumulate(1.0 / (i + 1) for i in range(len(words))))

    def draw(self, count: int) -> list[str]:
        total = self.cumulative[-1]
        return [
            self.words[bisect.bisect_left(self.cumulative, self.rng.random() * total)]
            for _ in range(count)
        ]

    def text(self, count: int) -> str:
        words = self.draw(count)
        sentences, i = [], 0
        while i < len(words):
            n = self.rng.randint(6, 18)
            sentences.append(" ".join(words[i : i + n]).capitalize() + ".")
            i += n
        paragraphs = [" ".join(sentences[j : j + 4]) for j in range(0, len(sentences), 4)]
        return "\n\n".join(paragraphs)


def build(folder: Path, entries: int, checkins: int, practices: int, seed: int = 7) -> Vault:
    """Create the vault (unlocked) and fill it in batches."""
    rng = random.Random(seed)
    zipf = ZipfWords(vocabulary(6000, rng), rng)
    vault, _ = Vault.create(folder, PASSPHRASE, label="Benchmark", policy=KdfPolicy.at_floor())
    start = datetime(2021, 1, 1, 8, tzinfo=UTC)
    span = timedelta(days=5 * 365)
    batch = 2000
    for first in range(0, entries, batch):
        rows, tag_rows = [], []
        for n in range(first, min(first + batch, entries)):
            at = start + span * (n / max(entries, 1))
            rows.append(
                {
                    "id": n + 1,
                    "uuid": new_uuid(),
                    "created_at": at,
                    "updated_at": at,
                    "entry_date": at.date(),
                    "title": " ".join(zipf.draw(rng.randint(2, 6))).title(),
                    "body": zipf.text(rng.randint(50, 600)),
                    "pinned": False,
                }
            )
            for tag in rng.sample(TAGS, rng.randint(0, 3)):
                tag_rows.append({"entry_id": n + 1, "name": tag})
        with vault.transaction() as session:
            session.execute(insert(Entry), rows)
            if tag_rows:
                session.execute(insert(EntryTag), tag_rows)
    for first in range(0, checkins, 10000):
        rows = []
        for n in range(first, min(first + 10000, checkins)):
            rows.append(
                {
                    "uuid": new_uuid(),
                    "at": start + span * (n / max(checkins, 1)),
                    "distress": rng.randint(0, 10),
                    "mood": rng.randint(-3, 3),
                    "energy": rng.randint(0, 4),
                    "emotions": rng.sample(EMOTIONS, 2),
                    "body_sensations": [],
                    "context_tags": rng.sample(TAGS, 1),
                    "note": "",
                }
            )
        with vault.transaction() as session:
            session.execute(insert(CheckIn), rows)
    strategies = ["box-breathing", "paced-breathing", "grounding-54321", "butterfly-hug"]
    rows = []
    for n in range(practices):
        before = rng.randint(3, 10)
        rows.append(
            {
                "uuid": new_uuid(),
                "strategy_key": rng.choice(strategies),
                "strategy_title": "",
                "started_at": start + span * (n / max(practices, 1)),
                "finished": True,
                "distress_before": before,
                "distress_after": max(0, before - rng.randint(-1, 4)),
                "note": "",
            }
        )
    if rows:
        with vault.transaction() as session:
            session.execute(insert(CopingPractice), rows)
    vault.checkpoint()
    return vault


def cached(out_dir: Path, entries: int, checkins: int, practices: int) -> Vault:
    """The benchmark vault for these sizes, built once and kept under benchmarks/out/."""
    folder = out_dir / f"vault-{entries}-{checkins}-{practices}"
    if not (folder / "vault.key").exists():
        started = time.perf_counter()
        build(folder, entries, checkins, practices).lock()
        print(f"built {folder.name} in {time.perf_counter() - started:.1f} s")
    vault = Vault(folder)
    index_whole(vault)
    return vault


def index_whole(vault: Vault) -> None:
    """Bring a kept vault to this schema with its search index whole, as the app would.

    A vault built by an older version is migrated on unlock; a new search index is then
    filled in the background, which the benchmarks must not measure half-way.
    """
    from hj_journal.core.journal.entries import Journal

    vault.unlock(PASSPHRASE, policy=KdfPolicy.at_floor())
    try:
        journal = Journal(vault)
        started = time.perf_counter()
        steps = 0
        while not journal.add_word_forms().finished:
            steps += 1
        if steps:
            print(f"indexed {vault.folder.name} in {time.perf_counter() - started:.1f} s")
    finally:
        vault.lock()
    if steps:
        compact(vault)


def compact(vault: Vault) -> None:
    """VACUUM a kept vault whose old search index was just dropped.

    The pages it held stay in the file as free pages (zeroed by secure_delete, reused by
    later writes), so backups and restores of an upgraded vault copy them; the figures
    are of a vault as this version makes it (docs/benchmarks.md, 2026-12-03 16:10).
    """
    from hj_journal.store.engine import open_connection

    key = vault.read_key_file().unwrap_with_passphrase(PASSPHRASE, KdfPolicy.at_floor())
    conn = open_connection(vault.db_path, bytearray(key))
    try:
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for leftover in vault.folder.glob("vault.db.pre-migration-*"):
        leftover.unlink()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--checkins", type=int, default=4000)
    parser.add_argument("--practices", type=int, default=400)
    parser.add_argument("--out", type=Path, default=Path("benchmarks/out"))
    args = parser.parse_args()
    cached(args.out, args.entries, args.checkins, args.practices)


if __name__ == "__main__":
    main()


__all__ = ["PASSPHRASE", "ZipfWords", "build", "cached", "vocabulary"]
