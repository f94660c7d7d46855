"""Commands that look after vaults: init, verify, passwd, recovery."""

from __future__ import annotations

import argparse

from hj_journal.cli.common import (
    EXIT_DAMAGED,
    EXIT_OK,
    CliError,
    Context,
    add_command,
    ask_secret,
    read_secret_file,
)
from hj_journal.core.services import Services

MIN_PASSPHRASE = 8


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's commands."""
    init = add_command(commands, "init", cmd_init, "create a new vault")
    init.add_argument("--label", default="Journal", help="a neutral name for the vault")
    init.add_argument(
        "--practice", action="store_true", help="a practice vault, for sessions with clients"
    )
    add_command(commands, "verify", cmd_verify, "check the vault for damage")
    passwd = add_command(commands, "passwd", cmd_passwd, "change the passphrase")
    passwd.add_argument(
        "--new-passphrase-file", metavar="PATH", help="read the new passphrase from a file"
    )
    add_command(
        commands, "recovery", cmd_recovery, "make a new recovery key (the old one stops working)"
    )


def _check_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise CliError(f"Please choose a passphrase of at least {MIN_PASSPHRASE} characters.")
    return passphrase


def _print_recovery_key(key: str) -> None:
    print("Your recovery key (shown only this once):")
    print()
    print(f"    {key}")
    print()
    print("Write it down or print it and keep it somewhere safe. It opens your vault")
    print("if you ever forget your passphrase.")


def cmd_init(ctx: Context) -> int:
    """Create a vault and print its recovery key."""
    passphrase = _check_new_passphrase(ctx.passphrase("New passphrase: ", confirm=True))
    vault, recovery_key = ctx.registry.create(ctx.args.label, passphrase, policy=ctx.policy)
    try:
        if ctx.args.practice:
            Services.for_vault(vault).settings.set("vault.kind", "practice")
    finally:
        vault.lock()
    print(f"Created the vault {vault.label!r}.")
    _print_recovery_key(recovery_key)
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    """Run SQLCipher's and SQLite's integrity checks."""
    with ctx.unlocked() as services:
        report = services.vault.verify()
    if report.ok:
        print("The vault is healthy: every page checked out.")
        return EXIT_OK
    print("The vault has damage:")
    for problem in report.problems[:20]:
        print(f"  {problem}")
    return EXIT_DAMAGED


def cmd_passwd(ctx: Context) -> int:
    """Unlock, then re-wrap the key under a new passphrase."""
    with ctx.unlocked() as services:
        if ctx.args.new_passphrase_file:
            new = read_secret_file(ctx.args.new_passphrase_file)
        else:
            new = ask_secret("New passphrase: ", confirm=True)
        services.vault.change_passphrase(_check_new_passphrase(new), policy=ctx.policy)
    print("Your passphrase has been changed. Your recovery key still works.")
    return EXIT_OK


def cmd_recovery(ctx: Context) -> int:
    """Make a new recovery key."""
    with ctx.unlocked() as services:
        key = services.vault.regenerate_recovery_key()
    print("Your old recovery key no longer opens this vault.")
    _print_recovery_key(key)
    return EXIT_OK
