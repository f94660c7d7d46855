"""The controller keeps people safe: auto-lock, quick exit, the clipboard, errors, system sleep."""

from __future__ import annotations

import gc
import sys
import time
import weakref
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy
from hj_journal.errorlog import LOG_NAME
from hj_journal.paths import AppPaths
from hj_journal.ui.platform import heap
from hj_journal.ui.platform.crash import CrashDialog
from hj_journal.ui.platform.system_lock import SystemLockWatcher
from hj_journal.ui.shell.section_registry import SECTIONS
from tests.ui.shell_support import (
    CANARY,
    PASSPHRASE,
    FakePage,
    MakeHarness,
    open_vault,
    places_holding,
    unlock,
)


def _press_quick_exit(widget: Any) -> None:
    QTest.keyClick(
        widget,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


# ---------------------------------------------------------------------- auto-lock


def test_auto_lock_drops_every_page_and_model_and_shows_the_lock_screen(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness(idle_ms=200)
    unlock(qtbot, harness)
    harness.window.show_section("journal")
    assert places_holding(CANARY)  # the fake pages really hold it
    vault = harness.controller.vault
    qtbot.waitUntil(lambda: harness.window is None, timeout=5_000)
    assert not vault.is_unlocked
    assert harness.lock_window.isVisible()
    assert "save page-journal" in FakePage.log and "save page-today" in FakePage.log
    qtbot.waitUntil(lambda: not places_holding(CANARY), timeout=5_000)


def test_activity_and_user_active_count_as_someone_being_here(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness(idle_ms=600_000)  # long at first: this watches the count
    unlock(qtbot, harness)
    idle = harness.controller.idle
    qtbot.waitUntil(lambda: idle.idle_seconds() >= 0.15, timeout=5_000)
    QTest.keyClick(harness.window.sidebar, Qt.Key.Key_Shift)
    assert idle.idle_seconds() < 0.15  # a key press counts
    qtbot.waitUntil(lambda: idle.idle_seconds() >= 0.15, timeout=5_000)
    harness.controller.hub.user_active.emit()
    assert idle.idle_seconds() < 0.15  # and so does a page saying someone is here


def test_user_active_puts_the_lock_off_by_the_whole_idle_time(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness(idle_ms=600_000)
    unlock(qtbot, harness)
    idle = harness.controller.idle
    # Nobody has touched anything for a second: with an idle time of 1.2 s, only 0.2 s
    # would be left. A page saying someone is here starts the whole 1.2 s again.
    qtbot.waitUntil(lambda: idle.idle_seconds() >= 1.0, timeout=5_000)
    harness.controller.hub.user_active.emit()
    said = time.monotonic()
    idle.set_interval(1_200)
    qtbot.waitUntil(lambda: harness.window is None, timeout=5_000)
    # A moment of activity is not a hold: with nothing more, the lock still comes, but
    # only the whole idle time after the page spoke.
    assert time.monotonic() - said >= 1.2


def test_the_real_journal_lets_go_of_everything_on_auto_lock(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: KdfPolicy
) -> None:
    vault = open_vault(paths, policy)
    Services.for_vault(vault).journal.create(
        EntryInput(
            title=f"Title {CANARY}",
            body=f"Body {CANARY}",
            tags=("canarytag",),
            entry_date=date.today(),
        )
    )
    vault.lock()
    harness = make_harness(sections=SECTIONS)
    unlock(qtbot, harness)
    window = harness.window
    window.show_section("journal")
    page = window.page("journal")
    window.find()  # Find reaches the journal's search box, and the search holds results
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.browse.search, timeout=5_000)
    with qtbot.waitSignal(page.runner.results_shown, timeout=5_000):
        QTest.keyClicks(page.browse.search, "marigold")
    assert page.results.rowCount() == 1
    assert places_holding(CANARY)
    harness.controller.idle.set_interval(300)  # now nobody is here
    qtbot.waitUntil(lambda: harness.window is None, timeout=5_000)
    qtbot.waitUntil(lambda: not places_holding(CANARY), timeout=5_000)
    assert not places_holding("canarytag")
    assert harness.lock_window.isVisible()


# ---------------------------------------------------------------------- quick exit


def test_quick_exit_saves_locks_and_hides_at_once(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    window = harness.window
    vault = harness.controller.vault
    qtbot.waitUntil(lambda: window.all_pages_built)  # built one by one after the first
    _press_quick_exit(window.sidebar)
    assert not window.isVisible()
    assert not harness.lock_window.isVisible()
    assert not vault.is_unlocked
    assert {"save page-today", "save page-journal"} <= set(FakePage.log)
    assert harness.quits == [1]
    assert QApplication.activeModalWidget() is None  # nothing was asked
    assert all(not w.isVisible() for w in QApplication.topLevelWidgets())


def test_quick_exit_works_while_a_dialog_is_open(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    vault = harness.controller.vault
    box = QMessageBox(harness.window)
    box.setText("A question")

    def press() -> None:
        _press_quick_exit(QApplication.activeModalWidget() or box)

    QTimer.singleShot(50, press)
    box.exec()
    assert not vault.is_unlocked
    assert harness.quits == [1]


def test_quick_exit_keys_work_in_a_dialog_over_the_painted_lock_screen(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    harness = make_harness()
    box = QMessageBox(harness.lock_window)
    box.setText("A question")

    def press() -> None:
        _press_quick_exit(QApplication.activeModalWidget() or box)

    def when_painted() -> None:
        QTimer.singleShot(50, press)

    harness.lock_window.first_painted.connect(when_painted)
    QTimer.singleShot(0, box.exec)
    qtbot.waitUntil(lambda: harness.quits == [1], timeout=5_000)
    assert harness.lock_window._painted
    assert not box.isVisible()


def test_quick_exit_button_and_lock_screen_button(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    harness.lock_window.unlock.passphrase.setText("typed so far")
    harness.lock_window.quick_exit_button.click()
    assert not harness.lock_window.isVisible()
    assert harness.lock_window.unlock.passphrase.text() == ""
    assert harness.quits == [1]


def test_quick_exit_keeps_the_journal_draft(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: KdfPolicy
) -> None:
    harness = make_harness(sections=SECTIONS)
    unlock(qtbot, harness)
    harness.window.new_entry()
    editor = harness.window.page("journal").editor
    editor.title.setText("Evening")
    editor.body.setPlainText(f"Typed just now {CANARY}")
    harness.window.safety_bar.quick_exit_button.click()
    assert harness.quits == [1]
    vault = open_vault(paths, policy)
    try:
        draft = Services.for_vault(vault).drafts.load()
    finally:
        vault.lock()
    assert draft is not None
    assert CANARY in draft.body


# ---------------------------------------------------------------------- clipboard


def test_the_clipboard_is_cleared_on_lock_only_when_it_holds_our_text(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    clipboard = QGuiApplication.clipboard()
    harness = make_harness()
    unlock(qtbot, harness)
    harness.controller.ctx.clipboard.copy(f"Copied {CANARY}")
    assert clipboard.text() == f"Copied {CANARY}"
    harness.controller.lock()
    assert clipboard.text() == ""

    unlock(qtbot, harness)
    harness.controller.ctx.clipboard.copy("ours")
    harness.controller.clipboard.watch(False)  # as if the app were in the background
    clipboard.setText("from another program")  # the app did not put this there
    harness.controller.lock()
    assert clipboard.text() == "from another program"
    clipboard.clear()


def test_ctrl_c_in_a_field_counts_as_the_apps_text(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    clipboard = QGuiApplication.clipboard()
    harness = make_harness()
    unlock(qtbot, harness)
    harness.window.show_section("journal")
    page = harness.window.page("journal")
    page.search.setFocus()
    page.search.selectAll()
    page.search.copy()
    assert clipboard.text() == CANARY
    harness.controller.lock()
    assert clipboard.text() == ""


# ---------------------------------------------------------------------- crashes


def test_an_unexpected_error_saves_first_logs_without_content_and_says_so_calmly(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    crash = harness.controller.crash
    try:
        raise ValueError(f"something about {CANARY}")
    except ValueError:
        crash.handle(*sys.exc_info())
    assert FakePage.log.count("save page-today") >= 1  # drafts were kept first
    log = (paths.log_dir / LOG_NAME).read_text(encoding="utf-8")
    assert "builtins.ValueError" in log
    assert CANARY not in log
    dialog = crash.dialog
    assert isinstance(dialog, CrashDialog) and dialog.isVisible()
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    words = " ".join(texts).replace(str(crash.last_log), "").casefold()
    assert "kept as a draft" in words
    for word in ("fail", "crash", "fatal", "error"):
        assert word not in words
        assert word not in dialog.windowTitle().casefold()
    # A second error while the dialog is up does not stack another dialog.
    try:
        raise KeyError("again")
    except KeyError:
        crash.handle(*sys.exc_info())
    assert crash.dialog is dialog
    dialog.lock_button.click()
    assert harness.window is None


def test_a_page_that_raises_while_saving_does_not_stop_the_lock(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    page = harness.window.page("today")

    def broken() -> None:
        raise RuntimeError(CANARY)

    page.save_state = broken
    vault = harness.controller.vault
    harness.controller.lock()
    assert not vault.is_unlocked
    log = (paths.log_dir / LOG_NAME).read_text(encoding="utf-8")
    assert "RuntimeError" in log and CANARY not in log


# ---------------------------------------------------------------------- system sleep


def test_system_sleep_or_screen_lock_locks_the_journal(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    watcher = SystemLockWatcher()
    watcher.lock_requested.connect(harness.controller.lock)
    unlock(qtbot, harness)
    vault = harness.controller.vault
    watcher._on_sleep_or_screensaver(False)  # waking up or the screen saver ending: nothing
    assert vault.is_unlocked
    watcher._on_sleep_or_screensaver(True)
    assert not vault.is_unlocked
    assert harness.lock_window.isVisible()
    watcher.deleteLater()


def test_waking_from_sleep_has_the_reminders_look_at_the_clock_again(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, monkeypatch: Any
) -> None:
    from hj_journal.ui.reminders.controller import ReminderController

    woke: list[int] = []
    monkeypatch.setattr(ReminderController, "woke", lambda self: woke.append(1))
    harness = make_harness()
    watcher = SystemLockWatcher()
    harness.controller.watch_the_system(watcher)
    unlock(qtbot, harness)
    vault = harness.controller.vault
    watcher._on_prepare_for_sleep(True)  # going to sleep: locked
    assert not vault.is_unlocked
    before = len(woke)  # the lock screen coming up active may have told them already
    watcher._on_prepare_for_sleep(False)
    assert len(woke) == before + 1
    watcher.deleteLater()


def test_locking_waits_for_a_passphrase_change_in_progress(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: KdfPolicy
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    vault = harness.controller.vault
    harness.controller.jobs.start(
        lambda: vault.change_passphrase("lantern harbour meadow violin", policy=policy)
    )
    harness.controller.lock()
    assert not vault.is_unlocked
    check = harness.registry.find("Notebook")
    assert check.check_passphrase("lantern harbour meadow violin", policy=policy)
    assert not check.check_passphrase(PASSPHRASE, policy=policy)


# ---------------------------------------------------------------------- the collector


def test_an_unlocked_window_is_kept_out_of_full_collections_until_it_locks(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    # What the lock screen's warm-up loaded is settled before anyone unlocks.
    qtbot.waitUntil(lambda: heap.frozen() > 0, timeout=5_000)
    unlock(qtbot, harness)

    def settled() -> bool:
        window = harness.window
        return window.all_pages_built and not any(o is window for o in gc.get_objects())

    # Settled once its pages are built: a full collection no longer walks the window's
    # objects (a full pass over everything held a long timeline's scrolling still).
    qtbot.waitUntil(settled, timeout=5_000)
    gone = weakref.ref(harness.window)
    harness.controller.lock()
    # Its objects are collected once the lock screen is up, and the rest settles again.
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
    assert heap.frozen() > 0


def test_shutting_down_waits_for_background_work_on_the_gui_thread(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    import threading

    harness = make_harness()
    unlock(qtbot, harness)
    started = threading.Event()

    def warm_up() -> None:  # like a warm-up import still under way
        started.set()
        time.sleep(0.3)

    harness.controller.jobs.start(warm_up)
    assert started.wait(5)
    harness.controller.shutdown()
    # Nothing is left running for a dropped controller to be collected from.
    assert harness.controller.jobs._pool.activeThreadCount() == 0
