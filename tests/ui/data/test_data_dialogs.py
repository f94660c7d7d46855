"""The data dialogs: backups, restore, export (with its one warning), import, wipe."""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QtMsgType
from PySide6.QtWidgets import QMenu, QWidget

from hj_journal.core.data.backup import Backups
from hj_journal.core.data.exchange.importer import FORMAT_NAMES, Cancelled, row_counts
from hj_journal.core.journal.entries import EntryInput
from hj_journal.ui.data.actions import install_data_actions
from hj_journal.ui.data.auto_backup import (
    backup_after_unlock,
    backup_before_lock,
    last_outcome,
    stop_automatic_backups,
)
from hj_journal.ui.data.backup_list import BackupListModel
from hj_journal.ui.data.backup_now import BackupNowDialog
from hj_journal.ui.data.backups_dialog import BackupsDialog
from hj_journal.ui.data.export_dialog import BACKUP_INSTEAD, EXPORT, ExportDialog
from hj_journal.ui.data.import_dialog import FORMAT_WORDS, ImportDialog
from hj_journal.ui.data.task import ProgressTask
from hj_journal.ui.data.wipe_dialog import WipeDialog
from hj_journal.ui.shell.context import UiContext
from tests.core.data.exchange.samples import DAYONE_JOURNAL, JRNL_JSON


class Answer:
    """Stands in for the unencrypted-export warning."""

    def __init__(self, answer: str | None) -> None:
        self.answer = answer
        self.asked = 0

    def ask(self, parent: QWidget | None) -> str | None:
        self.asked += 1
        return self.answer


def _entry(ui_ctx: UiContext, title: str) -> None:
    ui_ctx.services.journal.create(EntryInput(entry_date=date(2026, 3, 1), title=title))


def _titles(ui_ctx: UiContext) -> list[str]:
    return sorted(e.title for e in ui_ctx.services.journal.timeline())


# ---------------------------------------------------------------------- menu


def test_the_file_menu_gets_five_actions(qtbot, ui_ctx: UiContext) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    menu = QMenu(window)
    actions = install_data_actions(window, ui_ctx, menu)
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts == ["Back up now…", "Backups…", "Export…", "Import…", "Wipe this vault…"]
    assert menu.actions()[-2].isSeparator()
    actions.backups.trigger()
    assert isinstance(actions.menu.last_dialog, BackupsDialog)
    actions.menu.last_dialog.close()


# ---------------------------------------------------------------------- backups


def test_back_up_now_makes_a_checked_backup(qtbot, ui_ctx: UiContext, finish) -> None:
    dialog = BackupNowDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.start()
    assert not dialog.close_button.isEnabled()
    finish(dialog.task)
    assert dialog.made is not None
    assert "checked" in dialog.message.text()
    assert dialog.close_button.isEnabled()
    assert len(Backups(ui_ctx.services.vault, ui_ctx.paths.data_dir / "backups").available()) == 1


def test_the_backups_list_checks_and_restores(qtbot, ui_ctx: UiContext, finish) -> None:
    _entry(ui_ctx, "before")
    dialog = BackupsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    finish(dialog.task)
    assert dialog.model.rowCount() == 1
    _entry(ui_ctx, "after")

    dialog.verify_selected()
    finish(dialog.task)
    assert "checked out" in dialog.message.text()

    with qtbot.waitSignal(ui_ctx.hub.entries_changed, timeout=15000):
        dialog.restore_selected_over(confirmed=True)
    finish(dialog.task)
    assert _titles(ui_ctx) == ["before"]
    assert "kept as a backup" in dialog.message.text()
    assert dialog.model.rowCount() == 2  # the safety backup

    dialog.table.selectRow(1)
    dialog.restore_selected_as_new("Restored copy")
    finish(dialog.task)
    assert "Restored copy" in dialog.message.text()
    assert (ui_ctx.paths.vaults_dir).exists()
    labels = sorted(
        json.loads((p / "vault.json").read_text())["label"]
        for p in ui_ctx.paths.vaults_dir.iterdir()
    )
    assert labels == ["Notebook", "Restored copy"]


