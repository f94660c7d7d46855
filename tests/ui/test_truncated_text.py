"""Text that used to be cut off now shows whole: the backup-done message (which also
says where the backup went), the client-view button, care-map names near a ring edge
and the Settings vault list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.ui.context import UiContext
from hj_journal.ui.data.backup_now import BackupNowDialog
from tests.ui import support


@pytest.mark.parametrize("scale", [100, 200])
def test_the_backup_done_message_is_whole_and_says_where_the_backup_is(
    qtbot: Any, qapp: QApplication, ui_ctx: UiContext, tmp_path: Path, scale: int
) -> None:
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        dialog = BackupNowDialog(ui_ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.start()
        qtbot.waitUntil(lambda: not dialog.task.running, timeout=15000)
        assert dialog.made is not None
        support.render(qtbot, dialog, f"data-backup-done-{scale}", "light", folder=tmp_path)
        assert support.squeezed(dialog) == []
        shown = dialog.message.text() + dialog.where.text()
        assert "checked" in shown
        assert dialog.where.isVisible()
        assert str(dialog.made.folder) in dialog.where.text()
