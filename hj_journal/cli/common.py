"""What every command shares: options, passphrases, opening the vault, exit codes."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal.cli.options import (
    EXIT_DAMAGED,
    EXIT_OK,
    EXIT_USER,
    EXIT_WRONG_SECRET,
    add_common_options,
)
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate
from hj_journal.core.vaults import (
    COMMAND_LINE,
    DATABASE_DAMAGED,
    KdfPolicy,
    RecoveryKeyFormatError,
    Vault,
    VaultBusyError,
    VaultDamagedError,
    VaultError,
    VaultRegistry,
    WrongSecretError,
    is_corruption,
    unlock_with_passphrase,
)
from hj_journal.errorlog import log_unexpected
from hj_journal.paths import AppPaths

if TYPE_CHECKING:
    from hj_journal.core.services import Services

# For scripted tests of the command line only: new vaults use the production floor
# instead of calibrating (still 64 MiB, 3 passes: never weaker than the floor).
FAST_KDF_ENV = "HJ_JOURNAL_KDF_AT_FLOOR"
STDIN = "-"


class CliError(Exception):
    """A user mistake: printed as one line, exit code 1 (or the given code)."""

    def __init__(self, message: str, code: int = EXIT_USER) -> None:
        super().__init__(message)
        self.code = code


def personal_only(services: Services) -> None:
    """Refuse personal writing (an entry, a check-in) in a practice vault, in one line."""
    if services.settings.is_practice_vault:
        raise CliError(
            translate(
                "CliCommon",
                "This is a practice vault: it keeps sessions with clients, never a personal "
                "journal or personal check-ins. Choose your personal vault with --vault LABEL.",
            )
        )


def catch_up_search(services: Services) -> None:
    """Add entries written by the thousand (an import, a merge) back to search now.

    The window does this in the background while it is open; the command line has no
    background, so a command that left entries out of search finishes the work before it
    returns (about a millisecond an entry), saying so on standard error.
    """
    journal = services.journal
    progress = journal.word_forms_progress()
    if progress.finished or progress.meanwhile != "entries":
        return
    waiting = progress.total - progress.indexed
    print(
        translate("CliCommon", "Adding %n entr(y|ies) to search…", None, waiting),
        file=sys.stderr,
    )
    while not progress.finished and progress.meanwhile == "entries":
        progress = journal.add_word_forms()


@dataclass
class Context:
    """What a command gets: the app's folders, the parsed arguments, HJ_PASSPHRASE."""

    paths: AppPaths
    args: argparse.Namespace
    env_passphrase: str | None = None
    language: str | None = None  # the language the command speaks (hj_journal.cli.language)

    @property
    def registry(self) -> VaultRegistry:
        """The vaults in the data folder."""
        return VaultRegistry(self.paths.vaults_dir)

    @property
    def policy(self) -> KdfPolicy:
        """Key-derivation policy for new passphrase slots."""
        if os.environ.get(FAST_KDF_ENV) == "1":
            return KdfPolicy.at_floor()
        return KdfPolicy.production()

    def find_vault(self) -> Vault:
        """The vault named by ``--vault``, or the only / default one."""
        return self.registry.find(self.args.vault)

    @contextmanager
    def unlocked(self) -> Iterator[Services]:
        """Unlock the chosen vault for the length of a command, then lock it."""
        from hj_journal.core.services import Services, load_in_background

        vault = self.find_vault()
        loading = load_in_background()  # while the passphrase is read and the key derived
        try:
            if self.args.recovery_key_file:
                vault.unlock_with_recovery_key(
                    read_secret_file(self.args.recovery_key_file), attempt_from=COMMAND_LINE
                )
            else:
                passphrase = self.passphrase(translate("CliCommon", "Passphrase: "))
                # After a change on another device the passphrase set there opens it, and
                # the old one is told so in one line (exit 2).
                unlock_with_passphrase(
                    vault, passphrase, policy=self.policy, attempt_from=COMMAND_LINE
                )
        finally:
            loading.join()
        try:
            tell_attempts(vault)
            yield Services.for_vault(vault, self.paths, self.language)
        finally:
            vault.lock()

    def passphrase(self, prompt: str, *, confirm: bool = False) -> str:
        """The passphrase from --passphrase-file, HJ_PASSPHRASE, or a prompt."""
        if self.args.passphrase_file:
            return read_secret_file(self.args.passphrase_file)
        if self.env_passphrase is not None:
            return self.env_passphrase
        return ask_secret(prompt, confirm=confirm)


