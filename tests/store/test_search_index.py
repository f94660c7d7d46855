"""Adding word forms to a big vault's index in the background, and what holds meanwhile."""

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
    rebuild_index,
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


def _old_vault(tmp_path: Path, policy) -> Vault:
    """A vault from before 0009 whose old triggers indexed a few entries."""
    folder = tmp_path / "old"
    shutil.copytree(KEPT / "0005", folder)
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


@pytest.fixture
def transition(tmp_path: Path, policy, monkeypatch: pytest.MonkeyPatch) -> Vault:
    """An old vault migrated as a big one is: word forms still to be added."""
    monkeypatch.setattr(search_index, "REBUILD_IN_MIGRATION_UP_TO", 0)
    vault = _old_vault(tmp_path, policy)
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


def test_search_stays_exact_and_whole_while_word_forms_are_added(transition: Vault) -> None:
    vault = transition
    with vault.session() as session:
        assert not finds_word_forms(session)
        assert index_progress(session).indexed == 0
    assert _found(vault, '"tight"') == 1  # the old index, exact words: every entry
    assert _found(vault, "tightening") == 0
    _whole(vault)
    seen = []
    while not (progress := _step(vault)).finished:
        seen.append(progress.percent)
        assert _found(vault, '"tight"') == 1
        _whole(vault)
    assert seen == sorted(seen) and seen[-1] < 100
    assert progress.percent == 100
    with vault.session() as session:
        assert finds_word_forms(session)
        tables = {row[0] for row in session.execute(text("SELECT name FROM sqlite_master"))}
    assert "entry_fts_old" not in tables
    assert not {t for t in tables if t.startswith("entries_fts_old")}
    assert _found(vault, "tightening") == 3  # tight, tightened, tightness
    assert _found(vault, "caminar") == 1
    _whole(vault)


def test_writing_while_word_forms_are_added_keeps_both_indexes_right(transition: Vault) -> None:
    vault = transition
    _step(vault, 3)  # the sample entry and two of ours are in the new index
    with vault.session() as session:
        ids = sorted(session.scalars(text("SELECT id FROM entries")))
    below, above = ids[1], ids[-1]
    with vault.transaction() as session:
        session.get(Entry, below).body = "Now about a garden gate."
        session.get(Entry, above).body = "Now about a harbour wall."
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


def test_a_restore_or_import_during_the_transition_indexes_everything(transition: Vault) -> None:
    vault = transition
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
            bulk.index_entries(run, [new_id])
    assert _found(vault, "walked") == 1
    _whole(vault)
    with vault.transaction() as session:
        rebuild_index(session)
    _whole(vault)
    assert _step(vault).finished  # everything was in: the next step only tidies up
    assert _found(vault, "walking") == 1
    _whole(vault)


def test_a_small_vault_is_reindexed_inside_the_migration(tmp_path: Path, policy) -> None:
    vault = _old_vault(tmp_path, policy)
    vault.unlock(KEPT_PASSPHRASE, policy=policy)
    try:
        with vault.session() as session:
            assert finds_word_forms(session)
            assert index_progress(session).finished
        assert _found(vault, "tightening") == 3
        _whole(vault)
    finally:
        vault.lock()


def test_deleting_forever_during_the_transition_leaves_nothing_in_either_index(
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
    _step(vault, 3)  # some entries move to the new index; the new one is in the old only
    key = bytes(vault.read_key_file().unwrap_with_passphrase(KEPT_PASSPHRASE, policy))
    vault.checkpoint()
    assert canary.encode() in plaintext(vault.db_path, key)
    assert journal.delete_forever([doomed]) == 1
    assert canary.encode() not in plaintext(vault.db_path, key)
    _whole(vault)


FIRST = f"{0:032d}"  # the entry of BODIES[0]


def _defer(vault: Vault, body: str | None = None) -> None:
    """A bulk write with the triggers suspended, then word forms left for later."""
    with vault.transaction() as session:
        run = bulk.session_runner(session)
        with bulk.triggers_suspended(run):
            if body is not None:
                session.execute(
                    text("UPDATE entries SET body = :b WHERE uuid = :u"), {"b": body, "u": FIRST}
                )
            bulk.reindex_later(run)


@pytest.mark.parametrize("started", [False, True], ids=["from the final index", "mid-way"])
def test_word_forms_left_for_later_come_back_whole(tmp_path: Path, policy, started: bool) -> None:
    vault = _old_vault(tmp_path, policy)  # small: the final index, built in the migration
    vault.unlock(KEPT_PASSPHRASE, policy=policy)
    try:
        if started:
            _defer(vault)
            with vault.session() as session:
                upto = session.execute(
                    text(
                        "SELECT count(*) FROM entries "
                        "WHERE id <= (SELECT id FROM entries WHERE uuid = :u)"
                    ),
                    {"u": FIRST},
                ).scalar_one()
            # The first entry is in the new index, some are not yet; then it changes.
            assert not _step(vault, int(upto)).finished
        _defer(vault, "Swimming in the cold lake.")
        with vault.session() as session:
            assert not finds_word_forms(session)
            assert index_progress(session).indexed == 0
        assert _found(vault, "swimming") == 1  # exact words at once
        assert _found(vault, '"jaw"') == 0  # the first entry's old words are gone
        _whole(vault)
        while not _step(vault).finished:
            pass
        assert _found(vault, "swim") == 1
        assert _found(vault, '"jaw"') == 0
        assert _found(vault, "tightening") == 2
        with vault.transaction() as session:  # the final triggers are in place
            session.execute(text("UPDATE entries SET body = 'Tea.' WHERE uuid = :u"), {"u": FIRST})
        assert _found(vault, "swimming") == 0
        _whole(vault)
    finally:
        vault.lock()


def test_best_match_pages_through_the_old_index_in_blocks(
    transition: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # While word forms are added, best match ranks the old index's matches, in blocks too.
    monkeypatch.setattr(search, "BEST_BLOCK", 2)
    with transition.session() as session:
        assert not finds_word_forms(session)
        at_once = search_ids(session, "the", order="best", limit=10)
        pages: list[int] = []
        while found := search_ids(session, "the", order="best", limit=1, offset=len(pages)):
            pages += found
    assert len(at_once) == 4 and pages == at_once
