"""How other pages ask the Coping page to show a strategy, without knowing the page.

Pages never call each other. A page that names a strategy (the journal's "From my
sessions" part: a practice done in a session) announces its key on the hub's
:attr:`~hj_journal.ui.shell.hub.Hub.coping_links` and asks for the Coping section with
``hub.request_section(Section.COPING)``; the Coping page listens and shows it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class CopingLinks(QObject):
    """Requests addressed to the Coping page (one set per hub, made with it)."""

    strategy_requested = Signal(str)  # show this strategy (its key) in the library
