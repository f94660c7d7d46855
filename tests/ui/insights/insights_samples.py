"""Plausible, deterministic history for Insights screens: two years of a person's data."""

from __future__ import annotations

import math
import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import insert

from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.store.models import CheckIn, CopingPractice, new_uuid

TODAY = datetime(2026, 2, 10, 18, tzinfo=UTC)
CALM_TAGS = ["walk", "friends", "rest", "garden", "music"]
HARD_TAGS = ["work", "money", "housing", "commute"]
CALM_WORDS = ["calm", "hopeful", "content"]
HARD_WORDS = ["anxious", "tired", "tense"]
STRATEGIES = {
    "box-breathing": (2, 1),
    "grounding-5-4-3-2-1": (2, 2),
    "butterfly-hug": (1, 2),
    "reach-out-care-map": (3, 2),
}


def fill(services: Services, *, days: int = 730, seed: int = 3) -> None:
    """Check-ins, practices, entries and questionnaires for ``days`` days before TODAY."""
    rng = random.Random(seed)
    checkins, practices = [], []
    start = TODAY - timedelta(days=days)
    for n in range(days):
        day = start + timedelta(days=n)
        if rng.random() < 0.22:
            continue  # a day without a check-in is just a day
        season = 1.5 * math.sin(n / 58)
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
            calm = rng.random() < 0.5
            distress = round(min(10, max(0, rng.gauss(3 if calm else 6.5, 1.6) + season)))
            checkins.append(
                {
                    "uuid": new_uuid(),
                    "at": day + timedelta(hours=rng.randint(-9, 3)),
                    "distress": distress,
                    "mood": max(-3, min(3, round(rng.gauss(1 if calm else -1, 1.1)))),
                    "energy": rng.randint(0, 4),
                    "emotions": rng.sample(CALM_WORDS if calm else HARD_WORDS, 1),
                    "body_sensations": [],
                    "context_tags": rng.sample(CALM_TAGS if calm else HARD_TAGS, 1),
                    "note": "",
                }
            )
        if rng.random() < 0.12:
            key = rng.choice(list(STRATEGIES))
            drop, spread = STRATEGIES[key]
            before = rng.randint(4, 9)
            after = max(0, before - round(rng.gauss(drop, spread)))
            practices.append(
                {
                    "uuid": new_uuid(),
                    "strategy_key": key,
                    "strategy_title": "",
                    "started_at": day,
                    "finished": True,
                    "distress_before": before,
                    "distress_after": after,
                    "note": "",
                }
            )
    practices.append(
        {
            "uuid": new_uuid(),
            "strategy_key": "cyclic-sighing",
            "strategy_title": "Cyclic sighing",
            "started_at": TODAY - timedelta(days=2),
            "finished": True,
            "distress_before": 6,
            "distress_after": 4,
            "note": "",
        }
    )
    with services.vault.transaction() as session:
        session.execute(insert(CheckIn), checkins)
        session.execute(insert(CopingPractice), practices)
    for n in range(0, days, 3):
        day = (start + timedelta(days=n + rng.randint(0, 2))).date()
        if rng.random() < 0.7 and day <= TODAY.date():
            services.journal.create(EntryInput(entry_date=day, title=f"Day {n}", body="…"))
    for months_ago, answers in enumerate(
        [
            [2, 2, 1, 2, 1, 1, 2],
            [1, 2, 1, 1, 1, 1, 1],
            [2, 3, 2, 2, 2, 1, 2],
            [1, 1, 1, 0, 1, 1, 1],
        ]
    ):
        at = TODAY - timedelta(days=30 * (4 - months_ago))
        services.questionnaires.save(ResponseInput("gad7", answers, at=at))
    for months_ago, answers in enumerate([[2, 3, 2, 2, 3], [3, 3, 3, 2, 3], [3, 4, 3, 3, 4]]):
        at = TODAY - timedelta(days=45 * (3 - months_ago))
        services.questionnaires.save(ResponseInput("who5", answers, at=at))


def today() -> date:
    """TODAY as a date."""
    return TODAY.date()
