"""The synced folder's layout: only names of the right shape are read."""

from __future__ import annotations

from pathlib import Path

from hj_journal.core.sync.folder import SyncFolder, find_vault_folder, is_id

VAULT, DEVICE = "a" * 32, "b" * 32


def test_only_whole_names_count(tmp_path: Path) -> None:
    place = SyncFolder.under(tmp_path, VAULT)
    place.write(place.change_set(DEVICE, 1), b"x")
    place.write(place.change_set(DEVICE, 10), b"x")
    place.write(place.snapshot(DEVICE, 10), b"x")
    device = place.device(DEVICE)
    for name in (
        ".syncthing.2.hjsync.tmp",
        "3.sync-conflict-20261203-101010-ABCDEFG.hjsync",
        ".4.hjsync.1a2b3c4d.tmp",
        "5.hjsync~",
        "notes.txt",
    ):
        (device / name).write_bytes(b"x")
    (place.root / "not-a-device").mkdir()
    assert place.change_sets(DEVICE) == [1, 10]
    assert place.snapshots(DEVICE) == [10]
    assert place.devices() == [DEVICE]


def test_the_vault_is_found_from_the_folder_or_inside_it(tmp_path: Path) -> None:
    place = SyncFolder.under(tmp_path, VAULT)
    place.write(place.key_copy, b"{}")
    assert find_vault_folder(tmp_path) == place.root
    assert find_vault_folder(place.root) == place.root
    assert find_vault_folder(tmp_path / "missing") is None
    assert is_id(VAULT) and not is_id("A" * 32) and not is_id("a" * 31)
