"""Writing exports so that a file or folder appears complete, or not at all."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from hj_journal.core.errors import InputError
from hj_journal.store.files import fsync_folder

UNENCRYPTED_WARNING = (
    "This export is not encrypted: anyone who gets the file can read it. "
    "An encrypted backup keeps the same things safe."
)


def _check_target(path: Path) -> None:
    if path.is_dir() and any(path.iterdir()):
        raise InputError(f"“{path.name}” is a folder that already has files in it.")
    if not path.parent.is_dir():
        raise InputError(f"There is no folder called “{path.parent.name}” to export into.")


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[IO[str]]:
    """A text file that replaces ``path`` only if the block ends without an exception."""
    path = Path(path)
    if path.is_dir():
        raise InputError(f"“{path.name}” is a folder; please choose a file name.")
    _check_target(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_folder(path.parent)


@contextlib.contextmanager
def atomic_folder(path: Path) -> Iterator[Path]:
    """A new folder that appears at ``path`` only when the block ends without an exception.

    ``path`` may be missing or an empty folder; a folder that already has files in it is
    refused, so an export never mixes with (or overwrites) other files.
    """
    path = Path(path)
    _check_target(path)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    tmp.mkdir(mode=0o700)
    try:
        yield tmp
        if path.is_dir():
            path.rmdir()  # empty, checked above
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    fsync_folder(path.parent)
