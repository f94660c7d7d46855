"""``hj-journal``: with no arguments the desktop app; with a command, headless work.

Exit codes (README.md): 0 ok; 1 a user mistake or refused input (one clear line on
stderr, never a traceback); 2 wrong passphrase or recovery key, or a share code that
does not open its file; 3 damaged vault.
Without a command (the window), 2 also means a system package the window needs is missing
(``hj_journal.ui.platform.platform_check``).

Each command lives in a small module that registers itself with :func:`build_parser`;
only the module of the command being run is imported (:mod:`hj_journal.cli.command_table`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal.paths import AppPaths

if TYPE_CHECKING:
    import argparse


PASSPHRASE_ENV = "HJ_PASSPHRASE"


def take_env_passphrase() -> str | None:
    """``HJ_PASSPHRASE``, removed from the environment the moment it is read.

    Popping it from :data:`os.environ` also unsets it in the C environment, so no
    program started later (a PDF helper, a pager) inherits the passphrase.
    """
    value = os.environ.pop(PASSPHRASE_ENV, None)
    os.unsetenv(PASSPHRASE_ENV)  # a no-op after the pop; said out loud for the reader
    return value


def remove_leftovers(paths: AppPaths) -> None:
    """Remove what an export killed part-way left behind (a hidden, readable file).

    A normal start costs one look for a folder that exists only while exporting.
    """
    notes = paths.exports_in_progress
    if notes.is_dir():
        from hj_journal.core.data.exchange._output import remove_leftover_exports

        remove_leftover_exports(notes)


def build_parser(running: str | None = "*") -> argparse.ArgumentParser:
    """The argument parser, with the commands of ``running``'s module in full.

    The other commands are there by name and help line only, so their modules are not
    imported; ``running`` None (no command given) imports none, and the default ``"*"``
    every one (:func:`hj_journal.cli.command_table.add_commands`).
    """
    from hj_journal import __version__
    from hj_journal.cli.command_table import add_commands
    from hj_journal.cli.options import Parser, add_common_options
    from hj_journal.cli.self_check import SelfCheckAction
    from hj_journal.core.common.i18n import translate

    parser = Parser(
        prog="hj-journal",
        description=translate(
            "CliMain",
            "HJ Journal: a private, encrypted self-care journal. "
            "Run without a command to open the app.",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"HJ Journal {__version__}",
        help=translate("CliMain", "show program's version number and exit"),
    )
    parser.add_argument(
        "--self-check",
        action=SelfCheckAction,
        help=translate(
            "CliMain",
            "check that every part of this installation is present, and print the versions",
        ),
    )
    add_common_options(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    add_commands(commands, running)
    return parser


def _gui_paths(args_list: list[str]) -> AppPaths | None:
    """The app's folders when the arguments ask for the desktop app, else None.

    The usual ways of starting the app (no arguments, or only ``--data-dir``) are
    recognised without argparse; anything else goes through a small parser. Either way
    no command module or database code loads before the lock screen shows.
    """
    if not args_list:
        return AppPaths.default()
    if len(args_list) == 2 and args_list[0] == "--data-dir" and not args_list[1].startswith("-"):
        return AppPaths.under(Path(args_list[1]))
    from hj_journal.cli.options import Parser, add_common_options

    light = Parser(prog="hj-journal", add_help=False)
    add_common_options(light, top_level=True)
    try:
        known, rest = light.parse_known_args(args_list)
    except SystemExit:
        return None
    if rest:
        return None
    return AppPaths.under(known.data_dir) if known.data_dir else AppPaths.default()


def _early_paths(args_list: list[str]) -> AppPaths:
    """The folders ``--data-dir`` names, read before argparse (its help is translated)."""
    for index, arg in enumerate(args_list):
        if arg == "--data-dir" and index + 1 < len(args_list):
            return AppPaths.under(Path(args_list[index + 1]))
        if arg.startswith("--data-dir="):
            return AppPaths.under(Path(arg.split("=", 1)[1]))
    return AppPaths.default()


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``hj-journal`` command.

    Started as a program (``argv`` None: the arguments are the process's own), it first
    turns core dumps off and makes everything it writes private (:mod:`hj_journal.hardening`).
    Tests that call ``main([...])`` in-process keep their own process settings.
    """
    if argv is None:
        from hj_journal.hardening import harden_process

        harden_process()
    env_passphrase = take_env_passphrase()  # out of the environment before anything else runs
    args_list = list(sys.argv[1:] if argv is None else argv)
    gui_paths = _gui_paths(args_list)
    if gui_paths is not None:
        from hj_journal.ui.shell.app import run

        remove_leftovers(gui_paths)
        return run(gui_paths)
    from hj_journal.cli.command_table import ALL, command_named
    from hj_journal.cli.language import install_language
    from hj_journal.cli.options import EXIT_USER

    early = _early_paths(args_list)
    language = install_language(early.settings_file, early.cache_folder, os.environ)
    try:
        args = build_parser(command_named(args_list)).parse_args(args_list)
        if args.command is not None and getattr(args, "handler", None) is None:
            # argparse read another word as the command than command_named did: read
            # the words again with every command in full (never seen so far)
            args = build_parser(ALL).parse_args(args_list)
    except SystemExit as stop:  # --help, --version, or a usage mistake already reported
        return stop.code if isinstance(stop.code, int) else EXIT_USER
    from hj_journal.cli.common import Context, run_command

    paths = AppPaths.under(args.data_dir) if args.data_dir else AppPaths.default()
    remove_leftovers(paths)
    paths.make_private()  # the app does this as it starts (AppPaths.ensure)
    if args.command is None:  # e.g. only common options given after a mistake was fixed
        from hj_journal.ui.shell.app import run

        return run(paths)
    context = Context(paths=paths, args=args, env_passphrase=env_passphrase, language=language)
    return run_command(args, context)


__all__ = ["PASSPHRASE_ENV", "build_parser", "main", "remove_leftovers", "take_env_passphrase"]
