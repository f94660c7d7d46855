"""Fixtures for the Today and Journal pages: a Journal page, a question-answerer, entries.

The UI context, theme, pictures and Qt warnings come from ``tests/ui/conftest.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QWidget

from hj_journal.core.journal.entries import EntryInput
from hj_journal.core.services import Services
from hj_journal.ui.journal.dialogs import Unsaved
from hj_journal.ui.journal.page import JournalPage
from hj_journal.ui.shell.context import UiContext


class FakeAsker:
    """Answers the Journal's questions without a dialog, and remembers being asked."""

    def __init__(self) -> None:
        self.unsaved_answer = Unsaved.KEEP_WRITING
        self.confirm_answer = True
        self.asked: list[str] = []

    def unsaved_writing(self, parent: QWidget | None) -> Unsaved:
        self.asked.append("unsaved")
        return self.unsaved_answer

    def confirm_discard(self, parent: QWidget | None) -> bool:
        self.asked.append("discard")
        return self.confirm_answer

    def confirm_delete_forever(self, parent: QWidget | None, count: int) -> bool:
        self.asked.append(f"delete {count}")
        return self.confirm_answer


@pytest.fixture
def journal_page(qtbot, ui_ctx: UiContext, asker: FakeAsker) -> Callable[..., JournalPage]:
    """Build a Journal page (answering questions with ``asker``) and wait for its tags."""

    def make(**kwargs: object) -> JournalPage:
        kwargs.setdefault("asker", asker)
        page = JournalPage(ui_ctx, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(page)
        # Tags load in the background; the answer arrives through the event loop.
        qtbot.waitSignal(page.tags_loaded, timeout=5000).wait()
        return page

    return make


@pytest.fixture
def make(journal_page: Callable[..., JournalPage]) -> Callable[..., JournalPage]:
    """A shorter name for :func:`journal_page`, as most journal tests call it."""
    return journal_page


@pytest.fixture
def asker() -> FakeAsker:
    """A question-answerer the test controls."""
    return FakeAsker()


AddEntries = Callable[..., list[int]]


@pytest.fixture
def add_entries(services: Services) -> AddEntries:
    """Write ``n`` entries, one per day going back from ``start``; returns their ids."""

    def add(n: int, start: date = date(2024, 6, 30), **fields: object) -> list[int]:
        ids = []
        for i in range(n):
            data = EntryInput(
                entry_date=start - timedelta(days=i),
                title=str(fields.get("title", f"Entry {i}")),
                body=str(fields.get("body", f"Words for day {i}.")),
                tags=tuple(fields.get("tags", ())),  # type: ignore[arg-type]
            )
            ids.append(services.journal.create(data).id)
        return ids

    return add
