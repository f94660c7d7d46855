"""The session summary as a PDF the client can keep (QTextDocument + QPdfWriter).

The text comes from :func:`hj_journal.core.sessions.summary.summary_html`, which has no
way to hold private notes. The document loads nothing from outside itself, and the
PDF's metadata is neutral (no pseudonym, no date), so the file says nothing more than
the page does.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from datetime import tzinfo
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from hj_journal.core.sessions.summary import SessionSummary, summary_html

RESOLUTION = 300
MARGIN_MM = 8.0  # QTextDocument.print_ adds about 2 cm of its own inside this
TITLE = "Session summary"


class _SealedDocument(QTextDocument):
    """A text document that loads no images or style sheets from anywhere."""

    def loadResource(self, kind: int, name: QUrl) -> object:
        return None


def summary_document(summary: SessionSummary, zone: tzinfo | None = None) -> QTextDocument:
    """The laid-out summary (also used for a preview on screen)."""
    document = _SealedDocument()
    font = QFont()
    font.setPointSizeF(11.0)
    document.setDefaultFont(font)
    document.setHtml(summary_html(summary, zone))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, TITLE)
    return document


def default_file_name(summary: SessionSummary) -> str:
    """A neutral file name: the date only, never the client's name."""
    return f"session-summary-{summary.started_at.astimezone():%Y-%m-%d}.pdf"


def write_summary_pdf(summary: SessionSummary, path: Path, zone: tzinfo | None = None) -> None:
    """Write the summary to ``path`` on A4 pages (complete, or not at all)."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    try:
        writer = QPdfWriter(str(partial))
        writer.setResolution(RESOLUTION)
        writer.setTitle(TITLE)
        from hj_journal.ui.platform.disguise import app_name

        writer.setCreator(app_name())  # the disguise's name, if one is on
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                QPageLayout.Unit.Millimeter,
            )
        )
        summary_document(summary, zone).print_(writer)
        del writer  # the file is complete once the writer is gone
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
