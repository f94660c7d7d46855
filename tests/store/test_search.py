"""Full-text search: safe queries, highlighting, ordering, and an index that stays in step."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from hj_journal.store.models import Entry, EntryTag
from hj_journal.store.search import (
    MARK_END,
    MARK_START,
    Highlighter,
    count_matches,
    search_ids,
    to_fts_query,
)
from hj_journal.store.vault import Vault


def _add(vault: Vault, day: int, title: str, body: str, tags: tuple[str, ...] = ()) -> int:
    with vault.transaction() as session:
        entry = Entry(entry_date=date(2026, 5, day), title=title, body=body)
        entry.tags = [EntryTag(name=t) for t in tags]
        session.add(entry)
        session.flush()
        return entry.id


@pytest.mark.parametrize(
    ("typed", "query"),
    [
        ("felt", '"felt"*'),
        ("felt calm", '"felt" AND "calm"*'),
        ('"quiet river" walk', '{title body tag_text}: "quiet river" AND "walk"*'),
        ('"quiet river"', '{title body tag_text}: "quiet river"'),
        # Operators are words; a word shorter than three letters is only itself.
        (
            "NEAR(a b) OR x*",
            '"near" AND {title body tag_text}: "a" AND '
            '{title body tag_text}: "b" AND {title body tag_text}: "or" AND "x"*',
        ),
        ("  ", None),
        ('"', None),
        ('""', None),
        ("tightening ", '("tightening"* OR {forms_en}: "tight" OR {forms_en}: "tighten")'),
        ("care", '("care"* OR {forms_es}: "car")'),
        ('care"', '({forms_es}: "car" OR {title body tag_text forms_en}: "care")'),
    ],
)
def test_typed_text_becomes_a_safe_query(typed: str, query: str | None) -> None:
    assert to_fts_query(typed) == query


def test_matches_are_marked_in_titles_and_snippets() -> None:
    marker = Highlighter('café "quiet river" wal')
    assert marker.mark("By the River, a Cafe") == (
        f"By the {MARK_START}River{MARK_END}, a {MARK_START}Cafe{MARK_END}"
    )
    body = "One two three four five six seven walked along eight nine ten " + "x " * 40
    snippet = marker.snippet(body, words=8)
    assert snippet.startswith("…four five six seven ")
    assert f"{MARK_START}walked{MARK_END}" in snippet
    assert snippet.endswith("…")
    assert marker.snippet("no match here\n\nat all") == "no match here at all"
    assert marker.snippet("") == ""


def test_prefix_diacritics_and_tags_are_searchable(vault: Vault) -> None:
    _add(vault, 1, "Café", "Notes", tags=("gratitude",))
    with vault.session() as session:
        assert len(search_ids(session, "cafe")) == 1
        assert len(search_ids(session, "grati")) == 1


def test_newest_first_and_best_match_orders(vault: Vault) -> None:
    older = _add(vault, 1, "Walk", "walk walk walk in the park")
    newer = _add(vault, 20, "Tea", "after a short walk, tea")
    with vault.session() as session:
        assert search_ids(session, "walk") == [newer, older]
        assert search_ids(session, "walk", order="best") == [
            older,
            newer,
        ]


def test_edits_deletes_and_trash_keep_search_in_step(vault: Vault) -> None:
    entry_id = _add(vault, 3, "Garden", "tomatoes and basil", tags=("home",))
    with vault.transaction() as session:
        entry = session.get(Entry, entry_id)
        entry.body = "peppers and mint"
        entry.tags = [EntryTag(name="outside")]
    with vault.session() as session:
        assert search_ids(session, "tomatoes") == []
        assert search_ids(session, "home") == []
        assert len(search_ids(session, "mint")) == 1
        assert len(search_ids(session, "outside")) == 1
    with vault.transaction() as session:
        session.get(Entry, entry_id).deleted_at = session.get(Entry, entry_id).created_at
    with vault.session() as session:
        assert count_matches(session, "mint") == 0
    with vault.transaction() as session:
        session.delete(session.get(Entry, entry_id))
    with vault.session() as session:
        session.execute(
            text("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
        )


def test_paging_through_many_matches(vault: Vault) -> None:
    for day in range(1, 29):
        _add(vault, day, f"Day {day}", "ordinary words")
    with vault.session() as session:
        first = search_ids(session, "ordinary", limit=10)
        second = search_ids(session, "ordinary", limit=10, offset=10)
        assert count_matches(session, "ordinary") == 28
    assert len(first) == 10 and len(second) == 10
    assert not set(first) & set(second)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(max_size=40))
def test_any_typed_text_searches_without_error(vault: Vault, typed: str) -> None:
    with vault.session() as session:
        search_ids(session, typed)
        count_matches(session, typed)
