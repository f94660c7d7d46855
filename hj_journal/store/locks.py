"""One exclusive lock per vault, across processes: key-file changes, rotations, backups.

The app and the command line may work on the same vault at the same moment (``passwd``
in a terminal while the app makes a backup). Every read-change-write of the key file,
every key rotation, every backup and the short unlock step that reads the key file and
opens the database hold this lock, so one of them always sees what the other wrote.

The lock is ``vault.lock`` in the vault's folder, held with the operating system's own
file lock through the ``filelock`` package: a process that is killed lets go of it at
once, so a crash never leaves the vault locked. The file itself stays empty and private
(mode 0600); it says nothing but that the folder is a vault, which ``vault.key`` says
already.

Within one process the lock is re-entrant per thread (a rotation can make a backup while
holding it), and two threads contend for it like two processes do. A second caller
waits a few seconds, then gets :class:`VaultBusyError` with one calm sentence.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal.store.errors import VaultError

if TYPE_CHECKING:
    from filelock import FileLock

LOCK_FILE = "vault.lock"
#: How long a second change waits for the first before saying the vault is busy.
WAIT_SECONDS = 5.0

BUSY = (
    "The vault is busy with another change or backup (perhaps in another window). "
    "Please try again in a moment."
)

_locks: dict[Path, FileLock] = {}
_guard = threading.Lock()


class VaultBusyError(VaultError):
    """Another process or thread holds the vault's lock and did not let go in time."""


def _lock_for(folder: Path) -> FileLock:
    from filelock import FileLock  # here, not at import: the lock screen needs none

    path = (Path(folder) / LOCK_FILE).resolve()
    with _guard:
        lock = _locks.get(path)
        if lock is None:
            # thread_local: each thread has its own descriptor and count, so threads
            # contend like processes while one thread may take the lock again.
            lock = FileLock(str(path), mode=0o600, thread_local=True)
            _locks[path] = lock
        return lock


@contextlib.contextmanager
def exclusive(folder: Path, *, wait: float | None = None) -> Iterator[None]:
    """Hold the vault's lock for the block; :class:`VaultBusyError` if it stays taken."""
    from filelock import Timeout

    lock = _lock_for(folder)
    try:
        lock.acquire(timeout=WAIT_SECONDS if wait is None else wait)
    except Timeout:
        raise VaultBusyError(BUSY) from None
    try:
        yield
    finally:
        lock.release()


__all__ = ["BUSY", "LOCK_FILE", "WAIT_SECONDS", "VaultBusyError", "exclusive"]
