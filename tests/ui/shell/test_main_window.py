"""The main window: sections, keyboard navigation, menus, the safety bar's Pause."""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hj_journal.core.services import Services
from hj_journal.core.settings import VaultKind
from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from hj_journal.ui.coping.grounding import STEPS, GroundingDialog
from hj_journal.ui.settings.page import SettingsPage
from hj_journal.ui.shell.coming import ComingPage
from hj_journal.ui.shell.section_keys import Section
from hj_journal.ui.shell.section_registry import SECTIONS, lazy_page, warm_up
from hj_journal.ui.shell.sections import HasSearch, OffersPause, StartsNewEntry
from tests.helpers import PASSPHRASE
from tests.ui.shell_support import FakePage, MakeHarness, fake_sections, open_vault, unlock

SECTION_KEYS = ["today", "journal", "checkin", "coping", "insights", "care", "settings"]


def test_the_sidebar_follows_the_design_and_hides_sessions_in_a_personal_vault(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    window = harness.window
    keys = [window.sidebar.item(i).data(Qt.ItemDataRole.UserRole) for i in range(7)]
    assert keys == SECTION_KEYS
    assert window.sidebar.count() == 7
    assert window.current_key == "today"
    assert set(window.pages) <= {"today", "journal"}  # the rest come one by one
    qtbot.waitUntil(lambda: window.all_pages_built)
    assert set(window.pages) == set(SECTION_KEYS)
    assert isinstance(window.page("checkin"), ComingPage)
    assert isinstance(window.page("settings"), SettingsPage)
    assert window.safety_bar.isVisible()


def test_a_practice_vault_shows_sessions(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, paths: AppPaths, policy: KdfPolicy
) -> None:
    vault = open_vault(paths, policy)
    Services.for_vault(vault).settings.vault_kind = VaultKind.PRACTICE
    vault.lock()
    harness = make_harness()
    unlock(qtbot, harness)
    assert harness.window.page("sessions") is not None
    # The practitioner's six sections, and no personal journal (Today, Journal, Check-in).
    assert harness.window.sidebar.count() == 6
    assert harness.window.page("today") is None


def test_sections_switch_with_ctrl_and_a_number_and_with_arrow_keys(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    window = harness.window
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "journal"
    assert "save page-today" in FakePage.log  # leaving a page saves it
    QTest.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "settings"  # Ctrl+7: the seventh row
    QTest.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "settings"  # no eighth row here: nothing moves
    window.sidebar.setFocus()
    window.sidebar.setCurrentRow(0)
    QTest.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_key == "journal"
    QTest.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_key == "checkin"
    assert window.actions_.sections["checkin"].isChecked()


def test_new_entry_and_find_reach_the_journal_page(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    window = harness.window
    QTest.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "journal"
    assert FakePage.log[-1] == "new entry"
    window.show_section("checkin")
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key == "journal"
    assert FakePage.log[-1] == "find"


def test_pages_can_ask_for_another_section_through_the_hub(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    harness.controller.hub.request_section(Section.COPING)
    assert harness.window.current_key is Section.COPING
    harness.controller.hub.request_section(Section.SESSIONS)  # not in a personal vault
    assert harness.window.current_key is Section.COPING


def test_preferences_opens_settings(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    harness.window.actions_.preferences.trigger()
    assert harness.window.current_key == "settings"


def test_pause_opens_a_grounding_pause_that_can_be_closed_any_time(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    window = harness.window
    window.safety_bar.pause_button.click()
    dialog = window.findChild(GroundingDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal()  # the window (and Quick exit) stay usable
    assert dialog.progress.text() == f"1 of {len(STEPS)}"
    assert not dialog.back_button.isEnabled()
    dialog.next_button.click()
    dialog.next_button.click()
    assert dialog.progress.text() == f"3 of {len(STEPS)}"
    dialog.back_button.click()
    assert dialog.step == 1
    assert "eyes" not in dialog.text.text().casefold() or "open" in dialog.text.text()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_page_can_take_pause_over(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    offered = []

    class PausingPage(FakePage):
        def offer_pause(self) -> None:
            offered.append(True)

    sections = [
        dataclasses.replace(spec, factory=PausingPage) if spec.key == "coping" else spec
        for spec in fake_sections()
    ]
    harness = make_harness(sections=sections)
    unlock(qtbot, harness)
    harness.window.safety_bar.pause_button.click()
    assert offered == [True]
    assert harness.window.findChild(GroundingDialog) is None


def test_a_missing_page_module_shows_the_coming_panel_but_a_broken_one_is_an_error(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, tmp_path: Any, monkeypatch: Any
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    ctx = harness.controller.ctx
    page = lazy_page("hj_journal.ui.not_built_yet.page:Page", "Later", "Soon.")(ctx)
    assert isinstance(page, ComingPage)
    page.deleteLater()
    broken = tmp_path / "broken_page_pkg"
    broken.mkdir()
    (broken / "__init__.py").write_text("")
    (broken / "page.py").write_text("import no_such_dependency_here\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        lazy_page("broken_page_pkg.page:Page", "Later", "Soon.")(ctx)
    except ModuleNotFoundError as error:
        assert error.name == "no_such_dependency_here"
    else:
        raise AssertionError("a broken page module must not be hidden behind 'coming'")


def test_help_dialogs_open_and_list_every_shortcut(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    rows = dict(harness.window.actions_.shortcut_rows())
    assert rows["New entry"] == "Ctrl+N"
    assert rows["Find…"] == "Ctrl+F"
    assert rows["Lock"] == "Ctrl+L"
    assert rows["Quick exit"] == "Ctrl+Shift+Q"
    assert rows["Quit"] == "Ctrl+Q"
    assert rows["Settings"] == "Ctrl+7"  # Ctrl and the row number in the sidebar


def test_ctrl_l_locks(qtbot: Any, make_harness: MakeHarness, created_vault: str) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    window = harness.window
    QTest.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert harness.window is None
    qtbot.waitUntil(lambda: harness.lock_window.isVisible())
    assert QApplication.activeWindow() in (None, harness.lock_window)


def test_the_other_pages_wait_for_the_first_paint(
    qtbot: Any, make_harness: MakeHarness, created_vault: str, monkeypatch: Any
) -> None:
    """Building every page before painting kept the unlocked window blank for ~0.5 s."""
    from PySide6.QtCore import QEvent, QObject

    from hj_journal.ui.shell.main_window import MainWindow

    order: list[str] = []
    real_build_next = MainWindow._build_next

    def build_next(self: MainWindow) -> None:
        order.append("build")
        real_build_next(self)

    monkeypatch.setattr(MainWindow, "_build_next", build_next)

    class Watch(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if isinstance(obj, MainWindow) and event.type() == QEvent.Type.Paint:
                order.append("paint")
            return False

    harness = make_harness()
    vault = harness.registry.find()
    vault.unlock(PASSPHRASE, policy=KdfPolicy.fast_for_tests())
    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    try:
        # As right after the unlock job reports back: enter, then let events flow.
        harness.controller._enter(vault, False)
        qtbot.waitUntil(lambda: harness.window.all_pages_built)
    finally:
        QApplication.instance().removeEventFilter(watch)
    assert order.index("paint") < order.index("build")


def test_every_section_is_known_by_its_key_and_warms_up_by_its_module(
    monkeypatch: Any,
) -> None:
    assert [spec.key for spec in SECTIONS] == list(Section)  # each key once, in order
    imported: list[str] = []
    monkeypatch.setattr("importlib.import_module", imported.append)
    warm_up(SECTIONS)
    assert "hj_journal.ui.journal.page" in imported
    assert "hj_journal.ui.settings.page" in imported


def test_before_unlocking_only_the_pages_a_vault_opens_on_are_warmed_up(
    monkeypatch: Any,
) -> None:
    # The rest wait until the window is painted: held while the key is derived they
    # would add to its memory peak.
    imported: list[str] = []
    monkeypatch.setattr("importlib.import_module", imported.append)
    warm_up(SECTIONS, first_pages_only=True)
    assert "hj_journal.ui.shell.main_window" in imported
    assert "hj_journal.ui.today.page" in imported  # a personal vault opens on Today
    assert "hj_journal.ui.practice.page" in imported  # a practice vault on its home
    assert "hj_journal.ui.journal.page" not in imported
    assert "hj_journal.ui.settings.page" not in imported


def test_page_hooks_are_told_apart_by_type(qtbot: Any, ui_ctx: Any) -> None:
    from hj_journal.ui.coping.page import CopingPage
    from hj_journal.ui.journal.page import JournalPage

    journal, coping = JournalPage(ui_ctx), CopingPage(ui_ctx)
    for page in (journal, coping):
        qtbot.addWidget(page)
    assert isinstance(journal, StartsNewEntry) and isinstance(journal, HasSearch)
    assert not isinstance(journal, OffersPause)
    assert isinstance(coping, OffersPause) and not isinstance(coping, StartsNewEntry)
