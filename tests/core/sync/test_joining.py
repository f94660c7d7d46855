"""Joining a vault from a synced folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hj_journal.core.common.errors import InputError
from hj_journal.core.sync import snapshots
from hj_journal.core.sync.joining import join
from hj_journal.core.vaults import KdfPolicy, VaultRegistry, WrongSecretError
from hj_journal.store import search_index
from tests.core.sync.support import PASSPHRASE, Device


@pytest.fixture
def first(tmp_path: Path, policy: KdfPolicy) -> Device:
    device = Device.first(tmp_path, policy)
    yield device
    device.close()


def test_joining_builds_the_same_journal_with_the_same_passphrase(
    first: Device, tmp_path: Path, policy: KdfPolicy
) -> None:
    uuid = first.write("Hello", "from the laptop")
    first.services.settings.on_this_day = True
    first.sync.sync_now()
    shutil.copytree(first.folder, tmp_path / "b-synced")
    second = Device.joining(tmp_path, policy, "b")
    try:
        assert second.entry(uuid) == ("Hello", "from the laptop")
        assert second.services.settings.on_this_day is True
        assert second.vault.read_key_file() == first.vault.read_key_file()
        assert second.sync.status().device_id != first.sync.status().device_id
        second.vault.lock()
        second.vault.unlock(PASSPHRASE, policy=policy)  # the same passphrase opens it
        assert [s.title for s in second.services.journal.latest()] == ["Hello"]
    finally:
        second.close()


def test_a_wrong_passphrase_or_an_empty_folder_is_told_apart(
    first: Device, tmp_path: Path, policy: KdfPolicy
) -> None:
    registry = VaultRegistry(tmp_path / "b" / "vaults")
    with pytest.raises(WrongSecretError):
        join(registry, first.folder, "not the passphrase", policy=policy, label="J")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no synced vault"):
        join(registry, empty, PASSPHRASE, policy=policy, label="J")
    assert registry.vaults() == []


def test_a_folder_still_being_copied_is_refused_calmly(
    first: Device, tmp_path: Path, policy: KdfPolicy
) -> None:
    copy = tmp_path / "b-synced"
    shutil.copytree(first.folder, copy)
    for snapshot in copy.rglob("*.hjsnap"):
        snapshot.write_bytes(snapshot.read_bytes()[:100])  # half-copied
    registry = VaultRegistry(tmp_path / "b" / "vaults")
    with pytest.raises(InputError, match="not complete yet"):
        join(registry, copy, PASSPHRASE, policy=policy, label="J")
    assert registry.vaults() == []


def test_joining_a_big_vault_is_searchable_once_the_index_catches_up(
    first: Device, tmp_path: Path, policy: KdfPolicy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "REBUILD_IN_MIGRATION_UP_TO", 1)  # "big" is 2 here
    monkeypatch.setattr(snapshots, "SNAPSHOT_EVERY", 1)  # the entries come in a snapshot
    walked = first.write("By the river", "We were walking slowly along the water.")
    first.write("Rain", "The rain kept falling.")
    first.sync.sync_now()
    shutil.copytree(first.folder, tmp_path / "b-synced")
    second = Device.joining(tmp_path, policy, "b")
    try:
        journal = second.services.journal
        assert not journal.word_forms_progress().finished
        assert journal.search("walking") == []  # the builder adds them, newest first
        while not journal.add_word_forms().finished:
            pass
        assert [journal.get(r.summary.id).uuid for r in journal.search("walked")] == [walked]
    finally:
        second.close()
