"""Every control on the Journal page has a name and a label, and the words stay kind."""

from __future__ import annotations

from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.shell.context import UiContext
from tests.ui.support import guilt_words_in, unnamed_controls


def test_every_control_has_an_accessible_name(qtbot, ui_ctx: UiContext, add_entries) -> None:
    add_entries(3, tags=["rest"])
    page = JournalPage(ui_ctx)
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


def test_no_guilt_words_in_the_journal() -> None:
    assert guilt_words_in("journal") == []
