"""Journal service: writing, the timeline, filters, tags, search, trash, "On this day"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.journal.entries import (
    EntryInput,
    Journal,
    TimelineFilter,
    normalise_tags,
    word_count,
)
from hj_journal.core.services import Services


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def journal(services: Services, clock: Clock) -> Journal:
    return Journal(services.vault, clock=clock)


def _entry(day: int, title: str = "", body: str = "", tags: tuple[str, ...] = ()) -> EntryInput:
    return EntryInput(entry_date=date(2026, 5, day), title=title, body=body, tags=tags)


def test_create_and_update_round_trip(journal: Journal) -> None:
    created = journal.create(_entry(3, " Morning ", "Rain *soft*.", ("#calm", "walk", "Calm")))
    assert created.title == "Morning"
    assert created.tags == ("calm", "walk")
    assert created.words == 2
    updated = journal.update(created.id, _entry(4, "Evening", "Sun.", ("sun",)))
    again = journal.get(created.id)
    assert again == updated
    assert again.entry_date == date(2026, 5, 4)
    assert again.tags == ("sun",)
    assert again.updated_at > created.updated_at
    assert again.created_at == created.created_at


def test_bad_input_is_refused_and_nothing_is_saved(journal: Journal) -> None:
    with pytest.raises(InputError):
        journal.create(_entry(1, title="x" * 501))
    with pytest.raises(InputError):
        journal.create(_entry(1, tags=("x" * 65,)))
    with pytest.raises(InputError):
        journal.create(EntryInput(entry_date=date(2026, 1, 1), mood=4))
    assert journal.count() == 0
    with pytest.raises(NotFoundError):
        journal.get(12345)


def test_timeline_pages_with_a_cursor_newest_first(journal: Journal) -> None:
    for day in range(1, 26):
        journal.create(_entry(day, f"Day {day}"))
    journal.create(_entry(25, "Later the same day"))
    seen: list[str] = []
    page = journal.timeline(limit=7)
    while page:
        seen.extend(e.title for e in page)
        page = journal.timeline(limit=7, after=page[-1].cursor)
    assert seen[:3] == ["Later the same day", "Day 25", "Day 24"]
    assert seen[-1] == "Day 1"
    assert len(seen) == len(set(seen)) == 26


def test_filters_by_tag_and_date_range(journal: Journal) -> None:
    journal.create(_entry(1, "a", tags=("home",)))
    journal.create(_entry(10, "b", tags=("work",)))
    journal.create(_entry(20, "c", tags=("home", "work")))
    home = TimelineFilter(tag="home")
    assert [e.title for e in journal.timeline(where=home)] == ["c", "a"]
    assert journal.count(home) == 2
    ranged = TimelineFilter(day_from=date(2026, 5, 5), day_to=date(2026, 5, 20))
    assert [e.title for e in journal.timeline(where=ranged)] == ["c", "b"]
    assert journal.tags() == [("home", 2), ("work", 2)]
    assert journal.days_with_entries(date(2026, 5, 1), date(2026, 5, 15)) == {
        date(2026, 5, 1),
        date(2026, 5, 10),
    }


def test_content_note_hides_the_preview(journal: Journal) -> None:
    journal.create(
        EntryInput(entry_date=date(2026, 1, 1), body="hard things", content_note="grief")
    )
    (row,) = journal.timeline()
    assert row.has_content_note and row.preview == ""


def test_search_returns_summaries_with_marks(journal: Journal) -> None:
    journal.create(_entry(1, "Sea", "waves and salt"))
    journal.create(_entry(2, "Hills", "wind"))
    (result,) = journal.search("salt")
    assert result.summary.title == "Sea"
    assert "\x02salt\x03" in result.snippet_marked
    assert journal.count_matches("wind") == 1


def test_trash_restore_and_delete_forever(journal: Journal, clock: Clock) -> None:
    keep = journal.create(_entry(1, "keep"))
    gone = journal.create(_entry(2, "gone", "unique-word-xyz"))
    journal.trash(gone.id)
    assert [e.title for e in journal.timeline()] == ["keep"]
    assert [e.title for e in journal.timeline(where=TimelineFilter(trashed=True))] == ["gone"]
    assert journal.search("unique") == []
    journal.restore(gone.id)
    assert journal.count() == 2
    journal.trash(gone.id)
    assert journal.empty_trash() == 1
    with pytest.raises(NotFoundError):
        journal.get(gone.id)
    assert journal.get(keep.id).title == "keep"


def test_trash_older_than_thirty_days_is_purged(journal: Journal, clock: Clock) -> None:
    old = journal.create(_entry(1, "old"))
    journal.trash(old.id)
    clock.now += timedelta(days=29)
    recent = journal.create(_entry(2, "recent"))
    journal.trash(recent.id)
    assert journal.purge_expired_trash() == 0
    clock.now += timedelta(days=2)
    assert journal.purge_expired_trash() == 1
    assert journal.count(TimelineFilter(trashed=True)) == 1


def test_tags_and_words_helpers() -> None:
    assert normalise_tags(["  self   care ", "@Self care", "", "#a"]) == ("a", "self care")
    assert word_count("one, two — three\nfour") == 4


def test_summary_is_one_timeline_row(services: Services) -> None:
    saved = services.journal.create(
        EntryInput(date(2024, 5, 3), title="Morning", body="Slow tea.", tags=["rest"])
    )
    row = services.journal.summary(saved.id)
    assert row == services.journal.timeline()[0]
    assert (row.title, row.preview, row.tags) == ("Morning", "Slow tea.", ("rest",))


def test_summary_of_missing_entry_says_so(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.journal.summary(9999)


def test_content_note_travels_with_the_row_instead_of_the_preview(services: Services) -> None:
    saved = services.journal.create(
        EntryInput(date(2024, 5, 3), body="Hard things.", content_note="Grief")
    )
    row = services.journal.summary(saved.id)
    assert row.content_note == "Grief"
    assert row.preview == ""
    assert row.has_content_note


def test_on_this_day_lists_earlier_years_only(services: Services) -> None:
    journal = services.journal
    for day, title in [
        (date(2025, 5, 3), "last year"),
        (date(2020, 5, 3), "long ago"),
        (date(2026, 5, 3), "today itself"),
        (date(2025, 5, 4), "a day later"),
        (date(2027, 5, 3), "a future year"),
    ]:
        journal.create(EntryInput(day, title=title))
    trashed = journal.create(EntryInput(date(2023, 5, 3), title="in the trash"))
    journal.trash(trashed.id)
    rows = journal.on_this_day(date(2026, 5, 3))
    assert [r.title for r in rows] == ["last year", "long ago"]
    assert journal.on_this_day(date(2026, 5, 3), limit=1)[0].title == "last year"


def test_on_this_day_for_29_february_uses_leap_years(services: Services) -> None:
    journal = services.journal
    journal.create(EntryInput(date(2020, 2, 29), title="leap"))
    journal.create(EntryInput(date(2023, 2, 28), title="not leap"))
    assert [r.title for r in journal.on_this_day(date(2024, 2, 29))] == ["leap"]
    assert journal.on_this_day(date(1, 1, 1)) == []
