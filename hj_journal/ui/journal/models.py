"""Thin list models over the journal's timeline rows and search results.

:class:`TimelineModel` never loads the whole journal: the view asks for more rows as it
scrolls (``canFetchMore``/``fetchMore``) and each page continues from the last row's
keyset cursor, so page 500 costs what page 1 costs. A saved entry updates its row in
place (``dataChanged``) or is inserted where it belongs, never with a full reset.

Each loaded row is kept as a plain tuple of its summary's fields (dates, strings, the
tags as a tuple of strings), which Python's garbage collector stops tracking after its
first look; a summary is made again when asked for. With a summary object per row the
collector's full passes walked 50,000 more objects late in a long scroll
(docs/benchmarks.md, "Scrolling without a stall").
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from hj_journal.core.journal.entries import EntrySummary, Journal, SearchResult, TimelineFilter
from hj_journal.core.vaults import VaultLockedError
from hj_journal.ui.common.dates import day_text
from hj_journal.ui.journal.marks import marked_to_html, strip_marks

SUMMARY_ROLE = Qt.ItemDataRole.UserRole + 1
ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # only search results have these two
SNIPPET_HTML_ROLE = Qt.ItemDataRole.UserRole + 4
TWO_VERSIONS_ROLE = Qt.ItemDataRole.UserRole + 5  # edited on two devices (ui/sync)

Index = QModelIndex | QPersistentModelIndex


# A loaded row: an EntrySummary's fields in order (atoms only, so the collector lets go).
Packed = tuple[Any, ...]
_FIELDS = tuple(f.name for f in fields(EntrySummary))
_ID, _DATE, _CREATED, _TAGS = (
    _FIELDS.index(name) for name in ("id", "entry_date", "created_at", "tags")
)


def _pack(row: EntrySummary) -> Packed:
    # astuple would deep-copy; the fields are immutable already. Each row's tags arrive
    # as strings of their own: interned, 50,000 rows share one "walk" (5 MiB less there).
    packed = [getattr(row, name) for name in _FIELDS]
    packed[_TAGS] = tuple(map(sys.intern, row.tags))
    return tuple(packed)


def _unpack(packed: Packed) -> EntrySummary:
    return EntrySummary(*packed)


def _sort_key(row: EntrySummary) -> tuple[Any, ...]:
    return (row.entry_date, row.created_at, row.id)


def _packed_key(packed: Packed) -> tuple[Any, ...]:
    return (packed[_DATE], packed[_CREATED], packed[_ID])


class _EntryRows(QAbstractListModel):
    """Rows that are entries; subclasses decide where rows come from."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Packed] = []
        self._two_versions: frozenset[int] = frozenset()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def summary_at(self, row: int) -> EntrySummary:
        """The entry shown in ``row``."""
        return _unpack(self._rows[row])

    def row_of(self, entry_id: int) -> int | None:
        """The row showing ``entry_id`` among the rows loaded so far."""
        for row, packed in enumerate(self._rows):
            if packed[_ID] == entry_id:
                return row
        return None

    def set_two_versions(self, entry_ids: frozenset[int]) -> None:
        """The entries edited on two devices, waiting for a choice (their rows say so)."""
        changed = entry_ids ^ self._two_versions
        self._two_versions = entry_ids
        for entry_id in changed:
            row = self.row_of(entry_id)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        packed = self._rows[index.row()]
        if role == ENTRY_ID_ROLE:
            return packed[_ID]
        if role == TWO_VERSIONS_ROLE:
            return packed[_ID] in self._two_versions
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            spoken = self._spoken(_unpack(packed))
            if packed[_ID] in self._two_versions:
                spoken += ". " + self.tr("Edited on two devices")
            return spoken
        if role == SUMMARY_ROLE:
            return _unpack(packed)
        return None

    def _spoken(self, summary: EntrySummary, detail: str | None = None) -> str:
        """What a screen reader says for a row: date, title, tags, note or preview."""
        title = summary.title or self.tr("Untitled")
        parts = [day_text(summary.entry_date), title]
        if summary.tags:
            parts.append(self.tr("tags: %1").replace("%1", ", ".join(summary.tags)))
        if summary.has_content_note:
            parts.append(self.tr("content note: %1").replace("%1", summary.content_note or ""))
        elif detail is not None:
            parts.append(detail)
        elif summary.preview:
            parts.append(summary.preview)
        return ". ".join(p for p in parts if p)

    def remove_entry(self, entry_id: int) -> None:
        """Drop the row showing ``entry_id``, if it is loaded."""
        row = self.row_of(entry_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def clear(self) -> None:
        """Forget every row (the vault is locking)."""
        self.beginResetModel()
        self._rows = []
        self._more = False
        self.endResetModel()


class TimelineModel(_EntryRows):
    """The timeline, newest first, loaded a page at a time."""

    def __init__(
        self,
        journal: Journal,
        *,
        where: TimelineFilter | None = None,
        page_size: int = 100,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._where = where or TimelineFilter()
        self._page_size = page_size
        self._more = True

    @property
    def where(self) -> TimelineFilter:
        """The filter in force."""
        return self._where

    def set_filter(self, where: TimelineFilter) -> None:
        """Show other entries (a new list, so the one reset here is honest)."""
        self.beginResetModel()
        self._where = where
        self._rows = []
        self._more = True
        self.endResetModel()

    def reload(self) -> None:
        """Start again from the newest entry (after many entries changed at once)."""
        self.set_filter(self._where)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        after = _unpack(self._rows[-1]).cursor if self._rows else None
        try:
            page = self._journal.timeline(limit=self._page_size, after=after, where=self._where)
        except VaultLockedError:
            # The vault locked while a view still wanted rows: there is nothing more to show.
            self._more = False
            return
        self._more = len(page) == self._page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(map(_pack, page))
            self.endInsertRows()

    def _matches(self, row: EntrySummary) -> bool:
        where = self._where
        if (row.deleted_at is not None) != where.trashed:
            return False
        if where.tag and where.tag not in row.tags:
            return False
        if where.day_from and row.entry_date < where.day_from:
            return False
        return not (where.day_to and row.entry_date > where.day_to)

    def _position(self, row: EntrySummary) -> int:
        """Where ``row`` belongs among the loaded rows (newest first)."""
        key, low, high = _sort_key(row), 0, len(self._rows)
        while low < high:
            mid = (low + high) // 2
            if _packed_key(self._rows[mid]) > key:
                low = mid + 1
            else:
                high = mid
        return low

    def upsert(self, row: EntrySummary) -> None:
        """Show a saved, trashed or restored entry where it now belongs."""
        current = self.row_of(row.id)
        if current is not None:
            if self._matches(row) and _packed_key(self._rows[current]) == _sort_key(row):
                self._rows[current] = _pack(row)
                index = self.index(current)
                self.dataChanged.emit(index, index)
                return
            self.remove_entry(row.id)
        if not self._matches(row):
            return
        position = self._position(row)
        if position == len(self._rows) and self._more:
            return  # it belongs further down; a later page will bring it
        self.beginInsertRows(QModelIndex(), position, position)
        self._rows.insert(position, _pack(row))
        self.endInsertRows()


class SearchModel(_EntryRows):
    """Search results with highlighted titles and snippets, filled by a search runner."""

    more_wanted = Signal(int)  # the view scrolled to the end: fetch from this offset

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._marked: list[SearchResult] = []
        self._more = False
        self._waiting = False

    def set_results(self, results: Sequence[SearchResult], *, more: bool) -> None:
        """Show the first page of a new search."""
        self.beginResetModel()
        self._marked = list(results)
        self._rows = [_pack(r.summary) for r in results]
        self._more = more
        self._waiting = False
        self.endResetModel()

    def append_results(self, results: Sequence[SearchResult], *, more: bool) -> None:
        """Add the next page of the same search."""
        self._more = more
        self._waiting = False
        if not results:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(results) - 1)
        self._marked.extend(results)
        self._rows.extend(_pack(r.summary) for r in results)
        self.endInsertRows()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more and not self._waiting

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._waiting = True
            self.more_wanted.emit(len(self._rows))

    def refresh_entry(self, row: EntrySummary) -> None:
        """Keep a shown result's date, tags and note current after it was saved."""
        current = self.row_of(row.id)
        if current is None:
            return
        if row.deleted_at is not None:
            self.remove_entry(row.id)
            return
        self._rows[current] = _pack(row)
        self._marked[current] = replace(self._marked[current], summary=row)
        index = self.index(current)
        self.dataChanged.emit(index, index)

    def remove_entry(self, entry_id: int) -> None:
        row = self.row_of(entry_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            del self._marked[row]
            self.endRemoveRows()

    def clear(self) -> None:
        """Forget every result."""
        self.beginResetModel()
        self._rows, self._marked, self._more = [], [], False
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < len(self._marked):
            result = self._marked[index.row()]
            if role == TITLE_HTML_ROLE:
                return marked_to_html(result.title_marked)
            if role == SNIPPET_HTML_ROLE:
                # A content note hides the body: its words never show in a snippet.
                if result.summary.has_content_note:
                    return ""
                return marked_to_html(result.snippet_marked)
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self._spoken(result.summary, strip_marks(result.snippet_marked))
        return super().data(index, role)