def test_a_damaged_backup_is_not_restored_from_the_list(qtbot, ui_ctx: UiContext, finish) -> None:
    _entry(ui_ctx, "kept")
    info = Backups(ui_ctx.services.vault, ui_ctx.paths.data_dir / "backups").create()
    data = bytearray(info.db_path.read_bytes())
    data[-300] ^= 0x55
    info.db_path.write_bytes(bytes(data))
    _entry(ui_ctx, "newer")
    dialog = BackupsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.verify_selected()
    finish(dialog.task)
    assert "did not pass its checks" in dialog.message.text()
    dialog.restore_selected_over(confirmed=True)
    finish(dialog.task)
    assert "not used" in dialog.message.text()
    assert _titles(ui_ctx) == ["kept", "newer"]


def test_removing_a_backup_and_the_settings_box(
    qtbot, ui_ctx: UiContext, finish, tmp_path: Path
) -> None:
    dialog = BackupsDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.back_up_now()
    finish(dialog.task)
    dialog.remove_selected(confirmed=True)
    assert dialog.model.rowCount() == 0
    box = dialog.settings_box
    box.auto.setChecked(False)
    box.daily.setValue(3)
    box.weekly.setValue(2)
    settings = ui_ctx.services.settings
    assert settings.backup_auto is False
    assert (settings.backup_keep_daily, settings.backup_keep_weekly) == (3, 2)
    box.choose_folder(tmp_path / "stick")
    assert settings.backup_folder == tmp_path / "stick"
    assert str(tmp_path / "stick") in box.folder_label.text()
    box.use_default_folder()
    assert settings.backup_folder is None


def test_the_backup_list_model_without_a_view(ui_ctx: UiContext) -> None:
    backups = Backups(ui_ctx.services.vault, ui_ctx.paths.data_dir / "backups")
    kept = backups.create(reason="before-restore", keep=True)
    model = BackupListModel()
    model.set_backups([kept])
    assert model.rowCount() == 1 and model.columnCount() == 3
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Made"
    assert model.data(model.index(0, 2)) == "Before a restore · kept"
    assert model.data(model.index(0, 1)).endswith(" kB")  # Qt's own size words
    assert "rotation" in model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)


# ---------------------------------------------------------------------- export


def test_every_import_format_name_reaches_the_catalogue() -> None:
    # The importer names its formats in core; the dialog marks the same words for the
    # catalogue, so a name changed in one place and not the other would show in English.
    assert set(FORMAT_NAMES.values()) == {str(words) for words in FORMAT_WORDS}


