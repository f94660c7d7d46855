"""The SQL behind Insights gives exactly what the slower ways it replaced gave.

Each test keeps the earlier way as a reference, written out here, and compares the two on
random check-ins (odd stored values included) in a real encrypted vault.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, text
from sqlalchemy.orm import Session

from hj_journal.core.insights import queries as q
from hj_journal.store.models import CheckIn, Client, PracticeSession
from hj_journal.store.vault import Vault

START = datetime(2025, 3, 1, tzinfo=UTC)
WORDS = ["walk", "Walk", "WALK", "rest", "work", "family", "café", 'a "quoted" word', ""]
ODD_LISTS = ["not json", '{"walk": 1}', "null", '"walk"', "[1, 2]", '["walk", null, 3]']

# ---------------------------------------------------------------------- the earlier way

# Before migration 0012: every check-in's lists glued into one string, split and parsed.
_GLUED_WORDS = text(
    """
    SELECT group_concat(context_tags, char(30)) FILTER (WHERE distress < :threshold),
           group_concat(context_tags, char(30)) FILTER (WHERE distress >= :threshold),
           group_concat(emotions, char(30)) FILTER (WHERE distress < :threshold),
           group_concat(emotions, char(30)) FILTER (WHERE distress >= :threshold)
    FROM checkins
    WHERE +session_id IS NULL AND distress IS NOT NULL
    """
)


def _count_glued(glued: str | None) -> Counter[str]:
    counts: Counter[str] = Counter()
    if not glued:
        return counts
    for array, n in Counter(glued.split("\x1e")).items():
        try:
            words = json.loads(array)
        except ValueError:
            continue
        if isinstance(words, list):
            for word in words:
                if isinstance(word, str) and word:
                    counts[word] += n
    return counts


def day_rating_sums(session: Session) -> list[int]:
    """The distress counts the calmer-days comparison took from the ratings day by day."""
    first, last, _ = q.first_and_last(session, UTC)
    if first is None or last is None:
        return [0] * 11
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    total = [0] * 11
    for day in q.day_ratings(session, days, UTC):
        for value, n in enumerate(day.distress):
            total[value] += n
    return total


def glued_words(session: Session, threshold: float) -> tuple[Counter[str], ...]:
    """The calmer-days words as Insights counted them before the word indexes."""
    row = session.execute(_GLUED_WORDS, {"threshold": threshold}).one()
    return tuple(_count_glued(value) for value in row)


# ---------------------------------------------------------------------- random check-ins

a_list = st.one_of(
    st.lists(st.sampled_from(WORDS), max_size=4).map(json.dumps),
    st.sampled_from(ODD_LISTS),
)
a_checkin = st.fixed_dictionaries(
    {
        "minutes": st.integers(0, 60 * 24 * 20),
        # Mostly on the scales; now and then a value off them, which counts as no rating.
        "distress": st.one_of(st.none(), st.integers(0, 10), st.sampled_from([-1, 11])),
        "mood": st.one_of(st.none(), st.integers(-3, 3), st.sampled_from([-4, 4])),
        "context_tags": a_list,
        "emotions": a_list,
        "in_session": st.booleans(),
    }
)


def _session_id(vault: Vault) -> int:
    with vault.transaction() as session:
        found = session.execute(text("SELECT id FROM sessions LIMIT 1")).scalar()
        if found is not None:
            return int(found)
        client = Client(pseudonym="R.")
        session.add(client)
        session.flush()
        practice_session = PracticeSession(client_id=client.id)
        session.add(practice_session)
        session.flush()
        return int(practice_session.id)


def _fill(vault: Vault, checkins: list[dict[str, Any]]) -> None:
    session_id = _session_id(vault)
    with vault.transaction() as session:
        session.execute(delete(CheckIn))
        for item in checkins:
            row = session.execute(
                insert(CheckIn).values(
                    at=START + timedelta(minutes=item["minutes"]),
                    distress=item["distress"],
                    mood=item["mood"],
                    session_id=session_id if item["in_session"] else None,
                )
            )
            # The lists go in as stored text, so that odd text is stored as it is.
            session.execute(
                text("UPDATE checkins SET context_tags = :c, emotions = :e WHERE id = :id"),
                {
                    "c": item["context_tags"],
                    "e": item["emotions"],
                    "id": row.inserted_primary_key[0],
                },
            )


# ---------------------------------------------------------------------- the comparisons


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    checkins=st.lists(a_checkin, max_size=40),
    threshold=st.sampled_from([n / 2 for n in range(0, 22)]),
)
def test_words_by_group_counts_what_the_glued_lists_counted(
    vault: Vault, checkins: list[dict[str, Any]], threshold: float
) -> None:
    _fill(vault, checkins)
    with vault.session() as session:
        assert q.words_by_group(session, threshold) == glued_words(session, threshold)


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(checkins=st.lists(a_checkin, max_size=40))
def test_distress_counts_are_what_the_days_added_up_to(
    vault: Vault, checkins: list[dict[str, Any]]
) -> None:
    _fill(vault, checkins)
    with vault.session() as session:
        assert q.distress_counts(session) == day_rating_sums(session)


def test_words_by_group_walks_the_word_indexes(vault: Vault) -> None:
    """The speed comes from the indexes: no sort, no look-up of the rows."""
    with vault.session() as session:
        for statement in (*q._WORD_LISTS.values(), q._DISTRESS_COUNTS):
            plan = " ".join(
                str(row[-1]) for row in session.execute(text(f"EXPLAIN QUERY PLAN {statement}"))
            )
            assert "COVERING INDEX" in plan or "USING INDEX ix_checkins_" in plan
            assert "TEMP B-TREE" not in plan
