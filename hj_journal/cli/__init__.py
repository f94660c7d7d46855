"""``hj-journal``: with no arguments the desktop app; with a command, headless work.

Exit codes (DESIGN.md §8): 0 ok; 1 a user mistake or refused input (one clear line on
stderr, never a traceback); 2 wrong passphrase or recovery key; 3 damaged vault.

Each command lives in a small module that registers itself with :func:`build_parser`.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from hj_journal import __version__
from hj_journal.cli import data_cmds, journal_cmds, vault_cmds
from hj_journal.cli.common import EXIT_USER, CliError, Context, add_common_options, run_command
from hj_journal.paths import AppPaths

COMMAND_MODULES = (vault_cmds, journal_cmds, data_cmds)


class _Parser(argparse.ArgumentParser):
    """Reports a usage mistake in one line instead of argparse's usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER, f"hj-journal: {message} (see 'hj-journal --help')\n")


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser."""
    parser = _Parser(
        prog="hj-journal",
        description="HJ Journal: a private, encrypted self-care journal. "
        "Run without a command to open the app.",
    )
    parser.add_argument("--version", action="version", version=f"HJ Journal {__version__}")
    add_common_options(parser, top_level=True)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``hj-journal`` command."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as stop:  # --help, --version, or a usage mistake already reported
        return stop.code if isinstance(stop.code, int) else EXIT_USER
    paths = AppPaths.under(args.data_dir) if args.data_dir else AppPaths.default()
    if args.command is None:
        from hj_journal.ui.app import run

        return run(paths)
    return run_command(args, Context(paths=paths, args=args))


__all__ = ["CliError", "build_parser", "main"]
