"""Which module holds each command, so the parser imports only the one that runs.

``hj-journal list`` has no use for the modules behind ``export`` or ``sessions`` (PDF
writing, sharing, backups): importing every command's module to build the parser cost
about a third of a second before any work began. The parser is built from this table
instead: the module of the command being run registers its commands in full (their
options and ``--help`` exactly as before), and every other command is only a name and
its one line of help, enough for ``hj-journal --help`` and for a mistyped name to be
named. Without a command (``--help`` alone), no command module loads at all.

Keep the table in step with each module's ``register``: a test compares their names,
help lines and order with the parser built from every module.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from dataclasses import dataclass

from hj_journal.core.common.i18n import translate

# Options of the top-level parser that take a value (``--data-dir DIR``), so the word
# after them is never taken for the command.
_VALUE_OPTIONS = frozenset({"--data-dir", "--vault", "--passphrase-file", "--recovery-key-file"})


@dataclass(frozen=True)
class CommandGroup:
    """One module's commands: their names and one-line help, in the order it adds them."""

    module: str  # its ``register(commands)`` adds these commands
    commands: tuple[tuple[str, str], ...]  # (name, help) as ``register`` writes them


def command_groups() -> tuple[CommandGroup, ...]:
    """Every command, grouped by module, in the order ``hj-journal --help`` lists them.

    Built when called, so the help is in the language installed by then.
    """
    return (
        CommandGroup(
            "hj_journal.cli.vault_cmds",
            (
                ("init", translate("CliVault", "create a new vault")),
                ("verify", translate("CliVault", "check the vault for damage")),
                ("passwd", translate("CliVault", "change the passphrase")),
                (
                    "recovery",
                    translate("CliVault", "make a new recovery key (the old one stops working)"),
                ),
            ),
        ),
        CommandGroup(
            "hj_journal.cli.journal_cmds",
            (
                ("new", translate("CliJournal", "add a journal entry")),
                (
                    "templates",
                    translate(
                        "CliJournal", "list the entry templates 'new --template' can start from"
                    ),
                ),
                ("list", translate("CliJournal", "list entries, newest first")),
                ("search", translate("CliJournal", "find entries")),
            ),
        ),
        CommandGroup(
            "hj_journal.cli.checkin_cmd",
            (
                (
                    "checkin",
                    translate("CliCheckin", "a quick check-in, or a questionnaire's answers"),
                ),
            ),
        ),
        CommandGroup(
            "hj_journal.cli.attach_cmd",
            (("attach", translate("CliAttach", "add a photo or file to an entry")),),
        ),
        CommandGroup(
            "hj_journal.cli.data_cmds",
            (
                ("export", translate("CliData", "export the vault (not encrypted)")),
                ("import", translate("CliData", "import from another journal app")),
                ("backup", translate("CliData", "make an encrypted backup")),
                ("restore", translate("CliData", "restore an encrypted backup")),
                ("wipe", translate("CliData", "remove this vault and its backups for good")),
            ),
        ),
        CommandGroup(
            "hj_journal.cli.share_cmds",
            (
                (
                    "sessions",
                    translate(
                        "CliShare",
                        "a practice vault's sessions: list, sign and share them; keeping records",
                    ),
                ),
                (
                    "receive",
                    translate(
                        "CliShare",
                        "add a summary your practitioner shared with you (a .hjshare file) "
                        "to your journal",
                    ),
                ),
            ),
        ),
        CommandGroup(
            "hj_journal.cli.sync_cmds",
            (
                (
                    "sync",
                    translate(
                        "SyncCli",
                        "keep this vault in step on several devices through a synced folder",
                    ),
                ),
            ),
        ),
    )


def command_named(args: Sequence[str]) -> str | None:
    """The command the arguments name (the first word that is not a top-level option).

    Read as argparse would: a top-level option's value is never the command, and
    ``--data-dir=DIR`` carries its own. None when no word is left.
    """
    words = iter(args)
    for word in words:
        if word == "--":  # what follows is positional: the next word is the command
            return next(words, None)
        if word in _VALUE_OPTIONS:
            next(words, None)  # its value
        elif not word.startswith("-"):
            return word
    return None


def add_commands(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    running: str | None,
) -> None:
    """Add every command: in full for the module of ``running``, by name for the rest.

    ``running`` ``ALL`` adds every module's commands in full (tests, and the fallback
    when a word was read differently from argparse).
    """
    for group in command_groups():
        if running == ALL or any(name == running for name, _ in group.commands):
            importlib.import_module(group.module).register(commands)
            continue
        for name, help_text in group.commands:
            # Never run: reaching it means the command was read differently from
            # argparse, and the caller builds the full parser and reads the words again.
            # It takes every word as it is (no character starts an option).
            placeholder = commands.add_parser(
                name, help=help_text, add_help=False, prefix_chars="\0"
            )
            placeholder.add_argument("words", nargs="*")
            placeholder.set_defaults(handler=None)


ALL = "*"  # add_commands: every module in full
