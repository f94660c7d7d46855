"""Options and exit codes shared by every command, kept free of heavy imports.

Starting the desktop app goes through here only, so the lock screen is not kept waiting
for the database layer to load.

Every parser is a :class:`Parser`: option abbreviations are off (``--passphrase
"my secret"`` must never be read as ``--passphrase-file``), and a usage mistake is one
line that names options but never repeats a value, since a value typed in the wrong
place may be a passphrase or a line of the journal.

Help and messages are in the language the command line speaks (:mod:`hj_journal.cli.language`
installs it before the parser is built), argparse's own words ("usage:", its headings
and its mistakes) included: they are said again here through the catalogue, since
argparse's own gettext has no Spanish.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, NoReturn

from hj_journal.core.common.i18n import translate

EXIT_OK = 0
EXIT_USER = 1
EXIT_WRONG_SECRET = 2
EXIT_DAMAGED = 3


def arguments_are_visible() -> str:
    """Shown in --help wherever an option carries journal text."""
    return translate(
        "CliOptions",
        "Text given as an argument can be seen by other users of this computer in the process "
        "list, and it stays in your shell history: give it in a file or on standard input "
        "instead ('-' reads standard input).",
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


# argparse's mistakes (values already taken out) in the command line's language.
_ARGUMENT = re.compile(r"argument (\S+?): (.*)$", re.S)
_MISTAKES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"the following arguments are required: (.*)$", re.S),
        lambda m: translate("CliOptions", "the following arguments are required: {names}").format(
            names=m[1]
        ),
    ),
    (
        re.compile(r"one of the arguments (.*) is required$", re.S),
        lambda m: translate("CliOptions", "one of the arguments {names} is required").format(
            names=m[1]
        ),
    ),
    (
        re.compile(r"expected one argument$"),
        lambda m: translate("CliOptions", "expected one argument"),
    ),
    (
        re.compile(r"expected at least one argument$"),
        lambda m: translate("CliOptions", "expected at least one argument"),
    ),
    (
        re.compile(r"expected at most one argument$"),
        lambda m: translate("CliOptions", "expected at most one argument"),
    ),
    (
        re.compile(r"expected (\d+) arguments?$"),
        lambda m: _expected(int(m[1])),
    ),
    (
        re.compile(r"invalid choice \(choose from (.*)\)$", re.S),
        lambda m: translate("CliOptions", "invalid choice (choose from {choices})").format(
            choices=m[1]
        ),
    ),
    (
        re.compile(r"invalid choice$"),
        lambda m: translate("CliOptions", "invalid choice"),
    ),
    (
        re.compile(r"invalid (\S+) value$"),
        lambda m: translate("CliOptions", "invalid {kind} value").format(kind=m[1]),
    ),
    (
        re.compile(r"takes no value$"),
        lambda m: translate("CliOptions", "takes no value"),
    ),
    (
        re.compile(r"not allowed with argument (.*)$", re.S),
        lambda m: translate("CliOptions", "not allowed with argument {other}").format(other=m[1]),
    ),
)


def _expected(count: int) -> str:
    return translate("CliOptions", "expected %n argument(s)", None, count)


def in_words(message: str) -> str:
    """An argparse mistake (its values taken out) in the language the command speaks."""
    argument = _ARGUMENT.match(message)
    detail = argument[2] if argument else message
    for pattern, words in _MISTAKES:
        found = pattern.match(detail)
        if found:
            detail = words(found)
            break
    if argument is None:
        return detail
    return translate("CliOptions", "argument {argument}: {detail}").format(
        argument=argument[1], detail=detail
    )


class Formatter(argparse.HelpFormatter):
    """argparse's help, with its "usage:" in the command line's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        """As argparse does, with the translated prefix."""
        if prefix is None:
            prefix = translate("CliOptions", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


class RawDescriptionFormatter(Formatter, argparse.RawDescriptionHelpFormatter):
    """Help whose description and epilog are printed as written (not re-wrapped)."""


class Parser(argparse.ArgumentParser):
    """No abbreviations; a usage mistake is one line, and never repeats a value."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["allow_abbrev"] = False
        kwargs.setdefault("formatter_class", Formatter)
        add_help = kwargs.pop("add_help", True)
        kwargs["add_help"] = False  # added below, with its help in the reader's language
        super().__init__(*args, **kwargs)
        self._positionals.title = translate("CliOptions", "positional arguments")
        self._optionals.title = translate("CliOptions", "options")
        if add_help:
            self.add_argument(
                "-h",
                "--help",
                action="help",
                default=argparse.SUPPRESS,
                help=translate("CliOptions", "show this help message and exit"),
            )

    def parse_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> argparse.Namespace:
        """As argparse does, but words left over are reported without being repeated."""
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            options = sorted({word.split("=", 1)[0] for word in extras if word.startswith("-")})
            if options:
                self.error(
                    translate("CliOptions", "{options}: not an option of this command").format(
                        options=", ".join(options)
                    )
                )
            self.error(
                translate(
                    "CliOptions",
                    "more words than this command takes (quote text, or give it in a file)",
                )
            )
        return parsed

    def error(self, message: str) -> NoReturn:
        """Print one line on stderr and exit with code 1."""
        line = translate("CliOptions", "{message} (see 'hj-journal --help')").format(
            message=in_words(without_values(message))
        )
        self.exit(EXIT_USER, f"hj-journal: {line}\n")


def add_common_options(parser: argparse.ArgumentParser, *, top_level: bool) -> None:
    """Options every command accepts, before or after the command's name."""
    default = None if top_level else argparse.SUPPRESS
    group = parser.add_argument_group(translate("CliOptions", "common options"))
    group.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help=translate("CliOptions", "keep vaults, settings and logs in DIR"),
    )
    group.add_argument(
        "--vault",
        metavar="LABEL",
        default=default,
        help=translate("CliOptions", "which vault to use (default: the only or default one)"),
    )
    group.add_argument(
        "--passphrase-file",
        metavar="PATH",
        default=default,
        help=translate("CliOptions", "read the passphrase from a file (or set HJ_PASSPHRASE)"),
    )
    group.add_argument(
        "--recovery-key-file",
        metavar="PATH",
        default=default,
        help=translate("CliOptions", "unlock with the recovery key in this file instead"),
    )
