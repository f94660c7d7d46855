"""Writing exports so that a file or folder appears complete, or not at all, and an
interrupted one leaves nothing behind once the app or any command starts again.

An export is plain text, so the file being made must not outlive a crash. It is written
beside the target (the same folder, so the finished file is renamed into place on the
same file system, and nothing readable is ever copied through another folder) under a
name that says what it is and nothing of what is in it::

    <target's folder>/.hj-journal-export-<random>.partial    a file, or a folder (Markdown)

While it is being made, a small note in the app's data folder records where it is
(``<data>/exports-in-progress/<random>.note``: the partial's path, nothing else). The
exporting process holds a lock on its note, which the system lets go of however the
process ends (even SIGKILL or power loss). When the export ends, either way, the
partial and the note are removed. If the process was killed instead,
:func:`remove_leftover_exports` (run at the start of the app and of every command)
finds notes nobody holds, removes the partials they name and then the notes. It only
ever removes a path whose name has the prefix above, so a note that was tampered with
cannot make it delete anything else. On Windows, where there is no ``flock``, a note
still open by its exporter cannot be deleted, and that is what tells the two apart.

Every export the user asked for ends up private to them (0600 files, 0700 folders on
POSIX), wherever they chose to put it.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import translate
from hj_journal.store.files import fsync_folder, replacing_text


def unencrypted_warning() -> str:
    """Said before every export: what an unencrypted file means."""
    return translate(
        "Export",
        "This export is not encrypted: anyone who gets the file can read it. "
        "An encrypted backup keeps the same things safe.",
    )


def where_while_writing() -> str:
    """Said in the export dialog and in ``export --help``."""
    return translate(
        "Export",
        "While it is being made, the export is a hidden file beginning "
        "'.hj-journal-export-' in the folder you chose; it is renamed when complete, and "
        "removed if the export is stopped or interrupted.",
    )


PARTIAL_PREFIX = ".hj-journal-export-"
PARTIAL_SUFFIX = ".partial"
_PARTIAL_NAME = re.compile(r"\.hj-journal-export-[0-9a-f]{16}\.partial")
NOTE_SUFFIX = ".note"
_WRITING_SUFFIX = ".writing"  # a note not yet complete: no partial exists for it yet
PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def _check_target(path: Path) -> None:
    if path.is_dir() and any(path.iterdir()):
        raise InputError(
            translate("Export", "“{name}” is a folder that already has files in it.").format(
                name=path.name
            )
        )
    if not path.parent.is_dir():
        raise InputError(
            translate("Export", "There is no folder called “{name}” to export into.").format(
                name=path.parent.name
            )
        )


# ---------------------------------------------------------------------- notes


def _try_lock(fd: int) -> bool:
    """Take the note's lock without waiting; False when its exporter still runs."""
    try:
        import fcntl
    except ImportError:  # Windows: an open note cannot be deleted, which tells instead
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


