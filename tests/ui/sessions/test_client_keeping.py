"""How long a client's record is kept, on the client's page: the line and its dialog;
pictures of the client's page at 100 % and 200 % text, light and high contrast."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.events import RetentionChanged
from hj_journal.core.services import Services
from hj_journal.core.sessions.retention import RetentionRule
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.settings import VaultKind
from hj_journal.paths import AppPaths
from hj_journal.ui.sessions.client_keeping import ClientKeeping
from hj_journal.ui.sessions.page import SessionsPage
from hj_journal.ui.sessions.retention_dialogs import RuleChoice
from hj_journal.ui.shell.context import UiContext
from tests.ui import support

SHOTS = Path("/tmp/shots/retention")


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


def test_the_line_says_the_rule_and_the_dialog_changes_it(
    qtbot: Any, practice_ctx: UiContext
) -> None:
    services = practice_ctx.services
    rae = services.sessions.add_client(ClientInput("Rae"))
    answers: list[RuleChoice | None] = [RuleChoice(RetentionRule(10))]
    asked: list[tuple[Any, dict[str, Any]]] = []

    def ask_rule(_parent: QWidget, current: Any, **kwargs: Any) -> RuleChoice | None:
        asked.append((current, kwargs))
        return answers.pop(0)

    keeping = ClientKeeping(services.retention, ask_rule=ask_rule)
    qtbot.addWidget(keeping)
    heard: list[object] = []
    services.events.subscribe(heard.append)
    keeping.show_client(rae)
    assert keeping.text.text() == (
        "This record is kept 7 years after the last session, as the rest of your practice."
    )
    keeping.change_button.click()
    assert asked == [(None, {"practice_rule": RetentionRule(7), "name": "Rae"})]
    assert services.retention.rule_for(rae.id) == (RetentionRule(10), True)
    assert keeping.text.text() == (
        "This record is kept 10 years after the last session (this client's own rule)."
    )
    assert heard == [RetentionChanged(rae.id)]
    answers.append(None)  # cancelled: nothing changes
    keeping.change_button.click()
    assert services.retention.rule_for(rae.id) == (RetentionRule(10), True)
    answers.append(RuleChoice(None))  # back to the practice's rule
    keeping.change_button.click()
    assert services.retention.rule_for(rae.id) == (RetentionRule(7), False)
    keeping.show_client(None)
    assert keeping.text.text() == "" and not keeping.isVisibleTo(keeping.parentWidget() or keeping)


def test_the_clients_page_shows_how_long_the_record_is_kept(
    qtbot: Any, practice_ctx: UiContext
) -> None:
    services = practice_ctx.services
    services.retention.set_practice_rule(RetentionRule(None))
    rae = services.sessions.add_client(ClientInput("Rae"))
    page = SessionsPage(practice_ctx)
    qtbot.addWidget(page)
    page.clients.refresh(select=rae.id)
    keeping = page.clients.keeping
    assert keeping is not None and keeping.client == rae
    assert keeping.text.text() == (
        "This record is kept until you delete it, as the rest of your practice."
    )
    page.clients.clear()  # a session is about to fill the screen
    assert keeping.client is None and keeping.text.text() == ""


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_pictures_of_the_clients_page(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    services.settings.vault_kind = VaultKind.PRACTICE
    rae = services.sessions.add_client(ClientInput("Rae", "they/them", "Sleep better"))
    services.retention.set_client_rule(rae.id, RetentionRule(10))
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        try:
            page = SessionsPage(ctx)
            qtbot.addWidget(page)
            page.clients.refresh(select=rae.id)
            size = support.WINDOW_SIZES[0] if scale == 100 else support.WINDOW_SIZES[1]
            support.render(qtbot, page, f"clients-keeping-{scale}", theme, size, folder=SHOTS)
            page.close()
        finally:
            support.close_ui_ctx(ctx)
