"""The session summary as a PDF the client can keep (QTextDocument + QPdfWriter).

The text comes from :func:`hj_journal.core.sessions.summary.summary_html`, which has no
way to hold private notes. The document loads nothing from outside itself, and the
PDF's metadata is neutral (no pseudonym, no date), so the file says nothing more than
the page does.
"""

from __future__ import annotations

import contextlib
import secrets
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QTextDocument

from hj_journal.core.sessions.summary import SessionSummary, summary_html
from hj_journal.ui.common.pdf import (
    SealedDocument,
    move_into_place,
    reading_font,
    write_pdf_pages,
)

MARGIN_MM = 8.0  # QTextDocument.print_ adds about 2 cm of its own inside this
TITLE = str(QT_TRANSLATE_NOOP("Sessions", "Session summary"))


def summary_document(summary: SessionSummary, zone: tzinfo | None = None) -> QTextDocument:
    """The laid-out summary (also used for a preview on screen)."""
    document = SealedDocument()
    document.setDefaultFont(reading_font())
    document.setHtml(summary_html(summary, zone))
    document.setMetaInformation(
        QTextDocument.MetaInformation.DocumentTitle, QCoreApplication.translate("Sessions", TITLE)
    )
    return document


def default_file_name(summary: SessionSummary) -> str:
    """A neutral file name: the date only, never the client's name."""
    return f"session-summary-{summary.started_at.astimezone():%Y-%m-%d}.pdf"


def write_summary_pdf(summary: SessionSummary, path: Path, zone: tzinfo | None = None) -> None:
    """Write the summary to ``path`` on A4 pages (complete, or not at all)."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        document = summary_document(summary, zone)
        write_pdf_pages(
            partial,
            QCoreApplication.translate("Sessions", TITLE),
            document.print_,
            margin_mm=MARGIN_MM,
        )
        move_into_place(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
