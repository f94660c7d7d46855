"""The data services: built once per unlock from the vault and the app's folders."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from hj_journal.core.data.exchange.importer import read_source
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, Vault, VaultRegistry
from hj_journal.paths import AppPaths
from tests.helpers import PASSPHRASE


def test_backups_go_to_the_app_backups_folder(services: Services, paths: AppPaths) -> None:
    built = Services.for_vault(services.vault, paths).data
    assert built.backups.default_root == paths.backups_dir == paths.data_dir / "backups"
    # Without the app's folders (tests, tools): those of the data folder the vault is in.
    assert services.data.backups.default_root == paths.backups_dir
    assert services.data.exports_in_progress == paths.exports_in_progress


def test_the_vaults_name_is_read_live(
    services: Services, registry: VaultRegistry, paths: AppPaths
) -> None:
    identity = services.data.identity
    assert (identity.label, identity.folder) == ("Notebook", services.vault.folder)
    registry.rename(services.vault, "Pages")
    assert identity.label == "Pages"


def test_restore_as_new_goes_beside_the_other_vaults(
    services: Services, registry: VaultRegistry, policy: KdfPolicy
) -> None:
    services.journal.create(EntryInput(entry_date=date(2026, 1, 1), title="then"))
    info = services.data.backups.create()
    label = services.data.restore_as_new(info, "Notebook (restored)")
    assert label == "Notebook (restored)"
    restored = next(v for v in registry.vaults() if v.label == label)
    restored.unlock(PASSPHRASE, policy=policy)
    try:
        assert [e.title for e in Services.for_vault(restored).journal.timeline()] == ["then"]
    finally:
        restored.lock()


def test_an_export_comes_back_in_through_an_import(
    services: Services, tmp_path: Path, registry: VaultRegistry, policy: KdfPolicy
) -> None:
    services.journal.create(EntryInput(entry_date=date(2026, 1, 2), title="carried"))
    out = tmp_path / "export.json"
    summary = services.data.export_json(out)
    assert summary.total > 0 and json.loads(out.read_text(encoding="utf-8"))["format"]
    other: Vault
    other, _ = registry.create("Other", "another calm passphrase", policy=policy)
    try:
        data = Services.for_vault(other).data
        source = read_source(out, "json")
        assert data.preview_import(source).entries.new == 1
        assert data.run_import(source).entries.new == 1
        assert data.preview_import(source).entries.new == 0  # already there
    finally:
        other.lock()


def test_the_open_vault_checks_out(services: Services) -> None:
    assert services.data.verify().ok
