"""Every data dialog renders without a Qt warning, and every input has an accessible name.

Set ``HJ_JOURNAL_SCREENSHOTS=1`` to keep the PNGs in ``screenshots/`` (every theme).
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from hj_journal.core.data.backup import Backups
from hj_journal.core.journal.entries import EntryInput
from hj_journal.ui.data.backup_now import BackupNowDialog
from hj_journal.ui.data.backups_dialog import BackupsDialog, NewVaultNameDialog
from hj_journal.ui.data.export_dialog import ExportDialog, UnencryptedWarning
from hj_journal.ui.data.import_dialog import ImportDialog
from hj_journal.ui.data.wipe_dialog import WipeDialog
from hj_journal.ui.shell.context import UiContext
from tests.core.data.exchange.samples import DAYONE_JOURNAL
from tests.ui.support import unnamed_controls


@pytest.fixture
def with_backups(ui_ctx: UiContext) -> UiContext:
    backups = Backups(ui_ctx.services.vault, ui_ctx.paths.data_dir / "backups")
    ui_ctx.services.journal.create(EntryInput(entry_date=date(2026, 3, 1), title="t"))
    backups.create()
    backups.create(reason="before-restore", keep=True)
    return ui_ctx


def test_backups_dialogs(qtbot, with_backups, shoot, qt_warnings, finish) -> None:
    dialog = BackupsDialog(with_backups)
    qtbot.addWidget(dialog)
    dialog.verify_selected()
    finish(dialog.task)
    shoot(dialog, "data-backups")
    assert unnamed_controls(dialog) == []
    now = BackupNowDialog(with_backups)
    qtbot.addWidget(now)
    now.start()
    finish(now.task)
    shoot(now, "data-backup-now")
    assert unnamed_controls(now) == []
    name = NewVaultNameDialog("Notebook")
    qtbot.addWidget(name)
    shoot(name, "data-restore-name")
    assert unnamed_controls(name) == []
    assert qt_warnings == []


def test_export_dialog_and_its_warning(qtbot, ui_ctx, shoot, qt_warnings) -> None:
    dialog = ExportDialog(ui_ctx, today=date(2026, 3, 10))
    qtbot.addWidget(dialog)
    dialog.pdf.setChecked(True)
    shoot(dialog, "data-export")
    assert unnamed_controls(dialog) == []
    box = UnencryptedWarning().box(dialog)
    shoot(box, "data-export-warning")
    box.close()
    assert qt_warnings == []


def test_import_dialog_with_a_preview(qtbot, ui_ctx, shoot, qt_warnings, tmp_path, finish) -> None:
    path = tmp_path / "Journal.json"
    path.write_text(json.dumps(DAYONE_JOURNAL))
    dialog = ImportDialog(ui_ctx)
    qtbot.addWidget(dialog)
    shoot(dialog, "data-import-empty")
    dialog.choose(path)
    dialog.read()
    finish(dialog.task)
    shoot(dialog, "data-import-preview")
    assert unnamed_controls(dialog) == []
    assert qt_warnings == []


def test_wipe_dialog(qtbot, shoot, qt_warnings) -> None:
    dialog = WipeDialog("Notebook")
    qtbot.addWidget(dialog)
    dialog.typed.setText("Note")
    shoot(dialog, "data-wipe")
    assert unnamed_controls(dialog) == []
    assert qt_warnings == []


@pytest.mark.parametrize("scale", [100, 200])
def test_the_backups_list_shows_every_word_at_large_text(
    qtbot, qapp, with_backups, tmp_path, scale: int
) -> None:
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    from tests.ui import support

    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        dialog = BackupsDialog(with_backups)
        qtbot.addWidget(dialog)
        dialog.resize(dialog.minimumSizeHint())
        dialog.show()
        support.settle()
        table, model = dialog.table, dialog.model
        metrics = table.fontMetrics()
        # The margin a view's delegate leaves either side of a cell's text.
        margin = (
            table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
        )
        cut = []
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                cell = table.visualRect(index).adjusted(margin, 0, -margin, 0)
                text = str(model.data(index))
                needed = metrics.boundingRect(
                    QRect(0, 0, cell.width(), 10_000), int(Qt.TextFlag.TextWordWrap), text
                )
                if needed.width() > cell.width() or needed.height() > cell.height():
                    cut.append(
                        f"{text}: needs {needed.width()}x{needed.height()}, "
                        f"has {cell.width()}x{cell.height()}"
                    )
        dialog.close()
    assert model.rowCount() >= 1 and cut == []


@pytest.mark.parametrize("scale", [100, 200])
def test_the_export_dialogs_days_keep_their_labels_whole(
    qtbot, qapp, ui_ctx, tmp_path, scale: int
) -> None:
    from tests.ui import support

    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        dialog = ExportDialog(ui_ctx, today=date(2026, 3, 10))
        qtbot.addWidget(dialog)
        dialog.pdf.setChecked(True)
        support.render(qtbot, dialog, f"export-pdf-{scale}", "light", check_layout=False)
        found = support.squeezed(dialog) + support.clipped(dialog)
        dialog.close()
    assert found == []
