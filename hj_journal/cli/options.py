"""Options and exit codes shared by every command, kept free of heavy imports.

Starting the desktop app goes through here only, so the lock screen is not kept waiting
for the database layer to load.
"""

from __future__ import annotations

import argparse
from typing import NoReturn

EXIT_OK = 0
EXIT_USER = 1
EXIT_WRONG_SECRET = 2
EXIT_DAMAGED = 3


class Parser(argparse.ArgumentParser):
    """Reports a usage mistake in one line instead of argparse's usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USER, f"hj-journal: {message} (see 'hj-journal --help')\n")


def add_common_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """Options every command accepts, before or after the command's name."""
    default = None if top_level else argparse.SUPPRESS
    group = parser.add_argument_group("common options")
    group.add_argument(
        "--data-dir", metavar="DIR", default=default, help="keep vaults, settings and logs in DIR"
    )
    group.add_argument(
        "--vault",
        metavar="LABEL",
        default=default,
        help="which vault to use (default: the only or default one)",
    )
    group.add_argument(
        "--passphrase-file",
        metavar="PATH",
        default=default,
        help="read the passphrase from a file (or set HJ_PASSPHRASE)",
    )
    group.add_argument(
        "--recovery-key-file",
        metavar="PATH",
        default=default,
        help="unlock with the recovery key in this file instead",
    )
