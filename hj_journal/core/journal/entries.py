"""Journal entries: write, edit, list, find, trash and restore.

The timeline pages with a keyset cursor (the last row's date, time and id) rather than
OFFSET, so scrolling to the end of 50,000 entries costs the same per page as the start.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, delete, func, select, text, tuple_
from sqlalchemy.orm import Session, selectinload

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.core.events import EntriesChanged, EntrySaved, EntryTrashed, Events
from hj_journal.core.journal.attachments import remove_unused_contents
from hj_journal.store import search as fts
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import Entry, EntryTag
from hj_journal.store.vault import Vault

TRASH_DAYS = 30
MAX_TITLE = 500
MAX_BODY = 5_000_000  # five million characters: far beyond any real entry
MAX_TAG = 64
PREVIEW_CHARS = 160

_WORD = re.compile(r"\w+", re.UNICODE)
# A photo shown in Preview where it is written (hj_journal.ui.journal.attachments):
# left out of the timeline's preview, which is words only.
_PHOTO_LINK = re.compile(r"!\[[^\]\n]*\]\(hjattach:[0-9a-f]{32}\)")


def word_count(text: str) -> int:
    """Words in a piece of text (letters and digits in a row count as one word)."""
    return len(_WORD.findall(text))


def normalise_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Trim tags, drop a leading # or @, drop empties and repeats (ignoring case)."""
    seen: dict[str, str] = {}
    for raw in tags:
        tag = " ".join(raw.split()).lstrip("#@").strip()
        if not tag:
            continue
        if len(tag) > MAX_TAG:
            raise InputError(
                translate(
                    "JournalEntries",
                    "A tag can be at most {max_tag} characters long.",
                ).format(max_tag=MAX_TAG)
            )
        seen.setdefault(tag.casefold(), tag)
    return tuple(sorted(seen.values(), key=str.casefold))


@dataclass(frozen=True)
class EntryInput:
    """What the editor (or the command line) hands in to save."""

    entry_date: date
    title: str = ""
    body: str = ""
    tags: Sequence[str] = ()
    content_note: str | None = None
    prompt_key: str | None = None
    mood: int | None = None
    pinned: bool = False


@dataclass(frozen=True)
class EntryView:
    """A whole entry, as shown in the editor."""

    id: int
    uuid: str
    entry_date: date
    title: str
    body: str
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    content_note: str | None
    prompt_key: str | None
    mood: int | None
    pinned: bool
    deleted_at: datetime | None

    @property
    def words(self) -> int:
        """The entry's word count."""
        return word_count(self.body)


@dataclass(frozen=True)
class EntrySummary:
    """A row of the timeline: enough to show, not the whole body."""

    id: int
    entry_date: date
    created_at: datetime
    title: str
    preview: str
    tags: tuple[str, ...]
    has_content_note: bool
    pinned: bool
    deleted_at: datetime | None = None
    # Shown instead of the preview (which is empty when there is a note).
    content_note: str | None = None

    @property
    def cursor(self) -> TimelineCursor:
        """Where the next page of the timeline starts."""
        return TimelineCursor(self.entry_date, self.created_at, self.id)


@dataclass(frozen=True)
class TimelineCursor:
    """The position after which the next timeline page starts."""

    entry_date: date
    created_at: datetime
    id: int


# Said here so the UI and the command line take them from the journal, never the store.
MARK_START = fts.MARK_START
MARK_END = fts.MARK_END
Order = fts.Order  # how search results are sorted: "newest" first or "best" match first
# How far word forms have been added to search: indexed, total, finished, percent.
SearchIndexProgress = fts.Progress


@dataclass(frozen=True)
class SearchResult:
    """A matching entry with title and snippet marked with MARK_START … MARK_END."""

    summary: EntrySummary
    title_marked: str
    snippet_marked: str


@dataclass(frozen=True)
class TimelineFilter:
    """Which entries the timeline shows."""

    tag: str | None = None
    day_from: date | None = None
    day_to: date | None = None
    trashed: bool = False


def _narrowing(where: TimelineFilter | None) -> fts.Narrowing | None:
    if where is None:
        return None
    return fts.Narrowing(tag=where.tag, day_from=where.day_from, day_to=where.day_to)


def _summary(entry: Entry) -> EntrySummary:
    return _summary_of(entry, tuple(t.name for t in entry.tags))


