"""The client's session summary on screen, with "Save as PDF…" for the client to keep."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sessions.summary import SessionSummary, summary_html
from hj_journal.ui.common.file_dialogs import ask_save_path
from hj_journal.ui.common.widgets import MessageLabel
from hj_journal.ui.sessions.summary_pdf import default_file_name, write_summary_pdf

AskPath = Callable[[QWidget, str], Path | None]
"""Asks where to save a PDF (parent, suggested file name) → a path, or None."""


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """The app's private save dialog, for a PDF."""
    return ask_save_path(
        parent,
        QCoreApplication.translate("Sessions", "Save the summary as PDF"),
        suggested,
        QCoreApplication.translate("Sessions", "PDF (*.pdf)"),
        "pdf",
    )


class SummaryView(QWidget):
    """The summary as the client will read it, and a button to save it as a PDF."""

    pdf_saved = Signal(object)  # the Path written

    def __init__(self, ask_path: AskPath = ask_pdf_path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ask_path = ask_path
        self.summary: SessionSummary | None = None
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setAccessibleName(QCoreApplication.translate("Sessions", "Session summary"))
        # Shown as the page the client will take away: dark text on paper, in any theme.
        self.text.setStyleSheet("QTextBrowser { background: #ffffff; color: #1f2328; }")
        self.save_button = QPushButton(QCoreApplication.translate("Sessions", "Save as &PDF…"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        # An encrypted file and a one-time code for the client's own journal
        # (share_dialog.py); offered where a session is known (offer_sharing).
        self.share_button = QPushButton(
            QCoreApplication.translate("Sessions", "&Share with my client…")
        )
        self.share_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.share_button.hide()
        self._share: Callable[[], object] | None = None
        self.message = MessageLabel()
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addStretch(0)
        row.addWidget(self.share_button, 0)
        row.addWidget(self.save_button, 0)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text, 1)
        column.addLayout(row)
        self.save_button.clicked.connect(self.save_pdf)
        self.share_button.clicked.connect(self._share_clicked)

    def offer_sharing(self, share: Callable[[], object] | None) -> None:
        """Show "Share with my client…", which calls ``share`` (None: hide it)."""
        self._share = share
        self.share_button.setVisible(share is not None)

    def _share_clicked(self) -> None:
        if self._share is not None:
            self._share()

    def set_summary(self, summary: SessionSummary) -> None:
        """Show ``summary``."""
        self.summary = summary
        self.text.setHtml(summary_html(summary))
        self.message.clear_message()

    def save_pdf(self) -> Path | None:
        """Ask where, then write the PDF; the path written, or None."""
        if self.summary is None:
            return None
        path = self._ask_path(self, default_file_name(self.summary))
        if path is None:
            return None
        try:
            write_summary_pdf(self.summary, path)
        except OSError:
            self.message.show_message(
                QCoreApplication.translate(
                    "Sessions", "The PDF could not be saved there. Try another folder."
                )
            )
            return None
        self.message.show_message(
            QCoreApplication.translate("Sessions", "Saved as {name}.").format(name=path.name)
        )
        self.pdf_saved.emit(path)
        return path


class SummaryDialog(QDialog):
    """A past session's summary, opened from the client's list of sessions."""

    def __init__(
        self,
        summary: SessionSummary,
        ask_path: AskPath = ask_pdf_path,
        parent: QWidget | None = None,
        *,
        share: Callable[[QWidget], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Sessions", "Session summary"))
        self.setAccessibleName(self.windowTitle())
        self.resize(640, 720)
        self.view = SummaryView(ask_path, self)
        self.view.set_summary(summary)
        if share is not None:  # "Share with my client…" (share_dialog.share_summary)
            self.view.offer_sharing(lambda: share(self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.view, 1)
        column.addWidget(buttons)
