"""File ▸ Import…: choose a file → its format is recognised → a preview → import → report.

Reading and importing both run in the background with progress and a Stop button.
Nothing is written before *Import* is pressed, and an import that is stopped or fails
leaves the vault exactly as it was (one transaction). Every item left out is listed
with its reason. What was read is dropped when the dialog closes.

A file that belongs in the other kind of vault (a personal journal in a practice vault,
a practice export in a personal one) is refused right after it is read, with the core's
one sentence saying why, and nothing can be imported from it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QWidget,
)

from hj_journal.core.data.exchange.detect import detect_format
from hj_journal.core.data.exchange.importer import (
    FORMAT_NAMES,
    FORMATS,
    Cancelled,
    ImportPreview,
    ImportRefusedError,
    ImportSource,
    read_source,
)
from hj_journal.core.data.exchange.records import ImportFormatError
from hj_journal.ui.common.file_dialogs import ask_open_path
from hj_journal.ui.common.widgets import MessageLabel, field_label, grow_to_fit, text_label
from hj_journal.ui.data.common import ask_folder, dialog_layout
from hj_journal.ui.data.task import ProgressBar, ProgressTask
from hj_journal.ui.platform.worker import report_unexpected
from hj_journal.ui.shell.context import UiContext

# The importer's names of the formats (core's FORMAT_NAMES), marked here so that the
# catalogue holds them; the dialog translates them where it shows them.
FORMAT_WORDS = (
    QT_TRANSLATE_NOOP("ImportDialog", "jrnl (JSON export)"),
    QT_TRANSLATE_NOOP("ImportDialog", "jrnl (plain text)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Day One (JSON or zip)"),
    QT_TRANSLATE_NOOP("ImportDialog", "Daylio (CSV)"),
    QT_TRANSLATE_NOOP("ImportDialog", "a folder of Markdown files"),
    QT_TRANSLATE_NOOP("ImportDialog", "HJ Journal (JSON export)"),
)


class ImportDialog(QDialog):
    """See the module docstring."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.source: ImportSource | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportPreview | None = None
        if ctx.services.settings.is_practice_vault:
            lead = self.tr(
                "Bring in an HJ Journal export made from a practice vault. A practice vault "
                "keeps clients, never a personal journal, so journals from other apps stay "
                "out. You'll see what will come in before anything changes."
            )
        else:
            lead = self.tr(
                "Bring in entries from jrnl, Day One, Daylio, a folder of Markdown files, or "
                "an HJ Journal export. You'll see what will come in before anything changes."
            )
        layout = dialog_layout(self, self.tr("Import"), lead)
        pick = QHBoxLayout()
        self.file_label = QLabel(self.tr("No file chosen yet."))
        self.file_label.setProperty("role", "muted")
        self.file_label.setWordWrap(True)
        self.file_button = QPushButton(self.tr("Choose a file…"))
        self.folder_button = QPushButton(self.tr("Choose a folder…"))
        for button in (self.file_button, self.folder_button):
            button.setAutoDefault(False)
        pick.addWidget(self.file_label, 1)
        pick.addWidget(self.file_button)
        pick.addWidget(self.folder_button)
        layout.addLayout(pick)

        self.format_box = QComboBox()
        for fmt in FORMATS:
            self.format_box.addItem(self.tr(FORMAT_NAMES[fmt]), fmt)
        layout.addWidget(field_label(self.tr("&Format"), self.format_box))
        layout.addWidget(self.format_box)

        self.summary = text_label("", None)
        layout.addWidget(self.summary)
        self.skipped_label = text_label(self.tr("Left out, with the reason:"), "muted")
        layout.addWidget(self.skipped_label)
        self.skipped = QListWidget()
        self.skipped.setAccessibleName(self.tr("Items left out, with the reason"))
        self.skipped.setWordWrap(True)
        self.skipped.setMinimumHeight(110)
        layout.addWidget(self.skipped, 3)
        layout.addStretch(1)
        self.bar = ProgressBar(self.tr("Import progress"))
        layout.addWidget(self.bar)
        self.message = MessageLabel()
        layout.addWidget(self.message)

        row = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAutoDefault(False)
        self.read_button = QPushButton(self.tr("Read it"))
        self.read_button.setProperty("role", "primary")
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setProperty("role", "primary")
        self.import_button.setDefault(True)
        row.addWidget(self.close_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(self.read_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)

        self.task = ProgressTask(ctx.jobs, self)
        self._connect_signals()
        self._show_preview(None)
        self._busy(False)
        self.setMinimumSize(580, 440)
        grow_to_fit(self)  # tall enough for its wrapped words at any text size

    def _connect_signals(self) -> None:
        self.task.progressed.connect(self.bar.set_fraction)
        self.file_button.clicked.connect(lambda _c=False: self._pick(folder=False))
        self.folder_button.clicked.connect(lambda _c=False: self._pick(folder=True))
        self.format_box.currentIndexChanged.connect(lambda _i: self._forget())
        self.read_button.clicked.connect(lambda _c=False: self.read())
        self.import_button.clicked.connect(lambda _c=False: self.run_import())
        self.stop_button.clicked.connect(self.task.cancel)
        self.close_button.clicked.connect(self.reject)
        self.finished.connect(lambda _r: self._forget())

    # ------------------------------------------------------------------ choosing

    def _pick(self, *, folder: bool) -> None:
        if folder:
            path = ask_folder(self, self.tr("Choose the folder of Markdown files"))
        else:
            path = ask_open_path(self, self.tr("Choose the file to import"), "*")
        if path is not None:
            self.choose(path)

    def choose(self, path: Path) -> None:
        """Use ``path``; recognise its format (the person can still change it)."""
        self.path = Path(path)
        self._forget()
        self.file_label.setText(self.tr("Chosen: %1").replace("%1", self.path.name))
        detected = detect_format(self.path)
        if detected is None:
            self.message.show_message(
                self.tr(
                    "HJ Journal doesn't recognise this file. "
                    "If you know its format, choose it above."
                )
            )
        else:
            self.format_box.setCurrentIndex(FORMATS.index(detected))
            self.message.show_message(
                self.tr("This looks like %1.").replace("%1", self.tr(FORMAT_NAMES[detected]))
            )
        self._busy(False)

    @property
    def chosen_format(self) -> str:
        """The format in the box."""
        return str(self.format_box.currentData())

    def _forget(self) -> None:
        self.source = self.preview = None
        self._show_preview(None)
        self._busy(False)

    # ------------------------------------------------------------------ reading

    def read(self) -> None:
        """Read the file in the background, then show what would be imported."""
        if self.path is None:
            return
        path, fmt, data = self.path, self.chosen_format, self.ctx.services.data

        def work(report: Any) -> tuple[ImportSource, ImportPreview]:
            source = read_source(path, fmt, progress=report)
            return source, data.preview_import(source)

        self.report = None
        self.message.show_message(self.tr("Reading…"))
        self._busy(True)
        self.task.start(work, on_done=self._read_done, on_error=self._failed)

    def _read_done(self, result: tuple[ImportSource, ImportPreview]) -> None:
        self.source, self.preview = result
        self._busy(False)
        self._show_preview(self.preview)
        if self.preview.new_total == 0:
            self.message.show_message(self.tr("There is nothing new to import from this file."))
        else:
            self.message.show_message(
                self.tr("Nothing has changed yet. Import when you're ready.")
            )

    def _show_preview(self, preview: ImportPreview | None, *, done: bool = False) -> None:
        self.skipped.clear()
        visible = preview is not None
        self.summary.setVisible(visible)
        if preview is None:
            self.skipped_label.hide()
            self.skipped.hide()
            return
        self.summary.setText(self._summary_text(preview, done=done))
        for item in preview.skipped:
            self.skipped.addItem(f"{item.where} — {item.reason}")
        for warning in preview.warnings:
            self.skipped.addItem(warning)
        has_items = self.skipped.count() > 0
        self.skipped_label.setVisible(has_items)
        self.skipped.setVisible(has_items)
        grow_to_fit(self)  # the summary and the list need room the empty dialog did not

    def _summary_text(self, preview: ImportPreview, *, done: bool) -> str:
        entries, checkins, other = preview.entries.new, preview.checkins.new, preview.other.new
        new = [
            self.tr("%n entr(y|ies)", "", entries),
            self.tr("%n check-in(s)", "", checkins),
        ]
        if other:
            new.append(self.tr("%n other item(s)", "", other))
        existing = preview.entries.existing + preview.checkins.existing + preview.other.existing
        lead = self.tr("Imported: %1.") if done else self.tr("New: %1.")
        lines = [lead.replace("%1", ", ".join(new))]
        lines.append(
            self.tr("Already in your vault (left as they are): %1.").replace("%1", str(existing))
        )
        lines.append(self.tr("Left out: %1.").replace("%1", str(len(preview.skipped))))
        return "\n".join(lines)

    # ------------------------------------------------------------------ importing

    def run_import(self) -> None:
        """Import what was read, in one transaction, with progress and Stop."""
        if self.source is None or self.preview is None or self.preview.new_total == 0:
            return
        source, data = self.source, self.ctx.services.data
        self.message.show_message(self.tr("Importing…"))
        self._busy(True)
        self.task.start(
            lambda report: data.run_import(source, progress=report),
            on_done=self._imported,
            on_error=self._failed,
        )

    def _imported(self, report: ImportPreview) -> None:
        self.report = report
        self.source = self.preview = None
        self._busy(False)
        self.bar.set_fraction(1, 1)
        self._show_preview(report, done=True)
        # The data services announce what was imported (the hub's entries_changed).
        self.message.show_message(self.tr("Done. Everything listed as imported is in your vault."))

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, Cancelled):
            self.message.show_message(self.tr("Stopped. Nothing was imported."))
        elif isinstance(error, (ImportFormatError, ImportRefusedError)):
            self.source = self.preview = None
            self._show_preview(None)
            self.message.show_message(str(error))
        elif isinstance(error, OSError):
            self.message.show_message(self.tr("The file couldn't be read. Nothing was imported."))
        else:
            self.message.show_message(
                self.tr("The import couldn't be finished. Nothing was imported.")
            )
            report_unexpected(error)

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy or self.report is not None)
        self.stop_button.setVisible(busy)
        for widget in (self.file_button, self.folder_button, self.format_box, self.close_button):
            widget.setEnabled(not busy)
        self.read_button.setEnabled(not busy and self.path is not None)
        ready = self.preview is not None and self.preview.new_total > 0
        self.import_button.setEnabled(not busy and ready)
        # One main action at a time: *Read it* until there is something to import.
        self.import_button.setVisible(ready)
        self.read_button.setVisible(not ready)
        self.read_button.setDefault(not ready)

    def reject(self) -> None:
        """Closing stops running work (nothing is half-written)."""
        if self.task.running:
            self.task.cancel()
        super().reject()
