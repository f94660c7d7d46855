"""The practice home and insights across sessions, on hand-made practice data; pictures
at 100 % and 200 % text in the light and high-contrast themes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.services import Services
from hj_journal.core.settings import VaultKind
from hj_journal.paths import AppPaths
from hj_journal.ui.practice.insights import PracticeInsightsPage
from hj_journal.ui.practice.page import PracticeHomePage
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.practice.practice_samples import a_practice_week, add_session

SHOTS = Path("/tmp/shots/practice")


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


def _texts(root: QWidget) -> str:
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        elif isinstance(widget, QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
    return "\n".join(parts)


def _rows(view: QListWidget) -> list[str]:
    return [view.item(i).text() for i in range(view.count())]


def test_the_practice_home_lists_today_recent_and_who_needs_a_summary(
    qtbot: Any, practice_ctx: UiContext, tmp_path: Path
) -> None:
    ids = a_practice_week(practice_ctx.services, datetime.now(UTC))
    page = PracticeHomePage(practice_ctx, ask_path=lambda _parent, name: tmp_path / name)
    qtbot.addWidget(page)
    assert [row.split(" · ")[1] for row in _rows(page.today_list)] == ["Rae"]
    assert [row.split(" · ")[1] for row in _rows(page.recent_list)] == ["Oak", "Ida"]
    due = _rows(page.due_list)
    assert [row.split(" — ")[0] for row in due] == ["Rae", "Oak", "Ida"]
    assert "and one earlier session" in due[0]  # Rae's session three weeks ago too
    assert not page.open_card.isVisibleTo(page)
    # Oak's summary, opened from the list and saved as a PDF: Oak is off the list.
    page.due_list.setCurrentRow(1)
    page.due_button.click()
    dialog = page.summary_dialog
    assert dialog is not None and "Oak" in dialog.view.text.toPlainText()
    assert dialog.view.save_pdf() is not None
    assert [row.split(" — ")[0] for row in _rows(page.due_list)] == ["Rae", "Ida"]
    assert any("Oak" in row and "summary saved" in row for row in _rows(page.recent_list))
    dialog.reject()
    assert ids["oak_yesterday"] in {
        r.session_id for r in practice_ctx.services.practice_home.view().recent
    }


def test_an_open_session_is_the_only_client_named(qtbot: Any, practice_ctx: UiContext) -> None:
    now = datetime.now(UTC)
    a_practice_week(practice_ctx.services, now)
    page = PracticeHomePage(practice_ctx)
    qtbot.addWidget(page)
    assert "Oak" in _texts(page)
    add_session(practice_ctx.services, "Rae", now, ended=False)
    requested: list[str] = []
    practice_ctx.hub.section_requested.connect(requested.append)
    page.activate()
    text = _texts(page)
    assert "Rae" in text and "still open" in text
    for other in ("Oak", "Ida"):
        assert other not in text  # not even in a hidden list
    page.resume_button.click()
    assert requested == ["sessions"]


def test_insights_across_sessions_on_hand_made_data(qtbot: Any, practice_ctx: UiContext) -> None:
    a_practice_week(practice_ctx.services, datetime.now(UTC))
    practice_ctx.services.checkins.add(CheckInInput(distress=10))  # outside any session
    page = PracticeInsightsPage(practice_ctx)
    qtbot.addWidget(page)
    assert page.totals.text() == "4 sessions in all, with 3 clients."
    sentences = page.sentences()
    assert sentences[0].startswith("Box breathing: distress typically went down by 2 points")
    assert "not enough yet" in sentences[1]
    # Arriving → leaving: −3, −1, −3; the middle is −3.
    expected = "went down by 3 points from arriving to leaving, over 3 rated sessions"
    assert expected in page.session_change.text()
    assert "4 sessions from" in page.months_caption.text()
    assert page.weeks_chart.accessibleDescription() == page.weeks_caption.text()


def test_insights_across_sessions_with_no_sessions_yet(
    qtbot: Any, practice_ctx: UiContext
) -> None:
    page = PracticeInsightsPage(practice_ctx)
    qtbot.addWidget(page)
    assert "will show here" in page.totals.text()
    assert "will show here" in page.sentences()[0]


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_pictures_of_the_practice_pages(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    services.settings.vault_kind = VaultKind.PRACTICE
    a_practice_week(services, datetime.now(UTC))
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        try:
            for name, page in (
                ("practice-home", PracticeHomePage(ctx)),
                ("practice-insights", PracticeInsightsPage(ctx)),
            ):
                qtbot.addWidget(page)
                height = page.sizeHint().height()
                size = QSize(
                    1180 if scale == 100 else 1024, max(780, height)
                )  # 1024: the narrowest
                support.render(qtbot, page, f"{name}-{scale}", theme, size, folder=SHOTS)
                page.close()
        finally:
            support.close_ui_ctx(ctx)


@pytest.mark.parametrize("theme", ["light", "high_contrast"])
@pytest.mark.parametrize("scale", [100, 200])
def test_pictures_of_the_main_window_in_the_client_view(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    tmp_path: Path,
    theme: str,
    scale: int,
) -> None:
    from hj_journal.ui.sessions.page import SessionsPage
    from hj_journal.ui.shell.main_window import MainWindow
    from hj_journal.ui.shell.section_registry import SECTIONS

    services.settings.vault_kind = VaultKind.PRACTICE
    a_practice_week(services, datetime.now(UTC))
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        try:
            window = MainWindow(ctx, SECTIONS)
            qtbot.addWidget(window)
            window.show_section("sessions")
            page = window.page("sessions")
            assert isinstance(page, SessionsPage)
            rae = next(c for c in services.sessions.clients() if c.pseudonym == "Rae")
            assert page.start_session(rae.id) is not None
            assert window.client_view and not window.sidebar.isEnabled()
            size = QSize(1180, 780) if scale == 100 else QSize(1280, 720)
            support.render(qtbot, window, f"client-view-{scale}", theme, size, folder=SHOTS)
            window.teardown()  # as the app does before it locks
        finally:
            support.close_ui_ctx(ctx)
