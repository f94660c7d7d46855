"""A session written with a template in the session panel: shared sections in the client
view, private ones only in the practitioner's own view, then signing and an amendment
on the summary step. Pictures with ``HJ_JOURNAL_SCREENSHOTS``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from hj_journal.core.services import Services
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.sessions.signing import AmendmentDraft
from hj_journal.core.settings import VaultKind
from hj_journal.paths import AppPaths
from hj_journal.ui.sessions.page import SessionsPage
from hj_journal.ui.sessions.section_boxes import PRIVATE_MARK, SHARED_MARK
from hj_journal.ui.sessions.session_panel import LEAVING, SUMMARY, TOGETHER, SessionPanel
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.sessions.notes_samples import CANARY, FakeAsker, all_text
from tests.ui.support import unnamed_controls


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


def choose(panel: SessionPanel, key: str) -> None:
    combo = panel.together.chooser.combo
    index = combo.findData(key)
    assert index >= 0, key
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def to_together(page: SessionsPage, services: Services) -> SessionPanel:
    rae = services.sessions.add_client(ClientInput("Rae", "they/them"))
    panel = page.start_session(rae.id)
    assert panel is not None
    panel.next_button.click()  # consent to everything
    panel.next_button.click()  # arriving, nothing rated
    assert panel.current_step() == TOGETHER
    return panel


@pytest.fixture
def page(practice_ctx: UiContext, qtbot: Any, tmp_path: Path) -> tuple[SessionsPage, FakeAsker]:
    asker = FakeAsker()
    built = SessionsPage(
        practice_ctx, ask_path=lambda _parent, name: tmp_path / name, notes_asker=asker
    )
    qtbot.addWidget(built)
    built.resize(1100, 900)
    built.show()
    qtbot.waitExposed(built)
    return built, asker


def test_a_template_in_a_session_keeps_private_sections_off_the_client_view(
    page: tuple[SessionsPage, FakeAsker], practice_ctx: UiContext, shoot, qtbot: Any
) -> None:
    sessions_page, _asker = page
    sessions = practice_ctx.services.sessions
    panel = to_together(sessions_page, practice_ctx.services)
    choose(panel, "soap")
    shared = panel.together.sections
    assert [s.title for s in shared.sections] == ["Subjective", "Plan"]
    assert SHARED_MARK in all_text(shared)
    text = all_text(sessions_page)
    assert "Objective" not in text and "Assessment" not in text  # private: not even titles
    assert PRIVATE_MARK not in text
    shared.edits[0].setPlainText("Tired, and steadier by the end.")
    shoot(sessions_page, "sessions-template-client-view")
    assert unnamed_controls(sessions_page) == []

    panel.view_toggle.click()  # the practitioner's own view
    private = panel.private_sections
    assert [s.title for s in private.sections] == ["Objective", "Assessment"]
    assert all(e.accessibleName().endswith(f"({PRIVATE_MARK})") for e in private.edits.values())
    assert not panel.private_notes.isVisibleTo(sessions_page)  # the template replaces it
    assessment = next(s.index for s in private.sections if s.title == "Assessment")
    private.edits[assessment].setPlainText(f"{CANARY} quieter than last week")
    shoot(sessions_page, "sessions-template-practitioner-view")
    assert unnamed_controls(sessions_page) == []

    panel.view_toggle.click()  # back to the client view: saved, and gone from every widget
    assert CANARY not in all_text(sessions_page)
    stored = {s.title: s.text for s in sessions.notes.all_sections(panel.session.id)}
    assert stored["Assessment"].startswith(CANARY)

    choose(panel, "dap")  # what was typed is kept first; sections hold words: it stays
    assert "Empty them first" in panel.message.text()
    stored = {s.title: s.text for s in sessions.notes.all_sections(panel.session.id)}
    assert stored["Subjective"] == "Tired, and steadier by the end."
    assert panel.together.chooser.current_key() == "soap"
    assert sessions.get(panel.session.id).template_key == "soap"

    panel.next_button.click()
    assert panel.current_step() == LEAVING
    panel.next_button.click()
    assert panel.current_step() == SUMMARY
    summary = panel.summary.text.toPlainText()
    assert "Subjective" in summary and "steadier by the end" in summary
    assert CANARY not in all_text(sessions_page)
    assert not panel.sign_row.isVisibleTo(sessions_page)  # nothing to sign in the client view


def test_signing_and_amending_on_the_summary_step(
    page: tuple[SessionsPage, FakeAsker], practice_ctx: UiContext, shoot
) -> None:
    sessions_page, asker = page
    sessions = practice_ctx.services.sessions
    panel = to_together(sessions_page, practice_ctx.services)
    choose(panel, "healing-justice")
    sections = {s.title: s for s in panel.together.sections.sections}
    assert "What we agreed" in sections
    # The template's own section stands in for the agreements box.
    assert not panel.together.agreements.isVisibleTo(sessions_page)
    panel.together.sections.edits[sections["What we agreed"].index].setPlainText("Call Monday.")
    panel.next_button.click()
    panel.next_button.click()
    assert panel.current_step() == SUMMARY
    assert sessions.get(panel.session.id).agreements == "Call Monday."

    panel.view_toggle.click()  # the practitioner's own view
    row = panel.sign_row
    assert row.isVisibleTo(sessions_page) and row.sign_button.isVisibleTo(sessions_page)
    assert "not signed yet" in row.status.text()
    asker.sign_answer = False
    row.sign_button.click()
    assert asker.signs_asked == 1 and not sessions.get(panel.session.id).is_signed
    asker.sign_answer = True
    row.sign_button.click()
    assert sessions.get(panel.session.id).is_signed
    assert row.status.text().startswith("Signed ") and "No amendments." in row.status.text()
    assert row.amend_button.isVisibleTo(sessions_page)
    # Signed: the private sections are read-only text, in the practitioner's view.
    assert panel.private_sections.edits == {} and panel.private_sections.readouts

    asker.next_amendment = AmendmentDraft(
        "The day was wrong", "The call is on Tuesday.", "What we agreed", shared=True
    )
    row.amend_button.click()
    assert "What we agreed" in [p.title for p in asker.parts_offered]
    assert "1 amendment." in row.status.text()
    summary = panel.summary.text.toPlainText()
    assert "Added after the session" in summary and "The call is on Tuesday." in summary
    assert "Call Monday." in summary  # the original stays
    shoot(sessions_page, "sessions-signed-summary", check_layout=False)
    assert unnamed_controls(sessions_page) == []


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_pictures_of_a_session_with_a_template(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    services.settings.vault_kind = VaultKind.PRACTICE
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        try:
            page = SessionsPage(ctx, notes_asker=FakeAsker())
            qtbot.addWidget(page)
            panel = to_together(page, services)
            choose(panel, "healing-justice")
            # 1280 wide at 200 %: the practice row (a long strategy's name and its
            # button) needs more than 1024 there, with or without a template.
            size = support.PAGE_SIZE if scale == 100 else support.WINDOW_SIZES[0]
            support.render(qtbot, page, f"sessions-template-client-{scale}", theme, size)
            panel.view_toggle.click()
            support.render(qtbot, page, f"sessions-template-own-view-{scale}", theme, size)
            page.close()
        finally:
            support.close_ui_ctx(ctx)


@pytest.mark.parametrize("scale", [150, 200])
def test_a_running_session_fits_the_smallest_window_at_large_text(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    tmp_path: Path,
    scale: int,
) -> None:
    from PySide6.QtWidgets import QScrollArea

    from hj_journal.ui.shell.main_window import MainWindow
    from hj_journal.ui.shell.section_registry import SECTIONS
    from hj_journal.ui.shell.sections import Section

    services.settings.vault_kind = VaultKind.PRACTICE
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        window = MainWindow(ctx, SECTIONS)
        qtbot.addWidget(window)
        try:
            window.show_section(Section.SESSIONS)
            page = window.page(Section.SESSIONS)
            assert isinstance(page, SessionsPage)
            panel = to_together(page, services)
            smallest = support.WINDOW_SIZES[-1]
            support.render(qtbot, window, f"session-together-{scale}", "light", smallest,
                           check_layout=False)  # fmt: skip
            problems = [p for p in support.clipped(panel) if "reaches outside" in p]
            frame = window.stack.currentWidget()
            assert isinstance(frame, QScrollArea)
            if scale <= 150 and frame.horizontalScrollBar().isVisible():
                problems.append("the page scrolls sideways")
            inner = panel.together.parentWidget()
            while inner is not None and not isinstance(inner, QScrollArea):
                inner = inner.parentWidget()
            assert inner is not None
            if inner.widget().minimumSizeHint().width() > inner.viewport().width():
                problems.append("the step is wider than its place and is cut off")
            assert problems == []
        finally:
            window.teardown()
            support.close_ui_ctx(ctx)
