"""Search as you type: wait for a pause in typing, then query off the GUI thread.

Searches are narrowed by the same tag and days as the timeline (:meth:`set_filter`).

Each keystroke restarts a short timer (about 250 ms); when it fires, the query runs on
a private one-thread :class:`QThreadPool`. Every search gets a generation number: a
queued search whose text is no longer current skips itself, and a result that arrives
after a newer search started is dropped, so a slow query can never overwrite the
answer to what the user typed since. Results reach the GUI thread by
signal; the worker never touches a widget or a model.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

from hj_journal.core.journal.entries import Journal, Order, SearchResult, TimelineFilter
from hj_journal.ui.journal.models import SearchModel

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
PAGE_SIZE = 50


@dataclass(frozen=True)
class SearchPage:
    """One page of answers to one search."""

    generation: int
    offset: int
    results: list[SearchResult]
    more: bool


@dataclass(frozen=True)
class SearchCount:
    """How many entries match a search (counted after its first page is shown)."""

    generation: int
    total: int


class _Signals(QObject):
    # job number, then a SearchPage, a SearchCount, an error kind (never the search
    # text) or None for a search that skipped itself
    finished = Signal(int, object)


class _SearchJob(QRunnable):
    """One query, run on the pool's thread (core services open their own session).

    The runner keeps each job alive until it reports back (auto-delete is off), so a
    Python object is never freed by the pool on another thread.
    """

    def __init__(
        self,
        number: int,
        journal: Journal,
        signals: _Signals,
        is_current: Callable[[int], bool],
        generation: int,
        text: str,
        order: Order,
        offset: int,
        limit: int,
        where: TimelineFilter,
    ) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._number, self._journal, self._signals = number, journal, signals
        self._is_current = is_current
        self._generation, self._text, self._order = generation, text, order
        self._offset, self._limit, self._where = offset, limit, where

    def run(self) -> None:
        if not self._is_current(self._generation):
            self._signals.finished.emit(self._number, None)  # the user typed on: skip it
            return
        try:
            found = self._journal.search(
                self._text,
                order=self._order,
                limit=self._limit + 1,
                offset=self._offset,
                where=self._where,
            )
            more = len(found) > self._limit
            page = SearchPage(self._generation, self._offset, found[: self._limit], more)
            # Results first; counting every match of a common word can take longer.
            self._signals.finished.emit(self._number, page)
            if self._offset == 0:
                total = len(page.results)
                if more and self._is_current(self._generation):
                    total = self._journal.count_matches(self._text, self._where)
                self._signals.finished.emit(self._number, SearchCount(self._generation, total))
        except Exception as error:  # reported to the GUI thread, which logs it
            kind = type(error).__name__
            self._signals.finished.emit(self._number, f"{self._generation}:{kind}")


class SearchRunner(QObject):
    """Feeds a :class:`SearchModel` from what the user types."""

    results_shown = Signal(int)  # generation, after the model changed
    total_changed = Signal(int)  # how many entries match (-1 while searching)

    def __init__(
        self,
        journal: Journal,
        model: SearchModel,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal, self._model, self._page_size = journal, model, page_size
        self._text = ""
        self.total: int | None = None  # matches of the current search, once counted
        self._order: Order = "newest"
        self._where = TimelineFilter()  # the tag and days the journal's filters chose
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # one thread, one connection (store/engine.py)
        self._signals = _Signals(self)
        self._jobs: dict[int, _SearchJob] = {}
        self._job_numbers = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self.run_now)
        self._signals.finished.connect(self._finished)
        self._model.more_wanted.connect(self._fetch_more)

    @property
    def text(self) -> str:
        """The search text in force."""
        return self._text

    @property
    def generation(self) -> int:
        """The number of the newest search."""
        return self._generation

    def set_text(self, text: str) -> None:
        """The user typed: search once they pause."""
        self._text = text.strip()
        if not self._text:
            self._timer.stop()
            self._generation += 1
            self._model.clear()
            return
        self._timer.start()

    def set_order(self, order: Order) -> None:
        """Newest first or best match first; re-runs the current search at once."""
        self._order = order
        if self._text:
            self.run_now()

    @property
    def where(self) -> TimelineFilter:
        """The tag and days searches are narrowed to."""
        return self._where

    def set_filter(self, where: TimelineFilter) -> None:
        """Narrow searches to a tag and a range of days; re-runs the current search."""
        if where == self._where:
            return
        self._where = where
        if self._text:
            self.run_now()

    @Slot()
    def run_now(self) -> None:
        """Search for the current text without waiting."""
        self._timer.stop()
        if not self._text:
            return
        self._generation += 1  # queued searches for older text will skip themselves
        self.total = None
        self.total_changed.emit(-1)
        self._start(0)

    @Slot(int)
    def _fetch_more(self, offset: int) -> None:
        if self._text:
            self._start(offset)

    def _start(self, offset: int) -> None:
        self._job_numbers += 1
        job = _SearchJob(
            self._job_numbers,
            self._journal,
            self._signals,
            self._is_current,
            self._generation,
            self._text,
            self._order,
            offset,
            self._page_size,
            self._where,
        )
        self._jobs[self._job_numbers] = job
        self._pool.start(job)

    def _is_current(self, generation: int) -> bool:
        # Read from the worker thread: a plain int comparison, safe under the GIL.
        return generation == self._generation

    @Slot(int, object)
    def _finished(self, number: int, outcome: object) -> None:
        if isinstance(outcome, SearchPage):
            if outcome.offset > 0:
                self._jobs.pop(number, None)  # a first page is followed by its count
            self._show(outcome)
            return
        self._jobs.pop(number, None)
        if isinstance(outcome, SearchCount):
            if outcome.generation == self._generation:
                self.total = outcome.total
                self.total_changed.emit(outcome.total)
        elif isinstance(outcome, str):
            generation, _, kind = outcome.partition(":")
            self._failed(int(generation), kind)

    def _show(self, page: SearchPage) -> None:
        if page.generation != self._generation:
            return  # the user has typed something newer since
        if page.offset == 0:
            self._model.set_results(page.results, more=page.more)
        else:
            self._model.append_results(page.results, more=page.more)
        self.results_shown.emit(page.generation)

    def _failed(self, generation: int, kind: str) -> None:
        log.warning("A search could not finish (%s).", kind)
        if generation == self._generation:
            self._model.clear()
            self.total = 0
            self.total_changed.emit(0)
            self.results_shown.emit(generation)

    def shutdown(self) -> None:
        """Stop searching and wait for a running query (before the vault locks)."""
        self._timer.stop()
        self._generation += 1
        self._pool.waitForDone()
        self._jobs.clear()
