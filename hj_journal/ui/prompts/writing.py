"""Start a journal entry about a prompt, from wherever the prompt was shown.

Pages never call each other: this asks the main window for the Journal section
(``hub.section_requested``) and tells the Journal, through its links on the hub, to
open a new entry with the prompt linked (the entry keeps the prompt's key).
"""

from __future__ import annotations

from hj_journal.ui.journal.links import JOURNAL_SECTION, links_for
from hj_journal.ui.shell.hub import Hub


def write_about(hub: Hub, key: str, text: str) -> None:
    """Open the editor on a new entry answering the prompt ``key``."""
    hub.section_requested.emit(JOURNAL_SECTION)
    links_for(hub).new_entry_requested.emit(key, text)
