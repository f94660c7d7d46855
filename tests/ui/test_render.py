"""Every screen of the app shell renders offscreen, in light and dark, without Qt warnings.

Set ``HJ_JOURNAL_SCREENSHOTS=/some/folder`` to keep the PNGs for review.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QWidget

from hj_journal.core.vaults import recovery_key_groups
from hj_journal.ui.about import AboutDialog, ShortcutsDialog
from hj_journal.ui.app_settings import Theme
from hj_journal.ui.crash import CrashDialog
from hj_journal.ui.grounding import GroundingDialog
from hj_journal.ui.lock.recovery_kit import RecoveryKitDialog
from hj_journal.ui.settings.passphrase_dialog import ChangePassphraseDialog
from hj_journal.ui.settings.vaults_box import RenameDialog
from tests.ui.shell_support import Harness, MakeHarness, unlock

# The offscreen platform says these about every top-level window; they are not ours.
PLATFORM_NOISE = (
    "This plugin does not support propagateSizeHints()",
    "This plugin does not support raise()",
    "This plugin does not support grabbing the keyboard",
)
SAMPLE_KEY = "7KQ4-M2XD-9PBN-TR3H-C6WF-0ZJA-E5"


@pytest.fixture
def qt_messages() -> Iterator[list[str]]:
    """Qt warnings and errors raised while the test runs (platform noise left out)."""
    messages: list[str] = []

    def handler(kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and not text.startswith(PLATFORM_NOISE):
            messages.append(text)

    previous = qInstallMessageHandler(handler)
    yield messages
    qInstallMessageHandler(previous)


def _shoot(qtbot: Any, widget: QWidget, name: str, theme: Theme) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab()
    assert not image.isNull() and image.width() > 100 and image.height() > 100
    folder = os.environ.get("HJ_JOURNAL_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        image.save(str(Path(folder) / f"{name}-{theme.value}.png"))


def _use_theme(harness: Harness, theme: Theme) -> None:
    harness.controller.settings.theme = theme
    harness.controller.theme.apply()


def _sample_key() -> str:
    from hj_journal.store import recovery

    return recovery.generate()


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_lock_screens_render_cleanly(
    qtbot: Any, make_harness: MakeHarness, qt_messages: list[str], theme: Theme
) -> None:
    harness = make_harness()
    _use_theme(harness, theme)
    lock = harness.lock_window
    lock.resize(1000, 700)
    _shoot(qtbot, lock, "lock-welcome", theme)
    lock.show_create()
    lock.create.label_edit.setText("Notebook")
    lock.create.passphrase.setText("river stone")
    lock.create.confirm.setText("river stone")
    _shoot(qtbot, lock, "lock-create", theme)
    lock.create.set_busy(True)  # every control disabled, Create vault (primary) too
    _shoot(qtbot, lock, "lock-create-busy", theme)
    lock.create.set_busy(False)
    key = _sample_key()
    lock.kit.show_key("Notebook", key)
    lock.stack.setCurrentWidget(lock.kit_page)
    _shoot(qtbot, lock, "lock-recovery-kit", theme)
    lock.check.start(key)
    lock.check.skip_button.click()
    lock.stack.setCurrentWidget(lock.check_page)
    _shoot(qtbot, lock, "lock-kit-check", theme)
    assert len(recovery_key_groups(key)) == 7
    assert qt_messages == []


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK])
def test_unlock_screens_render_cleanly(
    qtbot: Any, make_harness: MakeHarness, qt_messages: list[str], created_vault: str, theme: Theme
) -> None:
    harness = make_harness()
    _use_theme(harness, theme)
    lock = harness.lock_window
    lock.resize(1000, 700)
    lock.unlock.show_problem(
        "That passphrase doesn't open this vault. Check that Caps Lock is off, and try again."
    )
    _shoot(qtbot, lock, "lock-unlock-problem", theme)
    lock.unlock.set_busy(True, "Opening your journal…")
    _shoot(qtbot, lock, "lock-unlock-busy", theme)
    lock.unlock.set_busy(False)
    lock.unlock.recovery_button.click()
    _shoot(qtbot, lock, "lock-recovery-unlock", theme)
    assert qt_messages == []


@pytest.mark.parametrize("theme", [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST])
def test_main_window_and_dialogs_render_cleanly(
    qtbot: Any, make_harness: MakeHarness, qt_messages: list[str], created_vault: str, theme: Theme
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    _use_theme(harness, theme)
    window = harness.window
    window.refresh_appearance()
    window.resize(1180, 780)
    window.show_section("coping")
    _shoot(qtbot, window, "main-coming", theme)
    window.show_section("settings")
    _shoot(qtbot, window, "main-settings", theme)
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
        _shoot(qtbot, dialog, name, theme)
        dialog.close()
        dialog.deleteLater()
    assert qt_messages == []
