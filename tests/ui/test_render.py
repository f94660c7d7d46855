"""Every screen of the app shell renders offscreen, in light and dark, without Qt warnings.

Set ``HJ_JOURNAL_SCREENSHOTS=1`` to keep the PNGs in ``screenshots/``; each picture is also
checked for anything cut off.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QWidget

from hj_journal.core.vaults import recovery_key_groups
from hj_journal.ui.coping.grounding import GroundingDialog
from hj_journal.ui.lock.recovery_kit import RecoveryKitDialog
from hj_journal.ui.platform.app_settings import Theme
from hj_journal.ui.platform.crash import CrashDialog
from hj_journal.ui.settings.passphrase_dialog import ChangePassphraseDialog
from hj_journal.ui.settings.vaults_box import RenameDialog
from hj_journal.ui.shell.about import AboutDialog, ShortcutsDialog
from tests.ui.shell_support import Harness, MakeHarness, unlock
from tests.ui.support import render

SAMPLE_KEY = "7KQ4-M2XD-9PBN-TR3H-C6WF-0ZJA-E5"


def _use_theme(harness: Harness, theme: Theme) -> None:
    harness.controller.settings.theme = theme
    harness.controller.theme.apply()


def _sample_key() -> str:
    from hj_journal.store import recovery

    return recovery.generate()


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_lock_screens_render_cleanly(
    qtbot: Any, make_harness: MakeHarness, qt_warnings: list[str], theme: Theme
) -> None:
    harness = make_harness()
    _use_theme(harness, theme)
    lock = harness.lock_window
    lock.resize(1000, 700)
    render(qtbot, lock, "lock-welcome", theme.value)
    lock.show_create()
    lock.create.label_edit.setText("Notebook")
    lock.create.passphrase.setText("river stone")
    lock.create.confirm.setText("river stone")
    render(qtbot, lock, "lock-create", theme.value)
    lock.create.set_busy(True)  # every control disabled, Create vault (primary) too
    render(qtbot, lock, "lock-create-busy", theme.value)
    lock.create.set_busy(False)
    key = _sample_key()
    lock.kit.show_key("Notebook", key)
    lock.stack.setCurrentWidget(lock.kit_page)
    render(qtbot, lock, "lock-recovery-kit", theme.value)
    lock.check.start(key)
    lock.check.skip_button.click()
    lock.stack.setCurrentWidget(lock.check_page)
    render(qtbot, lock, "lock-kit-check", theme.value)
    assert len(recovery_key_groups(key)) == 7
    assert qt_warnings == []


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_unlock_screens_render_cleanly(
    qtbot: Any, make_harness: MakeHarness, qt_warnings: list[str], created_vault: str, theme: Theme
) -> None:
    harness = make_harness()
    _use_theme(harness, theme)
    lock = harness.lock_window
    lock.resize(1000, 700)
    lock.unlock.show_problem(
        "That passphrase doesn't open this vault. Check that Caps Lock is off, and try again."
    )
    render(qtbot, lock, "lock-unlock-problem", theme.value)
    lock.unlock.set_busy(True, "Opening your journal…")
    render(qtbot, lock, "lock-unlock-busy", theme.value)
    lock.unlock.set_busy(False)
    lock.unlock.recovery_button.click()
    render(qtbot, lock, "lock-recovery-unlock", theme.value)
    assert qt_warnings == []


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_main_window_and_dialogs_render_cleanly(
    qtbot: Any, make_harness: MakeHarness, qt_warnings: list[str], created_vault: str, theme: Theme
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    _use_theme(harness, theme)
    window = harness.window
    window.refresh_appearance()
    window.resize(1180, 780)
    window.show_section("coping")
    render(qtbot, window, "main-coming", theme.value)
    window.show_section("settings")
    render(qtbot, window, "main-settings", theme.value)
    vault = harness.controller.vault
    dialogs: list[tuple[str, Callable[[], QWidget]]] = [
        ("dialog-grounding", lambda: GroundingDialog(window)),
        ("dialog-about", lambda: AboutDialog(window)),
        ("dialog-shortcuts", lambda: ShortcutsDialog(window.actions_.shortcut_rows(), window)),
        ("dialog-crash", lambda: CrashDialog(harness.paths.log_dir / "hj-journal-errors.log")),
        (
            "dialog-change-passphrase",
            lambda: ChangePassphraseDialog(
                vault, harness.controller.policy, harness.controller.jobs, window
            ),
        ),
        ("dialog-recovery-kit", lambda: RecoveryKitDialog("Notebook", _sample_key(), window)),
        ("dialog-rename", lambda: RenameDialog(harness.registry, vault, window)),
    ]
    for name, make in dialogs:
        dialog = make()
        render(qtbot, dialog, name, theme.value)
        dialog.close()
        dialog.deleteLater()
    assert qt_warnings == []