class _Note:
    """The record of one partial being written, held (locked) until it is closed."""

    def __init__(self, notes: Path, partial: Path, token: str) -> None:
        notes.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
        writing = notes / f"{token}{_WRITING_SUFFIX}"
        self.path = notes / f"{token}{NOTE_SUFFIX}"
        self._fd = os.open(writing, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        try:
            _try_lock(self._fd)  # nobody else has it yet: it was just made
            os.write(self._fd, os.fsencode(str(partial)))
            os.fsync(self._fd)
            os.replace(writing, self.path)  # the lock goes with the file
            fsync_folder(notes)
        except BaseException:
            os.close(self._fd)
            with contextlib.suppress(FileNotFoundError):
                writing.unlink()
            raise

    def close(self) -> None:
        """The partial is gone: remove the note, then let go of it."""
        try:
            with contextlib.suppress(FileNotFoundError):
                self.path.unlink()
        finally:
            os.close(self._fd)
        with contextlib.suppress(OSError):  # only when empty; another export may be running
            self.path.parent.rmdir()


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink()
    elif path.is_dir():
        import shutil

        shutil.rmtree(path)


@contextlib.contextmanager
def partial_beside(target: Path, notes: Path | None) -> Iterator[Path]:
    """A recognisable, recorded name beside ``target`` for the file being made.

    Whatever is at the yielded path when the block ends (a file or a folder) is removed;
    rename it to ``target`` inside the block to keep it. ``notes`` is the folder for the
    note (:attr:`AppPaths.exports_in_progress`); None records nothing (tests, tools).
    """
    import secrets  # here: loading it is slow, and the app's start only sweeps

    token = secrets.token_hex(8)
    partial = Path(target).with_name(f"{PARTIAL_PREFIX}{token}{PARTIAL_SUFFIX}")
    note = _Note(notes, partial, token) if notes is not None else None
    try:
        yield partial
    finally:
        try:
            if partial.exists() or partial.is_symlink():
                _remove(partial)
        finally:
            if note is not None:
                note.close()


def remove_leftover_exports(notes: Path) -> int:
    """Remove partial exports whose exporter is gone (killed, crashed); return how many.

    Exports still being made by a running process are left alone.
    """
    removed = 0
    try:
        found = sorted(notes.iterdir())
    except OSError:  # none there (the usual case), or not ours to read
        return 0
    for note in found:
        if note.suffix not in (NOTE_SUFFIX, _WRITING_SUFFIX):
            continue
        try:
            removed += _sweep(note)
        except OSError:
            continue  # still held by its exporter, or a partial we may not remove: next time
    with contextlib.suppress(OSError):
        notes.rmdir()
    return removed


def _sweep(note: Path) -> int:
    if os.name == "nt":
        recorded = note.read_bytes()
        note.unlink()  # refused while its exporter has it open
        return _remove_recorded(note, recorded)
    fd = os.open(note, os.O_RDONLY)
    try:
        if not _try_lock(fd):
            return 0  # its export is still running
        removed = _remove_recorded(note, os.read(fd, 64 * 1024))
        note.unlink()
        return removed
    finally:
        os.close(fd)


def _remove_recorded(note: Path, recorded: bytes) -> int:
    if note.suffix != NOTE_SUFFIX or not recorded:
        return 0  # a note cut short before its partial was made
    partial = Path(os.fsdecode(recorded))
    if not _PARTIAL_NAME.fullmatch(partial.name):
        return 0  # never anything but one of our own partials
    if not (partial.exists() or partial.is_symlink()):
        return 0  # the export ended after all
    _remove(partial)
    return 1


# ---------------------------------------------------------------------- writers


@contextlib.contextmanager
def atomic_file(path: Path, *, notes: Path | None = None) -> Iterator[IO[str]]:
    """A text file that replaces ``path`` only if the block ends without an exception.

    Written by the store's one atomic write (:func:`hj_journal.store.files.replacing_text`)
    at the recorded partial's name, so a crash part-way is swept at the next start.
    """
    path = Path(path)
    if path.is_dir():
        raise InputError(
            translate("Export", "“{name}” is a folder; please choose a file name.").format(
                name=path.name
            )
        )
    _check_target(path)
    with partial_beside(path, notes) as tmp, replacing_text(path, tmp=tmp) as handle:
        yield handle


@contextlib.contextmanager
def atomic_folder(path: Path, *, notes: Path | None = None) -> Iterator[Path]:
    """A new folder that appears at ``path`` only when the block ends without an exception.

    ``path`` may be missing or an empty folder; a folder that already has files in it is
    refused, so an export never mixes with (or overwrites) other files. Write files into
    it with :func:`private_text_file`.
    """
    path = Path(path)
    _check_target(path)
    with partial_beside(path, notes) as tmp:
        tmp.mkdir(mode=PRIVATE_FOLDER)
        os.chmod(tmp, PRIVATE_FOLDER)  # whatever the umask
        yield tmp
        if path.is_dir():
            path.rmdir()  # empty, checked above
        os.replace(tmp, path)
    fsync_folder(path.parent)


def private_text_file(path: Path, *, newline: str | None = None) -> IO[str]:
    """A new text file readable by its owner alone (0600), whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    return os.fdopen(fd, "w", encoding="utf-8", newline=newline)
