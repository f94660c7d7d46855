"""The page set-up every PDF the app writes shares: Qt's own PDF writer at 300 dots per
inch, portrait pages (A4 unless told otherwise) with even margins, a title in the
file's metadata and, as its creator, the app's name as the person sees it (the
disguise's name when one is on), so the file says no more than its pages do.

Used by the journal's PDF export (:mod:`hj_journal.ui.data.export_pdf`), the session
summary (:mod:`hj_journal.ui.sessions.summary_pdf`) and the recovery kit
(:mod:`hj_journal.ui.lock.recovery_kit`). Only QtGui is needed, so this also works
headless (``QT_QPA_PLATFORM=offscreen``) for the command line.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

RESOLUTION = 300  # dots per inch
READING_POINT_SIZE = 11.0


class SealedDocument(QTextDocument):
    """A text document that loads no resources (images, style sheets) at all.

    Its text is the person's own, or made from it: a picture named in an entry must
    never be fetched from the disk (or anywhere else) into a PDF.
    """

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None


def reading_font() -> QFont:
    """The PDFs' reading font: the default family at 11 points.

    Set it where each document always has: a Markdown document lays out differently
    when its font is set before its text rather than after.
    """
    font = QFont()
    font.setPointSizeF(READING_POINT_SIZE)
    return font


def pdf_writer(
    path: Path, title: str, *, margin_mm: float, page_size: QPageSize | None = None
) -> QPdfWriter:
    """A PDF writer for ``path`` with the shared set-up; the file is finished when it goes."""
    from hj_journal.ui.platform.disguise import app_name  # loaded when a PDF is made

    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator(app_name())  # the disguise's name, if one is on
    writer.setPageLayout(
        QPageLayout(
            page_size if page_size is not None else QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def write_pdf_pages(
    path: Path,
    title: str,
    paint: Callable[[QPdfWriter], None],
    *,
    margin_mm: float,
    page_size: QPageSize | None = None,
) -> None:
    """Make a writer for ``path`` (see :func:`pdf_writer`), let ``paint`` draw the pages,
    and finish the file.

    ``paint`` is, for example, a document's ``print_``; it must not keep the writer.
    """
    writer = pdf_writer(path, title, margin_mm=margin_mm, page_size=page_size)
    paint(writer)
    del writer  # Qt completes and closes the file when the writer goes


def move_into_place(partial: Path, path: Path) -> None:
    """Put a finished PDF written at ``partial`` on the disk, then rename it to ``path``.

    Renaming within one folder replaces ``path`` in one step, so whoever opens it finds
    the old file or the complete new one, never half a PDF.
    """
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, path)
