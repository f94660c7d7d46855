"""One round: what is sent, numbered and cleared."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from hj_journal.core.sync import run
from hj_journal.core.sync.rows import RowIO
from hj_journal.core.vaults import KdfPolicy
from tests.core.sync.support import Device, Mesh


@pytest.fixture
def device(tmp_path: Path, policy: KdfPolicy) -> Device:
    one = Device.first(tmp_path, policy)
    yield one
    one.close()


def test_nothing_changed_sends_nothing(device: Device) -> None:
    assert device.sync.sync_now().sent is None


def test_changes_go_out_once_under_the_next_number(device: Device) -> None:
    first = device.sync.status().last_sent
    device.write("One")
    report = device.sync.sync_now()
    assert report.sent == first + 1 and report.rows_sent == 1
    assert device.sync.sync_now().sent is None
    with device.sync._transaction() as conn:
        assert conn.execute("SELECT count(*) FROM sync_log").fetchone()[0] == 0


def test_a_number_already_in_the_folder_is_never_used_again(device: Device) -> None:
    device.write("One")
    sent = device.sync.sync_now().sent
    assert sent is not None
    with device.sync._transaction() as conn:  # as if restored from an older backup
        conn.execute("UPDATE sync_state SET next_seq = 1")
    device.write("Two")
    assert device.sync.sync_now().sent == sent + 1


def test_a_daily_change_set_is_a_few_kilobytes(device: Device) -> None:
    device.write("Tuesday", "A walk by the river, a call with my sister. " * 40)
    report = device.sync.sync_now()
    path = next(device.folder.rglob(f"{report.sent}.hjsync"))
    assert path.stat().st_size < 4096


def _found(device: Device, words: str) -> set[str]:
    return {
        device.services.journal.get(r.summary.id).uuid
        for r in device.services.journal.search(words)
    }


def _add_word_forms(device: Device) -> None:
    for _ in range(100):
        if device.services.journal.add_word_forms().finished:
            return
    raise AssertionError("the word forms were never all added")


def _two(tmp_path: Path, policy: KdfPolicy) -> tuple[Device, Device]:
    first = Device.first(tmp_path, policy)
    shutil.copytree(first.folder, tmp_path / "b-synced")
    return first, Device.joining(tmp_path, policy, "b")


def test_an_entry_merged_in_is_found_by_a_word_form_at_once(
    tmp_path: Path, policy: KdfPolicy
) -> None:
    first, second = _two(tmp_path, policy)
    try:
        uuid = first.write("By the river", "We were walking slowly along the water.")
        first.sync.sync_now()
        Mesh([first, second]).deliver(first, second)
        second.sync.sync_now()
        assert _found(second, "walked") == {uuid}
        first.edit(uuid, body="Then we sat and listened to the ducks.")
        first.sync.sync_now()
        Mesh([first, second]).deliver(first, second)
        second.sync.sync_now()
        assert _found(second, "walked") == set()  # the old words left the index
        assert _found(second, "listening duck") == {uuid}
    finally:
        first.close()
        second.close()


def test_many_entries_merged_at_once_are_found_again_once_the_index_catches_up(
    tmp_path: Path, policy: KdfPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run, "REINDEX_LATER_FROM", 2)
    first, second = _two(tmp_path, policy)
    try:
        kept = second.write("Here already", "Tea in the garden, singing to myself.")
        second.sync.sync_now()
        walked = first.write("By the river", "We were walking slowly along the water.")
        rain = first.write(
            "Rain", "The rain kept falling, and I kept reading.", date(2026, 11, 30)
        )
        gone = first.write("Soon gone", "Swimming in the cold lake.")
        first.sync.sync_now()
        Mesh([first, second]).deliver(first, second)
        second.sync.sync_now()
        first.edit(rain, body="Sunshine at last; I was painting the fence.")
        first.delete_forever(gone)
        first.sync.sync_now()
        Mesh([first, second]).deliver(first, second)
        second.sync.sync_now()
        progress = second.services.journal.word_forms_progress()
        assert not progress.finished and progress.meanwhile == "entries"
        assert progress.total - progress.indexed == 2  # the changed entries wait
        assert _found(second, "painting") == set()  # until the builder adds them back
        assert _found(second, "reading") == set()  # their old words are gone at once
        assert _found(second, "sings") == {kept}  # the others are found as before
        assert _found(second, "swimming rain") == set()
        _add_word_forms(second)  # what the journal does in the background
        assert _found(second, "walking") == {walked}
        assert _found(second, "walked") == {walked}
        assert _found(second, "painted") == {rain}
        assert _found(second, "sings") == {kept}
        assert _found(second, "reading") == set()  # the old words left the index
        second.edit(kept, body="Coffee in the kitchen.")  # the triggers are back
        assert _found(second, "singing") == set()
        assert _found(second, "kitchens") == {kept}
    finally:
        first.close()
        second.close()


_ENTRY_LOG = ("sync_log_entries_", "sync_log_entry_tags_")


def _triggers(device: Device) -> list[tuple[str, str]]:
    with device.sync._transaction() as conn:
        return [
            (str(n), str(s))
            for n, s in conn.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
            )
        ]


def test_the_change_log_triggers_are_off_only_inside_the_block(device: Device) -> None:
    before = _triggers(device)
    with device.sync._transaction() as conn:
        with run.log_triggers_off(conn, {"entries"}):
            inside = {
                str(r[0])
                for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            }
        assert not {
            n for n in inside if n.startswith(("sync_log_entries_", "sync_log_entry_tags_"))
        }
        assert "sync_log_checkins_insert" in inside  # other tables keep theirs
    assert _triggers(device) == before
    with (
        pytest.raises(RuntimeError),
        device.sync._transaction() as conn,
        run.log_triggers_off(conn, {"entries", "checkins"}),
    ):
        raise RuntimeError("killed while merging")
    assert _triggers(device) == before


def test_a_large_change_set_is_merged_without_logging_it_again(
    tmp_path: Path, policy: KdfPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(run, "QUIET_LOG_FROM", 3)
    first, second = _two(tmp_path, policy)
    try:
        before = _triggers(second)
        seen: list[set[str]] = []
        write = RowIO.write

        def watched(self: RowIO, table: Any, key: str, data: Any) -> bool:
            names = self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
            seen.append({str(r[0]) for r in names if str(r[0]).startswith(_ENTRY_LOG)})
            return write(self, table, key, data)

        monkeypatch.setattr(RowIO, "write", watched)
        made = [first.write(f"Evening {n}", f"A quiet walk, number {n}.") for n in range(4)]
        first.sync.sync_now()
        Mesh([first, second]).deliver(first, second)
        report = second.sync.sync_now()
        assert report.rows_applied >= 4
        assert seen and all(not names for names in seen)  # SQLite skipped them per row
        assert {
            second.services.journal.get(r.summary.id).uuid
            for r in second.services.journal.search("quiet")
        } == set(made)
        with second.sync._transaction() as conn:
            assert conn.execute("SELECT count(*) FROM sync_log").fetchone()[0] == 0
        assert _triggers(second) == before
        second.write("Mine", "Written here after the merge.")  # the log listens again
        with second.sync._transaction() as conn:
            assert conn.execute("SELECT count(*) FROM sync_log").fetchone()[0] > 0
    finally:
        first.close()
        second.close()
