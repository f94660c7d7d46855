"""One signal hub for events between windows and pages (past-tense names)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from hj_journal.ui.platform.idle import IdleHolds


class Hub(QObject):
    """Signals any part of the UI may emit or listen to.

    Pages never call each other; they announce what happened here. The app makes a
    fresh hub on every unlock and silences it on lock, so nothing reaches a page that is
    being torn down.

    ``idle_holds`` is where a page that keeps someone busy without input (a running
    guided practice, an open session) takes a hold on the idle lock and releases it
    again (:class:`~hj_journal.ui.platform.idle.IdleHolds`); it is new with every hub, so holds
    never outlive the unlock they were taken in.
    """

    vault_unlocked = Signal()
    vault_locking = Signal()  # about to lock: save drafts now, drop content next
    vault_locked = Signal()
    entry_saved = Signal(int)  # entry id
    entry_trashed = Signal(int)
    entries_changed = Signal()  # many at once (import, empty trash…)
    checkin_saved = Signal(int)  # check-in id
    response_saved = Signal(int)  # questionnaire response id
    practice_saved = Signal(int)  # coping practice id
    care_changed = Signal()  # a person, resource or plan was saved or removed
    settings_changed = Signal()
    section_requested = Signal(str)  # a page asks the window to show another section
    pause_requested = Signal()  # the safety bar's Pause
    user_active = Signal()  # a moment of activity without input (counts as a key press)
    lock_requested = Signal()  # any page may ask the app to lock now
    new_vault_requested = Signal()  # Settings: lock this vault and open the create form

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle_holds = IdleHolds(self)
