"""Settings → Reminders: what it shows and saves, the words about plaintext, no tray."""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QSettings, QTime
from PySide6.QtWidgets import QApplication

from hj_journal.core.common import i18n
from hj_journal.ui.platform import translations
from hj_journal.ui.platform.app_settings import AppSettings
from hj_journal.ui.reminders.schedule import ALL_DAYS
from hj_journal.ui.settings.reminders_box import MAX_TIMES, RemindersBox
from hj_journal.ui.shell.context import UiContext
from tests.ui import support

LOOKS = [("light", 100), ("light", 200), ("high_contrast", 100), ("high_contrast", 200)]


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat))


def _box(qtbot: Any, settings: AppSettings, tray: bool = True) -> RemindersBox:
    box = RemindersBox(settings, tray_available=lambda: tray)
    qtbot.addWidget(box)
    return box


def test_off_by_default_with_the_neutral_words(qtbot: Any, settings: AppSettings) -> None:
    box = _box(qtbot, settings)
    assert not box.on.isChecked() and not box.keep_in_tray.isChecked()
    assert box.text.text() == "" and box.text.placeholderText() == "A moment for you"
    assert [row.value() for row in box.rows] == [time(20, 0)]
    assert all(b.isChecked() for b in box.days.values())
    assert box.no_tray.isHidden()
    words = " ".join(label.text() for label in box.findChildren(type(box.no_tray)))
    assert "Shown while your journal is locked; keep it neutral" in words


def test_the_default_words_are_shown_in_the_apps_language_and_never_written(
    qtbot: Any, qapp: QApplication, settings: AppSettings, tmp_path: Path
) -> None:
    installed = translations.install(qapp, "es", tmp_path / "cache")
    try:
        box = _box(qtbot, settings)
        assert box.text.placeholderText() == "Un momento para ti"
        box.on.setChecked(True)
        box.text.setText("Un momento para ti")  # typing the default out means the default
        box.text.editingFinished.emit()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.install(None)
        QLocale.setDefault(QLocale.system())
    assert settings.reminder_text == ""
    settings.qsettings.sync()
    written = (tmp_path / "app.ini").read_text(encoding="utf-8").lower()
    assert "reminders" in written and "moment" not in written


def test_every_change_is_saved_at_once(qtbot: Any, settings: AppSettings) -> None:
    box = _box(qtbot, settings)
    with qtbot.waitSignal(box.changed):
        box.on.setChecked(True)
    assert settings.reminders_on is True
    box.days[6].setChecked(False)
    box.days[7].setChecked(False)
    assert settings.reminder_days == ALL_DAYS - {6, 7}
    box.text.setText("  Tea  ")
    box.text.editingFinished.emit()
    assert settings.reminder_text == "Tea"
    box.text.setText("")
    box.text.editingFinished.emit()
    assert settings.reminder_text == ""  # the neutral words, in the app's language
    box.add_time.click()
    assert settings.reminder_times == (time(20, 0), time(21, 0))
    box.rows[0].edit.setTime(QTime(8, 30))
    box.rows[0].edit.editingFinished.emit()
    assert settings.reminder_times == (time(8, 30), time(21, 0))
    box.rows[1].remove.click()
    assert settings.reminder_times == (time(8, 30),)
    box.keep_in_tray.setChecked(True)
    assert settings.keep_in_tray is True
    again = _box(qtbot, settings)
    assert again.on.isChecked() and again.text.text() == ""
    assert [row.value() for row in again.rows] == [time(8, 30)]


def test_at_most_four_times(qtbot: Any, settings: AppSettings) -> None:
    box = _box(qtbot, settings)
    for _ in range(MAX_TIMES + 2):
        box.add_time.click()
    assert len(box.rows) == MAX_TIMES and box.add_time.isHidden()
    assert box.rows[-1].edit.accessibleName() == f"Reminder time {MAX_TIMES}"


def test_without_a_tray_it_says_so_calmly(qtbot: Any, settings: AppSettings) -> None:
    box = _box(qtbot, settings, tray=False)
    assert not box.no_tray.isHidden()
    assert "need a system tray" in box.no_tray.text()
    assert box.on.isEnabled()  # the choice is kept for a desktop that has one


def test_the_settings_page_has_the_section_and_announces_changes(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    from hj_journal.ui.settings.page import SettingsPage

    page = SettingsPage(ui_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(ui_ctx.hub.settings_changed):
        page.reminders.on.setChecked(True)
    assert ui_ctx.app_settings.reminders_on is True
    assert not page.reminders.no_tray.isHidden()  # offscreen has no tray


@pytest.mark.parametrize(("theme", "scale"), LOOKS)
def test_the_section_renders(
    qtbot: Any, qapp: QApplication, settings: AppSettings, tmp_path: Path, theme: str, scale: int
) -> None:
    settings.reminders_on = True
    settings.reminder_times = (time(8, 30), time(20, 0))
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        box = RemindersBox(settings, tray_available=lambda: False)
        qtbot.addWidget(box)
        box.resize(680 if scale == 100 else 1100, box.sizeHint().height())
        support.render(qtbot, box, f"settings-reminders-{scale}", theme, folder=tmp_path)
        assert support.unnamed_controls(box) == []
