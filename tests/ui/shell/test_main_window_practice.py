"""A practice vault shows the practitioner's sections; the client view keeps a client on
the session (sidebar, menus and every shortcut off, except the view switch, Pause and
Quick exit)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from hj_journal.core.services import Services
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.settings import VaultKind
from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from hj_journal.ui.coping.grounding import GroundingDialog
from hj_journal.ui.sessions.page import SessionsPage
from hj_journal.ui.shell.section_keys import Section
from hj_journal.ui.shell.section_registry import SECTIONS
from tests.ui import support
from tests.ui.practice.practice_samples import a_practice_week
from tests.ui.shell_support import MakeHarness, fake_sections, open_vault, unlock

PRACTICE_KEYS = [
    "practice_home",
    "sessions",
    "coping",
    "care_resources",
    "practice_insights",
    "settings",
]
PERSONAL_KEYS = ["today", "journal", "checkin", "coping", "insights", "care", "settings"]
CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
NUMBER_KEYS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, 10)]


def _sidebar_keys(window: Any) -> list[str]:
    return [
        window.sidebar.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(window.sidebar.count())
    ]


@pytest.fixture
def practice_vault(created_vault: str, paths: AppPaths, policy: KdfPolicy) -> str:
    vault = open_vault(paths, policy)
    services = Services.for_vault(vault)
    services.settings.vault_kind = VaultKind.PRACTICE
    services.sessions.add_client(ClientInput("Rae"))
    services.sessions.add_client(ClientInput("Zed Other-Client"))
    vault.lock()
    return created_vault


def test_a_practice_vault_shows_exactly_the_practitioners_sections(
    qtbot: Any, make_harness: MakeHarness, practice_vault: str
) -> None:
    harness = make_harness(sections=SECTIONS)
    unlock(qtbot, harness)
    window = harness.window
    assert _sidebar_keys(window) == PRACTICE_KEYS
    assert window.current_key == "practice_home"
    qtbot.waitUntil(lambda: window.all_pages_built, timeout=20_000)
    assert set(window.pages) == set(PRACTICE_KEYS)
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == [
        "Practice home",
        "Sessions",
        "Coping",
        "Care resources",
        "Insights",
        "Settings",
    ]
    # No journal in a practice vault: New entry and Find are not offered at all.
    assert not window.actions_.new_entry.isVisible()
    assert not window.actions_.find.isEnabled()
    assert "New entry" not in dict(window.actions_.shortcut_rows())


def test_a_personal_vault_shows_no_sessions_and_no_practice_home(
    qtbot: Any, make_harness: MakeHarness, created_vault: str
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    assert _sidebar_keys(harness.window) == PERSONAL_KEYS
    assert harness.window.page("sessions") is None
    assert harness.window.page("practice_home") is None


@pytest.mark.parametrize("kind", ["personal", "practice"])
def test_ctrl_and_a_number_follow_the_sidebar(
    qtbot: Any,
    make_harness: MakeHarness,
    created_vault: str,
    paths: AppPaths,
    policy: KdfPolicy,
    kind: str,
) -> None:
    if kind == "practice":
        vault = open_vault(paths, policy)
        Services.for_vault(vault).settings.vault_kind = VaultKind.PRACTICE
        vault.lock()
    harness = make_harness()
    unlock(qtbot, harness)
    window = harness.window
    window.activateWindow()
    keys = _sidebar_keys(window)
    for row, key in enumerate(keys):
        QTest.keyClick(window, NUMBER_KEYS[row], CTRL)
        assert window.current_key == key
        assert window.actions_.sections[key].shortcut().toString() == f"Ctrl+{row + 1}"
    QTest.keyClick(window, NUMBER_KEYS[len(keys)], CTRL)  # one past the last row
    assert window.current_key == keys[-1]
    rows = dict(window.actions_.shortcut_rows())
    assert rows["Settings"] == f"Ctrl+{len(keys)}"


# ---------------------------------------------------------------------- the client view


@pytest.fixture
def in_session(qtbot: Any, make_harness: MakeHarness, practice_vault: str) -> Any:
    """A practice window with a session running in the client view."""
    real = {spec.key: spec for spec in SECTIONS}
    sections = [
        real["sessions"] if spec.key == "sessions" else spec
        for spec in fake_sections()
        if spec.key != "coping"  # Pause falls back to the built-in grounding dialog
    ]
    sections = [dataclasses.replace(spec) for spec in sections]
    harness = make_harness(sections=sections)
    unlock(qtbot, harness)
    window = harness.window
    window.show_section("sessions")
    page = window.page("sessions")
    assert isinstance(page, SessionsPage)
    rae = next(c for c in window.ctx.services.sessions.clients() if c.pseudonym == "Rae")
    panel = page.start_session(rae.id)
    assert panel is not None and panel.client_view
    window.activateWindow()
    panel.view_toggle.setFocus()
    return harness, window, panel


def test_the_client_view_turns_off_the_sidebar_the_menus_and_every_shortcut(
    qtbot: Any, in_session: Any
) -> None:
    harness, window, panel = in_session
    assert window.client_view
    assert not window.sidebar.isEnabled()
    assert not window.menuBar().isEnabled()
    for key in (*NUMBER_KEYS, Qt.Key.Key_N, Qt.Key.Key_F, Qt.Key.Key_L, Qt.Key.Key_Q):
        QTest.keyClick(window, key, CTRL)
        QTest.keyClick(panel.view_toggle, key, CTRL)
        assert harness.window is window  # not locked (Ctrl+L), not quit (Ctrl+Q)
        assert window.current_key == "sessions"
    QTest.keyClick(window, Qt.Key.Key_Comma, CTRL)  # Preferences
    QTest.keyClick(window, Qt.Key.Key_F1)  # Keyboard shortcuts
    assert window.current_key == "sessions"
    assert QApplication.activeModalWidget() is None
    assert harness.quits == []
    # Clicking another section in the sidebar does nothing.
    other = window.sidebar.item(0)
    rect = window.sidebar.visualItemRect(other)
    QTest.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key == "sessions"
    # The menus do not open, from the keyboard or by a click.
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    bar = window.menuBar()
    first_menu = bar.actions()[0]
    QTest.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(first_menu).center())
    assert QApplication.activePopupWidget() is None
    assert all(not action.isEnabled() for action in window.actions_.sections.values())
    assert not window.actions_.lock.isEnabled()
    assert not window.safety_bar.lock_button.isEnabled()
    assert window.data_actions is not None and not window.data_actions.import_.isEnabled()
    # Nothing else can be shown, even when a page asks for it.
    window.ctx.hub.request_section(Section.PRACTICE_HOME)
    assert window.current_key is Section.SESSIONS
    assert "Zed Other-Client" not in {
        window.sidebar.item(i).text() for i in range(window.sidebar.count())
    }


def test_the_view_switch_and_pause_still_work_in_the_client_view(
    qtbot: Any, in_session: Any
) -> None:
    _harness, window, panel = in_session
    QTest.keyClick(panel.view_toggle, Qt.Key.Key_V, CTRL_SHIFT)
    assert not panel.client_view and not window.client_view
    assert window.sidebar.isEnabled() and window.menuBar().isEnabled()
    assert window.actions_.lock.isEnabled()
    assert not window.actions_.new_entry.isEnabled()  # still none in a practice vault
    QTest.keyClick(panel.view_toggle, Qt.Key.Key_V, CTRL_SHIFT)
    assert panel.client_view and window.client_view
    assert window.safety_bar.pause_button.isEnabled()
    window.safety_bar.pause_button.click()
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(GroundingDialog)))
    for dialog in window.findChildren(GroundingDialog):
        dialog.reject()
    assert window.current_key == "sessions"


def test_quick_exit_still_works_in_the_client_view(qtbot: Any, in_session: Any) -> None:
    harness, _window, panel = in_session
    QTest.keyClick(panel.view_toggle, Qt.Key.Key_Q, CTRL_SHIFT)
    assert harness.window is None
    assert harness.quits == [1]


def test_after_the_session_the_window_opens_again_when_the_clients_are_asked_for(
    qtbot: Any, in_session: Any
) -> None:
    _harness, window, panel = in_session
    page = window.page("sessions")
    panel.finished.emit()  # Done on the summary step
    assert window.client_view  # the client may still be looking at the quiet page
    page.show_clients_button.click()
    assert not window.client_view and window.sidebar.isEnabled()
    assert window.show_section("practice_home")


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_pictures_of_the_main_window_in_the_client_view(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    from hj_journal.ui.sessions.page import SessionsPage
    from hj_journal.ui.shell.main_window import MainWindow
    from hj_journal.ui.shell.section_registry import SECTIONS

    services.settings.vault_kind = VaultKind.PRACTICE
    a_practice_week(services, datetime.now(UTC))
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        try:
            window = MainWindow(ctx, SECTIONS)
            qtbot.addWidget(window)
            window.show_section("sessions")
            page = window.page("sessions")
            assert isinstance(page, SessionsPage)
            rae = next(c for c in services.sessions.clients() if c.pseudonym == "Rae")
            assert page.start_session(rae.id) is not None
            assert window.client_view and not window.sidebar.isEnabled()
            size = QSize(1180, 780) if scale == 100 else QSize(1280, 720)
            support.render(qtbot, window, f"client-view-{scale}", theme, size, folder=tmp_path)
            window.teardown()  # as the app does before it locks
        finally:
            support.close_ui_ctx(ctx)
