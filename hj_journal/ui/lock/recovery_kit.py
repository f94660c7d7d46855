"""The recovery kit: the recovery key shown once, saved as a PDF or printed, then checked.

:class:`KitView` shows the key in large monospace groups with *Save as PDF* and
*Print*; :class:`KitCheck` asks for one group back (or lets the person skip, with an
honest word about what that means). The lock screen uses both after a vault is
created; :class:`RecoveryKitDialog` wraps them for Settings ▸ New recovery key.
"""

from __future__ import annotations

import html
import secrets
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QSizeF, Qt, Signal, Slot
from PySide6.QtGui import (
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.vaults import recovery_key_groups
from hj_journal.ui.common.dates import qdate
from hj_journal.ui.common.file_dialogs import ask_save_path
from hj_journal.ui.common.pdf import write_pdf_pages
from hj_journal.ui.common.widgets import MessageLabel, field_label, grow_to_fit, text_label
from hj_journal.ui.lock.switcher import PageSwitcher
from hj_journal.ui.platform.disguise import app_name
from hj_journal.ui.platform.icons import set_icon

if TYPE_CHECKING:  # Qt's print support loads on first use
    from PySide6.QtPrintSupport import QPrinter

AskPath = Callable[[QWidget | None, str, str, str, str], Path | None]
KIT_MARGIN_MM = 25.0  # drawn straight onto the page: no margins of Qt's own inside these


def kit_html(label: str, key: str, made_on: date) -> str:
    """The kit's page as simple HTML (rendered by Qt for the PDF and the printer)."""
    lines = [
        QCoreApplication.translate(
            "RecoveryKit",
            "If you ever forget your passphrase, open {app}, choose “Use your recovery "
            "key” and type the key above. Capital letters, spaces and dashes don't matter.",
        ).format(app=app_name()),  # the disguise's name, if one is on
        QCoreApplication.translate(
            "RecoveryKit",
            "Keep this page somewhere private and safe, away from your computer — or keep "
            "the key in a password manager.",
        ),
        QCoreApplication.translate(
            "RecoveryKit",
            "Anyone with this key can open this vault. If you think someone has seen it, "
            "make a new key in Settings; this one then stops working.",
        ),
        QCoreApplication.translate(
            "RecoveryKit",
            "When you make a new key, this page no longer opens anything and can be destroyed.",
        ),
    ]
    title = html.escape(QCoreApplication.translate("RecoveryKit", "Recovery kit"))
    vault = html.escape(
        QCoreApplication.translate("RecoveryKit", "Vault: {label}").format(label=label)
    )
    made = html.escape(
        QCoreApplication.translate("RecoveryKit", "Made on {day}").format(
            day=QLocale().toString(qdate(made_on), QLocale.FormatType.LongFormat)
        )
    )
    your_key = html.escape(QCoreApplication.translate("RecoveryKit", "Your recovery key"))
    footer = html.escape(
        QCoreApplication.translate(
            "RecoveryKit",
            "{app} keeps everything on your computer. Nobody else has a copy of this "
            "key, so nobody can send you another one.",
        ).format(app=app_name())
    )
    item_style = "margin-bottom:10pt; line-height:135%"
    items = "".join(f"<li style='{item_style}'>{html.escape(line)}</li>" for line in lines)
    groups = recovery_key_groups(key)
    gap = "&#160;&#160;"
    key_lines = gap.join(groups[:4]) + "<br/>" + gap.join(groups[4:])  # [0-9A-Z] only
    return f"""
<html><body style="font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt;
  color: #222222;">
<h1 style="font-size: 20pt; font-weight: 600; margin-bottom: 2pt;">
  {title}</h1>
<p style="color: #555555; margin-top: 0;">
  {vault}<br/>
  {made}
</p>
<p style="margin-top: 18pt;">{your_key}</p>
<table width="100%" cellpadding="14" style="border: 1px solid #888888;
  border-collapse: collapse;"><tr><td align="center"
  style="font-family: 'DejaVu Sans Mono', 'Courier New', monospace; font-size: 19pt;
  letter-spacing: 1pt;">{key_lines}</td></tr></table>
<ol style="margin-top: 18pt;">{items}</ol>
<p style="color: #555555; margin-top: 18pt;">{footer}</p>
</body></html>"""


def _page_size() -> QPageSize:
    imperial = QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if imperial else QPageSize.PageSizeId.A4)


