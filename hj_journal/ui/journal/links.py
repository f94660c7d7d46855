"""How other pages ask the Journal to open something, without knowing the page.

Pages never call each other. The Today page (or the main window's menus) announces
what it wants on a small signal object that hangs off the shared :class:`Hub`; the
Journal page listens. Asking for the Journal section itself goes through
``hub.section_requested`` as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hj_journal.ui.shell.hub import Hub

JOURNAL_SECTION = "journal"
_NAME = "hj-journal-links"


class JournalLinks(QObject):
    """Requests addressed to the Journal page."""

    entry_requested = Signal(int)  # open this entry in the editor
    draft_requested = Signal()  # continue the kept draft
    new_entry_requested = Signal(str, str)  # prompt key ("" for none), prompt text
    draft_discarded = Signal()  # the kept draft was let go somewhere else


def links_for(hub: Hub) -> JournalLinks:
    """The hub's journal links, made on first use (they live as long as the hub)."""
    links = hub.findChild(JournalLinks, _NAME)
    if links is None:
        links = JournalLinks(hub)
        links.setObjectName(_NAME)
    return links
