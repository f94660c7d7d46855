"""Automatic backups when a vault is unlocked and before it locks (only if something changed).

The app shell calls :func:`backup_after_unlock` once the main window is up and
:func:`backup_before_lock` after the pages have saved and before it waits for background
jobs and locks. Both return at once: the backup runs on the app's job pool, which the
shell already waits for before locking, so a backup is never cut off half-way.

Quick exit calls :func:`stop_automatic_backups` instead: a backup under way stops at
its next progress report (its partial folder is removed), so locking never waits for
it; the next unlock backs up what was missed.

Nothing is shown when an automatic backup succeeds or is not needed. When one cannot be
made (a USB stick that isn't plugged in, a full disk), the outcome is kept for the
Backups dialog to mention calmly; an unexpected error goes to the log without content.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from hj_journal.core.common.errors import InputError
from hj_journal.core.data.backup import ON_LOCK, ON_UNLOCK, BackupInfo, Backups
from hj_journal.core.vaults import VaultError
from hj_journal.errorlog import log_unexpected
from hj_journal.ui.common.vault_errors import vault_error_text
from hj_journal.ui.shell.context import UiContext


@dataclass(frozen=True)
class AutoOutcome:
    """What the last automatic backup of a vault did (kept in memory only)."""

    when: datetime
    reason: str
    made: BackupInfo | None = None
    problem: str | None = None  # a calm sentence


_LAST: dict[str, AutoOutcome] = {}
_STOPS: dict[str, threading.Event] = {}  # per vault folder: set to stop the running backup


class _Stopped(Exception):  # noqa: N818 - raised from the progress callback, never shown
    """The backup was asked to stop (quick exit)."""


def _now() -> datetime:
    return datetime.now(UTC)


def last_outcome(ctx: UiContext) -> AutoOutcome | None:
    """The last automatic backup's outcome for the open vault, if there was one."""
    return _LAST.get(ctx.services.vault.folder.name)


def _start(ctx: UiContext, reason: str, on_finished: Callable[[AutoOutcome], None] | None) -> None:
    vault = ctx.services.vault
    if not vault.is_unlocked:
        return
    backups = Backups(vault, ctx.paths.data_dir / "backups")
    key = vault.folder.name
    log_dir = ctx.paths.log_dir
    stop = _STOPS.setdefault(key, threading.Event())
    stop.clear()

    def progress(_done: int, _total: int) -> None:
        if stop.is_set():
            raise _Stopped

    def work() -> AutoOutcome:
        try:
            made = backups.auto_backup(reason, progress)
        except _Stopped:
            return AutoOutcome(_now(), reason)
        except OSError:
            return AutoOutcome(
                _now(),
                reason,
                problem="The last automatic backup couldn't be written to its folder.",
            )
        except VaultError as error:
            return AutoOutcome(_now(), reason, problem=vault_error_text(error))
        except InputError as error:
            return AutoOutcome(_now(), reason, problem=str(error))
        return AutoOutcome(_now(), reason, made=made)

    def done(outcome: AutoOutcome) -> None:
        _LAST[key] = outcome
        if on_finished is not None:
            on_finished(outcome)

    def failed(error: BaseException) -> None:
        log_unexpected(log_dir, type(error), error.__traceback__)
        done(AutoOutcome(_now(), reason, problem="The last automatic backup couldn't be made."))

    ctx.jobs.start(work, on_done=done, on_error=failed)


def backup_after_unlock(
    ctx: UiContext, on_finished: Callable[[AutoOutcome], None] | None = None
) -> None:
    """Start a backup if the vault changed since its newest backup (returns at once)."""
    _start(ctx, ON_UNLOCK, on_finished)


def backup_before_lock(
    ctx: UiContext, on_finished: Callable[[AutoOutcome], None] | None = None
) -> None:
    """Start a backup if anything was written since the newest one (returns at once).

    Call it after the pages have saved and before ``jobs.wait()`` and ``vault.lock()``.
    """
    _start(ctx, ON_LOCK, on_finished)


def stop_automatic_backups(ctx: UiContext) -> None:
    """Quick exit: stop a running automatic backup at its next step (returns at once)."""
    stop = _STOPS.get(ctx.services.vault.folder.name)
    if stop is not None:
        stop.set()