def _render(device: QPdfWriter | QPrinter, label: str, key: str) -> None:
    # Laid out with the device's own resolution, on one page, without page numbers.
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(device)
    doc.setHtml(kit_html(label, key, date.today()))
    rect = device.pageLayout().paintRectPixels(device.resolution())
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    painter = QPainter(device)
    try:
        doc.drawContents(painter)
    finally:
        painter.end()


def save_kit_pdf(path: Path, label: str, key: str) -> None:
    """Write the one-page kit as a PDF (Letter where the locale measures in inches)."""
    write_pdf_pages(
        path,
        QCoreApplication.translate("RecoveryKit", "Recovery kit"),
        lambda writer: _render(writer, label, key),
        margin_mm=KIT_MARGIN_MM,
        page_size=_page_size(),
    )


def print_kit(printer: QPrinter, label: str, key: str) -> None:
    """Send the kit to ``printer``."""
    printer.setDocName(QCoreApplication.translate("RecoveryKit", "Recovery kit"))
    _render(printer, label, key)


class KitView(QWidget):
    """The recovery key, large and grouped, with Save as PDF and Print."""

    saved = Signal(Path)
    printed = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        ask_path: AskPath = ask_save_path,
        print_dialog: Callable[[QPrinter, QWidget], QDialog] | None = None,
    ) -> None:
        super().__init__(parent)
        self._ask_path = ask_path
        self._print_dialog = print_dialog
        self._label = ""
        self._key = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.explanation = text_label(
            self.tr(
                "If you ever forget your passphrase, this key opens your vault. It is shown "
                "only now. Save it as a PDF, print it, or write it down, and keep it somewhere "
                "private."
            )
        )
        layout.addWidget(self.explanation)
        self.key_label = QLabel()
        self.key_label.setProperty("role", "recovery-key")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setAccessibleName(self.tr("Your recovery key"))
        layout.addWidget(self.key_label)
        row = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        set_icon(self.pdf_button, "save-pdf")
        self.pdf_button.setAccessibleName(self.tr("Save the recovery kit as a PDF"))
        self.print_button = QPushButton(self.tr("Print…"))
        set_icon(self.print_button, "print")
        self.print_button.setAccessibleName(self.tr("Print the recovery kit"))
        for button in (self.pdf_button, self.print_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.status = text_label("", "muted")
        self.status.hide()
        layout.addWidget(self.status)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_kit)

    def show_key(self, label: str, key: str) -> None:
        """Show ``key`` for the vault called ``label``."""
        self._label, self._key = label, key
        groups = recovery_key_groups(key) if key else []
        # Two steady lines (four groups, then three) read more easily than a wrap.
        self.key_label.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        # Room for the longer line at this text size, so a group never wraps alone onto a
        # line of its own when the words around it (Spanish) make the window lay out narrow.
        self.key_label.ensurePolished()
        metrics = self.key_label.fontMetrics()
        line = metrics.horizontalAdvance("  ".join(groups[:4]))
        self.key_label.setMinimumWidth(line + 6 * metrics.averageCharWidth() if key else 0)
        self.key_label.setAccessibleDescription(" ".join(recovery_key_groups(key)) if key else "")
        self.status.hide()

    def wipe(self) -> None:
        """Forget the key (lock, or the kit was dealt with)."""
        self._key = ""
        self.key_label.clear()
        self.key_label.setAccessibleDescription("")
        self.status.hide()

    @Slot()
    def save_pdf(self) -> None:
        """Ask where, then write the PDF."""
        path = self._ask_path(
            self.window(),
            self.tr("Save the recovery kit"),
            "recovery-kit.pdf",
            self.tr("PDF documents (*.pdf)"),
            "pdf",
        )
        if path is None or not self._key:
            return
        try:
            save_kit_pdf(path, self._label, self._key)
        except OSError:
            self._say(self.tr("The PDF couldn't be written there. Please choose another folder."))
            return
        self._say(self.tr("Saved as {name}.").format(name=path.name))
        self.saved.emit(path)

    @Slot()
    def print_kit(self) -> None:
        """Open the print dialog, then print."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(_page_size())
        dialog = (self._print_dialog or QPrintDialog)(printer, self.window())
        dialog.setWindowTitle(self.tr("Print the recovery kit"))
        if dialog.exec() != QDialog.DialogCode.Accepted or not self._key:
            return
        print_kit(printer, self._label, self._key)
        self._say(self.tr("Sent to the printer."))
        self.printed.emit()

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()


class KitCheck(QWidget):
    """Type back one group of the key, or skip with an honest warning."""

    confirmed = Signal()
    skipped = Signal()
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._groups: list[str] = []
        self.index = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        self.prompt = text_label("")
        layout.addWidget(self.prompt)
        self.group_edit = QLineEdit()
        self.group_edit.setProperty("role", "mono")
        self.group_edit.setMaxLength(9)
        label = field_label(self.tr("&Group from your key"), self.group_edit)
        layout.addWidget(label)
        layout.addWidget(self.group_edit)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        self.warning = text_label(
            self.tr(
                "Without the recovery key, a forgotten passphrase means nobody — not even "
                "you — can open this vault. You can make a new key later in Settings."
            ),
            "notice",
        )
        self.warning.hide()
        layout.addWidget(self.warning)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back to the key"))
        self.skip_button = QPushButton(self.tr("Skip for now"))
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setProperty("role", "primary")
        self.check_button.setDefault(True)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        row.addWidget(self.check_button)
        layout.addLayout(row)
        self.back_button.clicked.connect(self.back_requested)
        self.skip_button.clicked.connect(self._skip)
        self.check_button.clicked.connect(self.check)
        self.group_edit.returnPressed.connect(self.check)

    def start(self, key: str) -> None:
        """Ask for a randomly chosen group of ``key``."""
        self._groups = recovery_key_groups(key)
        self.index = secrets.randbelow(len(self._groups))
        self.prompt.setText(
            self.tr(
                "To be sure you have kept it, type group {n} of {total} from your recovery "
                "key, counting from the left."
            ).format(n=self.index + 1, total=len(self._groups))
        )
        self.group_edit.setText("")
        self.message.clear_message()
        self.warning.hide()
        self.skip_button.setText(self.tr("Skip for now"))
        self.group_edit.setFocus()

    def wipe(self) -> None:
        """Forget the key."""
        self._groups = []
        self.group_edit.setText("")
        self.message.clear_message()
        self.warning.hide()

    @Slot()
    def check(self) -> None:
        """Compare the typed group with the key."""
        if not self._groups:
            return
        typed = "".join(self.group_edit.text().upper().split()).replace("-", "")
        typed = typed.translate(str.maketrans("OIL", "011"))
        if typed == self._groups[self.index]:
            self.confirmed.emit()
            return
        self.message.show_message(
            self.tr("That doesn't match group {n}. Have another look at your copy.").format(
                n=self.index + 1
            )
        )
        self.group_edit.selectAll()
        self.group_edit.setFocus()

    @Slot()
    def _skip(self) -> None:
        if self.warning.isHidden():
            self.warning.show()
            self.skip_button.setText(self.tr("Skip anyway"))
            return
        self.skipped.emit()


class RecoveryKitDialog(QDialog):
    """Settings ▸ New recovery key: the new kit, then the check."""

    def __init__(self, label: str, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your new recovery key"))
        self.setAccessibleName(self.tr("Your new recovery key"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        layout.addWidget(text_label(self.tr("Your new recovery key"), "heading"))
        layout.addWidget(
            text_label(self.tr("Your previous recovery key no longer opens this vault."), "muted")
        )
        self.stack = PageSwitcher()
        first = QWidget()
        first_box = QVBoxLayout(first)
        first_box.setContentsMargins(0, 0, 0, 0)
        self.kit = KitView()
        self.kit.show_key(label, key)
        first_box.addWidget(self.kit)
        row = QHBoxLayout()
        row.addStretch(1)
        self.continue_button = QPushButton(self.tr("I've kept it"))
        self.continue_button.setProperty("role", "primary")
        row.addWidget(self.continue_button)
        first_box.addLayout(row)
        self.check = KitCheck()
        self.stack.addWidget(first)
        self.stack.addWidget(self.check)
        layout.addWidget(self.stack)
        layout.addStretch(1)
        self.continue_button.clicked.connect(lambda: self._to_check(key))
        self.check.back_requested.connect(lambda: self.stack.setCurrentWidget(first))
        self.check.confirmed.connect(self.accept)
        self.check.skipped.connect(self.accept)
        self.finished.connect(self._wipe)
        self.setMinimumWidth(560)
        grow_to_fit(self)  # tall enough for its wrapped words at any text size

    def _to_check(self, key: str) -> None:
        self.check.start(key)
        self.stack.setCurrentWidget(self.check)

    @Slot()
    def _wipe(self) -> None:
        self.kit.wipe()
        self.check.wipe()
