"""File ▸ Export…: JSON, a Markdown folder, or a PDF journal for the days you choose.

Exports are not encrypted, so before each one a calm dialog says so once and offers an
encrypted backup instead (:class:`UnencryptedWarning`). The export itself runs in the
background with progress; the file appears only once it is complete.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError
from hj_journal.core.data.exchange.importer import Cancelled
from hj_journal.ui.common.calm_dialog import CalmDialog
from hj_journal.ui.common.file_dialogs import ask_save_path
from hj_journal.ui.common.widgets import MessageLabel, field_label, grow_to_fit, text_label
from hj_journal.ui.data.common import ask_folder, dialog_layout
from hj_journal.ui.data.task import ProgressBar, ProgressTask
from hj_journal.ui.platform.worker import report_unexpected
from hj_journal.ui.shell.context import UiContext

EXPORT = "export"
BACKUP_INSTEAD = "backup"


class UnencryptedWarning:
    """The one warning before an export. Tests replace :meth:`ask` with an answer."""

    def box(self, parent: QWidget | None) -> CalmDialog:
        """The dialog (its buttons carry the answers as their ``answer`` property)."""

        box = CalmDialog(
            parent,
            QCoreApplication.translate("UnencryptedWarning", "This export isn't encrypted"),
            QCoreApplication.translate(
                "UnencryptedWarning", "Anyone who gets this export can read everything in it."
            ),
            QCoreApplication.translate(
                "UnencryptedWarning",
                "If you want a copy to keep safe, an encrypted backup opens only with your "
                "passphrase or your recovery key.",
            ),
        )
        box.add_button(QCoreApplication.translate("UnencryptedWarning", "Cancel"), escape=True)
        export = box.add_button(QCoreApplication.translate("UnencryptedWarning", "Export anyway"))
        export.setProperty("answer", EXPORT)
        backup = box.add_button(
            QCoreApplication.translate("UnencryptedWarning", "Make an encrypted backup instead"),
            primary=True,
            default=True,
        )
        backup.setProperty("answer", BACKUP_INSTEAD)
        return box

    def ask(self, parent: QWidget | None) -> str | None:
        """``"export"``, ``"backup"`` (make an encrypted backup instead) or ``None``."""
        box = self.box(parent)
        clicked = box.ask()
        answer = clicked.property("answer") if clicked is not None else None
        box.deleteLater()
        return str(answer) if answer in (EXPORT, BACKUP_INSTEAD) else None


class ExportDialog(QDialog):
    """See the module docstring. ``backup_instead_requested`` opens Back up now."""

    backup_instead_requested = Signal()

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        warning: UnencryptedWarning | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.warning = warning or UnencryptedWarning()
        layout = dialog_layout(
            self,
            self.tr("Export"),
            self.tr("Take your journal with you, in a form other apps and people can read."),
        )
        self.json = QRadioButton(self.tr("Everything, as JSON"))
        self.markdown = QRadioButton(self.tr("Entries as Markdown files"))
        self.pdf = QRadioButton(self.tr("A PDF to read or print"))
        self.group = QButtonGroup(self)
        hints = (
            self.tr(
                "Every entry, check-in, plan and setting, ready to bring back into "
                "HJ Journal on another computer."
            ),
            self.tr(
                "One text file per entry in a new folder, with your check-ins in a "
                "spreadsheet file beside them."
            ),
            self.tr("Your entries from the days you choose, laid out as a journal."),
        )
        blocks = []
        for button, hint in zip((self.json, self.markdown, self.pdf), hints, strict=True):
            self.group.addButton(button)
            block = QVBoxLayout()
            block.setSpacing(2)
            block.addWidget(button)
            note = text_label(hint, "muted")
            note.setContentsMargins(26, 0, 0, 4)  # under the radio button's text
            block.addWidget(note)
            layout.addLayout(block)
            blocks.append(block)
        self.json.setChecked(True)

        days = QHBoxLayout()
        days.setContentsMargins(26, 0, 0, 0)
        days.setSpacing(8)
        today = today or date.today()
        self.day_from = QDateEdit(_qdate(today - timedelta(days=30)))
        self.day_to = QDateEdit(_qdate(today))
        for edit in (self.day_from, self.day_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.from_label = field_label(self.tr("&From"), self.day_from)
        self.to_label = field_label(self.tr("&To"), self.day_to)
        days.addWidget(self.from_label)
        days.addWidget(self.day_from)
        days.addSpacing(16)
        days.addWidget(self.to_label)
        days.addWidget(self.day_to)
        days.addStretch(1)
        blocks[-1].addLayout(days)

        self.where_note = text_label(
            self.tr(
                "While it's being made, the export is a hidden file in the folder you choose; "
                "if it stops part-way, that file is removed."
            ),
            "muted",
        )
        layout.addWidget(self.where_note)
        self.bar = ProgressBar(self.tr("Export progress"))
        layout.addWidget(self.bar)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setAutoDefault(False)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setProperty("role", "primary")
        self.export_button.setDefault(True)
        row.addWidget(self.close_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)

        self.task = ProgressTask(ctx.jobs, self)
        self.task.progressed.connect(self.bar.set_fraction)
        self.group.buttonToggled.connect(lambda *_: self._format_changed())
        self.export_button.clicked.connect(lambda _c=False: self.start())
        self.stop_button.clicked.connect(self.task.cancel)
        self.close_button.clicked.connect(self.reject)
        self._format_changed()
        self._busy(False)
        self.setMinimumWidth(520)
        grow_to_fit(self)  # tall enough for its wrapped words at any text size
        self.written: Path | None = None

    # ------------------------------------------------------------------ form

    @property
    def format(self) -> str:
        """``"json"``, ``"markdown"`` or ``"pdf"``."""
        if self.pdf.isChecked():
            return "pdf"
        return "markdown" if self.markdown.isChecked() else "json"

    def _format_changed(self) -> None:
        pdf = self.format == "pdf"
        for widget in (self.from_label, self.day_from, self.to_label, self.day_to):
            widget.setVisible(pdf)

    def _busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.stop_button.setVisible(busy)
        self.export_button.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        for button in (self.json, self.markdown, self.pdf):
            button.setEnabled(not busy)

    def ask_target(self) -> Path | None:
        """Where to write: a file for JSON and PDF, a new folder for Markdown."""
        stamp = date.today().isoformat()
        if self.format == "markdown":
            parent = ask_folder(self, self.tr("Choose where the export's folder goes"))
            folder = self.tr("HJ Journal export {stamp}").format(stamp=stamp)
            return parent / folder if parent else None
        if self.format == "pdf":
            return ask_save_path(
                self,
                self.tr("Export as PDF"),
                self.tr("Journal {stamp}.pdf").format(stamp=stamp),
                "PDF (*.pdf)",
                "pdf",
            )
        return ask_save_path(
            self, self.tr("Export as JSON"), f"HJ Journal {stamp}.json", "JSON (*.json)", "json"
        )

    # ------------------------------------------------------------------ exporting

    def start(self, target: Path | None = None) -> None:
        """Warn once; then ask where (unless ``target`` is given) and export."""
        answer = self.warning.ask(self)
        if answer == BACKUP_INSTEAD:
            self.accept()
            self.backup_instead_requested.emit()
            return
        if answer != EXPORT:
            return
        target = target or self.ask_target()
        if target is None:
            return
        work = self._work(target)
        if work is None:
            return
        self.message.show_message(self.tr("Exporting…"))
        self._busy(True)
        self.task.start(work, on_done=lambda _r: self._done(target), on_error=self._failed)

    def _work(self, target: Path) -> Callable[[Any], Any] | None:
        data = self.ctx.services.data
        fmt = self.format
        if fmt == "json":
            return lambda report: data.export_json(target, progress=report)
        if fmt == "markdown":
            return lambda report: data.export_markdown(target, progress=report)
        first, last = _pydate(self.day_from.date()), _pydate(self.day_to.date())
        if first > last:
            self.message.show_message(
                self.tr("The first day comes after the last; please swap them.")
            )
            return None
        from hj_journal.ui.data.export_pdf import write_pdf

        notes = data.exports_in_progress  # so a start after a crash tidies up
        # QTextDocument and QPdfWriter may work on a pool thread (no widgets involved).
        return lambda report: write_pdf(data.pdf_document(first, last), target, notes=notes)

    def _done(self, target: Path) -> None:
        self._busy(False)
        self.bar.set_fraction(1, 1)
        self.written = target
        self.message.show_message(self.tr("Exported to %1.").replace("%1", str(target)))

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, Cancelled):
            self.message.show_message(self.tr("Stopped. Nothing was written."))
        elif isinstance(error, InputError):
            self.message.show_message(str(error))
        elif isinstance(error, OSError):
            self.message.show_message(
                self.tr("That place couldn't be written to. Please choose another.")
            )
        else:
            self.message.show_message(self.tr("The export couldn't be made."))
            report_unexpected(error)

    def reject(self) -> None:
        """Closing stops a running export (no file is left)."""
        if self.task.running:
            self.task.cancel()
        super().reject()


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())
