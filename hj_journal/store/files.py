"""Small file helpers shared by the store and core: atomic writes and careful removal.

An atomic write is made once, here, for every file the app writes whole: key files,
vault and registry notes, backup manifests, and (through
:mod:`hj_journal.core.data.exchange._output`) the exports. The new content goes to a
hidden file beside the target (owner-only, 0600), is flushed to the disk, and is then
renamed over the target in one step; the folder is flushed too so the rename lasts.
Whatever happens part-way, the target holds the old content whole or the new content
whole. An exception part-way removes the hidden file. A process killed part-way
(SIGKILL, power cut) leaves only that hidden file: for exports, in a folder the person
chose, the next start sweeps it away (``remove_leftover_exports``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO, cast

PRIVATE_FILE = 0o600


def fsync_folder(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (a no-op where the platform cannot)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def hidden_temp_beside(path: Path) -> Path:
    """A new hidden name in ``path``'s folder for the file that will replace it."""
    import secrets  # here, not at import: the lock screen lists vaults without it

    return path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")


@contextlib.contextmanager
def _replacing(
    path: Path, tmp: Path | None, encoding: str | None, newline: str | None
) -> Iterator[IO[Any]]:
    # The one atomic write: see the module's docstring.
    tmp = hidden_temp_beside(path) if tmp is None else tmp
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        mode = "wb" if encoding is None else "w"
        with os.fdopen(fd, mode, encoding=encoding, newline=newline) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()  # only there when the block failed: the rename took it otherwise
    fsync_folder(path.parent)


@contextlib.contextmanager
def replacing_bytes(path: Path, *, tmp: Path | None = None) -> Iterator[BinaryIO]:
    """A binary file that replaces ``path`` whole, only if the block ends without an error.

    It is written at ``tmp`` (a new hidden name beside ``path`` unless given; it must be
    in the same folder and must not exist yet), owner-only.
    """
    with _replacing(path, tmp, None, None) as handle:
        yield cast(BinaryIO, handle)


@contextlib.contextmanager
def replacing_text(
    path: Path, *, tmp: Path | None = None, newline: str | None = "\n"
) -> Iterator[TextIO]:
    """Like :func:`replacing_bytes`, for UTF-8 text (line endings ``newline`` as written)."""
    with _replacing(path, tmp, "utf-8", newline) as handle:
        yield cast(TextIO, handle)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new bytes, never a mix."""
    with replacing_bytes(path) as handle:
        handle.write(data)


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
