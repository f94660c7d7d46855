"""Every data dialog renders without a Qt warning, and every input has an accessible name.

Set ``HJ_SCREENSHOTS=/some/folder`` to keep the PNGs for a look.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QWidget,
)

from hj_journal.core.backup import Backups
from hj_journal.core.journal import EntryInput
from hj_journal.ui.context import UiContext
from hj_journal.ui.data.backup_now import BackupNowDialog
from hj_journal.ui.data.backups_dialog import BackupsDialog, NewVaultNameDialog
from hj_journal.ui.data.export_dialog import ExportDialog, UnencryptedWarning
from hj_journal.ui.data.import_dialog import ImportDialog
from hj_journal.ui.data.wipe_dialog import WipeDialog
from tests.core.exchange.conftest import DAYONE_JOURNAL

NOISE = {"This plugin does not support propagateSizeHints()"}


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and message not in NOISE:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


def _shoot(qtbot, widget: QWidget, name: str, tmp_path: Path) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    folder = Path(os.environ.get("HJ_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"data-{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 1000


def _unnamed_inputs(widget: QWidget) -> list[str]:
    kinds = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton)
    missing = []
    for child in widget.findChildren(QWidget):
        if not isinstance(child, kinds) or not child.isVisibleTo(widget):
            continue
        if isinstance(child, QAbstractButton) and child.text():
            continue  # a button's text is its name
        if isinstance(child, QHeaderView):
            continue  # part of its table, which has the name
        if isinstance(child, QLineEdit) and isinstance(
            child.parent(), QAbstractSpinBox | QComboBox
        ):
            continue  # the spin box or combo box itself carries the name
        if not child.accessibleName():
            missing.append(f"{type(child).__name__} {child.objectName()!r}")
    return missing


@pytest.fixture
def with_backups(ui_ctx: UiContext) -> UiContext:
    backups = Backups(ui_ctx.services.vault, ui_ctx.paths.data_dir / "backups")
    ui_ctx.services.journal.create(EntryInput(entry_date=date(2026, 3, 1), title="t"))
    backups.create()
    backups.create(reason="before-restore", keep=True)
    return ui_ctx


def test_backups_dialogs(qtbot, with_backups, themed, qt_warnings, tmp_path, finish) -> None:
    dialog = BackupsDialog(with_backups)
    qtbot.addWidget(dialog)
    dialog.verify_selected()
    finish(dialog.task)
    _shoot(qtbot, dialog, "backups", tmp_path)
    assert _unnamed_inputs(dialog) == []
    now = BackupNowDialog(with_backups)
    qtbot.addWidget(now)
    now.start()
    finish(now.task)
    _shoot(qtbot, now, "backup-now", tmp_path)
    assert _unnamed_inputs(now) == []
    name = NewVaultNameDialog("Notebook")
    qtbot.addWidget(name)
    _shoot(qtbot, name, "restore-name", tmp_path)
    assert _unnamed_inputs(name) == []
    assert qt_warnings == []


def test_export_dialog_and_its_warning(qtbot, ui_ctx, themed, qt_warnings, tmp_path) -> None:
    dialog = ExportDialog(ui_ctx, today=date(2026, 3, 10))
    qtbot.addWidget(dialog)
    dialog.pdf.setChecked(True)
    _shoot(qtbot, dialog, "export", tmp_path)
    assert _unnamed_inputs(dialog) == []
    box = UnencryptedWarning().box(dialog)
    _shoot(qtbot, box, "export-warning", tmp_path)
    box.close()
    assert qt_warnings == []


def test_import_dialog_with_a_preview(
    qtbot, ui_ctx, themed, qt_warnings, tmp_path, finish
) -> None:
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(DAYONE_JOURNAL))
    dialog = ImportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    _shoot(qtbot, dialog, "import-empty", tmp_path)
    dialog.choose(path)
    dialog.read()
    finish(dialog.task)
    _shoot(qtbot, dialog, "import-preview", tmp_path)
    assert _unnamed_inputs(dialog) == []
    assert qt_warnings == []


def test_wipe_dialog(qtbot, themed, qt_warnings, tmp_path) -> None:
    dialog = WipeDialog("Notebook")
    qtbot.addWidget(dialog)
    dialog.typed.setText("Note")
    _shoot(qtbot, dialog, "wipe", tmp_path)
    assert _unnamed_inputs(dialog) == []
    assert qt_warnings == []
