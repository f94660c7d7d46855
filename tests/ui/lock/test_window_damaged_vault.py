"""A vault whose database is damaged: the lock screen says so calmly and offers to bring
its newest good backup back as a new vault beside it (the damaged one is kept)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from hj_journal.core.data.backup import Backups
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from tests.ui import support
from tests.ui.shell_support import PASSPHRASE, MakeHarness


def _backed_up_then_damaged(paths: AppPaths, policy: KdfPolicy) -> None:
    registry = VaultRegistry(paths.vaults_dir)
    vault, _ = registry.create("Notebook", PASSPHRASE, policy=policy)
    services = Services.for_vault(vault)
    services.journal.create(EntryInput(entry_date=date(2026, 3, 1), title="Kept safe"))
    Backups(vault, paths.data_dir / "backups").create()
    vault.lock()
    vault.db_path.write_bytes(b"")  # cut short, as a power cut could


def _try_to_unlock(qtbot: Any, harness: Any) -> Any:
    page = harness.lock_window.unlock
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: page.restore_button.isVisibleTo(page), timeout=20_000)
    return page


def test_the_lock_screen_brings_the_newest_good_backup_back(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, policy: KdfPolicy
) -> None:
    _backed_up_then_damaged(paths, policy)
    harness = make_harness()
    page = _try_to_unlock(qtbot, harness)
    assert "damaged" in page.message.text()
    assert harness.window is None  # nothing opened

    page.restore_button.click()
    qtbot.waitUntil(lambda: "is back as a new vault" in page.message.text(), timeout=20_000)
    assert not page.restore_button.isVisibleTo(page)
    labels = sorted(v.label for v in VaultRegistry(paths.vaults_dir).vaults())
    assert labels == ["Notebook", "Notebook (restored)"]
    assert page.current_vault() is not None
    assert page.current_vault().label == "Notebook (restored)"

    with qtbot.waitSignal(harness.lock_window.ready, timeout=20_000):
        page.passphrase.setText(PASSPHRASE)
        page.unlock_button.click()
    titles = [e.title for e in harness.controller.ctx.services.journal.timeline(limit=10)]
    assert titles == ["Kept safe"]


def test_a_damaged_vault_without_backups_is_only_told(
    qtbot: Any, make_harness: MakeHarness, paths: AppPaths, policy: KdfPolicy
) -> None:
    registry = VaultRegistry(paths.vaults_dir)
    vault, _ = registry.create("Notebook", PASSPHRASE, policy=policy)
    vault.lock()
    vault.db_path.write_bytes(b"")
    harness = make_harness()
    page = harness.lock_window.unlock
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    qtbot.waitUntil(lambda: "damaged" in page.message.text(), timeout=20_000)
    assert not page.restore_button.isVisibleTo(page)


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_the_offer_fits_at_every_text_size(
    qtbot: Any,
    paths: AppPaths,
    policy: KdfPolicy,
    qapp: QApplication,
    tmp_path: Path,
    scale: int,
    theme: str,
) -> None:
    from hj_journal.ui.lock.window import LockWindow
    from hj_journal.ui.platform.worker import Jobs

    _backed_up_then_damaged(paths, policy)
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        window = LockWindow(VaultRegistry(paths.vaults_dir), policy, Jobs())
        qtbot.addWidget(window)
        window.refresh()
        page = window.unlock
        page.passphrase.setText(PASSPHRASE)
        page.unlock_button.click()
        qtbot.waitUntil(lambda: page.restore_button.isVisibleTo(page), timeout=20_000)
        support.render(
            qtbot, window, f"lock-damaged-offer-{scale}", theme, QSize(1000, 800), folder=tmp_path
        )
