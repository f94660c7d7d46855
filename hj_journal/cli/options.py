"""Options and exit codes shared by every command, kept free of heavy imports.

Starting the desktop app goes through here only, so the lock screen is not kept waiting
for the database layer to load.

Every parser is a :class:`Parser`: option abbreviations are off (``--passphrase
"my secret"`` must never be read as ``--passphrase-file``), and a usage mistake is one
line that names options but never repeats a value, since a value typed in the wrong
place may be a passphrase or a line of the journal.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from typing import Any, NoReturn

EXIT_OK = 0
EXIT_USER = 1
EXIT_WRONG_SECRET = 2
EXIT_DAMAGED = 3

# Shown in --help wherever an option carries journal text.
ARGUMENTS_ARE_VISIBLE = (
    "Text given as an argument can be seen by other users of this computer in the process "
    "list, and it stays in your shell history: give it in a file or on standard input "
    "instead ('-' reads standard input)."
)

# argparse messages that quote a value: keep what they say, drop the value.
_QUOTED_VALUE = (
    (
        re.compile(r"invalid choice: .*?(\(choose from [^()]*\))?$", re.S),
        r"invalid choice \1",
    ),
    (re.compile(r"(invalid \S+ value): .*$", re.S), r"\1"),
    (re.compile(r"(ignored explicit argument) .*$", re.S), r"takes no value"),
)


def without_values(message: str) -> str:
    """An argparse message with any value the person typed taken out."""
    for pattern, replacement in _QUOTED_VALUE:
        message = pattern.sub(replacement, message).rstrip()
    return message


class Parser(argparse.ArgumentParser):
    """No abbreviations; a usage mistake is one line, and never repeats a value."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        super().__init__(*args, **kwargs)

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """As argparse does, but words left over are reported without being repeated."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            options = sorted({word.split("=", 1)[0] for word in extras if word.startswith("-")})
            if options:
                self.error(f"{', '.join(options)}: not an option of this command")
            self.error("more words than this command takes (quote text, or give it in a file)")
        return parsed

    def error(self, message: str) -> NoReturn:
        """Print one line on stderr and exit with code 1."""
        self.exit(EXIT_USER, f"hj-journal: {without_values(message)} (see 'hj-journal --help')\n")


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
