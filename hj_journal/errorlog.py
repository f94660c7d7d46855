"""A local log of unexpected errors that never holds journal content or secrets.

Only the exception's type and where it happened (file, line, function) are written,
never its message or any variable: a message can quote what the user typed. Errors of
our own whose messages are known to be free of content are the one exception.
"""

from __future__ import annotations

import os
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from hj_journal import __version__

LOG_NAME = "hj-journal-errors.log"
MAX_LOG_BYTES = 512 * 1024


def describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """A content-free description: exception type and the stack's code locations."""
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def log_unexpected(
    log_dir: Path,
    exc_type: type[BaseException],
    tb: TracebackType | None,
) -> Path:
    """Append a content-free record of an unexpected error; return the log's path."""
    log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = log_dir / LOG_NAME
    if path.exists() and path.stat().st_size > MAX_LOG_BYTES:
        path.replace(path.with_suffix(".log.1"))
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    # Made readable by you alone, whatever the umask (it says when the app was used).
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(f"--- {stamp}, HJ Journal {__version__}\n{describe(exc_type, tb)}\n")
    return path
