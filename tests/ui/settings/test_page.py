"""The Settings page: changes apply at once, persist, and never put anything personal on disk."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from hj_journal.paths import AppPaths
from hj_journal.ui.platform.app_settings import (
    KNOWN_KEYS,
    AppSettings,
    Theme,
)
from hj_journal.ui.platform.theme import DARK, HIGH_CONTRAST
from hj_journal.ui.shell.section_registry import SECTIONS
from tests.ui.shell_support import (
    CANARY,
    PASSPHRASE,
    MakeHarness,
    files_holding,
    settings_page,
    settings_text,
    unlock,
)
from tests.ui.support import answer_file_dialog


def _choose(combo: Any, value: object) -> None:
    combo.setCurrentIndex(combo.findData(value))


def test_appearance_and_idle_time_apply_at_once_and_persist(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths
) -> None:
    harness = make_harness(idle_ms=None)
    page = settings_page(qtbot, harness)
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
    page = settings_page(qtbot, harness)
    assert page.theme.currentData() == "light"
    assert page.idle.currentData() == 2
    assert page.text_scale.currentData() == 150
    assert harness.controller.idle.interval_ms == 2 * 60_000


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


def test_the_language_is_kept_for_the_next_start_and_says_so(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths
) -> None:
    harness = make_harness(idle_ms=None)
    page = settings_page(qtbot, harness)
    assert page.language.currentData() == "system"  # the default follows the computer
    assert [page.language.itemText(i) for i in range(1, page.language.count())] == [
        "English",
        "Español",
    ]
    _choose(page.language, "es")
    assert "language=es" in settings_text(paths)
    assert "Español" in page.message.text()
    assert "next time" in page.message.text()
    again = AppSettings(QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
    assert again.language == "es"
