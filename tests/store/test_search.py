"""Full-text search: safe queries, highlighting, ordering, and an index that stays in step."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from hj_journal.store import search, word_forms
from hj_journal.store.models import Entry, EntryTag
from hj_journal.store.search import (
    MARK_END,
    MARK_START,
    Highlighter,
    Narrowing,
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


def test_a_range_of_days_narrows_search_both_ends_included(vault: Vault) -> None:
    first = _add(vault, 1, "Walk", "a walk")
    middle = _add(vault, 10, "Walk", "a walk", tags=("out",))
    last = _add(vault, 20, "Walk", "a walk walk")
    may = Narrowing(day_from=date(2026, 5, 10), day_to=date(2026, 5, 20))
    with vault.session() as session:
        assert search_ids(session, "walk", narrowing=may) == [last, middle]
        assert set(search_ids(session, "walk", order="best", narrowing=may)) == {last, middle}
        assert count_matches(session, "walk", may) == 2
        assert search_ids(session, "walk", narrowing=Narrowing(day_to=date(2026, 5, 1))) == [first]
        tagged = Narrowing(tag="out", day_from=date(2026, 5, 10))
        assert search_ids(session, "walk", narrowing=tagged) == [middle]


def test_a_range_of_days_is_compared_after_each_matchs_look_up(vault: Vault) -> None:
    # Made part of the covering index's look-up, the range would convert the bound days
    # to numbers (a DATE column's affinity) once per match: ten times slower late in a
    # long process, where each conversion is a locked allocation.
    query = to_fts_query("walk")
    assert query is not None
    narrowing = Narrowing(tag="out", day_from=date(2026, 1, 1), day_to=date(2026, 12, 31))
    where, params = search._where(query, narrowing, "entry_fts")
    sql = f"EXPLAIN QUERY PLAN SELECT e.id {search._FROM.format(t='entry_fts')}WHERE {where}"
    with vault.session() as session:
        plan = [str(row[3]) for row in session.execute(text(sql), params)]
    look_up = [line for line in plan if "ix_entries_search_order" in line]
    assert look_up and all("entry_date" not in line for line in look_up)


def _walks(vault: Vault, count: int) -> list[int]:
    """Entries that all mention a walk, ranked differently (the oldest best of all)."""
    ids = [_add(vault, 1, "A walk", "walk, then tea and a long quiet read")]
    for n in range(1, count):
        ids.append(_add(vault, 1 + n % 27, f"Day {n}", "walk " * (n % 4 + 1) + "words " * n))
    return ids


def test_many_matches_are_ranked_block_by_block_latest_written_first(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _walks(vault, 10)
    with vault.session() as session:
        whole = search_ids(session, "walk", order="best", limit=100)
        monkeypatch.setattr(search, "BEST_BLOCK", 3)
        blocked = search_ids(session, "walk", order="best", limit=100)
    # Blocks of ids about three matches wide (all ten entries match), latest first, each
    # in the order the whole ranking gives its entries.
    width = -(-len(ids) * 3 // len(ids))
    expected, top = [], max(ids)
    while top >= min(ids):
        expected += [i for i in whole if top - width < i <= top]
        top -= width
    assert blocked == expected
    assert whole[0] == ids[0] and blocked[-1] == ids[0]  # the blocks made a difference


@pytest.mark.parametrize("page", [1, 2, 3, 4, 7])
def test_paging_best_matches_reaches_each_match_once(
    vault: Vault, monkeypatch: pytest.MonkeyPatch, page: int
) -> None:
    ids = _walks(vault, 14)
    with vault.transaction() as session:
        # A whole block in the trash, and one entry of another.
        for entry in session.query(Entry).where(Entry.id.in_([ids[4], ids[5], ids[6], ids[10]])):
            entry.deleted_at = entry.created_at
    monkeypatch.setattr(search, "BEST_BLOCK", 3)
    with vault.session() as session:
        at_once = search_ids(session, "walk", order="best", limit=100)
        pages: list[int] = []
        while found := search_ids(session, "walk", order="best", limit=page, offset=len(pages)):
            pages += found
    assert sorted(at_once) == sorted(set(ids) - {ids[4], ids[5], ids[6], ids[10]})
    assert pages == at_once


def test_a_narrowed_best_match_search_is_ranked_whole(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    _walks(vault, 8)
    with vault.transaction() as session:
        for entry in session.query(Entry):
            entry.tags = [EntryTag(name="out")]
    with vault.session() as session:
        whole = search_ids(session, "walk", order="best")
        monkeypatch.setattr(search, "BEST_BLOCK", 3)
        narrowed = search_ids(session, "walk", order="best", narrowing=Narrowing(tag="out"))
    assert narrowed == whole


def test_docsize_numbers_are_read_as_sqlite_varints() -> None:
    assert search._varints(b"\x00\x7f\x81\x00\x82\x2c") == [0, 127, 128, 300]
    assert search._varints(b"\xff" * 8 + b"\x01") == [(2**56 - 1) << 8 | 1]


def test_the_index_says_which_languages_an_entry_was_read_in(vault: Vault) -> None:
    texts = [
        ("Walk", "the walk was long and the rain was kind to me " * 30, ("walking",)),
        ("Caminar", "el camino fue largo y la lluvia estaba tranquila " * 3, ()),
        ("Mixed", "the morning, y la tarde", ()),
        ("Tea", "tea", ()),
        ("", "  ", ("rest",)),
    ]
    ids = [_add(vault, 1 + n, title, body, tags) for n, (title, body, tags) in enumerate(texts)]
    with vault.session() as session:
        read_in = search.IndexLanguages(session, [*ids, 9999])

        def never() -> frozenset[str]:
            raise AssertionError("the index knows this entry")

        for entry_id, (title, body, tags) in zip(ids, texts, strict=True):
            languages = read_in.of(entry_id, never)
            assert callable(languages)
            expected = word_forms.languages_of(title, body, " ".join(tags))
            assert languages() == expected, title
        # An entry the index does not hold gives the fallback.
        missing = read_in.of(9999, frozenset({"es"}))
        assert callable(missing) and missing() == {"es"}
