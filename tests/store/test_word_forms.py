"""Word forms: English and Spanish stems, the entry's language, and an index in step."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from hj_journal.store import search, word_forms
from hj_journal.store.engine import open_connection
from hj_journal.store.models import Entry, EntryTag
from hj_journal.store.search import MARK_END, MARK_START, Highlighter, search_ids
from hj_journal.store.vault import Vault

KEPT = Path(__file__).resolve().parents[1] / "data" / "vaults"
KEPT_PASSPHRASE = "sample vault passphrase"


def _add(vault: Vault, title: str, body: str, tags: tuple[str, ...] = ()) -> int:
    with vault.transaction() as session:
        entry = Entry(entry_date=date(2026, 5, 1), title=title, body=body)
        entry.tags = [EntryTag(name=t) for t in tags]
        session.add(entry)
        session.flush()
        return entry.id


def _found(vault: Vault, typed: str) -> set[int]:
    with vault.session() as session:
        return set(search_ids(session, typed))


def _index_is_whole(vault: Vault) -> None:
    with vault.session() as session:
        session.execute(
            text("INSERT INTO entry_fts(entry_fts, rank) VALUES ('integrity-check', 1)")
        )


def test_english_word_forms_find_each_other(vault: Vault) -> None:
    tight = _add(vault, "Shoulders", "My shoulders were tight all day and I was tired.")
    tightened = _add(vault, "Later", "The knot tightened when the phone rang at work.")
    other = _add(vault, "Tea", "A slow cup of tea in the garden with the cat.")
    assert _found(vault, "tightening") == {tight, tightened}
    assert _found(vault, "tightly") == {tight}  # Porter2: tightly → tight
    # "tighten" is made from "tight": a searched -en verb also finds its root.
    assert _found(vault, "tightened") == {tight, tightened}
    assert _found(vault, "teas") == {other}


def test_spanish_word_forms_find_each_other(vault: Vault) -> None:
    walked = _add(vault, "Tarde", "Hoy caminé por el parque y me sentí tranquila.")
    walking = _add(vault, "Mañana", "Estoy caminando con mi hermana, y la mañana es fría.")
    worry = _add(vault, "Noche", "La preocupación por el trabajo no me deja dormir.")
    assert _found(vault, "caminar") == {walked, walking}
    assert _found(vault, "caminando") == {walked, walking}
    # Typed without accents, as people often search.
    assert _found(vault, "preocupacion") == {worry}
    assert _found(vault, "preocupada") == {worry}
    assert _found(vault, "tranquilo") == {walked}


def test_english_text_is_not_stemmed_as_spanish(vault: Vault) -> None:
    """Spanish stems would make "care" find "car" and "hope" find "hop"."""
    car = _add(vault, "Traffic", "The car was late and the road was loud, so I waited.")
    hop = _add(vault, "Dance", "We would hop and spin in the kitchen with the music.")
    assert car not in _found(vault, "care")
    assert hop not in _found(vault, "hope")
    assert _found(vault, "cars") == {car}


def test_quoted_phrases_match_exactly(vault: Vault) -> None:
    tight = _add(vault, "One", "It was a tight knot in my chest this morning.")
    tightened = _add(vault, "Two", "The knot tightened in my chest when I woke up.")
    assert _found(vault, '"tight"') == {tight}
    assert _found(vault, '"tight knot"') == {tight}
    assert _found(vault, '"knot tight"') == set()
    assert _found(vault, '"knot tightened" chest') == {tightened}
    assert _found(vault, '"tightened knot"') == set()


def test_tags_have_word_forms_too(vault: Vault) -> None:
    entry = _add(vault, "", "Dinner with everyone at the table.", tags=("friends",))
    assert _found(vault, "friend") == {entry}


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("It was the end of the day and I was tired", {"en"}),
        ("Hoy fue un día largo y estoy cansada de que no me escuchen", {"es"}),
        ("Tight", {"en", "es"}),  # too short to tell: both
        ("The day was long and the night was cold. Hoy fue un día largo.", {"en", "es"}),
    ],
)
def test_the_language_of_an_entry_is_read_from_its_common_words(
    words: str, expected: set[str]
) -> None:
    assert word_forms.languages_of("", words, "") == expected


def test_matches_are_marked_where_the_index_matched() -> None:
    marker = Highlighter("tightening")
    english = frozenset({"en"})
    assert marker.mark("Tight, tighter, tightened, tights", english) == (
        f"{MARK_START}Tight{MARK_END}, tighter, {MARK_START}tightened{MARK_END}, "
        f"{MARK_START}tights{MARK_END}"
    )
    spanish = Highlighter("caminar")
    assert spanish.mark("Caminé y seguí caminando", frozenset({"es"})) == (
        f"{MARK_START}Caminé{MARK_END} y seguí {MARK_START}caminando{MARK_END}"
    )
    # In an English entry, "car" shares no English stem with "care".
    assert MARK_START not in Highlighter("care").mark("the car", english)
    snippet = Highlighter('"tightened"').snippet("one two three four five tight six", 8, english)
    assert MARK_START not in snippet  # a quoted word is only itself
    snippet = Highlighter("tightening").snippet("one two three four five tight six", 8, english)
    assert f"{MARK_START}tight{MARK_END}" in snippet


@pytest.mark.parametrize(
    "pair",
    [
        ("happiness", "happy"),
        ("possibility", "possibly"),
        ("generously", "generous"),
        ("worried", "worry"),
        ("canciones", "canción"),
        ("paciencia", "paciente"),
        ("nerviosas", "nervioso"),
        ("dormí", "dormir"),
    ],
)
def test_the_highlighter_marks_every_word_the_index_matches(pair: tuple[str, str]) -> None:
    """Its quick first look (the start of a stem) never hides a real match."""
    searched, written = pair
    for language in word_forms.LANGUAGES:
        forms = word_forms.query_forms(searched)
        stems = forms.english if language == "en" else forms.spanish
        if stems & word_forms.word_forms_in(written, language):
            marked = Highlighter(searched + " ").mark(written, frozenset({language}))
            assert marked == f"{MARK_START}{written}{MARK_END}", (searched, written, language)


def test_edits_keep_the_word_forms_index_in_step(vault: Vault) -> None:
    entry_id = _add(vault, "Garden", "We were planting tomatoes.", tags=("home",))
    with vault.transaction() as session:
        entry = session.get(Entry, entry_id)
        entry.body = "Hoy estuve plantando flores con mi madre y fue muy bonito."
    assert _found(vault, "tomato") == set()
    assert _found(vault, "plantar") == {entry_id}
    _index_is_whole(vault)
    with vault.transaction() as session:
        session.delete(session.get(Entry, entry_id))
    _index_is_whole(vault)
    assert _found(vault, "plantar") == set()


def test_an_index_built_by_other_stemmers_is_indexed_again_after_unlock(
    created: tuple[Vault, str], policy
) -> None:
    vault, _ = created
    entry_id = _add(vault, "Walk", "I was walking by the river.")
    with vault.transaction() as session:
        session.execute(
            text("UPDATE search_index_state SET value = 'older stemmer' WHERE name = 'word_forms'")
        )
        # As if the older stemmer had left the entry's stems out altogether.
        session.execute(text("DELETE FROM entry_fts WHERE rowid = :i"), {"i": entry_id})
        session.execute(
            text(
                "INSERT INTO entry_fts(rowid, title, body, tag_text, forms_en, forms_es) "
                "SELECT id, title, body, tag_text, '', '' FROM entries WHERE id = :i"
            ),
            {"i": entry_id},
        )
    assert _found(vault, "walked") == set()
    vault.lock()
    vault.unlock("a calm and quiet river", policy=policy)
    assert _found(vault, "walking") == {entry_id}  # findable meanwhile
    with vault.session() as session:
        value = session.execute(
            text("SELECT value FROM search_index_state WHERE name = 'word_forms'")
        ).scalar_one()
        assert not search.index_progress(session).finished
    assert value == word_forms.fingerprint()
    with vault.transaction() as session:
        assert search.index_some(session).finished
    assert _found(vault, "walked") == {entry_id}
    _index_is_whole(vault)


def test_an_old_vaults_index_is_rebuilt_with_word_forms(tmp_path: Path, policy) -> None:
    """A vault from before 0009, with entries its old triggers indexed, migrates."""
    folder = tmp_path / "old"
    shutil.copytree(KEPT / "0005", folder)
    vault = Vault(folder)
    key = vault.read_key_file().unwrap_with_passphrase(KEPT_PASSPHRASE, policy)
    conn = open_connection(vault.db_path, bytearray(key))
    try:
        conn.execute("BEGIN")
        for n, body in enumerate(
            ["My jaw was tight again.", "Caminando a casa pensé en mi abuela y en su jardín."]
        ):
            conn.execute(
                "INSERT INTO entries (uuid, created_at, updated_at, entry_date, title, body, "
                "tag_text, pinned) VALUES (?, ?, ?, '2026-01-03', '', ?, '', 0)",
                (f"{n:032d}", "2026-01-03 10:00:00.000000", "2026-01-03 10:00:00.000000", body),
            )
        conn.execute("COMMIT")
        assert conn.execute("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'tight'")
    finally:
        conn.close()
    vault.unlock(KEPT_PASSPHRASE, policy=policy)
    try:
        assert len(_found(vault, "tightening")) == 1
        assert len(_found(vault, "caminar")) == 1
        assert len(_found(vault, "samples")) == 1  # the kept vault's own "Sample entry"
        _index_is_whole(vault)
        assert vault.verify().ok
    finally:
        vault.lock()


def test_locking_forgets_the_words_it_cached(vault: Vault) -> None:
    _add(vault, "Private", "Zanzibarian words nobody else writes.")
    assert _found(vault, "zanzibarians")
    assert word_forms.english.cache_info().currsize > 0
    vault.lock()
    assert word_forms.english.cache_info().currsize == 0
    assert word_forms.fold.cache_info().currsize == 0


def test_threads_stemming_at_once_each_get_their_own_words() -> None:
    """A Snowball stemmer holds the word it is working on: threads must not share one."""
    import threading

    from hj_journal.store import word_forms

    words = [
        f"{stem}{ending}"
        for stem in ("tight", "walk", "camin", "hop")
        for ending in ("ening", "ed", "ando", "é", "ing", "s", "ness")
    ] * 200
    stem_en = word_forms.english.__wrapped__  # past the cache, to the stemmer itself
    stem_es = word_forms.spanish.__wrapped__
    expected = [(stem_en(w), stem_es(w)) for w in words]
    results: list[list[tuple[str, frozenset[str]]]] = []
    errors: list[BaseException] = []

    def work() -> None:
        try:
            results.append([(stem_en(w), stem_es(w)) for w in words])
        except BaseException as error:  # reported below, not lost in the thread
            errors.append(error)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert not errors
    assert len(results) == 6
    assert all(result == expected for result in results)
