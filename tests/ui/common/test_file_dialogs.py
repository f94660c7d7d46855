"""File dialogs remember nothing: Qt's own dialog, its history of folders forgotten."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog

from hj_journal.paths import AppPaths
from hj_journal.ui.common.file_dialogs import ask_save_path, private_file_dialog
from hj_journal.ui.platform.app_settings import (
    forget_file_dialog_history,
)
from tests.ui.shell_support import (
    CANARY,
    MakeHarness,
    files_holding,
)
from tests.ui.support import answer_file_dialog, choose_in


def test_the_file_dialog_remembers_nothing(
    qtbot: Any, make_harness: MakeHarness, tmp_path: Path, paths: AppPaths
) -> None:
    make_harness()
    folder = tmp_path / f"Folder-{CANARY}"
    folder.mkdir()
    target = folder / f"kit-{CANARY}.pdf"
    seen: list[bool] = []
    answer_file_dialog(target, seen)
    chosen = ask_save_path(None, "Save", "kit.pdf", "PDF documents (*.pdf)", "pdf")
    assert chosen == target
    assert seen == [True]  # Qt's own dialog, never the platform's
    assert files_holding(paths.config_dir, [CANARY]) == []
    forget_file_dialog_history()  # idempotent


def test_without_forgetting_qt_would_remember_the_folder(
    qtbot: Any, make_harness: MakeHarness, tmp_path: Path, paths: AppPaths
) -> None:
    make_harness()  # confines Qt's own settings to the config folder
    folder = tmp_path / f"Folder-{CANARY}"
    folder.mkdir()
    dialog = private_file_dialog(None, "Save")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    QTimer.singleShot(50, lambda: choose_in(dialog, folder / "kit.pdf"))
    dialog.exec()
    shiboken6.delete(dialog)  # Qt writes its state here
    assert files_holding(paths.config_dir / "qt", [CANARY])  # this is what we clean up
    forget_file_dialog_history()
    assert files_holding(paths.config_dir, [CANARY]) == []
