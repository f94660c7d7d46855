"""The practice home's notes to finish: unsigned sessions from more than a day ago,
worded plainly, each opening its notes to finish and sign; pictures at 100 % and 200 %
text in the light and high-contrast themes."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from hj_journal.core.services import Services
from hj_journal.core.settings import VaultKind
from hj_journal.paths import AppPaths
from hj_journal.ui.practice.page import PracticeHomePage
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.practice.practice_samples import add_session
from tests.ui.sessions.notes_samples import FakeAsker, all_text

BLAME = re.compile(r"\b(overdue|late|behind|missed|failed|should|still haven't|backlog)\b", re.I)


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


def rows(page: PracticeHomePage) -> list[str]:
    return [page.notes_list.item(i).text() for i in range(page.notes_list.count())]


def test_unsigned_notes_from_before_are_listed_plainly_and_open_to_be_signed(
    qtbot: Any, practice_ctx: UiContext
) -> None:
    services = practice_ctx.services
    now = datetime.now(UTC)
    add_session(services, "Rae", now - timedelta(hours=3))  # today: not yet listed
    oak = add_session(services, "Oak", now - timedelta(days=2))
    ida = add_session(services, "Ida", now - timedelta(days=9))
    asker = FakeAsker()
    page = PracticeHomePage(practice_ctx, notes_asker=asker)
    qtbot.addWidget(page)
    assert [row.split(" · ")[1] for row in rows(page)] == ["Oak", "Ida"]
    assert page.notes_card.isVisibleTo(page) and not page.notes_more.isVisibleTo(page)
    card = all_text(page.notes_card)
    assert "Notes to finish" in card and "when it suits you" in card
    assert not BLAME.search(card)

    page.notes_list.setCurrentRow(0)
    page.notes_button.click()
    dialog = page.notes_dialog
    assert dialog is not None and dialog.session_id == oak
    dialog.sign_button.click()  # the asker agrees
    dialog.reject()
    qtbot.waitUntil(lambda: [row.split(" · ")[1] for row in rows(page)] == ["Ida"])
    assert services.sessions.get(oak).is_signed and not services.sessions.get(ida).is_signed


def test_with_every_note_signed_the_card_says_so(qtbot: Any, practice_ctx: UiContext) -> None:
    page = PracticeHomePage(practice_ctx)
    qtbot.addWidget(page)
    assert page.notes_empty.isVisibleTo(page) and not page.notes_list.isVisibleTo(page)
    assert not page.notes_button.isVisibleTo(page)
    assert not BLAME.search(page.notes_empty.text())


def test_while_a_session_is_open_no_notes_are_listed(qtbot: Any, practice_ctx: UiContext) -> None:
    services = practice_ctx.services
    now = datetime.now(UTC)
    add_session(services, "Oak", now - timedelta(days=2))
    add_session(services, "Rae", now - timedelta(minutes=5), ended=False)
    page = PracticeHomePage(practice_ctx)
    qtbot.addWidget(page)
    assert not page.notes_card.isVisibleTo(page)
    assert page.notes_list.count() == 0 and "Oak" not in all_text(page)


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_pictures_of_the_practice_home_with_notes_to_finish(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    services.settings.vault_kind = VaultKind.PRACTICE
    now = datetime.now(UTC)
    for days, name in ((2, "Oak"), (4, "Ida"), (6, "Rae")):
        add_session(services, name, now - timedelta(days=days))
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        try:
            page = PracticeHomePage(ctx)
            qtbot.addWidget(page)
            size = QSize(1180 if scale == 100 else 1024, max(780, page.sizeHint().height()))
            support.render(qtbot, page, f"practice-home-notes-{scale}", theme, size)
            page.close()
        finally:
            support.close_ui_ctx(ctx)
