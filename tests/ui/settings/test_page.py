"""Settings: changes apply at once, persist, and never put anything personal on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLineEdit

from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from hj_journal.ui.common.file_dialogs import ask_save_path, private_file_dialog
from hj_journal.ui.lock.recovery_kit import RecoveryKitDialog
from hj_journal.ui.platform.app_settings import (
    KNOWN_KEYS,
    AppSettings,
    Theme,
    forget_file_dialog_history,
)
from hj_journal.ui.platform.theme import DARK, HIGH_CONTRAST, LIGHT
from hj_journal.ui.settings.passphrase_dialog import ChangePassphraseDialog
from hj_journal.ui.shell.section_registry import SECTIONS
from tests.ui.shell_support import (
    CANARY,
    PASSPHRASE,
    MakeHarness,
    create_vault,
    files_holding,
    settings_text,
    unlock,
)

NEW_PASSPHRASE = "lantern harbour meadow violin"


def choose_in(dialog: QFileDialog, target: Path) -> None:
    """Go to ``target``'s folder (so Qt would remember it) and accept ``target``."""
    dialog.selectFile(str(target))
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    if name is not None:
        name.setText(str(target))
    dialog.accept()


def answer_file_dialog(target: Path, seen: list[bool], tries: int = 250) -> None:
    """Choose ``target`` in the file dialog about to open (never leaves it hanging)."""

    def attempt(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            seen.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
            choose_in(dialog, target)
        elif left > 0:
            QTimer.singleShot(20, lambda: attempt(left - 1))
        elif isinstance(dialog, QDialog):
            dialog.reject()  # something else is asking: end it so the test fails, not hangs

    QTimer.singleShot(20, lambda: attempt(tries))


def _settings_page(qtbot: Any, harness: Any) -> Any:
    unlock(qtbot, harness)
    harness.window.show_section("settings")
    return harness.window.page("settings")


def _choose(combo: Any, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_appearance_and_idle_time_apply_at_once_and_persist(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths
) -> None:
    harness = make_harness(idle_ms=None)
    page = _settings_page(qtbot, harness)
    assert harness.controller.idle.interval_ms == 5 * 60_000  # the default

    _choose(page.theme, Theme.DARK.value)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    _choose(page.text_scale, 130)
    base = harness.controller.theme._base_font.pointSizeF()
    assert QApplication.font().pointSizeF() == max(base, 10.0) * 1.3
    _choose(page.idle, 10)
    assert harness.controller.idle.interval_ms == 10 * 60_000
    page.reduced_motion.setChecked(True)
    assert harness.lock_window.unlock.busy.reduced_motion

    text = settings_text(paths)
    assert "theme=dark" in text
    assert "idle_minutes=10" in text
    # A new start reads the same choices.
    again = AppSettings(QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    assert again.theme is Theme.DARK
    assert again.text_scale == 130
    assert again.idle_minutes == 10
    assert again.reduced_motion is True

    _choose(page.theme, Theme.HIGH_CONTRAST.value)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor(
        HIGH_CONTRAST.window
    )


def test_the_settings_page_shows_what_was_saved(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths
) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    stored = AppSettings(QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    stored.theme = Theme.LIGHT
    stored.idle_minutes = 2
    stored.text_scale = 150
    harness = make_harness(idle_ms=None)
    page = _settings_page(qtbot, harness)
    assert page.theme.currentData() == "light"
    assert page.idle.currentData() == 2
    assert page.text_scale.currentData() == 150
    assert harness.controller.idle.interval_ms == 2 * 60_000


def test_odd_values_in_the_settings_file_fall_back_calmly(paths: AppPaths) -> None:
    paths.config_dir.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(
        "[appearance]\ntheme=purple\ntext_scale=huge\n[privacy]\nidle_minutes=-3\n",
        encoding="utf-8",
    )
    settings = AppSettings(QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    assert settings.theme is Theme.SYSTEM
    assert settings.text_scale == 100
    assert settings.idle_minutes == 1


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
    page = _settings_page(qtbot, harness)
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


def test_vaults_can_be_renamed_made_default_and_added_to(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: KdfPolicy
) -> None:
    create_vault(paths, policy, "Second")
    harness = make_harness()
    page = _settings_page(qtbot, harness)
    box = page.vaults
    assert box.list.count() == 2
    assert "open now" in box.list.item(0).text()
    box.list.setCurrentRow(1)
    box.apply_rename(box.chosen_vault(), "Practice")
    assert harness.registry.find("Practice").label == "Practice"
    box.list.setCurrentRow(1)
    box.make_default()
    assert harness.registry.find("Practice").is_default
    assert "offered first" in box.list.item(1).text()

    harness.controller.hub.new_vault_requested.emit()
    assert harness.window is None
    assert harness.lock_window.current_page is harness.lock_window.create


def test_the_file_dialog_remembers_nothing(
    qtbot: Any, make_harness: MakeHarness, tmp_path: Path, paths: AppPaths
) -> None:
    make_harness()
    folder = tmp_path / f"Folder-{CANARY}"
    folder.mkdir()
    target = folder / f"kit-{CANARY}.pdf"
    seen: list[bool] = []
    answer_file_dialog(target, seen)
    chosen = ask_save_path(None, "Save", "kit.pdf", "PDF documents (*.pdf)", "pdf")
    assert chosen == target
    assert seen == [True]  # Qt's own dialog, never the platform's
    assert files_holding(paths.config_dir, [CANARY]) == []
    forget_file_dialog_history()  # idempotent


def test_without_forgetting_qt_would_remember_the_folder(
    qtbot: Any, make_harness: MakeHarness, tmp_path: Path, paths: AppPaths
) -> None:
    make_harness()  # confines Qt's own settings to the config folder
    folder = tmp_path / f"Folder-{CANARY}"
    folder.mkdir()
    dialog = private_file_dialog(None, "Save")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    QTimer.singleShot(50, lambda: choose_in(dialog, folder / "kit.pdf"))
    dialog.exec()
    shiboken6.delete(dialog)  # Qt writes its state here
    assert files_holding(paths.config_dir / "qt", [CANARY])  # this is what we clean up
    forget_file_dialog_history()
    assert files_holding(paths.config_dir, [CANARY]) == []


def test_a_whole_session_leaves_nothing_personal_in_plain_files(
    qtbot: Any, make_harness: MakeHarness, tmp_path: Path, paths: AppPaths
) -> None:
    canaries = [CANARY, "Searchterm-ochre-5521", "tag-cinnabar-882"]
    folder = tmp_path / f"Kit-{CANARY}"
    folder.mkdir()
    harness = make_harness(sections=SECTIONS)
    lock = harness.lock_window
    lock.show_create()
    lock.create.label_edit.setText("Notebook")
    lock.create.passphrase.setText(PASSPHRASE)
    lock.create.confirm.setText(PASSPHRASE)
    with qtbot.waitSignal(lock.vault_opened, timeout=10_000):
        lock.create.create_button.click()

    answer_file_dialog(folder / f"kit-{CANARY}.pdf", [])
    lock.kit.pdf_button.click()
    assert (folder / f"kit-{CANARY}.pdf").read_bytes().startswith(b"%PDF")
    lock.kept_button.click()
    with qtbot.waitSignal(lock.ready):
        lock.check.skip_button.click()
        lock.check.skip_button.click()

    window = harness.window
    journal = window.page("journal")
    window.new_entry()
    editor = journal.editor
    editor.title.setText(f"Title {CANARY}")
    editor.body.setPlainText(f"Body {CANARY}")
    editor.tags.setText(canaries[2])
    saved = editor.save()  # the entry and its tag are kept, in the vault only
    assert saved is not None and saved.tags == (canaries[2],)
    editor.body.setPlainText(f"Body {CANARY}, and a few words more")
    journal.save_state()  # and a draft of what came after
    window.find()
    with qtbot.waitSignal(journal.runner.results_shown, timeout=5_000):
        journal.browse.search.setText(canaries[1])  # searched for once the typing pauses
    window.show_section("settings")
    settings = window.page("settings")
    _choose(settings.theme, Theme.DARK.value)
    _choose(settings.idle, 15)
    harness.controller.lock()
    unlock(qtbot, harness)
    harness.controller.quit()

    written = [paths.config_dir, paths.log_dir, tmp_path / "tmp", paths.data_dir]
    for place in written:
        if place.exists():
            assert files_holding(place, canaries) == [], place
    qsettings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    assert set(qsettings.allKeys()) <= KNOWN_KEYS
    for key in qsettings.allKeys():
        assert not any(c in str(qsettings.value(key)) for c in canaries)


def test_the_system_theme_follows_the_desktop_scheme(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    harness = make_harness()
    theme = harness.controller.theme
    harness.controller.settings.theme = Theme.SYSTEM
    button = harness.lock_window.quick_exit_button
    theme._on_scheme_changed(Qt.ColorScheme.Light)
    light_icon = button.icon().pixmap(24, 24).toImage()
    theme._on_scheme_changed(Qt.ColorScheme.Dark)  # what the desktop announces
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    assert button.icon().pixmap(24, 24).toImage() != light_icon  # repainted for the dark
    theme._on_scheme_changed(Qt.ColorScheme.Light)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)
    harness.controller.settings.theme = Theme.DARK
    theme.apply()
    theme._on_scheme_changed(Qt.ColorScheme.Light)  # a chosen theme stays chosen
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)


# ---------------------------------------------------------------------- key rotation


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
    page = _settings_page(qtbot, harness)
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
    page = _settings_page(qtbot, harness)
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
    page = _settings_page(qtbot, harness)
    dialog = page.new_recovery_key_dialog()
    dialog.open()
    dialog.passphrase.setText("not the one")
    dialog.make_button.click()
    qtbot.waitUntil(lambda: dialog.message.isVisibleTo(dialog), timeout=20_000)
    assert "isn't your passphrase" in dialog.message.text()
    assert dialog.isVisible()
    dialog.reject()
