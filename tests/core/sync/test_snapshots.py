"""Snapshots and pruning: old change sets go once every device has them."""

from __future__ import annotations

from pathlib import Path

import pytest

from hj_journal.core.sync import snapshots
from hj_journal.core.vaults import KdfPolicy
from tests.core.sync.support import Device, Mesh, three


@pytest.fixture
def mesh(tmp_path: Path, policy: KdfPolicy) -> Mesh:
    devices = three(tmp_path, policy)
    yield devices
    for device in devices.devices:
        device.close()


def test_the_first_device_leaves_a_snapshot(mesh: Mesh) -> None:
    a = mesh.devices[0]
    assert list(a.folder.rglob("*.hjsnap"))


def test_change_sets_everyone_read_are_removed_after_a_snapshot(
    mesh: Mesh, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, c = mesh.devices
    monkeypatch.setattr(snapshots, "SNAPSHOT_EVERY", 3)
    for n in range(6):
        a.write(f"Day {n}")
        mesh.settle(rounds=1)
    mesh.settle()
    me = a.sync.status().device_id
    assert me is not None
    own = sorted(int(p.stem) for p in (next(a.folder.iterdir()) / me).glob("*.hjsync"))
    assert len(own) < 6  # some were removed
    assert own[-1] == a.sync.status().last_sent  # never the newest
    # A device joining now still gets everything.
    d_folder = a.folder.parent / "d-synced"
    import shutil

    shutil.copytree(a.folder, d_folder)
    d = Device.joining(a.folder.parent, KdfPolicy.fast_for_tests(), "d")
    try:
        assert d.picture() == a.picture()
    finally:
        d.close()
    del b, c


def test_a_device_that_has_not_said_how_far_it_read_keeps_everything(mesh: Mesh) -> None:
    a, _b, _c = mesh.devices
    for n in range(3):
        a.write(f"Day {n}")
        a.sync.sync_now()
    assert len(list(a.folder.rglob("*.hjsync"))) >= 3
