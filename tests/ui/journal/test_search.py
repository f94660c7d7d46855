"""Search as you type: debounced, off the GUI thread, highlighted, escaped."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread

from hj_journal.core.journal.entries import EntryInput, SearchIndexProgress
from hj_journal.ui.journal.browse import BrowsePanel
from hj_journal.ui.journal.models import SNIPPET_HTML_ROLE, TITLE_HTML_ROLE
from hj_journal.ui.shell.context import UiContext


def _record_searches(ui_ctx: UiContext, monkeypatch) -> list[tuple[str, bool]]:  # type: ignore[no-untyped-def]
    journal = ui_ctx.services.journal
    real = journal.search
    calls: list[tuple[str, bool]] = []

    def search(text: str, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((text, QThread.isMainThread()))
        return real(text, **kwargs)

    monkeypatch.setattr(journal, "search", search)
    return calls


def test_typing_searches_once_after_a_pause_off_the_gui_thread(
    make, qtbot, ui_ctx: UiContext, monkeypatch
) -> None:
    ui_ctx.services.journal.create(EntryInput(date(2024, 1, 1), title="Tea with Sam"))
    calls = _record_searches(ui_ctx, monkeypatch)
    page = make(debounce_ms=200)
    counted = qtbot.waitSignal(
        page.runner.total_changed, timeout=5000, check_params_cb=lambda n: n >= 0
    )
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        qtbot.keyClicks(page.browse.search, "tea")
        assert calls == []  # nothing yet: the user is still typing
    counted.wait()
    assert calls == [("tea", False)]  # one query, not on the GUI thread
    assert page.results.rowCount() == 1
    assert page.browse.lists.currentWidget() is page.browse.results_list
    assert page.browse.summary.text() == "1 entry matches."


def test_results_are_highlighted_and_entry_text_is_escaped(make, qtbot, ui_ctx: UiContext) -> None:
    ui_ctx.services.journal.create(
        EntryInput(date(2024, 1, 1), title="<b>Tea</b> & toast", body="Tea & <i>honey</i>")
    )
    page = make(debounce_ms=10)
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        page.browse.search.setText("tea")
    index = page.results.index(0)
    assert index.data(TITLE_HTML_ROLE) == "&lt;b&gt;<b>Tea</b>&lt;/b&gt; &amp; toast"
    # The snippet ends at the last word, so the closing ">" may be cut off.
    assert index.data(SNIPPET_HTML_ROLE).startswith("<b>Tea</b> &amp; &lt;i&gt;honey&lt;/i")


def test_a_newer_search_wins_over_an_older_answer(make, qtbot, ui_ctx: UiContext) -> None:
    journal = ui_ctx.services.journal
    journal.create(EntryInput(date(2024, 1, 1), title="river"))
    journal.create(EntryInput(date(2024, 1, 2), title="garden"))
    page = make(debounce_ms=10)
    page.browse.search.setText("river")
    page.runner.run_now()
    page.browse.search.setText("garden")
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000) as shown:
        page.runner.run_now()
    assert shown.args == [page.runner.generation]
    qtbot.waitUntil(lambda: page.runner._pool.activeThreadCount() == 0)
    assert page.results.rowCount() == 1
    assert page.results.summary_at(0).title == "garden"


def test_best_match_order_and_no_matches(make, qtbot, ui_ctx: UiContext) -> None:
    journal = ui_ctx.services.journal
    journal.create(EntryInput(date(2024, 1, 2), title="Other", body="a word about rest"))
    journal.create(EntryInput(date(2024, 1, 1), title="Rest", body="rest rest rest"))
    page = make(debounce_ms=10)
    assert not page.browse.order.isEnabled()
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        page.browse.search.setText("rest")
    assert page.browse.order.isEnabled()
    assert page.browse.tag_filter.isEnabled()  # a tag narrows a search too
    assert [page.results.summary_at(r).title for r in range(2)] == ["Other", "Rest"]
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        page.browse.order.setCurrentIndex(page.browse.order.findData("best"))
    assert [page.results.summary_at(r).title for r in range(2)] == ["Rest", "Other"]
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        page.browse.search.setText("nothingmatchesthis")
    assert page.results.rowCount() == 0
    assert page.browse.lists.currentWidget() is page.browse.empty_note
    page.browse.search.clear()
    assert page.browse.lists.currentWidget() is page.browse.timeline_list
    assert page.browse.tag_filter.isEnabled()


def test_more_results_load_as_the_list_scrolls(
    make, qtbot, ui_ctx: UiContext, add_entries
) -> None:
    add_entries(12, body="tea again")
    page = make(debounce_ms=10)
    page.runner._page_size = 5
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        page.browse.search.setText("tea")
    assert page.results.rowCount() == 5
    if page.runner.total is None:  # results come first, the count a moment later
        assert page.browse.summary.text() == "5 or more entries match; counting…"
        qtbot.waitSignal(page.runner.total_changed, timeout=5000).wait()
    assert page.browse.summary.text() == "12 entries match."
    while page.results.canFetchMore():
        with qtbot.waitSignal(page.results.rowsInserted, timeout=5000):
            page.results.fetchMore()
    assert page.results.rowCount() == 12


def test_clicking_a_result_opens_it(make, qtbot, ui_ctx: UiContext) -> None:
    saved = ui_ctx.services.journal.create(EntryInput(date(2024, 1, 1), title="Tea", body="x"))
    page = make(debounce_ms=10)
    page.resize(1000, 700)
    page.show()
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        page.browse.search.setText("tea")
    view = page.browse.results_list
    rect = view.visualRect(page.results.index(0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.editor.entry_id == saved.id
    assert page.editor.title.text() == "Tea"


def _titles(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [page.results.summary_at(r).title for r in range(page.results.rowCount())]


def _search(qtbot, page, text: str) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        page.browse.search.setText(text)


def _searched_again(qtbot, page, action) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(page.runner.results_shown, timeout=5000):
        action()


def test_search_finds_word_forms_and_marks_them(make, qtbot, ui_ctx: UiContext) -> None:
    journal = ui_ctx.services.journal
    journal.create(
        EntryInput(date(2024, 1, 1), title="Shoulders", body="They felt tight all day.")
    )
    journal.create(EntryInput(date(2024, 1, 2), title="Knot", body="It tightened at work."))
    page = make(debounce_ms=10)
    _search(qtbot, page, "tightening")
    assert _titles(page) == ["Knot", "Shoulders"]
    snippets = [page.results.index(r).data(SNIPPET_HTML_ROLE) for r in range(2)]
    assert "<b>tightened</b>" in snippets[0] and "<b>tight</b>" in snippets[1]
    _search(qtbot, page, '"tight"')
    assert _titles(page) == ["Shoulders"]


def test_a_tag_and_days_narrow_the_search(make, qtbot, ui_ctx: UiContext) -> None:
    journal = ui_ctx.services.journal
    today = date.today()
    journal.create(EntryInput(today, title="Walk today", body="walking", tags=("body",)))
    journal.create(EntryInput(today, title="Walk at work", body="walked", tags=("work",)))
    journal.create(EntryInput(date(2020, 5, 1), title="Old walk", body="walks", tags=("body",)))
    page = make(debounce_ms=10)
    qtbot.waitUntil(lambda: page.browse.tag_filter.findData("body") >= 0, timeout=5000)
    _search(qtbot, page, "walk")
    assert len(_titles(page)) == 3
    tags = page.browse.tag_filter
    _searched_again(qtbot, page, lambda: tags.setCurrentIndex(tags.findData("body")))
    assert _titles(page) == ["Walk today", "Old walk"]
    days = page.browse.days_filter
    _searched_again(qtbot, page, lambda: days.setCurrentIndex(days.findData(30)))
    assert _titles(page) == ["Walk today"]
    assert page.timeline.where.day_from == today - timedelta(days=29)
    _searched_again(qtbot, page, lambda: tags.setCurrentIndex(0))
    assert sorted(_titles(page)) == ["Walk at work", "Walk today"]
    # A day from the calendar narrows the search too, and keeps what was typed.
    _searched_again(qtbot, page, lambda: page.browse.calendar.day_chosen.emit(date(2020, 5, 1)))
    assert page.browse.search.text() == "walk"
    assert _titles(page) == ["Old walk"]
    assert days.currentIndex() == 0 and page.browse.day_row.isVisibleTo(page)
    _searched_again(qtbot, page, page.browse.show_all_days.click)
    assert len(_titles(page)) == 3


def test_nothing_within_the_filters_says_what_to_widen(make, qtbot, ui_ctx: UiContext) -> None:
    ui_ctx.services.journal.create(EntryInput(date(2020, 1, 1), title="Rain", body="rain"))
    page = make(debounce_ms=10)
    days = page.browse.days_filter
    days.setCurrentIndex(days.findData(7))
    _search(qtbot, page, "rain")
    assert page.results.rowCount() == 0
    assert "tag or days chosen" in page.browse.empty_note.text()


def test_the_search_field_shows_word_forms_being_added(
    make, qtbot, ui_ctx: UiContext, monkeypatch
) -> None:
    journal = ui_ctx.services.journal
    steps = iter(
        [
            SearchIndexProgress(0, 400, finished=False, meanwhile="forms"),
            SearchIndexProgress(100, 400, finished=False, meanwhile="nothing"),  # old stands in
            SearchIndexProgress(250, 400, finished=False, meanwhile="forms"),
            SearchIndexProgress(400, 400, finished=True),
        ]
    )
    monkeypatch.setattr(journal, "add_word_forms", lambda: next(steps))
    shown: list[int | None] = []
    real = BrowsePanel.show_word_forms_progress

    def record(self: BrowsePanel, percent: int | None, missing: str = "forms") -> None:
        shown.append(percent)
        real(self, percent, missing)

    monkeypatch.setattr(BrowsePanel, "show_word_forms_progress", record)
    page = make(debounce_ms=10)
    qtbot.waitUntil(lambda: bool(shown) and shown[-1] is None, timeout=5000)
    assert shown == [0, None, 62, None]
    assert page.browse.word_forms_note.isHidden()
    assert not page._adding_word_forms


def test_progress_is_shown_until_word_forms_are_in(make, qtbot, ui_ctx: UiContext) -> None:
    page = make(debounce_ms=10)
    page.browse.show_word_forms_progress(62)
    note = page.browse.word_forms_note
    assert note.isVisibleTo(page) and "(62 %)" in note.text() and "exact words" in note.text()
    assert page.browse.search.toolTip() == note.text()
    page.browse.show_word_forms_progress(None)
    assert note.isHidden() and page.browse.search.toolTip() == ""
    page.browse.show_word_forms_progress(30, "entries")
    assert note.isVisibleTo(page) and "(30 %)" in note.text() and "every entry" in note.text()


def test_word_forms_left_by_a_big_merge_are_added_while_the_journal_is_open(
    make, qtbot, ui_ctx: UiContext, monkeypatch
) -> None:
    journal = ui_ctx.services.journal
    steps = iter(
        [
            SearchIndexProgress(400, 400, finished=True),
            SearchIndexProgress(0, 400, finished=False, meanwhile="entries"),  # a big merge
            SearchIndexProgress(400, 400, finished=True),
        ]
    )
    monkeypatch.setattr(journal, "add_word_forms", lambda: next(steps))
    shown: list[int | None] = []
    real = BrowsePanel.show_word_forms_progress

    def record(self: BrowsePanel, percent: int | None, missing: str = "forms") -> None:
        shown.append(percent)
        real(self, percent, missing)

    monkeypatch.setattr(BrowsePanel, "show_word_forms_progress", record)
    page = make(debounce_ms=10)
    qtbot.waitUntil(lambda: shown == [None], timeout=5000)
    ui_ctx.hub.entries_changed.emit()  # as a merge from another device says
    qtbot.waitUntil(lambda: shown == [None, 0, None], timeout=5000)
    assert not page._adding_word_forms


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("missing", ["entries", "forms"])
def test_the_catching_up_note_fits_at_every_text_size(
    make, qtbot, qapp, tmp_path: Path, scale: int, missing: str
) -> None:
    from PySide6.QtCore import QSize

    from tests.ui import support

    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        page = make(debounce_ms=10)
        qtbot.waitUntil(lambda: not page._adding_word_forms, timeout=5000)  # its own step
        page.browse.show_word_forms_progress(30, missing)
        width = 900 if scale == 100 else 1500
        support.render(
            qtbot,
            page,
            f"journal-search-note-{missing}-{scale}",
            "light",
            QSize(width, 700),
            folder=tmp_path,
        )
        note = page.browse.word_forms_note
        assert note.isVisibleTo(page) and note.height() >= note.heightForWidth(note.width())
