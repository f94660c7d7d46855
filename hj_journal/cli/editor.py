"""Writing an entry in your own editor ($VISUAL or $EDITOR), the way git and jrnl do.

The text is written in a private folder made for this one entry: in memory where the
system has such a place (``/dev/shm``, then ``$XDG_RUNTIME_DIR``), so it never reaches
the disk; otherwise in the system's temporary folder, and the command says so. The
folder is readable only by you (0700) and the file too (0600). When the editor closes,
every file in the folder (the editor may leave a swap or backup file beside the text)
is overwritten with zeros and removed, and then the folder.

The editor itself may keep its own copies elsewhere (swap files in its own folder,
undo history, recent-file lists): ``hj-journal new --help`` says so.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from hj_journal.cli.common import CliError
from hj_journal.core.common.i18n import translate

#: Where to look for a folder that lives in memory, in order.
MEMORY_FOLDERS = ("/dev/shm",)
RUNTIME_ENV = "XDG_RUNTIME_DIR"  # a tmpfs owned by you on most Linux desktops
FILE_NAME = "entry.md"  # neutral, and editors colour Markdown


def editor_help() -> str:
    """What ``new --help`` says about writing in your editor."""
    return translate(
        "CliEditor",
        "Without --body, --body-file or piped input, at a terminal, your editor ($VISUAL, "
        "else $EDITOR) opens on a private file in memory (/dev/shm where there is one), "
        "which is overwritten and removed when you close it. Your editor may keep its own "
        "copies of what you write (swap files, backups, undo history); an editor set to "
        "keep none is safest.",
    )


def terminal_attached() -> bool:
    """True when a person is at a terminal: standard input and output are both one."""
    return sys.stdin.isatty() and sys.stdout.isatty()


def editor_command(env: Mapping[str, str]) -> list[str] | None:
    """The editor to run, split as a shell would ($VISUAL first), or None if unset."""
    for name in ("VISUAL", "EDITOR"):
        value = env.get(name, "").strip()
        if value:
            try:
                words = shlex.split(value)
            except ValueError:
                raise CliError(
                    translate("CliEditor", "${name} cannot be read as a command: {value}.").format(
                        name=name, value=repr(value)
                    )
                ) from None
            if words:
                return words
    return None


@dataclass(frozen=True)
class PrivateFolder:
    """A folder for one entry's text, and whether it is in memory."""

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


def _overwrite_and_remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        with path.open("r+b") as handle:
            handle.write(b"\0" * size)
            handle.flush()
            os.fsync(handle.fileno())
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


@contextlib.contextmanager
def _entry_file(folder: PrivateFolder, initial: str = "") -> Iterator[Path]:
    path = folder.path / FILE_NAME
    try:
        os.chmod(folder.path, 0o700)
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(initial.encode("utf-8"))
        yield path
    finally:
        for child in list(folder.path.iterdir()) if folder.path.is_dir() else []:
            if child.is_file() and not child.is_symlink():
                _overwrite_and_remove(child)
        with contextlib.suppress(OSError):
            folder.path.rmdir()


Runner = Callable[[list[str]], int]


def _run(command: list[str]) -> int:
    return subprocess.run(command, check=False).returncode


def write_in_editor(
    command: list[str],
    env: Mapping[str, str],
    *,
    run: Runner = _run,
    say: Callable[[str], None] = lambda line: print(line, file=sys.stderr),
    memory_folders: tuple[str, ...] = MEMORY_FOLDERS,
    initial: str = "",
) -> str:
    """Open ``command`` on a private file and return what was written there.

    ``initial`` is what the file holds when the editor opens (a template's body).

    Raises CliError when the editor cannot start or closes with an error (nothing is
    kept then); the text is never written anywhere but the private file.
    """
    folder = private_folder(env, memory_folders)
    if not folder.in_memory:
        say(
            translate(
                "CliEditor",
                "This system has no folder in memory; your text is kept in {folder} "
                "while you write, then overwritten and removed.",
            ).format(folder=folder.path)
        )
    with _entry_file(folder, initial) as path:
        try:
            code = run([*command, str(path)])
        except OSError:
            raise CliError(
                translate(
                    "CliEditor",
                    "The editor {editor} could not be started; "
                    "set VISUAL or EDITOR to one you have. Nothing was added.",
                ).format(editor=repr(command[0]))
            ) from None
        if code != 0:
            raise CliError(
                translate(
                    "CliEditor", "The editor closed with an error ({code}); nothing was added."
                ).format(code=code)
            )
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise CliError(
                translate(
                    "CliEditor", "The editor saved text that is not UTF-8; nothing was added."
                )
            ) from None
        except FileNotFoundError:
            return ""  # the editor removed the file: nothing was written