def tell_attempts(vault: Vault) -> None:
    """After unlocking: one line on stderr when someone tried to open the vault meanwhile."""
    from hj_journal.cli.attempts_line import notice_line
    from hj_journal.core.attempts import Attempts

    try:
        line = notice_line(Attempts(vault).read_new())
    except VaultBusyError:  # another window is reading it now; the news waits for next time
        return
    if line:
        print(f"hj-journal: {line}", file=sys.stderr)


def ask_secret(prompt: str, *, confirm: bool = False) -> str:
    """Ask at the terminal without echo; refuse when there is no terminal."""
    if not sys.stdin.isatty():
        raise CliError(
            translate(
                "CliCommon",
                "No passphrase given: use --passphrase-file PATH or the HJ_PASSPHRASE variable.",
            )
        )
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(translate("CliCommon", "Once more, to be sure: ")) != first:
        raise CliError(
            translate("CliCommon", "The two passphrases were different; nothing was changed.")
        )
    return first


def read_secret_file(path: str) -> str:
    """A passphrase or recovery key from a file (the final newline is not part of it)."""
    try:
        return Path(path).read_text(encoding="utf-8").rstrip("\r\n")
    except FileNotFoundError:
        raise CliError(
            translate("CliCommon", "There is no file at {path}.").format(path=path)
        ) from None
    except (OSError, UnicodeDecodeError):
        raise CliError(
            translate("CliCommon", "The file {path} could not be read as text.").format(path=path)
        ) from None


def read_text_option(value: str | None, option: str) -> str | None:
    """Journal text from a file named by ``option``, or standard input for ``-``.

    The file forms exist because text given as an argument is visible to other users
    in the process list and stays in shell history.
    """
    if value is None:
        return None
    if value == STDIN:
        return read_stdin()
    try:
        return Path(value).read_text(encoding="utf-8").removesuffix("\n")
    except FileNotFoundError:
        raise CliError(
            translate("CliCommon", "{option}: there is no file at {path}.").format(
                option=option, path=value
            )
        ) from None
    except (OSError, UnicodeDecodeError):
        raise CliError(
            translate("CliCommon", "{option}: the file {path} could not be read as text.").format(
                option=option, path=value
            )
        ) from None


def read_stdin() -> str:
    """All of standard input (a prompt first when a person is typing)."""
    if sys.stdin.isatty():
        print(
            translate("CliCommon", "Type the text; finish with Ctrl-D on a line of its own."),
            file=sys.stderr,
        )
    return sys.stdin.read()


def one_stdin(**given: str | None) -> None:
    """Refuse two options that both want standard input (``-``)."""
    wanting = [name for name, value in given.items() if value == STDIN]
    if len(wanting) > 1:
        raise CliError(
            translate("CliCommon", "Only one of {options} can read standard input.").format(
                options=", ".join(wanting)
            )
        )


def either(option: str, value: str | None, file_option: str, file_value: str | None) -> str | None:
    """The text of ``option`` or of its file form ``file_option`` (never both)."""
    if value is not None and file_value is not None:
        raise CliError(
            translate("CliCommon", "Please give {option} or {file_option}, not both.").format(
                option=option, file_option=file_option
            )
        )
    if value == STDIN:
        return read_stdin()
    return value if value is not None else read_text_option(file_value, file_option)


def shown(text: str) -> str:
    """Text from the vault made safe for a terminal: control characters escaped.

    A title or tag could hold terminal escape sequences (clearing the screen, changing
    the window title, hiding what follows) or bidirectional overrides that reorder what
    is shown. Those are written as ``\\x1b``, ``\\n``, ``\\u202e``; letters, emoji
    and everything else printable stay as they are.
    """
    if text.isprintable():
        return text
    return "".join(_ESCAPES.get(c) or (_escape(c) if _unsafe(c) else c) for c in text)


def _unsafe(char: str) -> bool:
    category = unicodedata.category(char)
    return category in ("Cc", "Zl", "Zp") or char in _BIDI_CONTROLS


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)


def parse_day(text: str) -> date:
    """A day from YYYY-MM-DD, ``today`` or ``yesterday`` (``hoy``, ``ayer`` in Spanish too)."""
    lowered = text.strip().lower()
    if lowered in ("today", "hoy"):
        return date.today()
    if lowered in ("yesterday", "ayer"):
        return date.today() - timedelta(days=1)
    try:
        return date.fromisoformat(lowered)
    except ValueError:
        raise CliError(
            translate("CliCommon", "{text} is not a date; write dates like 2026-11-27.").format(
                text=repr(text)
            )
        ) from None


