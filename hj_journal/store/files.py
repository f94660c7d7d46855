"""Small file helpers shared by the store: atomic writes and careful removal."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where the platform cannot)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new bytes, never a mix.

    Temp file in the same folder, fsync, replace, fsync the folder: a crash at any
    moment leaves one complete version behind.
    """
    import secrets  # here, not at import: the lock screen lists vaults without it

    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    fsync_folder(path.parent)


def overwrite_and_remove(path: Path) -> None:
    """Overwrite a file with zeros before removing it (best effort on modern disks)."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as handle:
        chunk = b"\0" * min(size, 1 << 20) if size else b""
        written = 0
        while written < size:
            written += handle.write(chunk[: size - written])
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()
