"""Short-lived private copies outside the vault: a folder in memory, and a clean removal.

Some things have to leave the vault for a moment to be used at all: the text you write in
your own editor (the command line's ``new``), a recording you play in your own player.
They go into a folder made for the purpose, in memory where the system has such a place
(``/dev/shm``, then ``$XDG_RUNTIME_DIR``) so they never reach the disk; otherwise in the
system's temporary folder, and the caller says so. The folder is readable only by you
(0700) and its files too (0600). When the copy is no longer needed, every file in the
folder (a program may leave a swap or backup file beside it) is overwritten with zeros
and removed, and then the folder.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

#: Where to look for a folder that lives in memory, in order.
MEMORY_FOLDERS = ("/dev/shm",)
RUNTIME_ENV = "XDG_RUNTIME_DIR"  # a tmpfs owned by you on most Linux desktops


@dataclass(frozen=True)
class PrivateFolder:
    """A private folder for short-lived copies, and whether it is in memory."""

    path: Path
    in_memory: bool


def _usable(folder: Path) -> bool:
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def private_folder(
    env: Mapping[str, str], candidates: tuple[str, ...] = MEMORY_FOLDERS
) -> PrivateFolder:
    """Make a new folder (0700) in memory if the system has a place for it.

    macOS and Windows have no such folder an ordinary program can count on, so there
    (and on a Linux without ``/dev/shm``) it is the temporary folder, and the caller says
    so.
    """
    places = [Path(c) for c in candidates]
    runtime = env.get(RUNTIME_ENV)
    if runtime:
        places.append(Path(runtime))
    for place in places:
        if _usable(place):
            with contextlib.suppress(OSError):
                return PrivateFolder(Path(tempfile.mkdtemp(prefix="hj-", dir=place)), True)
    return PrivateFolder(Path(tempfile.mkdtemp(prefix="hj-")), False)


def write_private(folder: Path, name: str, data: bytes) -> Path:
    """Write ``data`` as a new file (0600) in ``folder``, named like ``name``.

    Only the last part of ``name`` is used, so a stored name can never point elsewhere;
    a name already taken in the folder gets a number in front.
    """
    base = Path(name).name.strip() or "file"
    if base in {".", ".."}:
        base = "file"
    os.chmod(folder, 0o700)
    for number in range(1000):
        path = folder / (base if number == 0 else f"{number} {base}")
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | os.O_NOFOLLOW, 0o600)
        except FileExistsError:
            continue
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        return path
    raise FileExistsError(folder / base)


def overwrite_and_remove(path: Path) -> None:
    """Overwrite a file with zeros, then remove it (quietly, if it is already gone)."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(b"\0" * size)
            handle.flush()
            os.fsync(handle.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def empty_and_remove(folder: Path) -> None:
    """Overwrite and remove every file in ``folder`` (never following links), then it."""
    for child in list(folder.iterdir()) if folder.is_dir() else []:
        if child.is_symlink():
            with contextlib.suppress(OSError):
                child.unlink()  # a link someone left: removed, its target untouched
        elif child.is_file():
            overwrite_and_remove(child)
    with contextlib.suppress(OSError):
        folder.rmdir()
