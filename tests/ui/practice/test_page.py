"""The practice home on hand-made practice data; pictures of it and of insights across sessions
at 100 % and 200 % text in the light and high-contrast themes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QWidget

from hj_journal.core.services import Services
from hj_journal.core.settings import VaultKind
from hj_journal.paths import AppPaths
from hj_journal.ui.practice.insights import PracticeInsightsPage
from hj_journal.ui.practice.page import PracticeHomePage
from hj_journal.ui.shell.context import UiContext
from tests.ui import support
from tests.ui.practice.practice_samples import a_practice_week, add_session


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
                support.render(qtbot, page, f"{name}-{scale}", theme, size, folder=tmp_path)
                page.close()
        finally:
            support.close_ui_ctx(ctx)
