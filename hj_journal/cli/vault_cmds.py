"""Commands that look after vaults: init, verify, passwd, recovery."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from hj_journal.cli.common import (
    EXIT_DAMAGED,
    EXIT_OK,
    CliError,
    Context,
    add_command,
    ask_secret,
    read_secret_file,
    tell_attempts,
)
from hj_journal.core.attempts import COMMAND_LINE
from hj_journal.core.common.i18n import translate
from hj_journal.core.services import Services
from hj_journal.core.settings import VaultKind
from hj_journal.core.vaults import KeyRotation, Vault, rotate_keys, unlock_with_passphrase

MIN_PASSPHRASE = 8


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's commands."""
    init = add_command(commands, "init", cmd_init, translate("CliVault", "create a new vault"))
    init.add_argument(
        "--label",
        default=translate("CliVault", "Journal"),
        help=translate("CliVault", "a neutral name for the vault"),
    )
    init.add_argument(
        "--practice",
        action="store_true",
        help=translate("CliVault", "a practice vault, for sessions with clients"),
    )
    add_command(
        commands, "verify", cmd_verify, translate("CliVault", "check the vault for damage")
    )
    passwd = add_command(
        commands, "passwd", cmd_passwd, translate("CliVault", "change the passphrase")
    )
    passwd.description = translate(
        "CliVault",
        "Change the passphrase. On its own this puts a new lock on the same key: older "
        "copies of the key file (in backups, say) still open with the old passphrase. "
        "With --rotate the journal gets a fresh key and a new recovery key, and the "
        "backups this computer can reach are replaced, so old secrets open nothing new.",
    )
    passwd.add_argument(
        "--new-passphrase-file",
        metavar="PATH",
        help=translate("CliVault", "read the new passphrase from a file"),
    )
    passwd.add_argument(
        "--rotate",
        action="store_true",
        help=translate(
            "CliVault",
            "someone may know your passphrase: a fresh key, a new recovery key, new backups",
        ),
    )
    recovery = add_command(
        commands,
        "recovery",
        cmd_recovery,
        translate("CliVault", "make a new recovery key (the old one stops working)"),
    )
    recovery.description = translate(
        "CliVault",
        "Make a new recovery key. The journal gets a fresh key as well, and the backups this "
        "computer can reach are replaced, so the old recovery key opens nothing new, even "
        "with an older copy of the key file. Your passphrase stays the same (it is asked "
        "for when you unlock with --recovery-key-file).",
    )


def _check_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE or not passphrase.strip():  # spaces alone: none
        raise CliError(
            translate(
                "CliVault",
                "Please choose a passphrase of at least %n character(s).",
                None,
                MIN_PASSPHRASE,
            )
        )
    return passphrase


def _print_recovery_key(key: str) -> None:
    print(translate("CliVault", "Your recovery key (shown only this once):"))
    print()
    print(f"    {key}")
    print()
    print(translate("CliVault", "Write it down or print it and keep it somewhere safe."))
    print(translate("CliVault", "It opens your vault if you ever forget your passphrase."))


def cmd_init(ctx: Context) -> int:
    """Create a vault and print its recovery key."""
    passphrase = _check_new_passphrase(
        ctx.passphrase(translate("CliVault", "New passphrase: "), confirm=True)
    )
    vault, recovery_key = ctx.registry.create(ctx.args.label, passphrase, policy=ctx.policy)
    try:
        if ctx.args.practice:
            Services.for_vault(vault).settings.vault_kind = VaultKind.PRACTICE
    finally:
        vault.lock()
    print(translate("CliVault", "Created the vault {label}.").format(label=repr(vault.label)))
    _print_recovery_key(recovery_key)
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    """Run SQLCipher's and SQLite's integrity checks."""
    with ctx.unlocked() as services:
        report = services.data.verify()
    if report.ok:
        print(translate("CliVault", "The vault is healthy: every page checked out."))
        return EXIT_OK
    print(translate("CliVault", "The vault has damage:"))
    for problem in report.problems[:20]:
        print(f"  {problem}")
    return EXIT_DAMAGED


