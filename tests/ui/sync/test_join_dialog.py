"""Lock screen → Join a vault from a synced folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.ui.sync.join_dialog import JoinDialog
from tests.ui import support


def test_it_returns_the_folder_passphrase_and_name(qtbot: Any, tmp_path: Path) -> None:
    dialog = JoinDialog()
    qtbot.addWidget(dialog)
    dialog._accept()
    assert dialog.request is None and "folder" in dialog.message.text()
    dialog.folder.setText(str(tmp_path))
    dialog._accept()
    assert dialog.request is None and "passphrase" in dialog.message.text()
    dialog.passphrase.setText("secret words")
    dialog.label.setText("Desktop")
    dialog._accept()
    assert dialog.request is not None
    assert (dialog.request.folder, dialog.request.passphrase, dialog.request.label) == (
        tmp_path,
        "secret words",
        "Desktop",
    )
    assert dialog.passphrase.text() == ""  # not kept in the field


def test_the_lock_pages_offer_joining(qtbot: Any) -> None:
    from hj_journal.ui.lock.unlock_page import UnlockPage
    from hj_journal.ui.lock.welcome_page import WelcomePage

    for page in (WelcomePage(), UnlockPage()):
        qtbot.addWidget(page)
        with qtbot.waitSignal(page.join_requested):
            page.join_button.click()


@pytest.mark.parametrize("scale", [100, 200])
def test_it_renders(qtbot: Any, qapp: QApplication, tmp_path: Path, scale: int) -> None:
    with support.app_theme(qapp, "high_contrast", tmp_path / "theme.ini", scale):
        dialog = JoinDialog()
        qtbot.addWidget(dialog)
        support.render(
            qtbot, dialog, f"join-{scale}", "high_contrast", folder=Path("/tmp/hj-sync-shots")
        )
        assert support.unnamed_controls(dialog) == []
