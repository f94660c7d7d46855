"""One signal hub for events between windows and pages (past-tense names)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from hj_journal.core.events import (
    AttachmentAdded,
    AttachmentRemoved,
    CareGoalsChanged,
    CareMapChanged,
    CheckInSaved,
    ClientRecordDeleted,
    EntriesChanged,
    EntrySaved,
    EntryTrashed,
    Event,
    Events,
    PlanChanged,
    PracticeSaved,
    ResponseSaved,
    RetentionChanged,
)
from hj_journal.ui.coping.links import CopingLinks
from hj_journal.ui.journal.links import JournalLinks
from hj_journal.ui.platform.idle import IdleHolds
from hj_journal.ui.shell.section_keys import Section


class Hub(QObject):
    """Signals any part of the UI may emit or listen to.

    Pages never call each other; they announce what happened here. The app makes a
    fresh hub on every unlock and silences it on lock, so nothing reaches a page that is
    being torn down.

    What the core services change they announce themselves (:mod:`hj_journal.core.events`):
    the hub relays it (:meth:`relay`), so a page never announces a save on a service's
    behalf and every path that saves is heard alike. The relayed signals always arrive on
    the GUI thread — at once when the change was made there, queued when a worker thread
    made it. Events no page follows (a check-in, response or practice deleted, a vault
    setting, entry templates) are not relayed;
    ``settings_changed`` is the app's own settings, changed on the Settings page.

    ``idle_holds`` is where a page that keeps someone busy without input (a running
    guided practice, an open session) takes a hold on the idle lock and releases it
    again (:class:`~hj_journal.ui.platform.idle.IdleHolds`); it is new with every hub, so holds
    never outlive the unlock they were taken in. ``journal_links`` carries what other
    pages ask of the Journal page (:class:`~hj_journal.ui.journal.links.JournalLinks`), and
    ``coping_links`` what they ask of the Coping page
    (:class:`~hj_journal.ui.coping.links.CopingLinks`).
    """

    vault_locking = Signal()  # about to lock: save drafts now, drop content next
    # Relayed from the core services:
    entry_saved = Signal(int)  # entry id (written, changed or restored from the trash)
    entry_trashed = Signal(int)
    entries_changed = Signal()  # many at once (import, empty trash…)
    checkin_saved = Signal(int)  # check-in id
    response_saved = Signal(int)  # questionnaire response id
    practice_saved = Signal(int)  # coping practice id
    care_changed = Signal()  # a person, resource or plan was saved or removed
    attachment_added = Signal(int, int)  # entry id, attachment id
    attachment_removed = Signal(int, int)  # entry id, attachment id
    care_goals_changed = Signal(int)  # client id (their goals, or a session's work on them)
    retention_changed = Signal(int)  # client id given or relieved of a rule of their own
    client_record_deleted = Signal(int)  # client id, whose whole record is gone for good
    # Asked for by pages:
    settings_changed = Signal()  # the app's settings (theme, text size, privacy, vaults)
    section_requested = Signal(Section)  # a page asks the window to show another section
    user_active = Signal()  # a moment of activity without input (counts as a key press)
    lock_requested = Signal()  # any page may ask the app to lock now
    new_vault_requested = Signal()  # Settings: lock this vault and open the create form

    _event_arrived = Signal(object)  # from any thread; delivered on the hub's own

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_holds = IdleHolds(self)
        self.journal_links = JournalLinks(self)
        self.coping_links = CopingLinks(self)
        self._stop_relaying: Callable[[], None] | None = None
        # An automatic connection: direct when the event comes from the GUI thread (a
        # page sees the change as soon as the service returns), queued from a worker.
        self._event_arrived.connect(self._relay_event)

    def request_section(self, section: Section) -> None:
        """Ask the window to show ``section``."""
        self.section_requested.emit(section)

    # ------------------------------------------------------------------ core events

    def relay(self, events: Events) -> None:
        """Relay what the services announce on ``events`` as this hub's signals (once)."""
        if self._stop_relaying is None:
            self._stop_relaying = events.subscribe(self._event_arrived.emit)

    def silence(self) -> None:
        """The vault is locking: relay nothing more and emit nothing more."""
        if self._stop_relaying is not None:
            self._stop_relaying()
            self._stop_relaying = None
        self.blockSignals(True)

    @Slot(object)
    def _relay_event(self, event: Event) -> None:
        match event:
            case EntrySaved(entry_id=entry_id):
                self.entry_saved.emit(entry_id)
            case EntryTrashed(entry_id=entry_id):
                self.entry_trashed.emit(entry_id)
            case EntriesChanged():
                self.entries_changed.emit()
            case CheckInSaved(checkin_id=checkin_id):
                self.checkin_saved.emit(checkin_id)
            case ResponseSaved(response_id=response_id):
                self.response_saved.emit(response_id)
            case PracticeSaved(practice_id=practice_id):
                self.practice_saved.emit(practice_id)
            case CareMapChanged() | PlanChanged():
                self.care_changed.emit()
            case AttachmentAdded(entry_id=entry_id, attachment_id=attachment_id):
                self.attachment_added.emit(entry_id, attachment_id)
            case AttachmentRemoved(entry_id=entry_id, attachment_id=attachment_id):
                self.attachment_removed.emit(entry_id, attachment_id)
            case CareGoalsChanged(client_id=client_id):
                self.care_goals_changed.emit(client_id)
            case RetentionChanged(client_id=client_id):
                self.retention_changed.emit(client_id)
            case ClientRecordDeleted(client_id=client_id):
                self.client_record_deleted.emit(client_id)
            case _:
                pass  # nothing on screen follows it (see the class's notes)