@contextmanager
def _unlocked(ctx: Context) -> Iterator[tuple[Vault, str | None]]:
    """Like ``ctx.unlocked()``, keeping the passphrase: a rotation wraps the new key in it."""
    vault = ctx.find_vault()
    passphrase = None
    if ctx.args.recovery_key_file:
        vault.unlock_with_recovery_key(
            read_secret_file(ctx.args.recovery_key_file), attempt_from=COMMAND_LINE
        )
    else:
        passphrase = ctx.passphrase(translate("CliCommon", "Passphrase: "))
        unlock_with_passphrase(vault, passphrase, policy=ctx.policy, attempt_from=COMMAND_LINE)
    try:
        tell_attempts(vault)
        yield vault, passphrase
    finally:
        vault.lock()


def cmd_passwd(ctx: Context) -> int:
    """Unlock, then re-wrap the key under a new passphrase (or rotate it with --rotate)."""
    with _unlocked(ctx) as (vault, current):
        if ctx.args.new_passphrase_file:
            new = read_secret_file(ctx.args.new_passphrase_file)
        else:
            new = ask_secret(translate("CliVault", "New passphrase: "), confirm=True)
        new = _check_new_passphrase(new)
        if not ctx.args.rotate:
            vault.change_passphrase(new, policy=ctx.policy)
            print(
                translate(
                    "CliVault", "Your passphrase has been changed. Your recovery key still works."
                )
            )
            print(
                translate(
                    "CliVault",
                    "Older copies of the key file (in backups) still open with the old "
                    "passphrase; use --rotate if someone may know it.",
                )
            )
            return EXIT_OK
        result = rotate_keys(
            vault, ctx.paths.backups_dir, new, policy=ctx.policy, current_passphrase=current
        )
    print(
        translate("CliVault", "Your passphrase has been changed and your journal has a fresh key.")
    )
    print(translate("CliVault", "Your old passphrase and old recovery key no longer open it."))
    _print_recovery_key(result.recovery_key)
    _print_backups(result)
    return EXIT_OK


def cmd_recovery(ctx: Context) -> int:
    """Make a new recovery key, with a fresh database key (see the command's description)."""
    with _unlocked(ctx) as (vault, passphrase):
        if passphrase is None:
            passphrase = ctx.passphrase(
                translate("CliVault", "Your passphrase (it stays the same): ")
            )
        result = rotate_keys(
            vault,
            ctx.paths.backups_dir,
            passphrase,
            policy=ctx.policy,
            current_passphrase=passphrase,
        )
    print(
        translate(
            "CliVault",
            "Your old recovery key no longer opens this vault, and your journal has a fresh key.",
        )
    )
    _print_recovery_key(result.recovery_key)
    _print_backups(result)
    return EXIT_OK


def _print_backups(result: KeyRotation) -> None:
    """What became of the backups, plainly: made, removed, not reachable, elsewhere."""
    print()
    replaced = result.backups
    if replaced is None:
        print(translate("CliVault", "Backups: {problem}").format(problem=result.backup_problem))
        print(
            translate(
                "CliVault",
                "Your older backups were left as they are and still open with the old secrets.",
            )
        )
    else:
        made, removed = len(replaced.made), replaced.removed
        if made:
            fresh = translate(
                "CliVault", "Backups: %n fresh backup(s) under the new key", None, made
            )
            older = (
                translate("CliVault", ", and %n older one(s) removed", None, removed)
                if removed
                else ""
            )
            print(f"{fresh}{older}.")
        for folder in replaced.unreachable:
            print(translate("CliVault", "Not reachable now: {folder}").format(folder=folder))
            print(
                "  "
                + translate(
                    "CliVault",
                    "The backups there still open with the old passphrase and recovery key. "
                    "When it is plugged in, delete them and make a new one "
                    "(hj-journal backup --to {folder}).",
                ).format(folder=folder)
            )
    print(
        translate(
            "CliVault",
            "Copies made elsewhere (another disk, a cloud folder, a backup you moved) still "
            "open with the old passphrase and recovery key.",
        )
    )
