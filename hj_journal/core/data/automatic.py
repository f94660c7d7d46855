"""Automatic backups: when the app backs a vault up by itself, and what the last try did.

The app backs up at two moments: once the vault is unlocked, and before it locks (after
the pages have saved). Each time a backup is made only if automatic backups are on and
something was written since the newest backup (:meth:`Backups.auto_backup`), so an
unlock-and-lock without writing makes none. Quick exit asks a backup under way to stop
at its next progress step instead (its partial folder is removed, so locking never
waits for it); the next backup that starts runs normally and catches up on what was
missed.

One :class:`AutomaticBackups` per open vault, built once with the vault's other services
(:class:`hj_journal.core.data.services.DataServices`), owns that state: the stop flag
and the last outcome, kept in memory only. The work itself is handed to the caller to
run on a worker thread, so the app decides where it runs and waits for it before
locking.

Nothing is said when a backup succeeds or is not needed. When one cannot be made (a USB
stick that is not plugged in, a full disk) the outcome carries one calm sentence.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.data.backup import BackupInfo, Backups
from hj_journal.store.coltypes import utcnow
from hj_journal.store.errors import VaultError

NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "DataAutomatic",
    "The last automatic backup couldn't be written to its folder.",
)
NOT_MADE = QT_TRANSLATE_NOOP(
    "DataAutomatic",
    "The last automatic backup couldn't be made.",
)


@dataclass(frozen=True)
class AutoOutcome:
    """What one automatic backup did: made one, found nothing new, stopped, or a problem."""

    when: datetime  # when it finished
    reason: str  # ON_UNLOCK or ON_LOCK
    made: BackupInfo | None = None  # the new backup, if one was made
    problem: str | None = None  # a calm sentence, if none could be made


class _Stopped(Exception):  # noqa: N818 - raised from the progress callback, never shown
    """The backup was asked to stop (quick exit)."""


class AutomaticBackups:
    """The automatic-backup policy for one open vault; see the module docstring."""

    def __init__(self, backups: Backups, *, clock: Callable[[], datetime] = utcnow) -> None:
        """``clock`` stamps each outcome (tests pass their own)."""
        self._backups = backups
        self._clock = clock
        self._stop = threading.Event()  # set from the app's thread, read on the worker's
        self._guard = threading.Lock()
        self._last: AutoOutcome | None = None

    @property
    def last(self) -> AutoOutcome | None:
        """The last automatic backup's outcome, if one has run since the vault opened."""
        with self._guard:
            return self._last

    def begin(self, reason: str) -> Callable[[], AutoOutcome] | None:
        """Ready one automatic backup; returns the work to run (on a worker thread).

        ``reason`` is the moment: ``ON_UNLOCK`` or ``ON_LOCK``.

        ``None`` when the vault is no longer unlocked: there is nothing to back up. An
        earlier :meth:`stop` is forgotten here, when the backup is asked for, and not when
        the work starts: a stop that comes before the worker gets to it still counts.
        """
        if not self._backups.vault.is_unlocked:
            return None
        self._stop.clear()
        return lambda: self._run(reason)

    def run(self, reason: str) -> AutoOutcome | None:
        """:meth:`begin` and the work, here and now (for the command line and tests)."""
        work = self.begin(reason)
        return work() if work is not None else None

    def stop(self) -> None:
        """Quick exit: a backup under way stops at its next step (returns at once)."""
        self._stop.set()

    def note_failure(self, reason: str) -> AutoOutcome:
        """An unexpected error ended the backup (the caller logs it): noted calmly."""
        return self._record(
            AutoOutcome(self._clock(), reason, problem=translate("DataAutomatic", NOT_MADE))
        )

    def _run(self, reason: str) -> AutoOutcome:
        def progress(_done: int, _total: int) -> None:
            if self._stop.is_set():
                raise _Stopped

        try:
            made = self._backups.auto_backup(reason, progress)
        except _Stopped:
            outcome = AutoOutcome(self._clock(), reason)  # quietly: the next one catches up
        except OSError:
            outcome = AutoOutcome(
                self._clock(), reason, problem=translate("DataAutomatic", NOT_WRITTEN)
            )
        except (VaultError, InputError) as error:  # their text is already a calm sentence
            outcome = AutoOutcome(self._clock(), reason, problem=str(error))
        else:
            outcome = AutoOutcome(self._clock(), reason, made=made)
        return self._record(outcome)

    def _record(self, outcome: AutoOutcome) -> AutoOutcome:
        with self._guard:
            self._last = outcome
        return outcome


__all__ = ["NOT_MADE", "NOT_WRITTEN", "AutoOutcome", "AutomaticBackups"]
