"""Writing an entry in your own editor ($VISUAL or $EDITOR), the way git and jrnl do.

The text is written in a private folder made for this one entry
(:mod:`hj_journal.core.common.private_files`): in memory where the system has such a
place, so it never reaches the disk; otherwise in the system's temporary folder, and the
command says so. When the editor closes, every file in the folder (the editor may leave a
swap or backup file beside the text) is overwritten with zeros and removed, and then the
folder.

The editor itself may keep its own copies elsewhere (swap files in its own folder,
undo history, recent-file lists): ``hj-journal new --help`` says so.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import subprocess
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from hj_journal.cli.common import CliError
from hj_journal.core.common import private_files
from hj_journal.core.common.i18n import translate
from hj_journal.core.common.private_files import MEMORY_FOLDERS, PrivateFolder, private_folder

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
        private_files.empty_and_remove(folder.path)


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
