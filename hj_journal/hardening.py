"""Process hardening, done first thing when ``hj-journal`` starts (the app and every command).

- **No core dumps.** A crash while the journal is unlocked must not write the process's
  memory (decrypted entries, the database key) to a core file. ``RLIMIT_CORE`` is set to
  0 on POSIX; on Linux ``prctl(PR_SET_DUMPABLE, 0)`` also stops the kernel's core
  handler (systemd-coredump, apport) and other programs of the same user from attaching
  a debugger or reading ``/proc/<pid>/environ`` and ``/proc/<pid>/mem``. macOS honours
  ``RLIMIT_CORE``. On Windows, ``SetErrorMode`` turns off the crash dialog Windows Error
  Reporting shows (and the report it offers to send); a system-wide WER dump policy set
  by an administrator is outside what an app can change.
- **Private files.** The umask becomes ``0o077``, so every file and folder the app makes
  (vault files, SQLite's side files, backups, logs, Qt's settings file, exports) is
  readable by the user alone, whatever umask the app was started with.

Only :mod:`os`, :mod:`resource` and :mod:`ctypes` are used (all in the standard
library and quick to load), so the lock screen is not kept waiting.
"""

from __future__ import annotations

import contextlib
import os
import sys

PRIVATE_UMASK = 0o077
_PR_SET_DUMPABLE = 4
_PR_GET_DUMPABLE = 3
# SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
_WINDOWS_ERROR_MODE = 0x0001 | 0x0002 | 0x8000


def harden_process() -> None:
    """Turn core dumps off and make everything the process creates private to the user.

    Each step is best effort: a platform that refuses one (a container without
    ``prctl``, say) still gets the others, and the app starts either way.
    """
    os.umask(PRIVATE_UMASK)
    if sys.platform == "win32":
        _windows_no_error_reporting()
        return
    _no_core_files()
    if sys.platform.startswith("linux"):
        _linux_not_dumpable()


def _no_core_files() -> None:
    import resource

    # A platform that will not lower the limit still starts; the other steps stand.
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _libc() -> object | None:
    import ctypes

    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - no C library to call
        return None


def _linux_not_dumpable() -> None:
    libc = _libc()
    prctl = getattr(libc, "prctl", None)
    if prctl is not None:
        prctl(_PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool | None:
    """Linux only: whether the kernel would write a core file or allow a debugger."""
    if not sys.platform.startswith("linux"):
        return None
    prctl = getattr(_libc(), "prctl", None)
    if prctl is None:  # pragma: no cover
        return None
    return bool(prctl(_PR_GET_DUMPABLE, 0, 0, 0, 0))


def _windows_no_error_reporting() -> None:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = getattr(ctypes, "windll", None)
    if kernel32 is not None:
        kernel32.kernel32.SetErrorMode(_WINDOWS_ERROR_MODE)
