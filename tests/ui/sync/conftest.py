"""What the several-devices UI tests share: an entry edited on two devices meanwhile."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from hj_journal.core.journal.entries import EntryInput, EntryView
from hj_journal.core.services import Services
from hj_journal.core.sync.joining import join
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.ui.shell.context import UiContext
from tests.helpers import PASSPHRASE


@pytest.fixture
def edited_twice(ui_ctx: UiContext, tmp_path: Path, policy: KdfPolicy) -> Iterator[EntryView]:
    """An entry whose words were changed here and on a second device meanwhile."""
    services = ui_ctx.services
    folder = tmp_path / "Sync"
    folder.mkdir()
    entry = services.journal.create(
        EntryInput(entry_date=date(2026, 12, 1), title="Letter", body="start")
    )
    services.sync.set_up(folder)
    other_folder = tmp_path / "Other"
    shutil.copytree(folder, other_folder)
    other = join(
        VaultRegistry(tmp_path / "other" / "vaults"),
        other_folder,
        PASSPHRASE,
        policy=policy,
        label="J",
    )
    try:
        there = Services.for_vault(other)
        found = there.journal.find_by_uuid(entry.uuid)
        assert found is not None
        there.journal.update(
            found.id,
            EntryInput(entry_date=found.entry_date, title="Letter", body="from the desktop"),
        )
        there.sync.sync_now()
        services.journal.update(
            entry.id,
            EntryInput(entry_date=entry.entry_date, title="Letter", body="from the laptop"),
        )
        shutil.copytree(other_folder, folder, dirs_exist_ok=True)
        services.sync.sync_now()
        assert services.sync.has_two_versions(entry.id)
        yield services.journal.get(entry.id)
    finally:
        other.lock()
