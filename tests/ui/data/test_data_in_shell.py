"""The data tools in the app shell: the File menu, Settings, and automatic backups."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from hj_journal.core.data.backup import Backups
from hj_journal.core.data.backup_files import list_backups
from hj_journal.core.journal.entries import EntryInput
from hj_journal.paths import AppPaths
from hj_journal.ui.data.backup_now import BackupNowDialog
from hj_journal.ui.data.backups_dialog import BackupsDialog
from hj_journal.ui.data.export_dialog import ExportDialog
from hj_journal.ui.data.import_dialog import ImportDialog
from hj_journal.ui.data.wipe_dialog import WipeDialog
from tests.ui.shell_support import Harness, MakeHarness, create_vault, unlock

FILE_MENU = [
    "New entry",
    "Back up now…",
    "Backups…",
    "Export…",
    "Import…",
    "Wipe this vault…",
    "Lock",
    "Quick exit",
    "Quit",
]


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The reason of every backup made while the test runs (the real ones are made too)."""
    reasons: list[str] = []
    original = Backups.create

    def create(self: Backups, **kwargs: Any) -> Any:
        reasons.append(str(kwargs.get("reason", "manual")))
        return original(self, **kwargs)

    monkeypatch.setattr(Backups, "create", create)
    return reasons


def _settled(qtbot: Any, harness: Harness) -> None:
    """Wait until the background jobs (the unlock backup among them) have reported."""
    qtbot.waitUntil(lambda: not harness.controller.jobs.busy, timeout=15_000)


def _write(harness: Harness, title: str) -> None:
    ctx = harness.controller.ctx
    assert ctx is not None
    ctx.services.journal.create(EntryInput(entry_date=date(2026, 3, 1), title=title))


def _on_disk(paths: AppPaths, harness: Harness) -> list[str]:
    vault = harness.registry.find("Notebook")
    return [b.reason for b in list_backups(paths.data_dir / "backups" / vault.folder.name)]


def _text(action: Any) -> str:
    return action.text().split("\t")[0].replace("&", "")


def test_the_file_menu_holds_the_five_data_tools(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    file_menu = harness.window.menuBar().actions()[0].menu()
    texts = [_text(a) for a in file_menu.actions() if not a.isSeparator()]
    assert texts == FILE_MENU
    data = harness.window.data_actions
    assert [_text(a) for a in (data.back_up_now, data.backups, data.export, data.import_)] == (
        FILE_MENU[1:5]
    )


def test_each_data_tool_opens_its_dialog(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    _settled(qtbot, harness)
    data = harness.window.data_actions
    for action, kind in (
        (data.back_up_now, BackupNowDialog),
        (data.backups, BackupsDialog),
        (data.export, ExportDialog),
        (data.import_, ImportDialog),
    ):
        action.trigger()
        dialog = data.menu.last_dialog
        assert isinstance(dialog, kind) and dialog.isVisible()
        assert dialog.parent() is harness.window
        if isinstance(dialog, BackupNowDialog):
            qtbot.waitUntil(lambda d=dialog: not d.task.running, timeout=15_000)
        dialog.close()
        qtbot.waitUntil(lambda d=dialog: not d.isVisible())

    # Wipe asks first, in a dialog of its own; keeping the vault changes nothing.
    asked: list[WipeDialog] = []

    def keep_the_vault() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, WipeDialog) and widget.isVisible():
                asked.append(widget)
                widget.keep_button.click()

    QTimer.singleShot(0, keep_the_vault)
    data.wipe.trigger()
    assert len(asked) == 1
    assert harness.window is not None and harness.controller.vault.is_unlocked


def test_settings_offers_the_same_data_tools(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: Any
) -> None:
    create_vault(paths, policy, label="Another")
    harness = make_harness()
    unlock(qtbot, harness)
    settings = harness.window.page("settings")
    harness.window.show_section("settings")
    settings.backups_button.click()
    dialog = settings.data_tools().last_dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    dialog.close()
    settings.export_button.click()
    assert isinstance(settings.data_tools().last_dialog, ExportDialog)
    settings.data_tools().last_dialog.close()
    # Wipe is for the vault that is open, not the one chosen in the list.
    vaults = settings.vaults.list
    rows = {vaults.item(i).text().split()[0]: i for i in range(vaults.count())}
    open_now = harness.controller.vault.label
    other = next(label for label in rows if label != open_now)
    assert settings.wipe_button.isEnabled()
    vaults.setCurrentRow(rows[other])
    assert not settings.wipe_button.isEnabled()
    assert "open now" in settings.wipe_button.toolTip()
    vaults.setCurrentRow(rows[open_now])
    assert settings.wipe_button.isEnabled()


def test_an_unlock_a_change_and_a_lock_make_one_backup(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, made: list[str]
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    _settled(qtbot, harness)
    assert made == ["unlock"]  # a new vault has no backup yet
    harness.controller.lock()
    assert made == ["unlock"]  # nothing changed: nothing to back up
    unlock(qtbot, harness)
    _settled(qtbot, harness)
    _write(harness, "A change")
    harness.controller.lock()  # waits for the backup before the vault locks
    assert made == ["unlock", "lock"]
    assert _on_disk(paths, harness)[0] == "lock"


def test_quick_exit_starts_no_backup(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, made: list[str]
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    _settled(qtbot, harness)
    _write(harness, "Written just before leaving")
    harness.controller.quick_exit()
    assert harness.quits == [1] and harness.controller.vault is None
    assert made == ["unlock"]
    # The next unlock backs up what quick exit left.
    unlock(qtbot, harness)
    _settled(qtbot, harness)
    assert made == ["unlock", "unlock"]
    assert _on_disk(paths, harness)[0] == "unlock"
