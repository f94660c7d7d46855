"""Write a realistic jrnl JSON export with N entries, for the import benchmark.

Usage: ``python benchmarks/gen_jrnl.py [OUT] [-n 10000] [--seed 7]``
(default OUT: ``benchmarks/out/jrnl-<n>.json``).

The text is made from a fixed vocabulary with a Zipf-like word choice (word *k* is
picked with weight 1/k), so word frequencies look like real writing. The same
seed and N always give byte-identical output.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

# Ordered roughly by how common each word is in journal writing.
VOCABULARY = """
the i and to a of was it in my that me for with but so on had just felt today
not about this like at we be have all what some more time day she he they out up
her his really when there from think feel then one were after little still again
back been before much went bit work home know how tired good better morning night
need could would now walk long friend call talk later tea coffee quiet slow body
breath breathing rest sleep slept woke early late mind heart chest shoulders jaw
hands warm cold rain sun light window garden river park bus train kitchen dinner
lunch cooked laughed cried noticed wanted tried remembered worried grateful calm
anxious heavy light easier harder gentle kind angry sad proud lonely safe held
mother father sister brother partner kids neighbour community group meeting care
healing boundaries enough grief joy hope fear anger trust space pause ground
grounding listened music read book wrote journal stretch yoga shower water meds
doctor appointment therapy session plan week weekend monday tuesday wednesday
thursday friday saturday sunday spring summer autumn winter birds trees flowers
moon stars sky city street market shop money rent bills job shift boss email
phone message letter visit together alone small big new old first last every
""".split()

TAGS = ["@work", "@family", "@health", "@rest", "@friends", "@therapy", "@outside", "@money"]
_WEIGHTS = list(itertools.accumulate(1.0 / rank for rank in range(1, len(VOCABULARY) + 1)))


def _words(rng: random.Random, count: int) -> list[str]:
    return rng.choices(VOCABULARY, cum_weights=_WEIGHTS, k=count)


def _sentence(rng: random.Random) -> str:
    words = _words(rng, rng.randint(4, 16))
    return " ".join(words).capitalize() + rng.choice([".", ".", ".", "!", "?", "…"])


def _entry(rng: random.Random, day: date) -> dict[str, Any]:
    title = _sentence(rng).rstrip(".!?…")
    paragraphs = [
        " ".join(_sentence(rng) for _ in range(rng.randint(1, 6)))
        for _ in range(rng.choice([1, 1, 2, 2, 3, 4]))
    ]
    tags = sorted(set(rng.sample(TAGS, rng.choice([0, 0, 1, 1, 2, 3]))))
    if tags:  # jrnl finds tags in the text, so they appear there too
        paragraphs[-1] += " " + " ".join(tags)
    return {
        "title": title,
        "body": "\n\n".join(paragraphs) + "\n",
        "date": day.isoformat(),
        "time": f"{rng.randint(6, 23):02d}:{rng.randint(0, 59):02d}",
        "tags": tags,
        "starred": rng.random() < 0.05,
    }


def generate(count: int, seed: int = 7) -> dict[str, Any]:
    """A jrnl export document with ``count`` entries, oldest first."""
    rng = random.Random(seed)
    day = date(2024, 6, 30) - timedelta(days=count * 2 // 3)
    entries = []
    for _ in range(count):
        entries.append(_entry(rng, day))
        day += timedelta(days=rng.choice([0, 1, 1, 1, 2]))
    tag_counts = Counter(tag for entry in entries for tag in entry["tags"])
    return {"tags": dict(sorted(tag_counts.items())), "entries": entries}


def main(argv: list[str] | None = None) -> Path:
    """Write the export and return its path."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", nargs="?", type=Path)
    parser.add_argument("-n", "--entries", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    out: Path = args.out or Path(__file__).parent / "out" / f"jrnl-{args.entries}.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    document = generate(args.entries, args.seed)
    out.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.entries} entries to {out}")
    return out


if __name__ == "__main__":
    main()