def test_export_warns_once_and_can_offer_a_backup_instead(
    qtbot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    answer = Answer(None)
    dialog = ExportDialog(ui_ctx, warning=answer)
    qtbot.addWidget(dialog)
    dialog.start(tmp_path / "never.json")
    assert answer.asked == 1
    assert not (tmp_path / "never.json").exists()
    answer.answer = BACKUP_INSTEAD
    with qtbot.waitSignal(dialog.backup_instead_requested):
        dialog.start(tmp_path / "never.json")
    assert not (tmp_path / "never.json").exists()


@pytest.mark.parametrize("fmt", ["json", "markdown", "pdf"])
def test_export_writes_each_format(
    qtbot, qtlog, ui_ctx: UiContext, tmp_path: Path, finish, fmt: str
) -> None:
    _entry(ui_ctx, "exported")
    answer = Answer(EXPORT)
    dialog = ExportDialog(ui_ctx, warning=answer, today=date(2026, 3, 10))
    qtbot.addWidget(dialog)
    getattr(dialog, fmt).setChecked(True)
    assert dialog.day_from.isVisibleTo(dialog) == (fmt == "pdf")
    target = tmp_path / f"out.{fmt}"
    dialog.start(target)
    finish(dialog.task)
    assert answer.asked == 1
    assert dialog.written == target, dialog.message.text()
    if fmt == "json":
        assert json.loads(target.read_text())["format"] == "hj-journal-export"
    elif fmt == "markdown":
        assert (target / "checkins.csv").exists()
    else:
        assert target.read_bytes().startswith(b"%PDF")
    # the PDF is laid out on a pool thread: Qt has nothing to say about that
    assert [r.message for r in qtlog.records if r.type != QtMsgType.QtDebugMsg] == []


# ---------------------------------------------------------------------- import


def test_import_preview_then_import_then_report(
    qtbot, ui_ctx: UiContext, tmp_path: Path, finish
) -> None:
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(DAYONE_JOURNAL))
    dialog = ImportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    assert not dialog.read_button.isEnabled()
    dialog.choose(path)
    assert dialog.read_button.isEnabled()
    assert dialog.chosen_format == "dayone"
    assert "Day One" in dialog.message.text()
    before = row_counts(ui_ctx.services.vault)
    dialog.read()
    finish(dialog.task)
    assert row_counts(ui_ctx.services.vault) == before  # a preview writes nothing
    assert "New: 2 entries, 0 check-ins." in dialog.summary.text()
    assert "Left out: 2." in dialog.summary.text()
    assert dialog.skipped.count() >= 2
    assert dialog.import_button.isEnabled()
    assert dialog.import_button.isVisibleTo(dialog)
    assert not dialog.read_button.isVisibleTo(dialog)
    with qtbot.waitSignal(ui_ctx.hub.entries_changed, timeout=15000):
        dialog.run_import()
    finish(dialog.task)
    assert "Imported: 2 entries" in dialog.summary.text()
    assert len(ui_ctx.services.journal.timeline()) == 2
    assert not dialog.import_button.isEnabled()
    dialog.reject()
    assert dialog.source is None and dialog.report is not None


def test_importing_the_same_file_again_offers_nothing(
    qtbot, ui_ctx: UiContext, tmp_path: Path, finish
) -> None:
    path = tmp_path / "journal.json"
    path.write_text(json.dumps(JRNL_JSON))
    for _ in range(2):
        dialog = ImportDialog(ui_ctx)
        qtbot.addWidget(dialog)
        dialog.choose(path)
        dialog.read()
        finish(dialog.task)
        if dialog.import_button.isEnabled():
            dialog.run_import()
            finish(dialog.task)
    assert "nothing new" in dialog.message.text()
    assert len(ui_ctx.services.journal.timeline()) == 3


def test_a_file_of_the_wrong_kind_is_explained(
    qtbot, ui_ctx: UiContext, tmp_path: Path, finish
) -> None:
    path = tmp_path / "photo.bin"
    path.write_bytes(bytes(range(256)) * 4)
    dialog = ImportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.choose(path)
    assert "doesn't recognise" in dialog.message.text()
    dialog.format_box.setCurrentIndex(0)  # jrnl
    dialog.read()
    finish(dialog.task)
    assert "jrnl" in dialog.message.text()
    assert not dialog.import_button.isEnabled()


def test_stopping_shows_that_nothing_was_imported(qtbot, ui_ctx: UiContext) -> None:
    dialog = ImportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog._failed(Cancelled())
    assert dialog.message.text() == "Stopped. Nothing was imported."


def test_a_progress_task_stops_at_its_next_report(qtbot, ui_ctx: UiContext) -> None:
    task = ProgressTask(ui_ctx.jobs)
    gate = threading.Event()
    outcome: list[object] = []

    def work(report) -> str:
        report(0, 2)
        gate.wait(5)
        report(1, 2)  # raises: the task was cancelled meanwhile
        return "finished"

    task.start(work, on_done=outcome.append, on_error=outcome.append)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert isinstance(outcome[0], Cancelled)


# ---------------------------------------------------------------------- wipe


def test_the_wipe_button_waits_for_the_exact_name(qtbot) -> None:
    dialog = WipeDialog("Notebook")
    qtbot.addWidget(dialog)
    assert not dialog.wipe_button.isEnabled()
    dialog.typed.setText("notebook")
    assert not dialog.wipe_button.isEnabled()
    dialog.typed.setText(" Notebook ")
    assert dialog.wipe_button.isEnabled()
    assert dialog.keep_button.isDefault()


