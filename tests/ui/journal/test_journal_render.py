"""Every Today and Journal screen renders offscreen without a Qt warning.

Set ``HJ_SCREENSHOTS=/some/folder`` to keep the PNGs (light and dark themes).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from journal_samples import add_samples
from PySide6.QtCore import QDate, QSettings, QSize
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.drafts import DraftState
from hj_journal.ui.context import UiContext
from hj_journal.ui.journal.dialogs import delete_forever_question
from hj_journal.ui.today.page import TodayPage
from tests.ui.layout_checks import clipped

SIZE = QSize(1180, 780)


THEMES = ["light", "dark", "high_contrast"] if os.environ.get("HJ_SCREENSHOTS") else ["light"]


@pytest.fixture(params=THEMES)
def themed(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The app's theme applied as the app applies it (style, palette, stylesheet and the
    text size, which decides how text wraps), undone afterwards."""
    from hj_journal.ui.app_settings import AppSettings, Theme
    from hj_journal.ui.theme import ThemeManager

    name = str(request.param)
    settings = AppSettings(QSettings(str(tmp_path / "theme.ini"), QSettings.Format.IniFormat))
    settings.theme = Theme(name)
    manager = ThemeManager(qapp, settings)
    manager.apply()
    yield name
    manager.restore()


def _shoot(qtbot, widget: QWidget, name: str, theme: str, tmp_path: Path) -> Path:
    widget.resize(SIZE)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()  # let layouts settle before the picture is taken
    folder = Path(os.environ.get("HJ_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{theme}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 0
    return path


def test_today_renders(qtbot, ui_ctx: UiContext, themed, qt_warnings, tmp_path) -> None:
    add_samples(ui_ctx.services)
    ui_ctx.services.drafts.save(DraftState(title="Half a thought", body="It started when"))
    ui_ctx.services.settings.set("today.on_this_day", True)
    page = TodayPage(ui_ctx)
    qtbot.addWidget(page)
    _shoot(qtbot, page, "today", themed, tmp_path)
    assert page.draft_card.offering
    assert clipped(page) == []
    page.resize(620, 560)  # the smallest main window, less the sidebar
    QApplication.processEvents()
    assert clipped(page) == []
    assert not qt_warnings


def test_journal_renders(
    journal_page, qtbot, ui_ctx: UiContext, themed, qt_warnings, tmp_path
) -> None:
    ids = add_samples(ui_ctx.services)
    page = journal_page()
    page.browse.calendar.setCurrentPage(2024, 6)
    page.browse.calendar.setSelectedDate(QDate(2024, 6, 28))
    page.open_entry(ids[0])
    page.browse.timeline_list.setCurrentIndex(page.timeline.index(0))
    _shoot(qtbot, page, "journal", themed, tmp_path)
    assert not qt_warnings


def test_editor_renders(
    journal_page, qtbot, ui_ctx: UiContext, themed, qt_warnings, tmp_path
) -> None:
    add_samples(ui_ctx.services)
    page = journal_page()
    page.new_entry()
    editor = page.editor
    editor.title.setText("Evening, after the meeting")
    editor.tags.setText("community, rest")
    editor.body.setPlainText(
        "It went better than I feared. Amara spoke first, which made it easier.\n\n"
        "## What I want to keep\n\n- asking for help *before* it is urgent\n"
        "- the walk home, slowly\n\nTomorrow: rest, and a call to my sister."
    )
    _shoot(qtbot, page, "editor", themed, tmp_path)
    editor.tabs.setCurrentWidget(editor.preview)
    _shoot(qtbot, page, "editor-preview", themed, tmp_path)
    assert not qt_warnings


def test_search_renders(
    journal_page, qtbot, ui_ctx: UiContext, themed, qt_warnings, tmp_path
) -> None:
    add_samples(ui_ctx.services)
    page = journal_page(debounce_ms=10)
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        page.browse.search.setText("tea")
    assert page.results.rowCount() == 2
    _shoot(qtbot, page, "search", themed, tmp_path)
    assert not qt_warnings


def test_trash_renders(
    journal_page, qtbot, ui_ctx: UiContext, themed, qt_warnings, tmp_path
) -> None:
    ids = add_samples(ui_ctx.services)
    for entry_id in ids[:3]:
        ui_ctx.services.journal.trash(entry_id)
    page = journal_page()
    page.show_trash()
    _shoot(qtbot, page, "trash", themed, tmp_path)
    assert page.trash.model.rowCount() == 3
    box, _accept = delete_forever_question(page, 3)
    box.show()
    qtbot.waitExposed(box)
    folder = Path(os.environ.get("HJ_SCREENSHOTS") or tmp_path)
    assert box.grab().save(str(folder / f"trash-delete-forever-{themed}.png"))
    box.close()
    assert not qt_warnings


def test_empty_journal_renders(
    journal_page, qtbot, ui_ctx: UiContext, themed, qt_warnings, tmp_path
) -> None:
    page = journal_page()
    today = TodayPage(ui_ctx)
    qtbot.addWidget(today)
    _shoot(qtbot, page, "journal-empty", themed, tmp_path)
    _shoot(qtbot, today, "today-empty", themed, tmp_path)
    assert clipped(today) == []
    assert page.browse.lists.currentWidget() is page.browse.empty_note
    assert date.today()  # the pages used today's date without trouble
    assert not qt_warnings
