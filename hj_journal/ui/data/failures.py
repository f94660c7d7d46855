"""One calm sentence for work on backups that did not finish, whatever stopped it.

Back up now and the Backups dialog run their work in the background; when it ends with
an error, :func:`failure_text` picks the sentence. Each dialog brings its own words for
what differs (:class:`FailureWords`, translated in the dialog's own context); the rest
is the same everywhere: a vault error in the app's own words, the core's sentence for a
mistake it refused, and anything unexpected handed to the app's crash handling.
"""

from __future__ import annotations

from dataclasses import dataclass

from hj_journal.core.common.errors import InputError
from hj_journal.core.data.backup import BackupDamagedError
from hj_journal.core.data.exchange.importer import Cancelled
from hj_journal.core.vaults import VaultError
from hj_journal.ui.common.vault_errors import vault_error_text
from hj_journal.ui.platform.worker import report_unexpected


@dataclass(frozen=True)
class FailureWords:
    """A dialog's own sentences for the failures it words differently."""

    stopped: str  # the person pressed Stop (or closed the dialog)
    not_written: str  # the folder could not be written to or read
    unexpected: str  # anything else (which is reported as well)
    damaged: str | None = None  # a backup failed its checks; None: as any vault error


def failure_text(error: BaseException, words: FailureWords) -> str:
    """The sentence to show for ``error``; an unexpected one is also reported."""
    if isinstance(error, Cancelled):
        return words.stopped
    if words.damaged is not None and isinstance(error, BackupDamagedError):
        return words.damaged
    if isinstance(error, VaultError):
        return vault_error_text(error)
    if isinstance(error, InputError):
        return str(error)
    if isinstance(error, OSError):
        return words.not_written
    report_unexpected(error)
    return words.unexpected
