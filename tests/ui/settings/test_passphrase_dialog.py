"""Changing the passphrase and making a new recovery key, from Settings.

The current passphrase is checked first; "Someone may know my passphrase" and a new recovery
key lock an old backup's key file out. The dialogs hold at 100 % and 200 % text, light and
high contrast: the sentences about what a plain change does not reach wrap, never cut off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from hj_journal.ui.lock.recovery_kit import RecoveryKitDialog
from hj_journal.ui.settings.passphrase_dialog import ChangePassphraseDialog
from tests.ui import support
from tests.ui.shell_support import (
    PASSPHRASE,
    MakeHarness,
    settings_page,
    unlock,
)


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_the_key_dialogs_wrap_their_words(
    qtbot: Any,
    make_harness: MakeHarness,
    created_vault: str,
    qapp: QApplication,
    tmp_path: Path,
    scale: int,
    theme: str,
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    harness.window.show_section("settings")
    page = harness.window.page("settings")
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        change = page.change_passphrase_dialog()
        qtbot.addWidget(change)
        change.rotate.setChecked(True)
        support.render(qtbot, change, f"change-passphrase-{scale}", theme, folder=tmp_path)
        assert support.unnamed_controls(change) == []
        change.reject()
        recovery = page.new_recovery_key_dialog()
        qtbot.addWidget(recovery)
        support.render(qtbot, recovery, f"new-recovery-key-{scale}", theme, folder=tmp_path)
        assert support.unnamed_controls(recovery) == []
        recovery.reject()


NEW_PASSPHRASE = "lantern harbour meadow violin"


def test_changing_the_passphrase_checks_the_current_one_first(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, policy: KdfPolicy
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    controller = harness.controller
    dialog = ChangePassphraseDialog(controller.vault, policy, controller.jobs, harness.window)
    dialog.open()
    dialog.current.setText("not the one")
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.confirm.setText(NEW_PASSPHRASE)
    dialog.change_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog))
    assert "isn't your current passphrase" in dialog.message.text()
    assert dialog.current.selectedText() == "not the one"
    assert dialog.isVisible()

    dialog.current.setText(PASSPHRASE)
    dialog.confirm.setText(NEW_PASSPHRASE + " ")
    dialog.change_button.click()
    assert "different" in dialog.message.text()

    dialog.confirm.setText(NEW_PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.change_button.click()
    assert dialog.new.text() == ""  # nothing typed is kept
    harness.controller.lock()
    vault = harness.registry.find("Notebook")
    assert vault.check_passphrase(NEW_PASSPHRASE, policy=policy)
    assert not vault.check_passphrase(PASSPHRASE, policy=policy)


def test_a_new_recovery_key_replaces_the_old_one(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    page = settings_page(qtbot, harness)
    dialog = _make_new_recovery_key(qtbot, page)
    assert isinstance(dialog, RecoveryKitDialog)
    new_key = "-".join(dialog.kit.key_label.text().split())
    dialog.continue_button.click()
    dialog.check.skip_button.click()
    dialog.check.skip_button.click()
    assert not dialog.isVisible()
    assert dialog.kit.key_label.text() == ""
    harness.controller.lock()
    vault = harness.registry.find("Notebook")
    vault.unlock_with_recovery_key(new_key)
    vault.lock()
    try:
        vault.unlock_with_recovery_key(created_vault)
    except Exception as error:  # any refusal will do: its words are checked below
        assert "recovery key" in str(error)
    else:
        raise AssertionError("the old recovery key still opens the vault")


def _make_new_recovery_key(qtbot: Any, page: Any, passphrase: str = PASSPHRASE) -> Any:
    """Go through *Make a new recovery key*; returns the new kit's dialog."""
    dialog = page.new_recovery_key_dialog()
    dialog.open()
    dialog.passphrase.setText(passphrase)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.make_button.click()
    assert dialog.passphrase.text() == ""
    return page.show_rotation(dialog.rotation)


def _kit_key(kit: Any) -> str:
    key = "-".join(kit.kit.key_label.text().split())
    kit.continue_button.click()
    kit.check.skip_button.click()
    kit.check.skip_button.click()
    return key


def _old_backup_key_file(page: Any, paths: AppPaths) -> bytes:
    from hj_journal.core.data.backup import Backups

    made = Backups(page.ctx.services.vault, paths.data_dir / "backups").create()
    return made.key_path.read_bytes()


def _add_entry(page: Any, title: str) -> None:
    from datetime import date

    from hj_journal.core.journal.entries import EntryInput

    page.ctx.services.journal.create(
        EntryInput(entry_date=date(2026, 3, 4), title=title, body="x")
    )


def _refused(call: Any) -> bool:
    from hj_journal.core.vaults import VaultError

    try:
        call()
    except VaultError:
        return True
    return False


def test_someone_may_know_my_passphrase_locks_an_old_backup_key_file_out(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: KdfPolicy
) -> None:
    harness = make_harness()
    page = settings_page(qtbot, harness)
    old_key_file = _old_backup_key_file(page, paths)
    dialog = page.change_passphrase_dialog()
    dialog.open()
    assert dialog.rotate.isVisibleTo(dialog) and not dialog.rotate.isChecked()
    dialog.current.setText(PASSPHRASE)
    dialog.new.setText(NEW_PASSPHRASE)
    dialog.confirm.setText(NEW_PASSPHRASE)
    dialog.rotate.setChecked(True)
    with qtbot.waitSignal(dialog.accepted, timeout=20_000):
        dialog.change_button.click()
    kit = page.passphrase_changed(dialog)
    assert isinstance(kit, RecoveryKitDialog)
    new_recovery = _kit_key(kit)
    assert "fresh key" in page.message.text()
    assert "elsewhere" in page.message.text()
    assert dialog.rotation.backups.removed == 1
    _add_entry(page, "after the change")
    harness.controller.lock()

    vault = harness.registry.find("Notebook")
    new_key_file = vault.key_path.read_bytes()
    vault.key_path.write_bytes(old_key_file)
    assert _refused(lambda: vault.unlock(PASSPHRASE, policy=policy))
    assert _refused(lambda: vault.unlock_with_recovery_key(created_vault))
    vault.key_path.write_bytes(new_key_file)
    vault.unlock_with_recovery_key(new_recovery)
    vault.lock()
    vault.unlock(NEW_PASSPHRASE, policy=policy)
    vault.lock()


def test_a_new_recovery_key_locks_an_old_backup_key_file_out(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: KdfPolicy
) -> None:
    harness = make_harness()
    page = settings_page(qtbot, harness)
    old_key_file = _old_backup_key_file(page, paths)
    new_recovery = _kit_key(_make_new_recovery_key(qtbot, page))
    _add_entry(page, "written later")
    harness.controller.lock()
    vault = harness.registry.find("Notebook")
    vault.key_path.write_bytes(old_key_file)
    assert _refused(lambda: vault.unlock_with_recovery_key(created_vault))
    assert new_recovery


def test_the_new_recovery_key_dialog_says_calmly_when_the_passphrase_is_wrong(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    page = settings_page(qtbot, harness)
    dialog = page.new_recovery_key_dialog()
    dialog.open()
    dialog.passphrase.setText("not the one")
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=20_000)
    assert "isn't your passphrase" in dialog.message.text()
    assert dialog.isVisible()
    dialog.reject()
