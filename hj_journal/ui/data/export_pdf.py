"""Write a :class:`~hj_journal.core.data.exchange.export_pdf.PrintDocument` as a PDF with Qt.

Only QtGui is needed (``QTextDocument`` and ``QPdfWriter``, set up as every PDF of the
app is in :mod:`hj_journal.ui.common.pdf`), so this also works headless with
``QT_QPA_PLATFORM=offscreen``; the command line imports it lazily. The document never
loads anything from outside itself: images named in entry text are not fetched (not
from the disk, not from the network), and raw HTML in entries is shown as text.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QTextBlockFormat, QTextCursor, QTextDocument

from hj_journal.core.data.exchange._output import PRIVATE_FILE, partial_beside
from hj_journal.core.data.exchange.export_pdf import PrintDocument
from hj_journal.ui.common.pdf import (
    SealedDocument,
    move_into_place,
    reading_font,
    write_pdf_pages,
)

# QTextDocument.print_ keeps 2 cm margins of its own inside the printable area.
MARGIN_MM = 0.0


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new one (fonts need one).

    A full QApplication, not just a QGuiApplication: one process can only ever have one,
    and anything that later shows a widget (the app, a test) needs the full kind.
    """
    app = QGuiApplication.instance()
    if app is None:
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
    assert isinstance(app, QGuiApplication)
    return app


def layout_document(document: PrintDocument) -> QTextDocument:
    """The laid-out text (also used by tests and a print preview)."""
    text = SealedDocument()
    features = QTextDocument.MarkdownFeature(
        QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value
        | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
    )
    text.setMarkdown(document.markdown, features)
    text.setDefaultFont(reading_font())
    text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
    _breathe(text)
    return text


def _breathe(text: QTextDocument) -> None:
    """Room around each entry's title and between lines, for calm reading."""
    cursor = QTextCursor(text)
    block = text.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.headingLevel() == 2:
            fmt.setTopMargin(20.0)
            fmt.setBottomMargin(2.0)
        elif fmt.headingLevel() == 0:
            fmt.setLineHeight(125.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        block = block.next()


def write_pdf(document: PrintDocument, path: Path, *, notes: Path | None = None) -> None:
    """Lay out ``document`` on A4 pages and write it to ``path`` (complete, or not at all).

    While it is written it is a hidden partial beside ``path``, recorded in ``notes``
    so that a start after a crash removes it (:mod:`hj_journal.core.data.exchange._output`).
    """
    ensure_gui_application()
    path = Path(path)
    with partial_beside(path, notes) as tmp:
        text = layout_document(document)
        write_pdf_pages(tmp, document.title, text.print_, margin_mm=MARGIN_MM)
        os.chmod(tmp, PRIVATE_FILE)  # Qt made it with the umask's mode
        move_into_place(tmp, path)
