"""The reminders as the app runs them: one real timer, an injected clock, a fake tray."""

from __future__ import annotations

import time as time_module
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.common import i18n
from hj_journal.paths import AppPaths
from hj_journal.ui.platform import translations
from hj_journal.ui.platform.app_settings import AppSettings, open_settings
from hj_journal.ui.platform.disguise import Identity, apply_identity
from hj_journal.ui.reminders.controller import ReminderController, default_words
from tests.ui.reminders.fake_tray import FakeTray
from tests.ui.shell_support import MakeHarness, unlock

MADRID = ZoneInfo("Europe/Madrid")


class Clock:
    """Wall-clock time that starts where the test says and runs at the real pace."""

    def __init__(self, start: datetime) -> None:
        self.start = start
        self.began = time_module.monotonic()
        self.jump = timedelta(0)

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time_module.monotonic() - self.began) + self.jump


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    made = AppSettings(QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat))
    made.reminders_on = True
    made.reminder_times = (time(20, 0),)
    return made


@pytest.fixture(autouse=True)
def own_name(qapp: Any) -> Any:
    apply_identity(Identity())
    yield
    apply_identity(Identity())


def _controller(settings: AppSettings, clock: Clock, tray: FakeTray) -> ReminderController:
    made = ReminderController(settings, tray, clock=clock, zone=MADRID)
    made.apply_settings()
    return made


def test_off_by_default_and_nothing_is_armed(tmp_path: Path) -> None:
    plain = AppSettings(QSettings(str(tmp_path / "plain.ini"), QSettings.Format.IniFormat))
    assert plain.reminders_on is False and plain.keep_in_tray is False
    assert plain.reminder_text == ""  # none chosen: the neutral words
    tray = FakeTray()
    controller = _controller(plain, Clock(datetime(2026, 12, 3, 19, 0, tzinfo=MADRID)), tray)
    assert controller.due is None and tray.icon_shown is None


def test_the_timer_fires_at_the_due_time_with_only_the_chosen_words(
    qtbot: Any, settings: AppSettings
) -> None:
    settings.reminder_text = "Tea and a breath"
    tray = FakeTray()
    clock = Clock(datetime(2026, 12, 3, 19, 59, 59, 800_000, tzinfo=MADRID))
    controller = _controller(settings, clock, tray)
    assert controller.due == datetime(2026, 12, 3, 20, 0, tzinfo=MADRID)
    assert tray.icon_shown == Identity()
    with qtbot.waitSignal(controller.reminded, timeout=10_000) as caught:
        pass
    assert caught.args == ["Tea and a breath"]
    assert tray.shown == [("HJ Journal", "Tea and a breath")]
    assert controller.due == datetime(2026, 12, 4, 20, 0, tzinfo=MADRID)  # the next one


def test_the_reminder_follows_the_disguise(qtbot: Any, settings: AppSettings) -> None:
    apply_identity(Identity(True, "Plain notes", "grid"))
    tray = FakeTray()
    controller = _controller(settings, Clock(datetime(2026, 12, 3, 19, 0, tzinfo=MADRID)), tray)
    assert tray.icon_shown is not None and tray.icon_shown.name == "Plain notes"
    with qtbot.waitSignal(controller.reminded, timeout=1000):
        controller.show_now()  # what the timer does when it fires (tested above)
    assert tray.shown == [("Plain notes", "A moment for you")]
    assert all("Journal" not in title + text for title, text in tray.shown)


def test_the_default_words_speak_the_apps_language_and_are_never_stored(
    qtbot: Any, qapp: QApplication, settings: AppSettings, tmp_path: Path
) -> None:
    tray = FakeTray()
    controller = _controller(settings, Clock(datetime(2026, 12, 3, 19, 0, tzinfo=MADRID)), tray)
    installed = translations.install(qapp, "es", tmp_path / "cache")
    try:
        assert default_words() == "Un momento para ti"
        with qtbot.waitSignal(controller.reminded, timeout=1000):
            controller.show_now()
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        i18n.install(None)
        QLocale.setDefault(QLocale.system())
    assert tray.shown == [("HJ Journal", "Un momento para ti")]
    settings.qsettings.sync()
    written = (tmp_path / "app.ini").read_text(encoding="utf-8")
    assert "reminders" in written and settings.reminder_text == ""
    assert "moment" not in written.lower() and "momento" not in written.lower()
    controller.show_now()  # back in English, from the same file
    assert tray.shown[-1] == ("HJ Journal", "A moment for you")


def test_snooze_and_not_today(settings: AppSettings) -> None:
    settings.reminder_times = (time(13, 0), time(20, 0))
    clock = Clock(datetime(2026, 12, 3, 13, 0, 5, tzinfo=MADRID))
    tray = FakeTray()
    controller = _controller(settings, clock, tray)
    assert tray.handlers is not None
    tray.handlers.snooze(10)
    due = controller.due
    assert due is not None and abs(
        due - datetime(2026, 12, 3, 13, 10, 5, tzinfo=MADRID)
    ) < timedelta(seconds=1)
    tray.handlers.not_today()
    assert controller.due == datetime(2026, 12, 4, 13, 0, tzinfo=MADRID)
    tray.handlers.snooze(60)  # a snooze after "Not today" still comes
    due = controller.due
    assert due is not None and due.astimezone(MADRID).hour == 14


