"""The timeline and search models, tested without a view."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from hj_journal.core.journal.entries import EntryInput, Journal, TimelineFilter
from hj_journal.core.services import Services
from hj_journal.store.search import MARK_START
from hj_journal.ui.journal.models import (
    ENTRY_ID_ROLE,
    SNIPPET_HTML_ROLE,
    SUMMARY_ROLE,
    TITLE_HTML_ROLE,
    SearchModel,
    TimelineModel,
)


class CountingJournal:
    """The real journal, with a record of every timeline page asked for."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal
        self.pages: list[tuple[int, object]] = []

    def timeline(self, **kwargs):  # type: ignore[no-untyped-def]
        self.pages.append((kwargs["limit"], kwargs["after"]))
        return self._journal.timeline(**kwargs)


def test_model_loads_nothing_until_asked_then_one_page_at_a_time(
    services: Services, add_entries, qtmodeltester
) -> None:
    add_entries(25)
    journal = CountingJournal(services.journal)
    model = TimelineModel(journal, page_size=10)  # type: ignore[arg-type]
    assert model.rowCount() == 0
    assert model.canFetchMore()
    assert journal.pages == []

    model.fetchMore()
    assert model.rowCount() == 10
    assert len(journal.pages) == 1
    assert journal.pages[0] == (10, None)

    model.fetchMore()
    model.fetchMore()
    assert model.rowCount() == 25
    assert not model.canFetchMore()  # the last page was short: nothing more to ask for
    assert [limit for limit, _ in journal.pages] == [10, 10, 10]
    model.fetchMore()
    assert len(journal.pages) == 3
    qtmodeltester.check(model)


def test_pages_continue_from_the_last_row_without_gaps_or_repeats(
    services: Services, add_entries
) -> None:
    # Several entries share each day, so the cursor must also use time and id.
    for day in range(1, 8):
        for n in range(3):
            services.journal.create(EntryInput(date(2024, 3, day), title=f"{day}-{n}"))
    journal = CountingJournal(services.journal)
    model = TimelineModel(journal, page_size=4)  # type: ignore[arg-type]
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.summary_at(r).id for r in range(model.rowCount())]
    assert ids == [s.id for s in services.journal.timeline(limit=100)]
    assert len(set(ids)) == 21
    # Each page started right after the previous page's last row.
    for (_, after), row in zip(journal.pages[1:], range(3, 21, 4), strict=False):
        assert after == model.summary_at(row).cursor


def test_rows_carry_summary_id_and_a_spoken_description(services: Services, add_entries) -> None:
    [entry_id] = add_entries(1, tags=["rest"])
    model = TimelineModel(services.journal)
    model.fetchMore()
    index = model.index(0)
    assert index.data(ENTRY_ID_ROLE) == entry_id
    assert index.data(SUMMARY_ROLE).title == "Entry 0"
    spoken = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Entry 0" in spoken
    assert "rest" in spoken


def test_saved_entry_is_inserted_in_place_without_a_reset(
    services: Services, add_entries, qtbot
) -> None:
    add_entries(5)  # 30 June back to 26 June 2024
    model = TimelineModel(services.journal, page_size=10)
    model.fetchMore()
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    middle = services.journal.create(EntryInput(date(2024, 6, 28), title="Middle"))
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.upsert(services.journal.summary(middle.id))
    assert inserted.args[1:] == [2, 2]  # after the 30th and the 29th, before the older 28th
    assert [model.summary_at(r).title for r in range(3)] == ["Entry 0", "Entry 1", "Middle"]
    assert model.rowCount() == 6
    assert not resets


def test_changed_entry_updates_its_row_with_data_changed(
    services: Services, add_entries, qtbot
) -> None:
    ids = add_entries(3)
    model = TimelineModel(services.journal)
    model.fetchMore()
    services.journal.update(ids[1], EntryInput(date(2024, 6, 29), title="Renamed"))
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.upsert(services.journal.summary(ids[1]))
    assert changed.args[0].row() == 1
    assert model.summary_at(1).title == "Renamed"
    assert model.rowCount() == 3


def test_entry_with_a_new_date_moves(services: Services, add_entries) -> None:
    ids = add_entries(3)
    model = TimelineModel(services.journal)
    model.fetchMore()
    services.journal.update(ids[2], EntryInput(date(2024, 7, 5), title="Moved"))
    model.upsert(services.journal.summary(ids[2]))
    assert [model.summary_at(r).id for r in range(3)] == [ids[2], ids[0], ids[1]]


