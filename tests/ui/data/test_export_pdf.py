"""The PDF journal: Qt's own writer, text that can be read back, nothing loaded from outside."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.data.exchange.export_pdf import pdf_document
from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.ui.data.export_pdf import layout_document, write_pdf

ZONE = timezone(timedelta(hours=2))


def _journal(services: Services) -> None:
    j = services.journal
    j.create(
        EntryInput(
            entry_date=date(2024, 5, 1),
            title='A "quiet" morning',
            body="Tea. ![a picture](/etc/hostname) <b>bold?</b>\n\n# My heading\n",
            tags=("rest",),
            content_note="grief",
        )
    )
    j.create(EntryInput(entry_date=date(2024, 5, 3), title="", body="No title here."))
    trashed = j.create(EntryInput(entry_date=date(2024, 5, 2), title="in the trash"))
    j.trash(trashed.id)
    services.checkins.add(CheckInInput(distress=4, at=datetime(2024, 5, 1, 6, tzinfo=UTC)))


def test_the_pdf_is_written_and_its_text_can_be_read(
    qapp, services: Services, tmp_path: Path
) -> None:
    _journal(services)
    out = tmp_path / "journal.pdf"
    write_pdf(pdf_document(services.vault, None, None, zone=ZONE), out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
    pdf = QPdfDocument(None)
    pdf.load(str(out))
    assert pdf.pageCount() >= 1
    text = " ".join(pdf.getAllText(page).text() for page in range(pdf.pageCount()))
    assert 'A "quiet" morning' in text
    assert "No title here." in text
    assert "Content note: grief" in text
    assert "<b>bold?</b>" in text  # raw HTML is shown as text, never interpreted
    assert "in the trash" not in text


def test_nothing_is_loaded_from_outside_the_document(qapp, services: Services) -> None:
    _journal(services)
    document = layout_document(pdf_document(services.vault, None, None, zone=ZONE))
    assert document.loadResource(2, "file:///etc/hostname") is None
    assert "My heading" in document.toPlainText()