def test_a_reminder_long_past_after_sleep_is_let_go_and_the_next_is_set(
    settings: AppSettings,
) -> None:
    clock = Clock(datetime(2026, 12, 3, 19, 0, tzinfo=MADRID))
    tray = FakeTray()
    controller = _controller(settings, clock, tray)
    clock.jump = timedelta(hours=3)  # asleep from 19:00 to 22:00
    controller.woke()
    assert tray.shown == []
    assert controller.due == datetime(2026, 12, 4, 20, 0, tzinfo=MADRID)


def test_a_reminder_a_little_late_after_sleep_is_still_shown(settings: AppSettings) -> None:
    clock = Clock(datetime(2026, 12, 3, 19, 0, tzinfo=MADRID))
    tray = FakeTray()
    controller = _controller(settings, clock, tray)
    clock.jump = timedelta(hours=1, minutes=5)  # woke at 20:05
    controller.woke()
    assert tray.shown == [("HJ Journal", "A moment for you")]
    assert controller.due == datetime(2026, 12, 4, 20, 0, tzinfo=MADRID)


def test_a_clock_set_back_waits_again(settings: AppSettings) -> None:
    clock = Clock(datetime(2026, 12, 3, 19, 0, tzinfo=MADRID))
    tray = FakeTray()
    controller = _controller(settings, clock, tray)
    controller._fire()  # the timer ran early by the wall clock
    assert tray.shown == [] and controller.due == datetime(2026, 12, 3, 20, 0, tzinfo=MADRID)


def test_no_tray_means_nothing_armed_and_the_window_closes_as_usual(
    qtbot: Any, settings: AppSettings
) -> None:
    settings.keep_in_tray = True
    tray = FakeTray(available=False)
    controller = _controller(settings, Clock(datetime(2026, 12, 3, 19, 0, tzinfo=MADRID)), tray)
    assert controller.due is None and not controller.active and not controller.keeps_in_tray
    window = QWidget()
    qtbot.addWidget(window)
    controller.keep_on_close(window)
    assert controller.eventFilter(window, QCloseEvent()) is False


def test_keep_in_tray_turns_a_close_into_a_request(qtbot: Any, settings: AppSettings) -> None:
    settings.keep_in_tray = True
    controller = _controller(settings, Clock(datetime(2026, 12, 3, 19, tzinfo=MADRID)), FakeTray())
    window = QWidget()
    qtbot.addWidget(window)
    controller.keep_on_close(window)
    event = QCloseEvent()
    with qtbot.waitSignal(controller.tray_closed):
        assert controller.eventFilter(window, event) is True
    assert not event.isAccepted()
    assert controller.eventFilter(window, QEvent(QEvent.Type.Show)) is False


def test_the_next_day_is_used_after_not_today_at_midnight(settings: AppSettings) -> None:
    clock = Clock(datetime(2026, 12, 3, 23, 59, tzinfo=MADRID))
    tray = FakeTray()
    controller = _controller(settings, clock, tray)
    tray.handlers.not_today()  # type: ignore[union-attr]
    assert controller._state.quiet_day == date(2026, 12, 3)
    assert controller.due == datetime(2026, 12, 4, 20, 0, tzinfo=MADRID)
    assert controller.due.tzinfo is UTC  # type: ignore[union-attr]


# ---------------------------------------------------------------------- in the app


def _app_settings(paths: AppPaths) -> AppSettings:
    return AppSettings(open_settings(paths))


def test_closing_the_window_with_keep_in_tray_locks_and_stays(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths
) -> None:
    paths.ensure()
    chosen = _app_settings(paths)
    chosen.reminders_on = True
    chosen.keep_in_tray = True
    tray = FakeTray()
    harness = make_harness(notifier=tray)
    unlock(qtbot, harness)
    assert tray.icon_shown is not None
    harness.window.close()
    assert harness.controller.vault is None  # locked
    assert not harness.lock_window.isVisible()
    assert harness.quits == []  # still running, in the tray
    tray.handlers.open()  # type: ignore[union-attr]  # clicking the reminder
    assert harness.lock_window.isVisible()  # the lock screen, nothing from the vault
    harness.lock_window.close()
    assert harness.quits == [] and not harness.lock_window.isVisible()
    tray.handlers.quit()  # type: ignore[union-attr]
    assert harness.quits == [1]


def test_without_keep_in_tray_closing_quits_as_before(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    tray = FakeTray()
    harness = make_harness(notifier=tray)
    unlock(qtbot, harness)
    harness.window.close()
    assert harness.quits == [1]
    assert tray.icon_shown is None


def test_open_while_unlocked_brings_the_window_up(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths
) -> None:
    paths.ensure()
    _app_settings(paths).reminders_on = True
    tray = FakeTray()
    harness = make_harness(notifier=tray)
    unlock(qtbot, harness)
    harness.window.hide()
    tray.handlers.open()  # type: ignore[union-attr]
    assert harness.window.isVisible() and not harness.lock_window.isVisible()