def test_old_entry_waits_for_its_page_when_more_rows_are_to_come(
    services: Services, add_entries
) -> None:
    add_entries(10)
    model = TimelineModel(services.journal, page_size=4)
    model.fetchMore()
    old = services.journal.create(EntryInput(date(2001, 1, 1), title="Long ago"))
    model.upsert(services.journal.summary(old.id))
    assert model.rowCount() == 4  # not loaded early, out of order
    while model.canFetchMore():
        model.fetchMore()
    assert model.summary_at(model.rowCount() - 1).title == "Long ago"
    assert model.rowCount() == 11


def test_filter_decides_what_an_upsert_shows(services: Services, add_entries) -> None:
    add_entries(2, tags=["rest"])
    model = TimelineModel(services.journal, where=TimelineFilter(tag="rest"))
    model.fetchMore()
    other = services.journal.create(EntryInput(date(2024, 7, 1), title="Work", tags=["work"]))
    model.upsert(services.journal.summary(other.id))
    assert model.rowCount() == 2
    services.journal.update(other.id, EntryInput(date(2024, 7, 1), tags=["rest"]))
    model.upsert(services.journal.summary(other.id))
    assert model.rowCount() == 3
    services.journal.trash(other.id)
    model.upsert(services.journal.summary(other.id))
    assert model.rowCount() == 2


def test_set_filter_starts_a_new_list(services: Services, add_entries) -> None:
    add_entries(3, tags=["rest"])
    add_entries(2, start=date(2023, 1, 1), tags=["work"])
    model = TimelineModel(services.journal)
    model.fetchMore()
    model.set_filter(replace(model.where, tag="work"))
    assert model.rowCount() == 0
    model.fetchMore()
    assert model.rowCount() == 2


def _result(services: Services, title: str, body: str):  # type: ignore[no-untyped-def]
    services.journal.create(EntryInput(date(2024, 1, 1), title=title, body=body))
    return services.journal.search("tea")


def test_search_rows_escape_entry_text_before_highlighting(services: Services) -> None:
    results = _result(services, "Tea <b>time</b>", "Milk & tea & <script>x</script>")
    model = SearchModel()
    model.set_results(results, more=False)
    title = model.index(0).data(TITLE_HTML_ROLE)
    snippet = model.index(0).data(SNIPPET_HTML_ROLE)
    assert title == "<b>Tea</b> &lt;b&gt;time&lt;/b&gt;"
    assert "&amp; <b>tea</b> &amp;" in snippet
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert MARK_START not in model.index(0).data(Qt.ItemDataRole.DisplayRole)


def test_search_rows_of_content_noted_entries_show_no_words(services: Services) -> None:
    services.journal.create(
        EntryInput(date(2024, 1, 1), body="tea and grief", content_note="Loss")
    )
    model = SearchModel()
    model.set_results(services.journal.search("tea"), more=False)
    assert model.index(0).data(SNIPPET_HTML_ROLE) == ""
    spoken = model.index(0).data(Qt.ItemDataRole.DisplayRole)
    assert "grief" not in spoken
    assert "Loss" in spoken


def test_search_model_asks_for_more_once_until_answered(qtbot) -> None:
    model = SearchModel()
    model.set_results([], more=True)
    with qtbot.waitSignal(model.more_wanted) as wanted:
        model.fetchMore()
    assert wanted.args == [0]
    assert not model.canFetchMore()  # waiting for the answer
    model.append_results([], more=False)
    assert not model.canFetchMore()


def test_loaded_rows_add_nothing_for_the_collector_to_walk(
    services: Services, add_entries
) -> None:
    # The collector's full passes walk every container object; rows that each brought
    # several (a dict, a list, a cached string per role) made scrolling 50,000 entries
    # stall for a full pass (docs/benchmarks.md, "Scrolling without a stall").
    add_entries(200, tags=("tea", "walk"))
    model = TimelineModel(services.journal, page_size=40)
    model.fetchMore()  # the first two pages: queries compiled and cached once
    model.fetchMore()
    gc.collect()
    before = len(gc.get_objects())
    for _ in range(3):
        model.fetchMore()
    for row in range(model.rowCount()):
        model.data(model.index(row), Qt.ItemDataRole.DisplayRole)
        model.data(model.index(row), SUMMARY_ROLE)
    gc.collect()
    added = len(gc.get_objects()) - before
    assert model.rowCount() == 200
    assert added <= 30  # rows are untracked tuples: a few objects for the pages, none per row


def test_rows_with_the_same_tag_share_one_string(services: Services, add_entries) -> None:
    # Each row's tags come from the database as strings of their own; kept as they came,
    # 50,000 rows held 50,000 copies of the same few words.
    add_entries(3, tags=("walk",))
    model = TimelineModel(services.journal)
    model.fetchMore()
    first, second = (model.data(model.index(row), SUMMARY_ROLE) for row in (0, 2))
    assert first.tags == second.tags == ("walk",)
    assert first.tags[0] is second.tags[0]
