"""How other pages ask the Journal to open something, without knowing the page.

Pages never call each other. The Today page (or a prompt card anywhere) announces what
it wants on the hub's :attr:`~hj_journal.ui.shell.hub.Hub.journal_links`; the Journal page
listens. Asking for the Journal section itself goes through
``hub.request_section(Section.JOURNAL)`` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class JournalLinks(QObject):
    """Requests addressed to the Journal page (one set per hub, made with it)."""

    entry_requested = Signal(int)  # open this entry in the editor
    draft_requested = Signal()  # continue the kept draft
    new_entry_requested = Signal(str, str)  # prompt key ("" for none), prompt text
    draft_discarded = Signal()  # the kept draft was let go somewhere else
