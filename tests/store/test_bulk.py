"""Bulk writes: triggers suspended inside the transaction and put back as they were."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from hj_journal.store import bulk
from hj_journal.store.vault import Vault


def _triggers(vault: Vault) -> dict[str, str]:
    with vault.session() as session:
        rows = session.execute(text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'"))
        return {str(name): str(sql) for name, sql in rows}


def _set_sync_mode(vault: Vault, mode: int) -> None:
    with vault.transaction() as session:
        session.execute(text("DELETE FROM sync_state"))
        session.execute(text("INSERT INTO sync_state (id, mode) VALUES (1, :m)"), {"m": mode})


@pytest.mark.parametrize(("mode", "synced"), [(None, False), (0, False), (1, True)])
def test_the_sync_log_is_suspended_only_while_it_would_log_nothing(
    vault: Vault, mode: int | None, synced: bool
) -> None:
    if mode is not None:
        _set_sync_mode(vault, mode)
    before = _triggers(vault)
    with vault.transaction() as session:
        run = bulk.session_runner(session)
        assert bulk.kept_in_step(run) is synced
        with bulk.triggers_suspended(run, ("checkins",), idle_sync_log=True):
            during = _triggers_in(run)
        with bulk.triggers_suspended(run, ("checkins",)):
            plain = _triggers_in(run)
    on_checkins = {n for n in before if "checkins" in n and not n.endswith("_rekey")}
    assert on_checkins  # the schema has sync-log triggers on check-ins to suspend
    assert on_checkins <= plain  # without the option they always stay
    assert (on_checkins <= during) is synced
    assert _triggers(vault) == before  # all put back, word for word


def _triggers_in(run: bulk.Runner) -> set[str]:
    return {str(r[0]) for r in run("SELECT name FROM sqlite_master WHERE type = 'trigger'", {})}


def test_triggers_come_back_when_the_block_raises(vault: Vault) -> None:
    before = _triggers(vault)
    with pytest.raises(RuntimeError), vault.transaction() as session:
        run = bulk.session_runner(session)
        with bulk.triggers_suspended(run, ("entries", "checkins"), idle_sync_log=True):
            raise RuntimeError
    assert _triggers(vault) == before


def _indexes(vault: Vault, table: str) -> dict[str, str]:
    with vault.session() as session:
        rows = session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = :t"),
            {"t": table},
        )
        return {str(name): str(sql) for name, sql in rows}


def test_plain_indexes_are_built_after_many_rows_and_unique_ones_stay(
    vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bulk, "MANY_ROWS", 3)
    before = _indexes(vault, "checkins")
    plain = {n for n, sql in before.items() if sql.startswith("CREATE INDEX")}
    assert plain
    with vault.transaction() as session:
        run = bulk.session_runner(session)
        with bulk.indexes_suspended(run, "checkins", 2):  # too few: nothing dropped
            assert set(_names(run, "checkins")) == set(before)
        with bulk.indexes_suspended(run, "checkins", 3):
            during = set(_names(run, "checkins"))
            assert not during & plain and during == set(before) - plain
    assert _indexes(vault, "checkins") == before
    with (
        pytest.raises(RuntimeError),
        vault.transaction() as session,
        bulk.indexes_suspended(bulk.session_runner(session), "checkins", 3),
    ):
        raise RuntimeError
    assert _indexes(vault, "checkins") == before


def _names(run: bulk.Runner, table: str) -> list[str]:
    return [
        str(r[0])
        for r in run(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = :t", {"t": table}
        )
    ]
