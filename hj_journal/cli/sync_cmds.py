"""Keeping a vault in step on several devices: ``hj-journal sync setup|now|status|join|stop``.

The files are moved by a sync tool (Syncthing, or any tool that keeps a folder the same
on several computers); these commands only read and write that folder. Exit codes as
everywhere (README.md): a wrong passphrase when joining is 2; a folder that is missing,
holds no vault or is not yet complete is 1, in one line.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from hj_journal.cli.common import EXIT_OK, Context, add_command, catch_up_search
from hj_journal.core.common.i18n import translate
from hj_journal.core.sync.service import SyncReport


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's commands."""
    group = commands.add_parser(
        "sync",
        help=translate(
            "SyncCli", "keep this vault in step on several devices through a synced folder"
        ),
        description=translate(
            "SyncCli",
            "Keep one journal on several devices through a folder a sync tool "
            "(such as Syncthing) keeps the same on each of them. HJ Journal itself never "
            "uses the network.",
        ),
    )
    actions = group.add_subparsers(dest="sync_command", metavar="ACTION", required=True)
    setup = add_command(
        actions,
        "setup",
        cmd_setup,
        translate("SyncCli", "keep this vault in step through the folder DIR"),
    )
    setup.add_argument(
        "folder", metavar="DIR", help=translate("SyncCli", "a folder your sync tool shares")
    )
    add_command(
        actions,
        "now",
        cmd_now,
        translate("SyncCli", "send this device's changes and take the others'"),
    )
    add_command(
        actions,
        "status",
        cmd_status,
        translate(
            "SyncCli",
            "the devices, the last change read from each, and entries edited on two devices",
        ),
    )
    join = add_command(
        actions,
        "join",
        cmd_join,
        translate("SyncCli", "make this device's copy of a vault kept in the folder DIR"),
    )
    join.add_argument(
        "folder",
        metavar="DIR",
        help=translate("SyncCli", "the synced folder (as your sync tool has it)"),
    )
    join.add_argument(
        "--label",
        default=translate("CliVault", "Journal"),
        help=translate("SyncCli", "what to call the vault on this device"),
    )
    add_command(
        actions,
        "stop",
        cmd_stop,
        translate("SyncCli", "stop keeping this vault in step (files stay)"),
    )


def _report_lines(report: SyncReport) -> list[str]:
    lines = []
    if report.sent is not None:
        sent = report.rows_sent  # a bare name: lupdate reads no other count
        lines.append(translate("SyncCli", "Sent %n change(s).", None, sent))
    if report.sets_read:
        applied = report.rows_applied
        lines.append(
            translate("SyncCli", "Took in %n change(s) from other devices.", None, applied)
        )
    if report.sent is None and not report.sets_read:
        lines.append(translate("SyncCli", "Already in step: nothing new to send or take in."))
    if report.key_changed:
        lines.append(
            translate(
                "SyncCli",
                "Your passphrase was changed on another device; from now on it opens this "
                "vault here too.",
            )
        )
    if report.rotated_elsewhere:
        lines.append(
            translate(
                "SyncCli",
                "This vault's key was changed on another device. Nothing more is sent from "
                "here until you open it with the passphrase you use there.",
            )
        )
    lines.extend(report.problems)
    return lines


def cmd_setup(context: Context) -> int:
    """``sync setup DIR``."""
    with context.unlocked() as services:
        report = services.sync.set_up(Path(context.args.folder))
    print(
        translate(
            "SyncCli",
            "This vault is now kept in step through {folder}. On your other device, run "
            "'hj-journal sync join {folder}' once your sync tool has copied it there.",
        ).format(folder=context.args.folder)
    )
    for line in _report_lines(report)[1:]:
        print(line)
    return EXIT_OK


def cmd_now(context: Context) -> int:
    """``sync now``."""
    with context.unlocked() as services:
        report = services.sync.sync_now()
        catch_up_search(services)
    for line in _report_lines(report):
        print(line)
    return EXIT_OK


def cmd_status(context: Context) -> int:
    """``sync status``."""
    with context.unlocked() as services:
        status = services.sync.status()
    if not status.set_up:
        print(
            translate(
                "SyncCli", "This vault is not kept in step with a folder ('sync setup DIR')."
            )
        )
        return EXIT_OK
    print(translate("SyncCli", "Folder: {folder}").format(folder=status.folder))
    print(translate("SyncCli", "This device: {device}").format(device=status.device_id))
    print(translate("SyncCli", "Last change set sent from here: {n}").format(n=status.last_sent))
    if not status.devices:
        print(translate("SyncCli", "No other device has joined yet."))
    for device in status.devices:
        print(
            translate(
                "SyncCli", "Device {device}: read up to change set {n}, {waiting} waiting"
            ).format(device=device.device_id, n=device.last_read, waiting=device.waiting)
        )
    two_versions = status.two_versions
    print(
        translate(
            "SyncCli",
            "%n entr(y|ies) edited on two devices, waiting for you to choose",
            None,
            two_versions,
        )
    )
    return EXIT_OK


def cmd_join(context: Context) -> int:
    """``sync join DIR``."""
    from hj_journal.core.sync.joining import join

    passphrase = context.passphrase(
        translate("SyncCli", "Passphrase of the vault you are joining: ")
    )
    vault = join(
        context.registry,
        Path(context.args.folder),
        passphrase,
        policy=context.policy,
        label=context.args.label,
    )
    try:
        label = vault.label
    finally:
        vault.lock()
    print(
        translate(
            "SyncCli", "This device now has its own copy of the vault, called {label}."
        ).format(label=label)
    )
    return EXIT_OK


def cmd_stop(context: Context) -> int:
    """``sync stop``."""
    with context.unlocked() as services:
        services.sync.stop()
    print(translate("SyncCli", "This vault is no longer kept in step; the folder's files stay."))
    return EXIT_OK