def test_wiping_removes_the_vault_and_asks_to_lock(qtbot, ui_ctx: UiContext) -> None:
    backups = Backups(ui_ctx.services.vault, ui_ctx.paths.data_dir / "backups")
    backups.create()
    window = QWidget()
    qtbot.addWidget(window)
    actions = install_data_actions(window, ui_ctx, QMenu(window))
    folder = ui_ctx.services.vault.folder
    with qtbot.waitSignal(ui_ctx.hub.lock_requested, timeout=15000):
        actions.menu.wipe(typed="Notebook")
    assert not folder.exists()
    assert not (ui_ctx.paths.data_dir / "backups" / folder.name).exists()


# ---------------------------------------------------------------------- automatic backups


def test_automatic_backups_on_unlock_and_lock(qtbot, ui_ctx: UiContext) -> None:
    seen: list[object] = []
    backup_after_unlock(ui_ctx, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=15000)
    assert seen[0].made is not None  # the first one: nothing to compare with
    backup_before_lock(ui_ctx, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=15000)
    assert seen[1].made is None  # nothing changed
    _entry(ui_ctx, "written")
    backup_before_lock(ui_ctx, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=15000)
    assert seen[2].made is not None
    assert last_outcome(ui_ctx) is seen[2]


def test_quick_exit_stops_an_automatic_backup_under_way(
    qtbot, ui_ctx: UiContext, monkeypatch
) -> None:
    original = Backups.auto_backup

    def quick_exit_meanwhile(self: Backups, reason: str, progress=None):  # type: ignore[no-untyped-def]
        stop_automatic_backups(ui_ctx)  # as if quick exit came while it runs
        return original(self, reason, progress)

    monkeypatch.setattr(Backups, "auto_backup", quick_exit_meanwhile)
    seen: list[object] = []
    backup_after_unlock(ui_ctx, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=15000)
    assert seen[0].made is None and seen[0].problem is None  # stopped, quietly
    folder = ui_ctx.paths.data_dir / "backups" / ui_ctx.services.vault.folder.name
    assert not folder.exists() or list(folder.iterdir()) == []  # no partial copy left
    monkeypatch.setattr(Backups, "auto_backup", original)
    backup_before_lock(ui_ctx, seen.append)  # the next one runs again
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=15000)
    assert seen[1].made is not None


def test_an_automatic_backup_to_a_missing_stick_is_noted_calmly(
    qtbot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    ui_ctx.services.settings.backup_folder = tmp_path / "unplugged"
    seen: list[object] = []
    backup_after_unlock(ui_ctx, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=15000)
    assert seen[0].made is None
    assert "plug it in" in seen[0].problem
    assert not (tmp_path / "unplugged").exists()
    blocker = tmp_path / "not-a-folder"
    blocker.mkdir()
    (blocker / ui_ctx.services.vault.folder.name).write_text("a file where a folder goes")
    ui_ctx.services.settings.backup_folder = blocker
    backup_after_unlock(ui_ctx, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=15000)
    assert "couldn't be written" in seen[1].problem


def test_a_wrong_name_wipes_nothing(qtbot, ui_ctx: UiContext, monkeypatch) -> None:
    from hj_journal.ui.common import calm_dialog

    shown: list[str] = []
    monkeypatch.setattr(calm_dialog, "inform", lambda *args, **_kw: shown.append(args[2]))
    info = Backups(ui_ctx.services.vault, ui_ctx.paths.data_dir / "backups").create()
    window = QWidget()
    qtbot.addWidget(window)
    actions = install_data_actions(window, ui_ctx, QMenu(window))
    actions.menu.wipe(typed="notebook")
    qtbot.waitUntil(lambda: bool(shown), timeout=15000)
    assert "nothing was removed" in shown[0]
    assert ui_ctx.services.vault.is_unlocked
    assert info.folder.exists()
