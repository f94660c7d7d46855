"""Wiping a whole vault: only after its label is typed, and its backups go too."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hj_journal.core.common.errors import InputError
from hj_journal.core.data.backup import Backups
from hj_journal.core.data.wipe import wipe_vault
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import VaultRegistry
from hj_journal.paths import AppPaths


def test_a_wrong_label_removes_nothing(services: Services, paths: AppPaths) -> None:
    backups = Backups(services.vault, paths.data_dir / "backups")
    info = backups.create()
    with pytest.raises(InputError, match="nothing was removed"):
        wipe_vault(services.vault, "notebook", backups=backups)  # the label is "Notebook"
    assert services.vault.is_unlocked
    assert services.vault.db_path.exists()
    assert info.folder.exists()


def test_wipe_removes_the_vault_and_every_backup_of_it(
    services: Services, paths: AppPaths, registry: VaultRegistry, tmp_path: Path, policy
) -> None:
    services.journal.create(EntryInput(entry_date=date(2026, 1, 1), title="t"))
    backups = Backups(services.vault, paths.data_dir / "backups")
    backups.create()
    stick = tmp_path / "stick"
    stick.mkdir()
    services.settings.backup_folder = stick
    backups.create()
    once = tmp_path / "once"
    once.mkdir()
    backups.create(root=once)
    other, _ = registry.create("Other", "another calm passphrase", policy=policy)
    other_backup = Backups(other, paths.data_dir / "backups").create()
    other.lock()

    report = wipe_vault(services.vault, "  Notebook ", backups=backups)

    assert report.backups_removed == 3
    assert not services.vault.is_unlocked
    assert not services.vault.folder.exists()
    name = services.vault.folder.name
    for root in (paths.data_dir / "backups", stick, once):
        assert not (root / name).exists()
    assert [v.label for v in registry.vaults()] == ["Other"]
    assert other_backup.folder.exists()
