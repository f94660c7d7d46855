"""The sync service with three devices sharing a folder: set-up, joining, merging,
entries edited on two devices, delays, reordering, duplicates, partial files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hj_journal.core.common.errors import InputError
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.journal.templates import EntryTemplateDraft
from hj_journal.core.vaults import KdfPolicy
from tests.core.sync.support import Device, Mesh, three


@pytest.fixture
def mesh(tmp_path: Path, policy: KdfPolicy) -> Mesh:
    devices = three(tmp_path, policy)
    yield devices
    for device in devices.devices:
        device.close()


def test_an_entry_written_on_one_device_reaches_the_others(mesh: Mesh) -> None:
    a, b, c = mesh.devices
    uuid = a.write("Morning", "The light came in early.")
    mesh.settle()
    assert b.entry(uuid) == ("Morning", "The light came in early.")
    assert c.entry(uuid) == ("Morning", "The light came in early.")


def test_edits_and_deletions_travel_and_everyone_agrees(mesh: Mesh) -> None:
    a, b, c = mesh.devices
    first = a.write("One", "one")
    second = b.write("Two", "two")
    mesh.settle()
    c.edit(first, body="one, changed on c")
    a.delete_forever(second)
    mesh.settle()
    for device in mesh.devices:
        assert device.entry(first) == ("One", "one, changed on c")
        assert device.entry(second) is None
    assert a.picture() == b.picture() == c.picture()


def test_text_changed_on_two_devices_keeps_both_versions(mesh: Mesh) -> None:
    a, b, c = mesh.devices
    uuid = a.write("Letter", "Dear me,")
    mesh.settle()
    a.edit(uuid, body="Dear me, from the laptop")
    b.edit(uuid, body="Dear me, from the desktop")
    mesh.settle()
    for device in mesh.devices:
        shown = device.entry(uuid)
        assert shown is not None
        both = {shown, *device.other_texts(uuid)}
        assert both == {
            ("Letter", "Dear me, from the laptop"),
            ("Letter", "Dear me, from the desktop"),
        }
    assert a.picture() == b.picture() == c.picture()
    assert a.sync.status().two_versions == 1
    assert len(a.sync.entries_with_two_versions()) == 1
    for device in mesh.devices:  # what the journal asks when the entry opens
        view = device.services.journal.find_by_uuid(uuid)
        assert view is not None and device.sync.has_two_versions(view.id)
    alone = a.services.journal.find_by_uuid(a.write("Elsewhere", "only here"))
    assert alone is not None and not a.sync.has_two_versions(alone.id)


def test_choosing_a_version_settles_it_on_every_device(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    uuid = a.write("Letter", "start")
    mesh.settle()
    a.edit(uuid, body="laptop")
    b.edit(uuid, body="desktop")
    mesh.settle()
    view = b.services.journal.find_by_uuid(uuid)
    assert view is not None
    b.edit(uuid, body="laptop and desktop, merged by hand")
    b.sync.settle_versions(view.id)
    mesh.settle()
    for device in mesh.devices:
        assert device.entry(uuid) == ("Letter", "laptop and desktop, merged by hand")
        assert device.other_texts(uuid) == set()
        assert device.sync.status().two_versions == 0
        settled = device.services.journal.find_by_uuid(uuid)
        assert settled is not None and not device.sync.has_two_versions(settled.id)


def test_editing_the_shown_text_keeps_the_other_version_waiting(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    uuid = a.write("Letter", "start")
    mesh.settle()
    a.edit(uuid, body="laptop")
    b.edit(uuid, body="desktop")
    mesh.settle()
    shown = a.entry(uuid)
    assert shown is not None
    a.edit(uuid, body=shown[1] + ", and more")
    mesh.settle()
    for device in mesh.devices:
        texts = {device.entry(uuid), *device.other_texts(uuid)}
        assert len(texts) == 2, texts  # the other device's words are still there


def test_only_metadata_changed_on_two_devices_is_not_two_versions(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    uuid = a.write("Same", "same words")
    mesh.settle()
    for device, tag in ((a, "laptop"), (b, "desktop")):
        view = device.services.journal.find_by_uuid(uuid)
        assert view is not None
        device.services.journal.update(
            view.id,
            EntryInput(entry_date=view.entry_date, title=view.title, body=view.body, tags=(tag,)),
        )
    mesh.settle()
    assert a.sync.status().two_versions == 0
    same = a.services.journal.find_by_uuid(uuid)
    assert same is not None and not a.sync.has_two_versions(same.id)
    assert a.picture() == b.picture()


def test_an_edit_beats_a_removal_made_meanwhile(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    uuid = a.write("Keep", "words")
    mesh.settle()
    a.delete_forever(uuid)
    b.edit(uuid, body="words I added")
    mesh.settle()
    for device in mesh.devices:
        assert device.entry(uuid) == ("Keep", "words I added")


def test_late_and_reordered_delivery_ends_in_the_same_place(mesh: Mesh) -> None:
    a, b, c = mesh.devices
    uuids = []
    for n in range(4):
        uuids.append(a.write(f"Day {n}", "text"))
        a.sync.sync_now()
    a.edit(uuids[0], body="edited later")
    a.sync.sync_now()
    # c gets a's change sets newest first, one at a time, merging after each.
    sets = sorted((a.folder).rglob("*.hjsync"), key=lambda p: -int(p.stem))
    for path in sets:
        there = c.folder / path.relative_to(a.folder)
        there.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, there)
        c.sync.sync_now()
    assert c.entry(uuids[0]) == ("Day 0", "edited later")
    mesh.settle()
    assert a.picture() == b.picture() == c.picture()


def test_a_change_set_delivered_twice_changes_nothing(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    uuid = a.write("Once", "once")
    mesh.settle()
    before = b.picture()
    with b.sync._transaction() as conn:  # forget having read a's change sets
        conn.execute("DELETE FROM sync_devices")
    report = b.sync.sync_now()
    assert report.sets_read >= 1
    assert b.picture() == before
    assert b.entry(uuid) == ("Once", "once")


def test_a_half_copied_change_set_waits_until_it_is_whole(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    uuid = a.write("Arriving", "slowly")
    report = a.sync.sync_now()
    assert report.sent is not None
    source = a.folder.rglob(f"{report.sent}.hjsync").__next__()
    there = b.folder / source.relative_to(a.folder)
    there.write_bytes(source.read_bytes()[:-40])
    partial = b.sync.sync_now()
    assert len(partial.problems) == 1
    assert "will be read when it arrives whole" in partial.problems[0]
    assert b.entry(uuid) is None
    there.write_bytes(source.read_bytes())
    whole = b.sync.sync_now()
    assert whole.problems == ()
    assert b.entry(uuid) == ("Arriving", "slowly")


def test_files_a_sync_tool_leaves_are_ignored(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    uuid = a.write("Real", "real")
    report = a.sync.sync_now()
    source = next(a.folder.rglob(f"{report.sent}.hjsync"))
    device_dir = b.folder / source.parent.relative_to(a.folder)
    device_dir.mkdir(parents=True, exist_ok=True)
    (device_dir / f".syncthing.{report.sent + 1}.hjsync.tmp").write_bytes(b"half")
    (device_dir / f"{report.sent}.sync-conflict-20261203-101010-ABCDEFG.hjsync").write_bytes(
        b"junk"
    )
    (device_dir / "notes.txt").write_text("hello")
    shutil.copyfile(source, device_dir / source.name)
    assert b.sync.sync_now().problems == ()
    assert b.entry(uuid) == ("Real", "real")


def test_a_change_set_moved_to_another_number_is_refused(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    a.write("Numbered", "n")
    report = a.sync.sync_now()
    source = next(a.folder.rglob(f"{report.sent}.hjsync"))
    moved = b.folder / source.parent.relative_to(a.folder) / f"{report.sent + 5}.hjsync"
    moved.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, moved)
    assert len(b.sync.sync_now().problems) == 1


def test_a_kill_while_writing_a_change_set_loses_nothing(
    mesh: Mesh, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, _b, _c = mesh.devices
    uuid = a.write("Survives", "a kill")
    from hj_journal.core.sync import folder as folder_module

    original = folder_module.SyncFolder.write

    def write_then_die(self: folder_module.SyncFolder, path: Path, data: bytes) -> None:
        original(self, path, data)
        if path.suffix == ".hjsync":
            raise KeyboardInterrupt  # the process stops right after the rename

    monkeypatch.setattr(folder_module.SyncFolder, "write", write_then_die)
    with pytest.raises(KeyboardInterrupt):
        a.sync.sync_now()
    monkeypatch.setattr(folder_module.SyncFolder, "write", original)
    a.edit(uuid, body="a kill, and after")
    mesh.settle()
    for device in mesh.devices:
        assert device.entry(uuid) == ("Survives", "a kill, and after")
    assert a.picture() == mesh.devices[1].picture() == mesh.devices[2].picture()  # no doubles


def test_a_kill_while_merging_leaves_nothing_half_applied(
    mesh: Mesh, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, _c = mesh.devices
    uuids = [a.write(f"Entry {n}", "x") for n in range(5)]
    a.sync.sync_now()
    mesh.everywhere()
    from hj_journal.core.sync import merge

    original = merge.Merger.apply
    calls = {"n": 0}

    def apply_then_die(self: merge.Merger, version: merge.Version) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt
        original(self, version)

    monkeypatch.setattr(merge.Merger, "apply", apply_then_die)
    with pytest.raises(KeyboardInterrupt):
        b.sync.sync_now()
    monkeypatch.setattr(merge.Merger, "apply", original)
    assert all(b.entry(u) is None for u in uuids)  # all or nothing
    b.sync.sync_now()
    assert all(b.entry(u) is not None for u in uuids)


def test_status_names_the_devices_and_what_was_read(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    b.write("From b", "b")
    mesh.settle()
    status = a.sync.status()
    assert status.set_up
    assert {d.device_id for d in status.devices} >= {b.sync.status().device_id}
    assert all(d.waiting == 0 for d in status.devices)
    assert status.two_versions == 0


def test_setting_up_twice_or_into_a_missing_folder_is_one_sentence(
    mesh: Mesh, tmp_path: Path
) -> None:
    a = mesh.devices[0]
    with pytest.raises(InputError, match="already kept in step"):
        a.sync.set_up(tmp_path)
    a.sync.stop()
    with pytest.raises(InputError, match="There is no folder"):
        a.sync.set_up(tmp_path / "nowhere")


def test_check_ins_and_settings_travel_too(mesh: Mesh) -> None:
    from hj_journal.core.checkin.checkins import CheckInInput

    a, b, _c = mesh.devices
    a.services.checkins.add(CheckInInput(distress=4, note="tired"))
    a.services.settings.on_this_day = True
    mesh.settle()
    assert [c.note for c in b.services.checkins.recent(limit=5)] == ["tired"]
    assert b.services.settings.on_this_day is True


def test_a_device_folder_is_per_device(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    a.write("x")
    a.sync.sync_now()
    device_dirs = {p.name for p in a.folder.iterdir()}
    assert len(device_dirs) == 1  # the vault id
    inside = {p.name for p in next(a.folder.iterdir()).iterdir()}
    assert {"vault.key", "keys"} <= inside
    assert a.sync.status().device_id in inside
    del b
    assert isinstance(Device, type)


def test_nothing_written_shows_in_the_synced_folder(mesh: Mesh) -> None:
    a, b, _c = mesh.devices
    canary = "zebracanary" + "7731"
    a.write(f"{canary} title", f"{canary} body, and the words 4815162342")
    a.services.settings.on_this_day = True
    mesh.settle()
    assert b.entry(next(iter(b.picture()))) is not None
    for device in mesh.devices:
        for path in device.folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                assert canary.encode() not in data, path
                assert b"4815162342" not in data, path
                assert b"on_this_day" not in data, path


def test_a_template_made_on_one_device_appears_on_the_others(mesh: Mesh) -> None:
    a, b, c = mesh.devices
    made = a.services.entry_templates.add(
        EntryTemplateDraft(name="Evening check", title="Evening — {date}", tags=("evening",))
    )
    hidden = b.services.entry_templates.builtin()[0].key
    b.services.entry_templates.set_hidden(hidden, True)
    mesh.settle()
    for device in (b, c):
        there = device.services.entry_templates.get(made.key)
        assert (there.name, there.title, there.tags) == (
            "Evening check",
            "Evening — {date}",
            ("evening",),
        )
    for device in (a, c):
        assert hidden not in {t.key for t in device.services.entry_templates.offered()}
    c.services.entry_templates.delete(made.key)
    mesh.settle()
    for device in mesh.devices:
        assert made.key not in {t.key for t in device.services.entry_templates.own()}
