"""The journal's calm note on an entry edited on two devices, opening the choice.

When the same entry's words were changed on two devices before either heard of the
other, both versions are kept (:mod:`hj_journal.core.sync.merge`). The entry then says
so where you read it — a soft card above the writing, with one button — and the button
shows both texts side by side to keep one or put them together
(:class:`~hj_journal.ui.sync.versions_dialog.TwoVersionsDialog`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QSizePolicy, QWidget

from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.journal.entries import EntryInput, Journal
from hj_journal.core.sync.service import Sync
from hj_journal.ui.common.widgets import text_label
from hj_journal.ui.sync.versions_dialog import TwoVersionsDialog


def choose_versions(parent: QWidget | None, sync: Sync, journal: Journal, entry_id: int) -> bool:
    """Show the entry's other versions one at a time; True when you chose for all of them.

    What you keep is saved as the entry's text and the other versions are settled, so
    the other devices drop theirs too. "Decide later" leaves everything as it was.
    """
    view = journal.get(entry_id)
    body = view.body
    for other in sync.other_versions(entry_id):
        chosen = TwoVersionsDialog.ask(parent, view.title, body, other)
        if chosen is None:
            return False
        body = chosen.body
    journal.update(
        entry_id,
        EntryInput(
            entry_date=view.entry_date,
            title=view.title,
            body=body,
            tags=view.tags,
            content_note=view.content_note,
            prompt_key=view.prompt_key,
            mood=view.mood,
            pinned=view.pinned,
        ),
    )
    sync.settle_versions(entry_id)
    return True


class TwoVersionsMarker(QFrame):
    """ "Edited on two devices" above an entry's writing, while it waits for a choice."""

    settled = Signal(int)  # the entry id, once you chose or merged

    def __init__(self, sync: Sync, journal: Journal, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self._journal = journal
        self._entry_id: int | None = None
        #: Asked first, so the version shown is what you see (the editor saves it);
        #: False leaves the choice for now.
        self.before_choosing: Callable[[], bool] | None = None
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Edited on two devices"))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 8, 12, 8)
        row.setSpacing(12)
        self.text = text_label(
            self.tr(
                "Edited on two devices. Both versions are kept until you choose one or "
                "put them together."
            )
        )
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.choose_button = QPushButton(self.tr("See both versions…"))
        self.choose_button.setAccessibleName(self.tr("See both versions and choose"))
        self.choose_button.setAutoDefault(False)
        row.addWidget(self.text, 1)
        row.addWidget(self.choose_button)
        self.choose_button.clicked.connect(self.choose)
        self.hide()

    def show_for(self, entry_id: int | None) -> None:
        """Show the note when this entry (None: a new one) waits for a choice."""
        self._entry_id = entry_id
        waiting = False
        if entry_id is not None:
            try:
                waiting = self._sync.has_two_versions(entry_id)
            except NotFoundError:
                waiting = False
        self.setVisible(waiting)

    @Slot()
    def refresh(self) -> None:
        """Look again (another device's changes arrived while the entry is open)."""
        self.show_for(self._entry_id)

    @Slot()
    def choose(self) -> None:
        """Open both versions; once you chose, the note goes and :attr:`settled` says so."""
        entry_id = self._entry_id
        if entry_id is None:
            return
        if self.before_choosing is not None and not self.before_choosing():
            return
        try:
            done = choose_versions(self.window(), self._sync, self._journal, entry_id)
        except NotFoundError:
            self.hide()
            return
        if done:
            self.hide()
            self.settled.emit(entry_id)


__all__ = ["TwoVersionsMarker", "choose_versions"]
