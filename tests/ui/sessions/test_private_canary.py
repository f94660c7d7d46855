"""Private sections never reach the client, on screen or on paper: a canary in every
private part of the notes (sections, free notes, amendments) of a session written with
each built-in template, looked for in the summary on screen, its dialog, the PDF (bytes
and text) and every widget of the client view."""

from __future__ import annotations

import contextlib
import zlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.sessions.templates import BUILTIN_ORDER
from hj_journal.core.settings import VaultKind
from hj_journal.ui.sessions.page import SessionsPage
from hj_journal.ui.sessions.session_panel import SUMMARY, TOGETHER
from hj_journal.ui.sessions.summary_pdf import write_summary_pdf
from hj_journal.ui.sessions.summary_view import SummaryDialog, SummaryView
from hj_journal.ui.shell.context import UiContext
from tests.ui.sessions.notes_samples import CANARY, SHARED, FakeAsker, all_text, written_session


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return "\n".join(document.getAllText(i).text() for i in range(document.pageCount()))


def pdf_streams(data: bytes) -> bytes:
    """The PDF's bytes with every compressed stream opened too."""
    found = [data]
    start = 0
    while (at := data.find(b"stream", start)) >= 0:
        begin = at + len(b"stream")
        begin += 2 if data[begin : begin + 2] == b"\r\n" else 1
        end = data.find(b"endstream", begin)
        if end < 0:
            break
        with contextlib.suppress(zlib.error):  # not every stream is compressed text
            found.append(zlib.decompress(data[begin:end]))
        start = end
    return b"\n".join(found)


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


@pytest.mark.parametrize("template", BUILTIN_ORDER)
def test_no_private_canary_in_the_summary_its_dialog_or_its_pdf(
    qtbot: Any, qapp: QApplication, practice_ctx: UiContext, tmp_path: Path, template: str
) -> None:
    services = practice_ctx.services
    session_id = written_session(services, template)
    sessions = services.sessions
    sessions.signing.sign(session_id)
    sessions.signing.amend(session_id, f"{CANARY} why", f"{CANARY} what")
    sessions.signing.amend(session_id, "Shared reason", f"{SHARED} amended", shared=True)
    summary = sessions.summary(session_id)

    view = SummaryView()
    qtbot.addWidget(view)
    view.set_summary(summary)
    dialog = SummaryDialog(summary)
    qtbot.addWidget(dialog)
    for name, widget in (("summary view", view), ("summary dialog", dialog)):
        text = all_text(widget)
        assert CANARY not in text, name
        assert SHARED in text and "Added after the session" in text, name

    path = tmp_path / "summary.pdf"
    write_summary_pdf(summary, path)
    assert SHARED in pdf_text(path)  # the walk reads real text
    assert CANARY not in pdf_text(path)
    # The bytes too, streams opened: metadata and anything not drawn as glyphs.
    opened = pdf_streams(path.read_bytes())
    assert b"Session summary" in opened or "Session summary".encode("utf-16-be") in opened
    assert CANARY.encode() not in opened
    assert CANARY.encode("utf-16-be") not in opened


def test_no_private_canary_in_any_widget_of_the_client_view(
    qtbot: Any, practice_ctx: UiContext, tmp_path: Path
) -> None:
    services = practice_ctx.services
    sessions = services.sessions
    page = SessionsPage(
        practice_ctx, ask_path=lambda _parent, name: tmp_path / name, notes_asker=FakeAsker()
    )
    qtbot.addWidget(page)
    page.resize(1100, 900)
    page.show()
    rae = sessions.add_client(ClientInput("Rae"))
    panel = page.start_session(rae.id)
    assert panel is not None
    panel.next_button.click()
    panel.next_button.click()
    assert panel.current_step() == TOGETHER
    combo = panel.together.chooser.combo
    combo.setCurrentIndex(combo.findData("healing-justice"))
    combo.activated.emit(combo.currentIndex())
    for section in panel.together.sections.sections:
        panel.together.sections.edits[section.index].setPlainText(f"{SHARED} {section.title}")
    panel.view_toggle.click()  # the practitioner writes the private parts
    for edit in panel.private_sections.edits.values():
        edit.setPlainText(f"{CANARY} section")
    panel.view_toggle.click()  # the client looks again
    assert CANARY not in all_text(page)
    assert SHARED in all_text(page)
    panel.next_button.click()
    panel.next_button.click()
    assert panel.current_step() == SUMMARY
    assert CANARY not in all_text(page)
    assert f"{SHARED} What helped" in panel.summary.text.toPlainText()
    # And the canary was really kept, for the practitioner's own view.
    assert any(CANARY in s.text for s in sessions.notes.private_sections(panel.session.id))
