"""Share with my client, in the app: the summary's button saves the sealed file, the code
is shown once, large and grouped, with Copy; the window holds at 100 % and 200 % text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from hj_journal.core.services import Services
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.store import sharefile
from hj_journal.ui.sessions.share_dialog import CodeDialog, code_lines, share_summary
from hj_journal.ui.sessions.summary_view import SummaryDialog
from hj_journal.ui.shell.context import UiContext
from tests.core.sessions.share_samples import PRIVATE, PSEUDONYM, two_vaults, write_shared_session
from tests.ui import support

LOOKS = [(theme, scale) for theme in ("light", "high_contrast") for scale in (100, 200)]


@pytest.fixture
def vaults(registry: VaultRegistry, policy: KdfPolicy) -> Iterator[tuple[Services, Services]]:
    with two_vaults(registry, policy) as pair:
        yield pair


@pytest.fixture
def practice_ctx(
    qapp: QApplication, vaults: tuple[Services, Services], paths: AppPaths, tmp_path: Path
) -> Iterator[UiContext]:
    ctx = support.make_ui_ctx(vaults[0], paths, tmp_path)
    yield ctx
    support.close_ui_ctx(ctx)


class Shown:
    """Stands in for CodeDialog.show_code: remembers what was shown."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def __call__(self, _parent: Any, code: str, name: str, copy: Any) -> None:
        self.calls.append((code, name))


def test_share_saves_the_sealed_file_and_shows_its_code_once(
    qtbot: Any, practice_ctx: UiContext, vaults: tuple[Services, Services], tmp_path: Path
) -> None:
    practice, personal = vaults
    session_id = write_shared_session(practice)
    target = tmp_path / "for-my-client.hjshare"
    suggested: list[str] = []
    shown = Shown()

    def ask_path(_parent: Any, name: str) -> Path:
        suggested.append(name)
        return target

    dialog = SummaryDialog(
        practice.sessions.summary(session_id),
        parent=None,
        share=lambda parent: share_summary(
            parent,
            practice.sharing,
            session_id,
            practice_ctx.clipboard.copy,
            ask_path=ask_path,
            show_code=shown,
        ),
    )
    qtbot.addWidget(dialog)
    button = dialog.view.share_button
    assert button.isVisibleTo(dialog) and "Share with my client" in button.text()
    button.click()
    assert suggested == [
        f"session-summary-{practice.sharing.content(session_id).session_on}.hjshare"
    ]
    [(code, name)] = shown.calls
    assert name == target.name
    data = target.read_bytes()
    for canary in (PRIVATE, PSEUDONYM):
        assert canary.encode() not in data
    # The code opens it in the client's own vault.
    assert personal.received.receive(data, code).added


def test_without_a_session_the_summary_offers_no_sharing(
    qtbot: Any, vaults: tuple[Services, Services]
) -> None:
    practice, _ = vaults
    dialog = SummaryDialog(practice.sessions.summary(write_shared_session(practice)))
    qtbot.addWidget(dialog)
    assert not dialog.view.share_button.isVisibleTo(dialog)


def test_changing_ones_mind_saves_nothing_and_a_refusal_is_one_sentence(
    qtbot: Any, practice_ctx: UiContext, vaults: tuple[Services, Services], tmp_path: Path
) -> None:
    practice, _ = vaults
    session_id = write_shared_session(practice)
    shown = Shown()
    told: list[str] = []
    result = share_summary(
        None,
        practice.sharing,
        session_id,
        practice_ctx.clipboard.copy,
        ask_path=lambda _p, _n: None,
        show_code=shown,
    )
    assert result is None and shown.calls == []
    result = share_summary(
        None,
        practice.sharing,
        session_id,
        practice_ctx.clipboard.copy,
        ask_path=lambda _p, _n: tmp_path,  # a folder
        show_code=shown,
        tell=lambda _p, _title, text: told.append(text),
    )
    assert result is None and shown.calls == []
    assert told == ["That is a folder. Give a file name for the summary."]


def test_the_code_dialog_shows_the_groups_copies_and_forgets(
    qtbot: Any, practice_ctx: UiContext, vaults: tuple[Services, Services]
) -> None:
    practice, _ = vaults
    shared = practice.sharing.bundle(write_shared_session(practice))
    dialog = CodeDialog(shared.code, "session-summary.hjshare", practice_ctx.clipboard.copy, None)
    qtbot.addWidget(dialog)
    groups = shared.code.split("-")
    assert dialog.code_label.text() == "  ".join(groups[:3]) + "\n" + "  ".join(groups[3:])
    assert dialog.code_label.accessibleDescription() == " ".join(groups)
    assert support.unnamed_controls(dialog) == []
    dialog.copy_button.click()
    assert QApplication.clipboard().text() == shared.code
    assert practice_ctx.clipboard.holds_ours()
    assert "taken off the clipboard" in dialog.message.text()
    dialog.done_button.click()
    assert dialog.code_label.text() == "" and dialog.code_label.accessibleDescription() == ""
    # Locking takes the code off the clipboard.
    assert practice_ctx.clipboard.clear_if_ours()
    assert QApplication.clipboard().text() != shared.code


def test_code_lines_are_two_steady_rows() -> None:
    code = sharefile.new_code()
    first, second = code_lines(code.lower()).split("\n")
    assert first == "  ".join(code.split("-")[:3]) and second == "  ".join(code.split("-")[3:])


@pytest.mark.parametrize(("theme", "scale"), LOOKS, ids=[f"{t}-{s}" for t, s in LOOKS])
def test_the_code_dialog_holds_at_every_look(
    qtbot: Any,
    qapp: QApplication,
    vaults: tuple[Services, Services],
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    practice, _ = vaults
    shared = practice.sharing.bundle(write_shared_session(practice))
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", text_scale=scale):
        dialog = CodeDialog(
            shared.code, "session-summary-2026-02-10.hjshare", lambda _t: None, None
        )
        qtbot.addWidget(dialog)
        dialog.copy_code()
        size = dialog.sizeHint().expandedTo(QSize(100, 100))
        support.render(qtbot, dialog, f"share-code-{scale}", theme, size, folder=tmp_path)
        assert support.squeezed(dialog) == []


@pytest.mark.parametrize(("theme", "scale"), LOOKS, ids=[f"{t}-{s}" for t, s in LOOKS])
def test_the_summary_with_its_share_button_holds_at_every_look(
    qtbot: Any,
    qapp: QApplication,
    vaults: tuple[Services, Services],
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    practice, _ = vaults
    summary = practice.sessions.summary(write_shared_session(practice))
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", text_scale=scale):
        dialog = SummaryDialog(summary, share=lambda _parent: None)
        qtbot.addWidget(dialog)
        support.render(
            qtbot, dialog, f"summary-share-{scale}", theme, QSize(640, 720), folder=tmp_path
        )
        assert support.squeezed(dialog) == []
