"""The date field is tested inside the Journal's editor, so it shares the Journal's fixtures."""

from tests.ui.journal.conftest import add_entries, asker, journal_page

__all__ = ["add_entries", "asker", "journal_page"]
