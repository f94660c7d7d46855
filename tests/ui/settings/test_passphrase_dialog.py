"""The passphrase and recovery-key dialogs hold at 100 % and 200 % text, light and high contrast.

They gained the "Someone may know my passphrase" choice and the sentences about what a plain
change does not reach; those must wrap, never be cut off.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui import support
from tests.ui.shell_support import MakeHarness, unlock


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_the_key_dialogs_wrap_their_words(
    qtbot: Any,
    make_harness: MakeHarness,
    created_vault: str,
    qapp: QApplication,
    tmp_path: Path,
    scale: int,
    theme: str,
) -> None:
    harness = make_harness()
    unlock(qtbot, harness)
    harness.window.show_section("settings")
    page = harness.window.page("settings")
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        change = page.change_passphrase_dialog()
        qtbot.addWidget(change)
        change.rotate.setChecked(True)
        support.render(qtbot, change, f"change-passphrase-{scale}", theme, folder=tmp_path)
        assert support.unnamed_controls(change) == []
        change.reject()
        recovery = page.new_recovery_key_dialog()
        qtbot.addWidget(recovery)
        support.render(qtbot, recovery, f"new-recovery-key-{scale}", theme, folder=tmp_path)
        assert support.unnamed_controls(recovery) == []
        recovery.reject()
