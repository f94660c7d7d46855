"""The PDF set-up the export, the session summary and the recovery kit share."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from hj_journal.ui.common.pdf import (
    RESOLUTION,
    SealedDocument,
    move_into_place,
    pdf_writer,
    reading_font,
    write_pdf_pages,
)
from hj_journal.ui.platform.disguise import app_name

A4_POINTS = (595.0, 842.0)


def _read(path: Path) -> QPdfDocument:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return document


def test_a_writer_is_set_up_for_a4_portrait_at_300_dpi(qapp: QApplication, tmp_path: Path) -> None:
    writer = pdf_writer(tmp_path / "a.pdf", "A title", margin_mm=8.0)
    assert writer.resolution() == RESOLUTION == 300
    assert writer.title() == "A title"
    assert writer.creator() == app_name()  # the disguise's name when one is on
    layout = writer.pageLayout()
    assert layout.pageSize().id() == QPageSize.PageSizeId.A4
    assert layout.orientation() == QPageLayout.Orientation.Portrait
    margins = layout.margins(QPageLayout.Unit.Millimeter)
    assert (margins.left(), margins.top(), margins.right(), margins.bottom()) == (8, 8, 8, 8)


def test_pages_are_written_whole_with_their_title_and_size(
    qapp: QApplication, tmp_path: Path
) -> None:
    path = tmp_path / "pages.pdf"
    text = SealedDocument()
    text.setPlainText("\n".join(f"Line {n} of a long letter" for n in range(400)))
    text.setDefaultFont(reading_font())
    write_pdf_pages(path, "Letters", text.print_, margin_mm=0.0)
    pdf = _read(path)  # complete as soon as the call returns
    assert pdf.pageCount() > 1
    assert pdf.metaData(QPdfDocument.MetaDataField.Title) == "Letters"
    assert pdf.metaData(QPdfDocument.MetaDataField.Creator) == app_name()
    size = pdf.pagePointSize(0)
    assert (size.width(), size.height()) == A4_POINTS
    assert "Line 1 of a long letter" in pdf.getAllText(0).text()
    last = pdf.getAllText(pdf.pageCount() - 1).text()
    assert "Line 399 of a long letter" in last


def test_another_page_size_can_be_asked_for(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "letter.pdf"
    text = QTextDocument("One page.")
    letter = QPageSize(QPageSize.PageSizeId.Letter)
    write_pdf_pages(path, "Kit", text.print_, margin_mm=25.0, page_size=letter)
    size = _read(path).pagePointSize(0)
    assert (size.width(), size.height()) == (612.0, 792.0)


def test_a_sealed_document_loads_nothing_and_reads_at_eleven_points(qapp: QApplication) -> None:
    document = SealedDocument()
    document.setHtml("<p>Tea.</p><img src='file:///etc/hostname'>")
    assert document.loadResource(2, "file:///etc/hostname") is None
    assert reading_font().pointSizeF() == 11.0


def test_a_finished_pdf_replaces_the_old_file_in_one_step(tmp_path: Path) -> None:
    path, partial = tmp_path / "summary.pdf", tmp_path / ".summary.pdf.partial"
    path.write_bytes(b"%PDF old")
    partial.write_bytes(b"%PDF new")
    move_into_place(partial, path)
    assert path.read_bytes() == b"%PDF new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["summary.pdf"]
