"""One round: what is sent, numbered and cleared."""

from __future__ import annotations

from pathlib import Path

import pytest

from hj_journal.core.vaults import KdfPolicy
from tests.core.sync.support import Device


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
