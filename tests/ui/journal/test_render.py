"""Every Journal screen renders offscreen without a Qt warning.

Set ``HJ_JOURNAL_SCREENSHOTS=1`` to keep the PNGs in ``screenshots/`` (every theme).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate

from hj_journal.core.journal.entries import EntryInput
from hj_journal.ui.journal.attachments import attachment_link
from hj_journal.ui.journal.dialogs import delete_forever_question
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.today.page import TodayPage
from tests.ui.journal.journal_samples import add_samples
from tests.ui.support import PAGE_SIZE, clipped


def test_journal_renders(journal_page, qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    ids = add_samples(ui_ctx.services)
    page = journal_page()
    page.browse.calendar.setCurrentPage(2024, 6)
    page.browse.calendar.setSelectedDate(QDate(2024, 6, 28))
    page.open_entry(ids[0])
    page.browse.timeline_list.setCurrentIndex(page.timeline.index(0))
    shoot(page, "journal", PAGE_SIZE)
    assert not qt_warnings


def test_editor_renders(journal_page, qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
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
    shoot(page, "journal-editor", PAGE_SIZE)
    editor.tabs.setCurrentWidget(editor.preview)
    shoot(page, "journal-editor-preview", PAGE_SIZE)
    assert not qt_warnings


def test_search_renders(journal_page, qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    add_samples(ui_ctx.services)
    page = journal_page(debounce_ms=10)
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        page.browse.search.setText("tea")
    assert page.results.rowCount() == 2
    shoot(page, "journal-search", PAGE_SIZE)
    assert not qt_warnings


def test_trash_renders(journal_page, qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    ids = add_samples(ui_ctx.services)
    for entry_id in ids[:3]:
        ui_ctx.services.journal.trash(entry_id)
    page = journal_page()
    page.show_trash()
    shoot(page, "journal-trash", PAGE_SIZE)
    assert page.trash.model.rowCount() == 3
    box, _accept = delete_forever_question(page, 3)
    shoot(box, "journal-trash-delete-forever")
    box.close()
    assert not qt_warnings


def test_empty_journal_renders(journal_page, qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    page = journal_page()
    today = TodayPage(ui_ctx)
    qtbot.addWidget(today)
    shoot(page, "journal-empty", PAGE_SIZE)
    shoot(today, "today-empty", PAGE_SIZE)
    assert clipped(today) == []
    assert page.browse.lists.currentWidget() is page.browse.empty_note
    assert date.today()  # the pages used today's date without trouble
    assert not qt_warnings


def test_editor_with_photos_and_files_renders(
    journal_page, qtbot, ui_ctx: UiContext, shoot, qt_warnings
) -> None:
    from tests.core.journal.sample_files import encoded

    services = ui_ctx.services
    entry = services.journal.create(
        EntryInput(
            entry_date=date(2026, 12, 1),
            title="The sea, finally",
            body="We went down to the water early.\n\nThe light on the sand:",
        )
    )
    photo = services.attachments.add(entry.id, encoded("PNG", 480, 320), name="IMG_0042.png")
    services.attachments.add(entry.id, b"ID3" + b"\x00" * 4000, name="waves recording.mp3")
    services.attachments.add(entry.id, b"%PDF-1.7" + b"\x00" * 900, name="ticket.pdf")
    body = entry.body + "\n\n" + attachment_link(photo.attachment) + "\n\nThen tea."
    services.journal.update(
        entry.id, EntryInput(entry_date=entry.entry_date, title=entry.title, body=body)
    )
    page = journal_page()
    page.open_entry(entry.id)
    shoot(page, "journal-editor-files", PAGE_SIZE)
    page.editor.tabs.setCurrentWidget(page.editor.preview)
    shoot(page, "journal-editor-files-preview", PAGE_SIZE)
    assert not qt_warnings
