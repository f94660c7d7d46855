"""The search index that forgets by id: filled in the background, and what holds meanwhile."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from hj_journal.store import bulk, search, search_index
from hj_journal.store.engine import open_connection
from hj_journal.store.models import Entry
from hj_journal.store.search import (
    finds_word_forms,
    index_progress,
    index_some,
    renew_word_forms,
    search_ids,
)
from hj_journal.store.vault import Vault

KEPT = Path(__file__).resolve().parents[1] / "data" / "vaults"
KEPT_PASSPHRASE = "sample vault passphrase"
BODIES = [
    "My jaw was tight again after the call.",
    "The knot tightened before the meeting.",
    "Caminando a casa pensé en mi abuela y en su jardín.",
    "A quiet morning with tea and the cat.",
    "Breathing slowly, the tightness eased.",
]


def _old_vault(tmp_path: Path, policy, schema: str = "0005") -> Vault:
    """A vault kept from an older schema whose own triggers indexed a few entries."""
    folder = tmp_path / "old"
    shutil.copytree(KEPT / schema, folder)
    vault = Vault(folder)
    key = vault.read_key_file().unwrap_with_passphrase(KEPT_PASSPHRASE, policy)
    conn = open_connection(vault.db_path, bytearray(key))
    try:
        conn.execute("BEGIN")
        for n, body in enumerate(BODIES):
            conn.execute(
                "INSERT INTO entries (uuid, created_at, updated_at, entry_date, title, body, "
                "tag_text, pinned) VALUES (?, ?, ?, '2026-01-03', '', ?, '', 0)",
                (f"{n:032d}", "2026-01-03 10:00:00.000000", "2026-01-03 10:00:00.000000", body),
            )
        conn.execute("COMMIT")
    finally:
        conn.close()
    return vault


@pytest.fixture(params=["0012", "0005"], ids=["stand-in with word forms", "stand-in exact"])
def transition(request, tmp_path: Path, policy, monkeypatch: pytest.MonkeyPatch) -> Vault:
    """An old vault migrated as a big one is: the new index fills in the background.

    From schema 0012 the old index finds word forms; from 0005, migration 0009 leaves a
    big vault half-way to word forms, and its exact-words index stands in.
    """
    monkeypatch.setattr(search_index, "REBUILD_IN_MIGRATION_UP_TO", 0)
    vault = _old_vault(tmp_path, policy, request.param)
    vault.unlock(KEPT_PASSPHRASE, policy=policy)
    yield vault
    vault.lock()


def _found(vault: Vault, typed: str) -> int:
    with vault.session() as session:
        return len(search_ids(session, typed))


def _step(vault: Vault, count: int = 2) -> search_index.Progress:
    with vault.transaction() as session:
        return index_some(session, count)


def _whole(vault: Vault) -> None:
    assert vault.verify().ok


def _tables(vault: Vault) -> set[str]:
    with vault.session() as session:
        return {str(r[0]) for r in session.execute(text("SELECT name FROM sqlite_master"))}


def _forms_meanwhile(vault: Vault) -> bool:
    with vault.session() as session:
        return finds_word_forms(session)


def test_search_stays_whole_while_the_new_index_fills(transition: Vault) -> None:
    vault = transition
    forms = _forms_meanwhile(vault)
    with vault.session() as session:
        progress = index_progress(session)
    assert not progress.finished and progress.indexed == 0
    assert progress.meanwhile == ("nothing" if forms else "forms")
    assert _found(vault, '"tight"') == 1  # the old index: every entry
    assert _found(vault, "tightening") == (3 if forms else 0)
    _whole(vault)
    seen = []
    while not (progress := _step(vault)).finished:
        seen.append(progress.percent)
        assert _found(vault, '"tight"') == 1
        _whole(vault)
    assert seen == sorted(seen) and seen[-1] < 100
    assert progress.percent == 100 and progress.meanwhile == "nothing"
    tables = _tables(vault)
    assert "entry_fts_old" not in tables and "entry_search_content" not in tables
    assert not {t for t in tables if t.startswith("entries_fts_old")}
    assert _forms_meanwhile(vault)
    assert _found(vault, "tightening") == 3  # tight, tightened, tightness
    assert _found(vault, "caminar") == 1
    _whole(vault)


def test_the_newest_entries_are_indexed_first(transition: Vault) -> None:
    vault = transition
    _step(vault, 1)
    with vault.session() as session:
        newest = session.execute(text("SELECT max(id) FROM entries")).scalar_one()
        done = set(session.scalars(text("SELECT id FROM entry_fts_docsize")))
    assert done == {newest}


def test_writing_while_the_new_index_fills_keeps_both_indexes_right(transition: Vault) -> None:
    vault = transition
    _step(vault, 3)  # three of ours are in the new index, the rest wait
    with vault.session() as session:
        ids = sorted(session.scalars(text("SELECT id FROM entries")))
    waiting, done = ids[1], ids[-1]
    with vault.transaction() as session:
        session.get(Entry, waiting).body = "Now about a garden gate."
        session.get(Entry, done).body = "Now about a harbour wall."
        session.add(Entry(entry_date=date(2026, 2, 1), title="New", body="Gardens at dusk."))
    with vault.transaction() as session:
        session.delete(session.get(Entry, ids[2]))
    _whole(vault)
    assert _found(vault, "gate") == 1 and _found(vault, "harbour") == 1
    while not _step(vault).finished:
        _whole(vault)
    assert _found(vault, "gardening") == 2  # "garden" and "Gardens"
    assert _found(vault, "harbours") == 1
    assert _found(vault, "jaw") == 0  # its text was replaced
    _whole(vault)


def test_a_kill_during_a_step_loses_only_that_step(transition: Vault) -> None:
    vault = transition
    _step(vault, 2)
    with pytest.raises(RuntimeError), vault.transaction() as session:
        index_some(session, 2)
        raise RuntimeError("the power went")
    with vault.session() as session:
        assert index_progress(session).indexed == 2
    _whole(vault)
    while not _step(vault).finished:
        pass
    _whole(vault)


def _bulk_insert(vault: Vault, *, later: bool) -> int:
    with vault.transaction() as session:
        run = bulk.session_runner(session)
        with bulk.triggers_suspended(run):
            session.execute(
                text(
                    "INSERT INTO entries (uuid, created_at, updated_at, entry_date, title, "
                    "body, tag_text, pinned) VALUES ('f' || hex(randomblob(15)), "
                    "'2026-01-04 10:00:00.000000', '2026-01-04 10:00:00.000000', "
                    "'2026-01-04', 'Imported', 'Walked by the river.', '', 0)"
                )
            )
            new_id = int(session.execute(text("SELECT max(id) FROM entries")).scalar_one())
            if later:
                bulk.reindex_later(run, [new_id])
            else:
                bulk.index_entries(run, [new_id])
    return new_id


def test_new_entries_written_in_bulk_during_the_change_go_into_both_indexes(
    transition: Vault,
) -> None:
    vault = transition
    _step(vault, 1)
    forms = _forms_meanwhile(vault)
    _bulk_insert(vault, later=False)
    assert "entry_fts_old" in _tables(vault)  # the old index still stands in, whole
    assert _found(vault, '"walked"') == 1
    assert _found(vault, "walking") == (1 if forms else 0)
    assert _found(vault, '"tight"') == 1
    _whole(vault)
    while not _step(vault).finished:
        pass
    assert _found(vault, "walking") == 1
    _whole(vault)


def test_entries_left_for_later_during_the_change_drop_the_stand_in(transition: Vault) -> None:
    vault = transition
    _step(vault, 1)
    _bulk_insert(vault, later=True)
    tables = _tables(vault)
    assert "entry_fts_old" not in tables
    assert not {t for t in tables if t.startswith("entries_fts_old")}
    with vault.session() as session:
        progress = index_progress(session)
    assert progress.meanwhile == "entries" and not progress.finished
    assert _found(vault, "walking") == 0
    _whole(vault)
    with vault.transaction() as session:  # the triggers that stayed still work
        session.add(Entry(entry_date=date(2026, 2, 1), title="", body="Swimming at dawn."))
    assert _found(vault, "swim") == 1
    while not _step(vault).finished:
        pass
    assert _found(vault, "walking") == 1
    assert _found(vault, "tightening") == 3
    _whole(vault)


def test_a_small_vault_is_reindexed_inside_the_migration(tmp_path: Path, policy) -> None:
    vault = _old_vault(tmp_path, policy, "0012")
    vault.unlock(KEPT_PASSPHRASE, policy=policy)
    try:
        with vault.session() as session:
            assert finds_word_forms(session)
            assert index_progress(session).finished
        assert "entry_fts_old" not in _tables(vault)
        assert _found(vault, "tightening") == 3
        _whole(vault)
    finally:
        vault.lock()


def test_deleting_forever_during_the_change_leaves_nothing_in_either_index(
    transition: Vault, policy
) -> None:
    from hj_journal.core.journal.entries import Journal
    from tests.core.data.sqlcipher_pages import plaintext

    vault = transition
    canary = "transitioncanaryq7k2"
    journal = Journal(vault)
    with vault.transaction() as session:
        entry = Entry(entry_date=date(2026, 3, 1), title="Gone", body=f"{canary} words " * 20)
        session.add(entry)
        session.flush()
        doomed = entry.id
    _step(vault, 3)  # in both indexes now
    key = bytes(vault.read_key_file().unwrap_with_passphrase(KEPT_PASSPHRASE, policy))
    vault.checkpoint()
    assert canary.encode() in plaintext(vault.db_path, key)
    assert journal.delete_forever([doomed]) == 1
    assert canary.encode() not in plaintext(vault.db_path, key)
    _whole(vault)


def test_deleting_forever_leaves_nothing_in_the_index(tmp_path: Path, policy) -> None:
    from hj_journal.core.journal.entries import Journal
    from tests.core.data.sqlcipher_pages import plaintext

    vault = _old_vault(tmp_path, policy, "0012")
    vault.unlock(KEPT_PASSPHRASE, policy=policy)
    try:
        canary = "forgetcanaryz8m3"
        with vault.transaction() as session:
            entry = Entry(entry_date=date(2026, 3, 1), title="Gone", body=f"{canary} words " * 20)
            session.add(entry)
            session.flush()
            doomed = entry.id
        with vault.transaction() as session:  # a second segment, so a merge has work to do
            session.add(Entry(entry_date=date(2026, 3, 2), title="", body="Later words."))
        key = bytes(vault.read_key_file().unwrap_with_passphrase(KEPT_PASSPHRASE, policy))
        vault.checkpoint()
        assert canary.encode() in plaintext(vault.db_path, key)
        assert Journal(vault).delete_forever([doomed]) == 1
        assert canary.encode() not in plaintext(vault.db_path, key)
        _whole(vault)
    finally:
        vault.lock()


FIRST = f"{0:032d}"  # the entry of BODIES[0]


@pytest.fixture
def final(tmp_path: Path, policy) -> Vault:
    vault = _old_vault(tmp_path, policy, "0012")  # small: the final index, built at once
    vault.unlock(KEPT_PASSPHRASE, policy=policy)
    yield vault
    vault.lock()


def _changed_in_bulk(vault: Vault, body: str) -> None:
    """A bulk write with the triggers suspended, the changed entry left for later."""
    with vault.transaction() as session:
        run = bulk.session_runner(session)
        with bulk.triggers_suspended(run):
            session.execute(
                text("UPDATE entries SET body = :b WHERE uuid = :u"), {"b": body, "u": FIRST}
            )
            changed = session.execute(
                text("SELECT id FROM entries WHERE uuid = :u"), {"u": FIRST}
            ).scalar_one()
            bulk.reindex_later(run, [int(changed), 987654])  # and an id of no entry


def test_entries_changed_in_bulk_come_back_whole(final: Vault) -> None:
    vault = final
    _changed_in_bulk(vault, "Swimming in the cold lake.")
    with vault.session() as session:
        progress = index_progress(session)
    assert not progress.finished and progress.meanwhile == "entries"
    assert progress.total - progress.indexed == 1  # only the changed entry waits
    assert _found(vault, '"jaw"') == 0  # its old words are gone at once
    assert _found(vault, "swimming") == 0  # its new ones come with the builder
    assert _found(vault, "tightened") == 2  # every other entry is found as before
    _whole(vault)
    assert _step(vault).finished
    assert _found(vault, "swim") == 1
    assert _found(vault, '"jaw"') == 0
    assert _found(vault, "tightening") == 2
    with vault.transaction() as session:  # the final triggers are in place
        session.execute(text("UPDATE entries SET body = 'Tea.' WHERE uuid = :u"), {"u": FIRST})
    assert _found(vault, "swimming") == 0
    _whole(vault)


def test_an_entry_changed_while_it_waits_is_indexed_by_its_save(final: Vault) -> None:
    vault = final
    _changed_in_bulk(vault, "Swimming in the cold lake.")
    with vault.transaction() as session:
        session.execute(
            text("UPDATE entries SET body = 'Rowing on the lake.' WHERE uuid = :u"), {"u": FIRST}
        )
    with vault.session() as session:
        assert index_progress(session).finished
    assert _found(vault, "rowed") == 1 and _found(vault, "swimming") == 0
    _whole(vault)


def test_an_entry_missing_from_the_index_is_reported(final: Vault) -> None:
    with final.transaction() as session:
        session.execute(text("DELETE FROM entry_fts WHERE rowid = (SELECT min(id) FROM entries)"))
    assert not final.verify().ok


def test_new_stemmers_index_everything_again_and_keep_it_findable(final: Vault) -> None:
    vault = final
    with vault.transaction() as session:
        renew_word_forms(session)
        progress = index_progress(session)
    assert progress.indexed == 0 and not progress.finished
    assert _found(vault, "tightening") == 3  # by the words forms it has
    while not _step(vault).finished:
        assert _found(vault, "tightening") == 3
    _whole(vault)


def test_best_match_pages_through_the_old_index_in_blocks(
    transition: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # While the old index stands in, best match ranks its matches, in blocks too.
    monkeypatch.setattr(search, "BEST_BLOCK", 2)
    with transition.session() as session:
        at_once = search_ids(session, "the", order="best", limit=10)
        pages: list[int] = []
        while found := search_ids(session, "the", order="best", limit=1, offset=len(pages)):
            pages += found
    assert len(at_once) == 4 and pages == at_once


def test_a_step_with_nothing_waiting_never_takes_the_write_lock(final: Vault, policy) -> None:
    # The journal takes a step whenever it opens; a save elsewhere must not meet a lock.
    key = final.read_key_file().unwrap_with_passphrase(KEPT_PASSPHRASE, policy)
    other = open_connection(final.db_path, bytearray(key))
    try:
        other.execute("BEGIN IMMEDIATE")  # a save in progress elsewhere
        with final.session() as session:
            session.execute(text("PRAGMA busy_timeout = 0"))  # fail at once, not in 5 s
            try:
                assert index_some(session).finished
            finally:
                session.rollback()
                session.execute(text("PRAGMA busy_timeout = 5000"))
        other.execute("ROLLBACK")
    finally:
        other.close()
