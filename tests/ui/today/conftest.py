"""The Today page shares the Journal's fixtures: a Journal page, a question-answerer, entries."""

from tests.ui.journal.conftest import add_entries, asker, journal_page

__all__ = ["add_entries", "asker", "journal_page"]
