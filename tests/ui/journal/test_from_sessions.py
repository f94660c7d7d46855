"""From my sessions, in the app: a summary shared from a real practice vault is received
into a real personal vault through the receive dialog, read, its steps added to the
self-care plan, its practice opened in Coping; a wrong code or file is one sentence."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from hj_journal.core.care.plans import PlanKind
from hj_journal.core.services import Services
from hj_journal.core.sessions.received import PLAN_FIELD, Received
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.store import sharefile
from hj_journal.ui.common.widgets import page_scroll
from hj_journal.ui.coping.page import CopingPage
from hj_journal.ui.journal.from_sessions import FromSessionsView
from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.journal.receive_dialog import Attempt, ReceiveDialog
from hj_journal.ui.sessions.share_dialog import share_summary
from hj_journal.ui.sessions.summary_view import SummaryDialog
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.section_keys import Section
from tests.core.sessions.share_samples import (
    PRIVATE,
    PSEUDONYM,
    SHARED,
    STEPS,
    two_vaults,
    write_shared_session,
)
from tests.ui import support

LOOKS = [(theme, scale) for theme in ("light", "high_contrast") for scale in (100, 200)]


@pytest.fixture
def vaults(registry: VaultRegistry, policy: KdfPolicy) -> Iterator[tuple[Services, Services]]:
    with two_vaults(registry, policy) as pair:
        yield pair


@pytest.fixture
def personal_ctx(
    qapp: QApplication, vaults: tuple[Services, Services], paths: AppPaths, tmp_path: Path
) -> Iterator[UiContext]:
    ctx = support.make_ui_ctx(vaults[1], paths, tmp_path)
    yield ctx
    support.close_ui_ctx(ctx)


@pytest.fixture
def shared_file(vaults: tuple[Services, Services], tmp_path: Path) -> tuple[Path, str]:
    """A summary shared from the practice vault: the file's path and its code."""
    practice, _ = vaults
    path = tmp_path / "from-my-practitioner.hjshare"
    shared = practice.sharing.share_to(write_shared_session(practice), path)
    return path, shared.code


class TypedInto:
    """Stands in for ReceiveDialog.ask: the real dialog, with a file chosen and a code typed."""

    def __init__(self, qtbot: Any, path: Path, *codes: str) -> None:
        self.qtbot, self.path, self.codes = qtbot, path, list(codes)
        self.messages: list[str] = []

    def __call__(self, parent: Any, attempt: Attempt) -> Received | None:
        dialog = ReceiveDialog(attempt, lambda _parent: self.path, parent)
        self.qtbot.addWidget(dialog)
        dialog.choose_button.click()
        for code in self.codes:
            dialog.code.setText(code)
            dialog.receive_button.click()
            if dialog.received is None:
                self.messages.append(dialog.message.text())
        return dialog.received


def test_a_summary_is_received_read_and_its_steps_join_the_self_care_plan(
    qtbot: Any,
    personal_ctx: UiContext,
    vaults: tuple[Services, Services],
    shared_file: tuple[Path, str],
) -> None:
    _, personal = vaults
    path, code = shared_file
    wrong = sharefile.new_code()
    typed = TypedInto(qtbot, path, wrong, code.lower().replace("-", " "))
    view = FromSessionsView(personal.received, lambda _key: True, ask_receive=typed)
    qtbot.addWidget(view)
    view.refresh()
    assert view.empty_note.isVisibleTo(view) and view.current is None
    view.receive_button.click()
    # The wrong code first: one sentence, nothing kept; then the right one.
    assert len(typed.messages) == 1 and "does not open" in typed.messages[0]
    assert view.list.count() == 1 and view.current is not None
    assert "is in From my sessions" in view.message.text()
    text = view.reader.toPlainText()
    assert SHARED in text and "shared by your practitioner" in text
    assert PRIVATE not in text and PSEUDONYM not in text
    # Questionnaire totals only when asked for.
    assert not view.totals.isVisibleTo(view)
    view.totals_button.click()
    assert view.totals.isVisibleTo(view) and "GAD-7: 12" in view.totals.text()
    assert "not a diagnosis" in view.totals.text()
    # One click adds the steps to the self-care plan; the button then says so.
    assert view.steps_button.isEnabled()
    view.steps_button.click()
    latest = personal.plans.latest(PlanKind.SELF_CARE)
    assert latest is not None and STEPS in latest.data[PLAN_FIELD]
    assert not view.steps_button.isEnabled()
    assert view.steps_button.text() == "These steps are in your self-care plan"
    # Receiving the same file again adds nothing, calmly.
    view._ask_receive = TypedInto(qtbot, path, code)
    view.receive_button.click()
    assert view.list.count() == 1
    assert view.message.text() == "You already have this summary. Nothing was added."


