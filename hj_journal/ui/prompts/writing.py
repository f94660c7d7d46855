"""Start a journal entry about a prompt, from wherever the prompt was shown.

Pages never call each other: this asks the main window for the Journal section
(``hub.request_section``) and tells the Journal, through the hub's journal links, to
open a new entry with the prompt linked (the entry keeps the prompt's key).
"""

from __future__ import annotations

from hj_journal.ui.shell.hub import Hub
from hj_journal.ui.shell.section_keys import Section


def write_about(hub: Hub, key: str, text: str) -> None:
    """Open the editor on a new entry answering the prompt ``key``."""
    hub.request_section(Section.JOURNAL)
    hub.journal_links.new_entry_requested.emit(key, text)