Handler = Callable[[Context], int]


def add_command(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
    handler: Handler,
    help_text: str,
) -> argparse.ArgumentParser:
    """Add a sub-command that accepts the common options too."""
    parser: argparse.ArgumentParser = commands.add_parser(
        name, help=help_text, description=help_text
    )
    add_common_options(parser, top_level=False)
    parser.set_defaults(handler=handler)
    return parser


def run_command(args: argparse.Namespace, context: Context) -> int:
    """Run a command and turn every expected failure into one line and an exit code."""
    handler: Handler = args.handler
    try:
        return handler(context)
    except CliError as error:
        return _fail(str(error), error.code)
    except (WrongSecretError, RecoveryKeyFormatError) as error:
        return _fail(str(error), EXIT_WRONG_SECRET)
    except VaultDamagedError as error:
        return _fail(f"{_said(str(error))} {_backups_can_restore()}", EXIT_DAMAGED)
    except (VaultError, InputError, NotFoundError) as error:
        return _fail(str(error), EXIT_USER)
    except KeyboardInterrupt:
        return _fail(translate("CliCommon", "Stopped; nothing half-done was saved."), EXIT_USER)
    except OSError as error:
        return _fail(
            translate("CliCommon", "A file could not be read or written: {reason}.").format(
                reason=error.strerror
            ),
            EXIT_USER,
        )
    except Exception as error:
        if is_corruption(error):  # the store maps damage; this catches any it did not
            return _fail(f"{_said(DATABASE_DAMAGED)} {_backups_can_restore()}", EXIT_DAMAGED)
        log = log_unexpected(context.paths.log_dir, type(error), error.__traceback__)
        return _fail(
            translate(
                "CliCommon", "Something unexpected went wrong. A note without content is in {log}."
            ).format(log=log),
            EXIT_USER,
        )


# The store's sentences (it speaks English only; see hj_journal.store.errors), marked
# for the catalogue and said in the command line's language where they are printed.
_STORE_SENTENCES = (
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "That passphrase does not open a vault here.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "That passphrase does not open this vault.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "That recovery key does not open a vault here.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "That recovery key does not open this vault.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The code seems to have a typo in it. Please check each group.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The journal's database file is missing from this vault.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The journal's database is damaged, so it was not opened.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The vault is locked.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The vault's key file is damaged, so the vault cannot be opened safely.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "There is already a vault in that folder.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "There is more than one vault; choose one with --vault LABEL.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "There is no vault in that folder.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "There is no vault yet. Create one with 'hj-journal init'.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "HJ Journal never downgrades a vault; restore a backup instead.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "That is a folder. Choose the summary file itself.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "This file is cut short. Ask your practitioner to share the summary with you again.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "This file is empty, so there is nothing in it to receive.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "This file is far larger than a shared summary can be, so it was not opened.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "This file is not a summary shared from HJ Journal.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "Type the code your practitioner gave you with the file.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The vault is busy with another change or backup (perhaps in another "
        "window). Please try again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The vault is open in another window or command. Close it there (or lock "
        "it), then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The vault's key was changed somewhere else a moment ago. Please lock the "
        "vault, unlock it again and try once more.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "This code does not open this file. Check the code with your "
        "practitioner; if it is right, the file may have changed on the way, and "
        "they can share it again.",
    ),
    QT_TRANSLATE_NOOP(
        "StoreErrors",
        "The vault's key file carries a key that does not belong to this vault; "
        "it may have been tampered with, so the vault was not opened.",
    ),
)


def _backups_can_restore() -> str:
    return translate("CliCommon", "Your backups can restore it.")


def _said(message: str) -> str:
    """``message`` in the command line's language when it is one of the store's sentences."""
    return translate("StoreErrors", message) if message in _STORE_SENTENCES else message


def _fail(message: str, code: int) -> int:
    print(f"hj-journal: {_said(message)}", file=sys.stderr)
    return code


# Command modules take these from here along with the rest of the shared machinery.
__all__ = [
    "EXIT_DAMAGED",
    "EXIT_OK",
    "EXIT_USER",
    "EXIT_WRONG_SECRET",
    "CliError",
    "Context",
    "add_command",
    "add_common_options",
    "ask_secret",
    "either",
    "one_stdin",
    "parse_day",
    "read_secret_file",
    "read_stdin",
    "read_text_option",
    "run_command",
    "shown",
    "tell_attempts",
]
