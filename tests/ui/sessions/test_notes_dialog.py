"""A past session's notes in the practitioner's own view: finish, sign, then amend; and
the read-only signed view with its amendments. Pictures at 100 % and 200 % text."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.services import Services
from hj_journal.core.sessions.signing import AmendmentDraft
from hj_journal.core.settings import VaultKind
from hj_journal.paths import AppPaths
from hj_journal.ui.sessions.notes_dialog import NotesDialog
from hj_journal.ui.sessions.section_boxes import PRIVATE_MARK, SHARED_MARK
from tests.ui import support
from tests.ui.sessions.notes_samples import CANARY, SHARED, FakeAsker, all_text, written_session
from tests.ui.support import unnamed_controls


@pytest.fixture
def practice(services: Services) -> Services:
    services.settings.vault_kind = VaultKind.PRACTICE
    return services


def test_unsigned_notes_show_every_part_and_closing_keeps_what_was_typed(
    qtbot: Any, qapp: QApplication, practice: Services
) -> None:
    session_id = written_session(practice, "soap")
    dialog = NotesDialog(practice.sessions, session_id, FakeAsker())
    qtbot.addWidget(dialog)
    text = all_text(dialog)
    for title in ("Subjective", "Objective", "Assessment", "Plan"):
        assert title in text
    assert SHARED_MARK in text and PRIVATE_MARK in text
    assert CANARY in text  # the practitioner's own view: private parts are here
    assert "Not signed yet" in dialog.status.text()
    assert dialog.sign_button.isVisibleTo(dialog) and not dialog.amend_button.isVisibleTo(dialog)
    assert unnamed_controls(dialog) == []
    objective = next(s.index for s in dialog.sections.sections if s.title == "Objective")
    dialog.sections.edits[objective].setPlainText("Changed before signing.")
    dialog.reject()  # Close: kept
    stored = {s.title: s.text for s in practice.sessions.notes.all_sections(session_id)}
    assert stored["Objective"] == "Changed before signing."


def test_signing_makes_every_part_read_only_and_amendments_are_listed(
    qtbot: Any, qapp: QApplication, practice: Services
) -> None:
    session_id = written_session(practice, "healing-justice")
    asker = FakeAsker()
    dialog = NotesDialog(practice.sessions, session_id, asker)
    qtbot.addWidget(dialog)
    signed: list[int] = []
    dialog.signed.connect(signed.append)
    asker.sign_answer = False
    dialog.sign_button.click()
    assert not practice.sessions.get(session_id).is_signed and signed == []
    asker.sign_answer = True
    dialog.sign_button.click()
    assert practice.sessions.get(session_id).is_signed and signed == [session_id]
    assert dialog.status.text().startswith("Signed ")
    assert dialog.sections.edits == {} and dialog.free.edits == {}  # read-only text now
    assert len(dialog.sections.readouts) == 7 and dialog.free.readouts
    assert not dialog.chooser.isVisibleTo(dialog)
    assert dialog.amend_button.isVisibleTo(dialog) and not dialog.sign_button.isVisibleTo(dialog)
    assert dialog.amendments_count.text() == "No amendments."

    asker.next_amendment = AmendmentDraft(
        "Remembered after signing", f"{CANARY} she named her sister", "For my own practice"
    )
    dialog.amend_button.click()
    assert "For my own practice" in [p.title for p in asker.parts_offered]
    assert dialog.amendments_count.text() == "1 amendment."
    assert "1 amendment." in dialog.status.text()  # said at the top too
    text = all_text(dialog)
    assert "Reason: Remembered after signing" in text
    assert f"For my own practice · {PRIVATE_MARK}" in text
    assert f"{SHARED} What helped" in text  # the original stays readable
    # A refused amendment says why and adds nothing.
    asker.next_amendment = AmendmentDraft("x", "y", "Not a part of these notes")
    dialog.amend_button.click()
    assert "not in these notes" in dialog.message.text()
    assert len(practice.sessions.signing.amendments(session_id, include_private=True)) == 1
    assert unnamed_controls(dialog) == []


def test_the_template_changes_only_while_its_sections_are_empty(
    qtbot: Any, qapp: QApplication, practice: Services
) -> None:
    session_id = written_session(practice, "dap")
    dialog = NotesDialog(practice.sessions, session_id, FakeAsker())
    qtbot.addWidget(dialog)
    combo = dialog.chooser.combo
    combo.setCurrentIndex(combo.findData("birp"))
    combo.activated.emit(combo.currentIndex())
    assert "Empty them first" in dialog.message.text()
    assert dialog.chooser.current_key() == "dap"
    for edit in dialog.sections.edits.values():
        edit.clear()
    combo.setCurrentIndex(combo.findData("birp"))
    combo.activated.emit(combo.currentIndex())
    assert practice.sessions.get(session_id).template_key == "birp"
    assert [s.title for s in dialog.sections.sections] == [
        "Behaviour",
        "Intervention",
        "Response",
        "Plan",
    ]


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_pictures_of_the_notes(
    qtbot: Any,
    qapp: QApplication,
    practice: Services,
    paths: AppPaths,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    session_id = written_session(practice, "healing-justice")
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        open_notes = NotesDialog(practice.sessions, session_id, FakeAsker())
        qtbot.addWidget(open_notes)
        support.render(qtbot, open_notes, f"session-notes-open-{scale}", theme)
        open_notes.close()
        practice.sessions.signing.sign(session_id)
        practice.sessions.signing.amend(
            session_id, "The day was wrong", "The call is on Tuesday.", "What we agreed", True
        )
        signed = NotesDialog(practice.sessions, session_id, FakeAsker())
        qtbot.addWidget(signed)
        support.render(qtbot, signed, f"session-notes-signed-{scale}", theme)
        signed.close()
