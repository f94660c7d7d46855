"""The session summary PDF: what the client keeps, readable, with neutral metadata."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from hj_journal.core.sessions.summary import PracticeEffect, Rating, SessionSummary
from hj_journal.ui.sessions.summary_pdf import TITLE, default_file_name, write_summary_pdf

START = datetime(2026, 2, 10, 14, 0, tzinfo=UTC)


def summary() -> SessionSummary:
    return SessionSummary(
        pseudonym="Sky <b>",
        pronouns="she/they",
        started_at=START,
        ended_at=START.replace(minute=50),
        arriving=Rating(8, -2, START),
        leaving=Rating(5, 0, START.replace(minute=45)),
        practices=(PracticeEffect("Butterfly hug", 8, 6),),
        shared_notes="Naming the feeling helped.\n\nThe letter can wait until Monday.",
        agreements="Ask Jo to come to the appointment.",
        self_care_steps="Tea on the balcony after work.",
    )


def test_the_pdf_holds_the_summary_in_readable_text(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / default_file_name(summary())
    write_summary_pdf(summary(), path, UTC)
    assert path.name == "session-summary-2026-02-10.pdf"  # never the client's name
    assert not list(tmp_path.glob(".*partial"))
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(i).text() for i in range(document.pageCount()))
    for expected in (
        "Your session",
        "Sky <b> (she/they)",  # typed text stays text
        "You arrived at 8 out of 10 and left at 5: 3 points lower.",
        "Butterfly hug: 8 before, 6 after (2 points lower).",
        "Naming the feeling helped.",
        "Ask Jo to come to the appointment.",
        "Tea on the balcony after work.",
        "not a",
    ):
        assert expected in text, expected
    assert document.metaData(QPdfDocument.MetaDataField.Title) == TITLE
    page = document.render(0, QSize(620, 877))
    assert not page.isNull()
    # Something is drawn in the top third of the page (not a blank render).
    dark = sum(
        1
        for y in range(0, 290, 4)
        for x in range(0, 620, 4)
        if page.pixelColor(x, y).lightness() < 128
    )
    assert dark > 50
