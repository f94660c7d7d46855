"""Automatic backups, run on the app's job pool when a vault is unlocked and before it locks.

When to back up, when to stop and what the last try did is the core's policy
(:class:`hj_journal.core.data.automatic.AutomaticBackups`, one per open vault, at
``ctx.services.data.automatic``); this module only runs its work in the background.

The app shell calls :func:`backup_after_unlock` once the main window is up and
:func:`backup_before_lock` after the pages have saved and before it waits for background
jobs and locks. Both return at once: the backup runs on the app's job pool, which the
shell already waits for before locking, so a backup is never cut off half-way.

Quick exit calls :func:`stop_automatic_backups` instead: a backup under way stops at
its next progress report (its partial folder is removed), so locking never waits for
it; the next unlock backs up what was missed.

Nothing is shown when an automatic backup succeeds or is not needed. When one cannot be
made (a USB stick that isn't plugged in, a full disk), the outcome is kept in memory
with a calm sentence; an unexpected error goes to the log without content.
"""

from __future__ import annotations

from collections.abc import Callable

from hj_journal.core.data.automatic import AutoOutcome
from hj_journal.core.data.backup import ON_LOCK, ON_UNLOCK
from hj_journal.errorlog import log_unexpected
from hj_journal.ui.shell.context import UiContext

__all__ = [
    "AutoOutcome",
    "backup_after_unlock",
    "backup_before_lock",
    "last_outcome",
    "stop_automatic_backups",
]


def last_outcome(ctx: UiContext) -> AutoOutcome | None:
    """The last automatic backup's outcome for the open vault, if there was one."""
    return ctx.services.data.automatic.last


def _start(ctx: UiContext, reason: str, on_finished: Callable[[AutoOutcome], None] | None) -> None:
    automatic = ctx.services.data.automatic
    work = automatic.begin(reason)
    if work is None:
        return
    log_dir = ctx.paths.log_dir

    def done(outcome: AutoOutcome) -> None:
        if on_finished is not None:
            on_finished(outcome)

    def failed(error: BaseException) -> None:
        log_unexpected(log_dir, type(error), error.__traceback__)
        done(automatic.note_failure(reason))

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
    ctx.services.data.automatic.stop()