def _summary_of(entry: Any, tags: tuple[str, ...]) -> EntrySummary:
    """The summary of an entry or of a row with the same columns (see _SEARCH_COLUMNS)."""
    body = " ".join(_PHOTO_LINK.sub("", entry.body).split())
    preview = body if len(body) <= PREVIEW_CHARS else body[: PREVIEW_CHARS - 1] + "…"
    return EntrySummary(
        id=entry.id,
        entry_date=entry.entry_date,
        created_at=entry.created_at,
        title=entry.title,
        preview="" if entry.content_note else preview,
        tags=tags,
        has_content_note=bool(entry.content_note),
        pinned=entry.pinned,
        deleted_at=entry.deleted_at,
        content_note=entry.content_note,
    )


# What a search result shows of an entry (read as plain rows: _summary_of).
_SEARCH_COLUMNS = (
    Entry.id,
    Entry.entry_date,
    Entry.created_at,
    Entry.title,
    Entry.body,
    Entry.tag_text,
    Entry.content_note,
    Entry.pinned,
    Entry.deleted_at,
)


def _view(entry: Entry) -> EntryView:
    return EntryView(
        id=entry.id,
        uuid=entry.uuid,
        entry_date=entry.entry_date,
        title=entry.title,
        body=entry.body,
        tags=tuple(t.name for t in entry.tags),
        created_at=entry.created_at,
        updated_at=entry.updated_at,
        content_note=entry.content_note,
        prompt_key=entry.prompt_key,
        mood=entry.mood,
        pinned=entry.pinned,
        deleted_at=entry.deleted_at,
    )


def _check(data: EntryInput) -> tuple[str, ...]:
    if len(data.title) > MAX_TITLE:
        raise InputError(
            translate(
                "JournalEntries",
                "A title can be at most {max_title} characters long.",
            ).format(max_title=MAX_TITLE)
        )
    if len(data.body) > MAX_BODY:
        raise InputError(
            translate(
                "JournalEntries",
                "This entry is too long to save in one piece; please split it.",
            )
        )
    if data.mood is not None and not -3 <= data.mood <= 3:
        raise InputError(
            translate(
                "JournalEntries",
                "Mood is a number from −3 to 3.",
            )
        )
    return normalise_tags(data.tags)