@pytest.mark.parametrize(
    ("damage", "words"),
    [
        (lambda data: data[: len(data) // 2], "does not open"),
        (lambda data: b"", "empty"),
        (lambda data: b"<html>not this</html>" + bytes(40), "not a summary shared"),
        (lambda data: data[:30] + bytes([data[30] ^ 1]) + data[31:], "does not open"),
    ],
    ids=["truncated", "empty", "another format", "flipped byte"],
)
def test_a_damaged_file_is_one_sentence_and_nothing_is_kept(
    qtbot: Any,
    personal_ctx: UiContext,
    vaults: tuple[Services, Services],
    shared_file: tuple[Path, str],
    damage: Any,
    words: str,
) -> None:
    _, personal = vaults
    path, code = shared_file
    path.write_bytes(damage(path.read_bytes()))
    typed = TypedInto(qtbot, path, code)
    view = FromSessionsView(personal.received, lambda _key: True, ask_receive=typed)
    qtbot.addWidget(view)
    view.receive_button.click()
    [message] = typed.messages
    assert words in message and "\n" not in message
    assert personal.received.summaries() == [] and view.list.count() == 0


def test_a_round_trip_through_both_windows(
    qtbot: Any, personal_ctx: UiContext, vaults: tuple[Services, Services], tmp_path: Path
) -> None:
    practice, personal = vaults
    session_id = write_shared_session(practice)
    path = tmp_path / "shared.hjshare"
    codes: list[str] = []
    summary = SummaryDialog(
        practice.sessions.summary(session_id),
        share=lambda parent: share_summary(
            parent,
            practice.sharing,
            session_id,
            personal_ctx.clipboard.copy,
            ask_path=lambda _parent, _name: path,
            show_code=lambda _parent, code, _name, _copy: codes.append(code),
        ),
    )
    qtbot.addWidget(summary)
    summary.view.share_button.click()  # the practitioner's window
    [code] = codes
    view = FromSessionsView(
        personal.received, lambda _key: True, ask_receive=TypedInto(qtbot, path, code)
    )
    qtbot.addWidget(view)
    view.receive_button.click()  # the client's window
    assert view.list.count() == 1 and SHARED in view.reader.toPlainText()
    assert PSEUDONYM not in view.reader.toPlainText()


def test_the_receive_dialog_asks_for_the_file_first(qtbot: Any) -> None:
    calls: list[tuple[Path, str]] = []
    dialog = ReceiveDialog(lambda p, c: calls.append((p, c)), lambda _parent: None)
    qtbot.addWidget(dialog)
    dialog.code.setText("ABCD")
    dialog.receive_button.click()
    assert calls == [] and "Choose the file" in dialog.message.text()
    assert support.unnamed_controls(dialog) == []


def test_a_practice_opens_in_coping_and_deleting_asks_first(
    qtbot: Any,
    personal_ctx: UiContext,
    vaults: tuple[Services, Services],
    shared_file: tuple[Path, str],
) -> None:
    _, personal = vaults
    path, code = shared_file
    personal.received.receive_file(path, code)
    personal.coping.set_hidden("box-breathing", True)  # a filter must not hide it
    journal = JournalPage(personal_ctx)
    coping = CopingPage(personal_ctx)
    qtbot.addWidget(journal)
    qtbot.addWidget(coping)
    journal.browse.sessions_button.click()
    view = journal.from_sessions
    assert journal.stack.currentWidget() is view
    [button] = view.practice_buttons
    assert button.full_text() == "Open Box breathing in Coping"
    with qtbot.waitSignal(personal_ctx.hub.section_requested) as asked:
        button.click()
    assert asked.args == [Section.COPING]
    item = coping.current_item()
    assert item is not None and item.key == "box-breathing"
    # Deleting asks, and "Keep it" keeps it.
    answers = iter([False, True])
    view._confirm = lambda *_args: next(answers)
    view.delete_button.click()
    assert len(personal.received.summaries()) == 1
    view.delete_button.click()
    assert personal.received.summaries() == [] and view.empty_note.isVisibleTo(view)
    view.back_button.click()
    assert journal.stack.currentWidget() is journal.editor


def test_a_practice_not_in_your_library_has_no_link(
    qtbot: Any, vaults: tuple[Services, Services], shared_file: tuple[Path, str]
) -> None:
    _, personal = vaults
    personal.received.receive_file(*shared_file)
    view = FromSessionsView(personal.received, lambda _key: False)
    qtbot.addWidget(view)
    view.refresh()
    assert view.current is not None and view.practice_buttons == []


def test_locking_lets_go_of_every_summary(
    qtbot: Any,
    personal_ctx: UiContext,
    vaults: tuple[Services, Services],
    shared_file: tuple[Path, str],
) -> None:
    _, personal = vaults
    personal.received.receive_file(*shared_file)
    journal = JournalPage(personal_ctx)
    qtbot.addWidget(journal)
    journal.show_from_sessions()
    assert SHARED in journal.from_sessions.reader.toPlainText()
    personal_ctx.hub.vault_locking.emit()
    assert journal.from_sessions.reader.toPlainText() == ""
    assert journal.from_sessions.list.count() == 0


@pytest.mark.parametrize(("theme", "scale"), LOOKS, ids=[f"{t}-{s}" for t, s in LOOKS])
def test_the_new_windows_hold_at_every_look(
    qtbot: Any,
    qapp: QApplication,
    vaults: tuple[Services, Services],
    shared_file: tuple[Path, str],
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    _, personal = vaults
    personal.received.receive_file(*shared_file)
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", text_scale=scale):
        view = FromSessionsView(personal.received, lambda _key: True)
        view.refresh()
        view.totals_button.click()
        # In the journal's place beside the list, in a page that scrolls, as in the app.
        page = page_scroll(view)
        qtbot.addWidget(page)
        support.render(
            qtbot, page, f"from-sessions-{scale}", theme, QSize(760, 700), folder=tmp_path
        )
        assert support.squeezed(page) == []
        assert view.reader.height() >= view.reader.fontMetrics().lineSpacing() * 12
        dialog = ReceiveDialog(lambda p, c: None, lambda _parent: shared_file[0])
        qtbot.addWidget(dialog)
        dialog.choose_button.click()
        dialog.message.show_message(sharefile.DOES_NOT_OPEN)
        size = dialog.sizeHint().expandedTo(QSize(100, 100))
        support.render(qtbot, dialog, f"receive-{scale}", theme, size, folder=tmp_path)
        assert support.squeezed(dialog) == []
