"""Every control on Today and Journal has a name, and the words stay kind."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.today.page import TodayPage
from tests.ui.support import unnamed_controls

UI = Path(__file__).resolve().parents[3] / "hj_journal" / "ui"


@pytest.mark.parametrize("page_class", [TodayPage, JournalPage])
def test_every_control_has_an_accessible_name(
    qtbot, ui_ctx: UiContext, add_entries, page_class: type
) -> None:
    add_entries(3, tags=["rest"])
    ui_ctx.services.settings.on_this_day = True
    page = page_class(ui_ctx)
    qtbot.addWidget(page)
    assert unnamed_controls(page) == []


def test_every_journal_input_has_a_label_buddy(journal_page, qtbot, ui_ctx: UiContext) -> None:
    from PySide6.QtWidgets import QLabel

    page = journal_page()
    buddies = {label.buddy() for label in page.findChildren(QLabel) if label.buddy()}
    for field in (
        page.browse.search,
        page.browse.order,
        page.browse.tag_filter,
        page.browse.timeline_list,
        page.browse.calendar,
        page.editor.title,
        page.editor.date,
        page.editor.tags,
        page.editor.note,
        page.editor.body,
        page.trash.list,
    ):
        assert field in buddies, field.accessibleName()


GUILT = re.compile(r"\b(streaks?|missed|failed|fail|broke|broken|should have|lazy)\b", re.I)


def test_no_guilt_words_in_today_or_journal() -> None:
    found = []
    for folder in ("today", "journal"):
        for path in sorted((UI / folder).glob("*.py")):
            for match in re.finditer(r'tr\(\s*"([^"]*)"', path.read_text(encoding="utf-8")):
                if GUILT.search(match.group(1)):
                    found.append(f"{path.name}: {match.group(1)}")
    assert found == []