class Journal:
    """Entries in one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        clock: Callable[[], datetime] = utcnow,
        events: Events | None = None,
    ) -> None:
        self._vault = vault
        self._clock = clock
        self._events = events if events is not None else Events()

    # ------------------------------------------------------------------ writing

    def create(
        self, data: EntryInput, *, source: str | None = None, source_id: str | None = None
    ) -> EntryView:
        """Save a new entry and return it."""
        tags = _check(data)
        now = self._clock()
        with self._vault.transaction() as session:
            entry = Entry(created_at=now, updated_at=now, source=source, source_id=source_id)
            self._apply(entry, data, tags)
            session.add(entry)
            session.flush()
            saved = _view(entry)
        self._events.emit(EntrySaved(saved.id))
        return saved

    def update(self, entry_id: int, data: EntryInput) -> EntryView:
        """Save changes to an entry."""
        tags = _check(data)
        with self._vault.transaction() as session:
            entry = self._load(session, entry_id)
            self._apply(entry, data, tags)
            entry.updated_at = self._clock()
            session.flush()
            saved = _view(entry)
        self._events.emit(EntrySaved(saved.id))
        return saved

    @staticmethod
    def _apply(entry: Entry, data: EntryInput, tags: tuple[str, ...]) -> None:
        entry.entry_date = data.entry_date
        entry.title = data.title.strip()
        entry.body = data.body
        entry.content_note = (data.content_note or "").strip() or None
        entry.prompt_key = data.prompt_key
        entry.mood = data.mood
        entry.pinned = data.pinned
        current = {t.name: t for t in entry.tags}
        if set(current) != set(tags):
            entry.tags = [current.get(name) or EntryTag(name=name) for name in tags]

    # ------------------------------------------------------------------ reading

    def get(self, entry_id: int) -> EntryView:
        """One entry (also from the trash)."""
        with self._vault.session() as session:
            return _view(self._load(session, entry_id))

    def find_by_uuid(self, uuid: str) -> EntryView | None:
        """The entry with this uuid, if there is one."""
        with self._vault.session() as session:
            entry = session.scalar(
                select(Entry).where(Entry.uuid == uuid).options(selectinload(Entry.tags))
            )
            return _view(entry) if entry else None

    @staticmethod
    def _load(session: Session, entry_id: int) -> Entry:
        entry = session.get(Entry, entry_id, options=[selectinload(Entry.tags)])
        if entry is None:
            raise NotFoundError(
                translate(
                    "JournalEntries",
                    "That entry no longer exists.",
                )
            )
        return entry

    def timeline(
        self,
        *,
        limit: int = 200,
        after: TimelineCursor | None = None,
        where: TimelineFilter | None = None,
    ) -> list[EntrySummary]:
        """A page of entries, newest first, starting after ``after``."""
        where = where or TimelineFilter()
        query = self._filtered(select(Entry), where)
        if after is not None:
            key = tuple_(Entry.entry_date, Entry.created_at, Entry.id)
            query = query.where(key < tuple_(after.entry_date, after.created_at, after.id))
        query = (
            query.order_by(Entry.entry_date.desc(), Entry.created_at.desc(), Entry.id.desc())
            .limit(limit)
            .options(selectinload(Entry.tags))
        )
        with self._vault.session() as session:
            return [_summary(e) for e in session.scalars(query)]

    def count(self, where: TimelineFilter | None = None) -> int:
        """How many entries the filter matches."""
        query = self._filtered(select(func.count(Entry.id)), where or TimelineFilter())
        with self._vault.session() as session:
            return int(session.scalar(query) or 0)

    @staticmethod
    def _filtered(query: Select[Any], where: TimelineFilter) -> Select[Any]:
        if where.trashed:
            query = query.where(Entry.deleted_at.is_not(None))
        else:
            query = query.where(Entry.deleted_at.is_(None))
        if where.tag:
            query = query.where(
                Entry.id.in_(select(EntryTag.entry_id).where(EntryTag.name == where.tag))
            )
        if where.day_from:
            query = query.where(Entry.entry_date >= where.day_from)
        if where.day_to:
            query = query.where(Entry.entry_date <= where.day_to)
        return query

    def latest(self, count: int = 5) -> list[EntrySummary]:
        """The newest few entries (for Today)."""
        return self.timeline(limit=count)

    def days_with_entries(self, first: date, last: date) -> set[date]:
        """Days between ``first`` and ``last`` (inclusive) that have entries."""
        query = (
            select(Entry.entry_date)
            .where(Entry.deleted_at.is_(None))
            .where(Entry.entry_date.between(first, last))
            .distinct()
        )
        with self._vault.session() as session:
            return set(session.scalars(query))

    def tags(self) -> list[tuple[str, int]]:
        """Every tag in use with how many entries carry it, most used first."""
        # INDEXED BY: the trash check then reads the narrow covering index instead of a
        # whole encrypted row per tag (about twice as fast at 50,000 entries).
        query = text(
            "SELECT t.name, count(*) FROM entry_tags t "
            "JOIN entries e INDEXED BY ix_entries_search_order ON e.id = t.entry_id "
            "WHERE e.deleted_at IS NULL GROUP BY t.name ORDER BY count(*) DESC, t.name"
        )
        with self._vault.session() as session:
            return [(str(name), int(n)) for name, n in session.execute(query)]

    def search(
        self,
        text: str,
        *,
        order: Order = "newest",
        limit: int = 50,
        offset: int = 0,
        where: TimelineFilter | None = None,
    ) -> list[SearchResult]:
        """Entries matching ``text``, with highlighted titles and snippets.

        Unquoted words find their word forms ("tightening" finds "tight"); quoted
        phrases match exactly. ``where`` narrows by tag and days (never the trash).
        """
        with self._vault.session() as session:
            # While word forms are still being added, the index matches exact words.
            marker = fts.Highlighter(text, forms=fts.finds_word_forms(session))
            ids = fts.search_ids(
                session, text, order=order, limit=limit, offset=offset, narrowing=_narrowing(where)
            )
            if not ids:
                return []
            # Plain rows, not ORM objects: a page of results is read, shown and dropped.
            entries = {
                row.id: row
                for row in session.execute(select(*_SEARCH_COLUMNS).where(Entry.id.in_(ids)))
            }
            tags: dict[int, list[str]] = {}
            for entry_id, name in session.execute(
                select(EntryTag.entry_id, EntryTag.name)
                .where(EntryTag.entry_id.in_(ids))
                .order_by(EntryTag.name)
            ):
                tags.setdefault(entry_id, []).append(name)
            results = []
            read_in = fts.IndexLanguages(session, ids)
            for entry_id in ids:
                entry = entries.get(entry_id)
                if entry is None:
                    continue
                # Marked in the languages the index read the entry in, so the words
                # marked are the words that matched.
                languages = read_in.of(
                    entry_id,
                    fts.languages_when_needed(entry.title, entry.body, entry.tag_text),
                )
                # A content-noted entry shows its note, never a piece of its body.
                snippet = (
                    "" if entry.content_note else marker.snippet(entry.body, languages=languages)
                )
                summary = _summary_of(entry, tuple(tags.get(entry_id, ())))
                results.append(SearchResult(summary, marker.mark(entry.title, languages), snippet))
            return results

    def count_matches(self, text: str, where: TimelineFilter | None = None) -> int:
        """How many entries match ``text`` (narrowed by ``where``'s tag and days)."""
        with self._vault.session() as session:
            return fts.count_matches(session, text, _narrowing(where))

    def word_forms_progress(self) -> SearchIndexProgress:
        """How far adding word forms to search has come (after an update, in big vaults)."""
        with self._vault.session() as session:
            return fts.index_progress(session)

    def add_word_forms(self) -> SearchIndexProgress:
        """Add word forms for the next few hundred entries (a few tenths of a second)."""
        with self._vault.transaction() as session:
            return fts.index_some(session)

    # ------------------------------------------------------------------ trash

    def trash(self, entry_id: int) -> None:
        """Move an entry to the trash (restorable for 30 days)."""
        with self._vault.transaction() as session:
            self._load(session, entry_id).deleted_at = self._clock()
        self._events.emit(EntryTrashed(entry_id))

    def restore(self, entry_id: int) -> None:
        """Bring an entry back from the trash."""
        with self._vault.transaction() as session:
            self._load(session, entry_id).deleted_at = None
        self._events.emit(EntrySaved(entry_id))  # it is back where it belongs

    def delete_forever(self, entry_ids: Iterable[int]) -> int:
        """Remove entries for good: rows, index segments and log frames are overwritten."""
        ids = list(entry_ids)
        if not ids:
            return 0
        with self._vault.transaction() as session:
            removed = session.scalar(select(func.count()).where(Entry.id.in_(ids))) or 0
            session.execute(delete(Entry).where(Entry.id.in_(ids)))
            remove_unused_contents(session)  # photos and files no other entry holds
            fts.optimize_index(session)
        self._vault.checkpoint()
        if removed:
            self._events.emit(EntriesChanged())
        return int(removed)

    def empty_trash(self) -> int:
        """Delete every entry in the trash forever."""
        return self.delete_forever(self._trashed_ids(before=None))

    def purge_expired_trash(self) -> int:
        """Delete entries that have been in the trash for more than 30 days."""
        return self.delete_forever(self._trashed_ids(before=self._clock() - timedelta(TRASH_DAYS)))

    def _trashed_ids(self, *, before: datetime | None) -> list[int]:
        query = select(Entry.id).where(Entry.deleted_at.is_not(None))
        if before is not None:
            query = query.where(Entry.deleted_at < before)
        with self._vault.session() as session:
            return list(session.scalars(query))

    # ------------------------------------------------------------------ for the desktop app

    def summary(self, entry_id: int) -> EntrySummary:
        """One entry as a timeline row (also from the trash), to update a list in place."""
        with self._vault.session() as session:
            return _summary(self._load(session, entry_id))

    def on_this_day(self, day: date, *, years: int = 100, limit: int = 10) -> list[EntrySummary]:
        """Entries dated on this calendar day in earlier years, newest first.

        29 February only matches earlier leap years. The days are listed explicitly so
        the query uses the timeline index instead of scanning every entry's date.
        """
        days: list[date] = []
        for back in range(1, years + 1):
            if day.year - back < 1:
                break
            try:
                days.append(day.replace(year=day.year - back))
            except ValueError:  # 29 February in a year that has none
                continue
        if not days:
            return []
        query = (
            select(Entry)
            .where(Entry.deleted_at.is_(None))
            .where(Entry.entry_date.in_(days))
            .order_by(Entry.entry_date.desc(), Entry.created_at.desc(), Entry.id.desc())
            .limit(limit)
            .options(selectinload(Entry.tags))
        )
        with self._vault.session() as session:
            return [_summary(e) for e in session.scalars(query)]
