"""An entry edited on two devices, both texts side by side."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.sync.service import OtherVersion
from hj_journal.ui.sync.versions_dialog import TwoVersionsDialog
from tests.ui import support

OTHER = OtherVersion(
    "c", "Letter", "Words from the desktop.", "d" * 32, datetime(2026, 12, 2, 9, tzinfo=UTC)
)


def _dialog(qtbot: Any) -> TwoVersionsDialog:
    dialog = TwoVersionsDialog("Letter", "Words from the laptop.", OTHER)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize(
    ("button", "kept"),
    [
        ("keep_here", "Words from the laptop."),
        ("keep_there", "Words from the desktop."),
        ("keep_merged", "Words from the laptop.\n\nWords from the desktop."),
    ],
)
def test_each_choice_returns_its_text(qtbot: Any, button: str, kept: str) -> None:
    dialog = _dialog(qtbot)
    getattr(dialog, button).click()
    assert dialog.chosen is not None and dialog.chosen.body == kept


def test_deciding_later_keeps_both(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    dialog.reject()
    assert dialog.chosen is None


@pytest.mark.parametrize("scale", [100, 200])
def test_it_renders(qtbot: Any, qapp: QApplication, tmp_path: Path, scale: int) -> None:
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        dialog = _dialog(qtbot)
        Path("/tmp/hj-sync-shots").mkdir(exist_ok=True)
        support.render(
            qtbot, dialog, f"two-versions-{scale}", "light", folder=Path("/tmp/hj-sync-shots")
        )
        assert support.unnamed_controls(dialog) == []
