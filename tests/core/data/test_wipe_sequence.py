"""The wipe's one order, for the app and the command line: name, backups, then the vault."""

from __future__ import annotations

from datetime import date

import pytest

from hj_journal.core.common.errors import InputError
from hj_journal.core.data import wipe as wipe_module
from hj_journal.core.data.backup import Backups
from hj_journal.core.data.wipe import VaultWipe
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths


def _backed_up(services: Services, paths: AppPaths) -> Backups:
    services.journal.create(EntryInput(entry_date=date(2026, 1, 1), title="kept"))
    backups = Backups(services.vault, paths.backups_dir)
    backups.create()
    return backups


def test_the_backups_are_gone_before_the_vault_is_touched(
    services: Services, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = _backed_up(services, paths)
    vault = services.vault
    own_backups = paths.backups_dir / vault.folder.name
    seen: list[tuple[str, bool, bool]] = []  # step, vault there, backups there
    real_remove, real_wipe = wipe_module.remove_vault_backups, vault.wipe

    def remove_backups(name: str, roots: list[object]) -> int:
        seen.append(("backups", vault.db_path.exists(), own_backups.exists()))
        return real_remove(name, roots)  # type: ignore[arg-type]

    def wipe() -> None:
        seen.append(("vault", vault.db_path.exists(), own_backups.exists()))
        real_wipe()

    monkeypatch.setattr(wipe_module, "remove_vault_backups", remove_backups)
    monkeypatch.setattr(vault, "wipe", wipe)
    report = VaultWipe(vault, backups).run("Notebook")
    assert seen == [("backups", True, True), ("vault", True, False)]
    assert (report.label, report.backups_removed) == ("Notebook", 1)
    assert not vault.folder.exists()


def test_after_the_first_step_the_vault_is_whole_and_still_open(
    services: Services, paths: AppPaths
) -> None:
    backups = _backed_up(services, paths)
    wipe = VaultWipe(services.vault, backups)
    receipt = wipe.remove_backups(" Notebook ")
    assert receipt.backups_removed == 1
    assert not (paths.backups_dir / services.vault.folder.name).exists()
    assert services.vault.is_unlocked
    assert [e.title for e in services.journal.timeline()] == ["kept"]  # still the user's
    report = wipe.remove_vault(receipt)
    assert (report.label, report.backups_removed) == ("Notebook", 1)
    assert not services.vault.folder.exists()


def test_a_failure_while_removing_backups_leaves_the_vault(
    services: Services, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    backups = _backed_up(services, paths)

    def disk_error(name: str, roots: list[object]) -> int:
        raise OSError("the stick was pulled out")

    monkeypatch.setattr(wipe_module, "remove_vault_backups", disk_error)
    with pytest.raises(OSError):
        VaultWipe(services.vault, backups).run("Notebook")
    assert services.vault.is_unlocked and services.vault.db_path.exists()
    assert [e.title for e in services.journal.timeline()] == ["kept"]


def test_a_wrong_name_stops_at_the_first_step(services: Services, paths: AppPaths) -> None:
    backups = _backed_up(services, paths)
    with pytest.raises(InputError, match="nothing was removed"):
        VaultWipe(services.vault, backups).remove_backups("Notebok")
    assert backups.available() and services.vault.db_path.exists()


def test_the_last_step_wipes_only_the_vault_whose_backups_went(
    services: Services, paths: AppPaths, registry: VaultRegistry, policy: KdfPolicy
) -> None:
    other, _ = registry.create("Other", "another calm passphrase", policy=policy)
    try:
        receipt = VaultWipe(services.vault).remove_backups("Notebook")
        with pytest.raises(ValueError):
            VaultWipe(other).remove_vault(receipt)
        assert other.is_unlocked and other.db_path.exists()
    finally:
        other.lock()


def test_the_wipe_the_app_and_command_line_call_finds_their_backups(
    services: Services, paths: AppPaths
) -> None:
    data = Services.for_vault(services.vault, paths).data  # as the app and `hj-journal` build it
    made = data.backups.create()
    assert made.folder.parent.parent == paths.backups_dir
    report = data.wipe.run("Notebook")
    assert report.backups_removed == 1
    assert not made.folder.exists() and not services.vault.folder.exists()
