"""What the services announce when they change something, and who hears it.

A core service reports what it saved, trashed or deleted once its transaction has been
committed, as one small frozen event (:class:`EntrySaved`, :class:`CheckInSaved`…), to
the :class:`Events` registry that :class:`~hj_journal.core.services.Services` owns and
hands to every service. Whoever called the service never announces on its behalf, so
every path that saves (a page, a session, an import, the command line) is heard alike.

The desktop app's hub subscribes once and relays each event as a Qt signal
(docs/architecture.md, Events between pages). This module knows nothing of Qt: a
listener is any callable, and it runs in the thread that made the change, which may be
a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

# ---------------------------------------------------------------------- the journal


@dataclass(frozen=True)
class EntrySaved:
    """A journal entry was written, changed or brought back from the trash."""

    entry_id: int


@dataclass(frozen=True)
class EntryTrashed:
    """A journal entry was moved to the trash."""

    entry_id: int


@dataclass(frozen=True)
class EntriesChanged:
    """Many entries at once: an import, a restored backup, or entries deleted for good."""


@dataclass(frozen=True)
class EntryTemplatesChanged:
    """An entry template of your own was saved or deleted, or a built-in one hidden."""


@dataclass(frozen=True)
class AttachmentAdded:
    """A photo, recording or other file was added to an entry."""

    entry_id: int
    attachment_id: int


@dataclass(frozen=True)
class AttachmentRemoved:
    """A file was taken out of an entry (its bytes too, if no other entry holds them)."""

    entry_id: int
    attachment_id: int


# ---------------------------------------------------------------------- check-ins


@dataclass(frozen=True)
class CheckInSaved:
    """A check-in was saved (on its own, on Today, or in a session)."""

    checkin_id: int


@dataclass(frozen=True)
class CheckInDeleted:
    """A check-in was deleted (a session's second check-in replaces its first)."""

    checkin_id: int


@dataclass(frozen=True)
class ResponseSaved:
    """Answers to a questionnaire were saved."""

    response_id: int


@dataclass(frozen=True)
class ResponseDeleted:
    """A questionnaire response was deleted."""

    response_id: int


# ---------------------------------------------------------------------- coping


@dataclass(frozen=True)
class PracticeSaved:
    """A coping practice was recorded (from the library or in a session)."""

    practice_id: int


@dataclass(frozen=True)
class PracticeDeleted:
    """A recorded coping practice was deleted."""

    practice_id: int


# ---------------------------------------------------------------------- care


@dataclass(frozen=True)
class CareMapChanged:
    """A person or a support resource was added, changed, moved or removed."""


@dataclass(frozen=True)
class PlanChanged:
    """A self-care, safety or repair plan was saved, given a follow-up, or removed."""

    kind: str


# ---------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class CareGoalsChanged:
    """A client's care goals were added, changed, reordered, closed or reopened, or a
    session recorded which goals it worked on (``session_id`` then names it)."""

    client_id: int
    session_id: int | None = None


@dataclass(frozen=True)
class RetentionChanged:
    """A client was given a retention rule of their own, or put back on the practice's
    (the practice's own rule is a vault setting: :class:`SettingChanged`)."""

    client_id: int


@dataclass(frozen=True)
class ClientRecordDeleted:
    """A client's whole record was deleted for good and a line added to the deletion log
    (:mod:`hj_journal.core.sessions.retention`)."""

    client_id: int


# ---------------------------------------------------------------------- settings


@dataclass(frozen=True)
class SettingChanged:
    """One of the vault's settings was stored."""

    key: str


Event = (
    EntrySaved
    | EntryTrashed
    | EntriesChanged
    | AttachmentAdded
    | AttachmentRemoved
    | EntryTemplatesChanged
    | CheckInSaved
    | CheckInDeleted
    | ResponseSaved
    | ResponseDeleted
    | PracticeSaved
    | PracticeDeleted
    | CareMapChanged
    | PlanChanged
    | CareGoalsChanged
    | RetentionChanged
    | ClientRecordDeleted
    | SettingChanged
)
Listener = Callable[[Event], None]


class Events:
    """The listeners of one unlocked vault's services.

    Thread-safe: a service in a worker thread may announce while the GUI thread
    subscribes. A listener that raises is not hidden: the error reaches the caller of
    the service, after the change itself was kept.
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with every event from now on; returns how to stop."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def emit(self, event: Event) -> None:
        """Tell every listener about ``event`` (a service calls this after committing)."""
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            listener(event)
