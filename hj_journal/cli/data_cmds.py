"""Commands that move data in and out: export, import, backup, restore, wipe."""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from hj_journal.cli.common import (
    EXIT_DAMAGED,
    EXIT_OK,
    CliError,
    Context,
    add_command,
    catch_up_search,
    parse_day,
    read_secret_file,
)
from hj_journal.cli.options import RawDescriptionFormatter
from hj_journal.core.common.i18n import decimal, translate
from hj_journal.core.data.backup import BackupDamagedError, BackupInfo, read_backup
from hj_journal.core.data.backup_files import is_backup
from hj_journal.core.data.exchange._output import unencrypted_warning, where_while_writing
from hj_journal.core.data.exchange.importer import FORMATS, ImportPreview, read_source
from hj_journal.core.data.exchange.records import ImportFormatError

if TYPE_CHECKING:  # the PDF's parts load only for `export --format pdf`
    from hj_journal.core.data.exchange.export_pdf import PrintDocument

EXPORT_FORMATS = ("json", "markdown", "pdf")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's commands."""
    export = add_command(
        commands, "export", cmd_export, translate("CliData", "export the vault (not encrypted)")
    )
    # Unwrapped by argparse, so the hidden file's name is never split at a hyphen.
    export.formatter_class = RawDescriptionFormatter
    export.epilog = textwrap.fill(where_while_writing(), 78, break_on_hyphens=False)
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument(
        "out",
        metavar="OUT",
        help=translate("CliData", "the file (json, pdf) or new folder (markdown)"),
    )
    export.add_argument(
        "--from", dest="day_from", metavar="D", help=translate("CliData", "pdf: the first day")
    )
    export.add_argument(
        "--to", dest="day_to", metavar="D", help=translate("CliData", "pdf: the last day")
    )

    imp = add_command(
        commands, "import", cmd_import, translate("CliData", "import from another journal app")
    )
    imp.add_argument("--format", required=True, choices=FORMATS)
    imp.add_argument("path", metavar="PATH")
    imp.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CliData", "show what would be imported; change nothing"),
    )

    backup = add_command(
        commands, "backup", cmd_backup, translate("CliData", "make an encrypted backup")
    )
    backup.add_argument(
        "--to", metavar="DIR", help=translate("CliData", "a folder of your choice (a USB stick)")
    )
    backup.add_argument(
        "--list", action="store_true", help=translate("CliData", "list the backups instead")
    )

    restore = add_command(
        commands, "restore", cmd_restore, translate("CliData", "restore an encrypted backup")
    )
    restore.add_argument(
        "backup", metavar="BACKUP", help=translate("CliData", "the backup's folder")
    )
    restore.add_argument(
        "--as",
        dest="as_label",
        metavar="LABEL",
        help=translate("CliData", "restore as a new vault with this name"),
    )

    wipe = add_command(
        commands,
        "wipe",
        cmd_wipe,
        translate("CliData", "remove this vault and its backups for good"),
    )
    wipe.add_argument(
        "--confirm-label",
        metavar="L",
        help=translate("CliData", "the vault's name, typed ahead (for scripts)"),
    )


def _size(size: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            if unit == "bytes":
                count = int(size)
                return translate("CliData", "%n byte(s)", None, count)
            return f"{decimal(size, 1)} {unit}"
        size /= 1024
    return str(size)  # pragma: no cover


def _entries(count: int) -> str:
    return translate("CliData", "%n entr(y|ies)", None, count)


def _checkins(count: int) -> str:
    return translate("CliData", "%n check-in(s)", None, count)


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------------- export


def cmd_export(ctx: Context) -> int:
    """Write an unencrypted export, after one line of warning."""
    fmt, out = ctx.args.format, Path(ctx.args.out)
    day_from = parse_day(ctx.args.day_from) if ctx.args.day_from else None
    day_to = parse_day(ctx.args.day_to) if ctx.args.day_to else None
    if fmt != "pdf" and (day_from or day_to):
        raise CliError(
            translate(
                "CliData",
                "--from and --to are for PDF exports; JSON and Markdown hold everything.",
            )
        )
    note = translate("CliData", "note: {warning}").format(warning=unencrypted_warning())
    print(f"hj-journal: {note}", file=sys.stderr)
    with ctx.unlocked() as services:
        data = services.data
        if fmt == "json":
            total = data.export_json(out).total
            print(
                translate("CliData", "Exported %n item(s) to {out}.", None, total).format(out=out)
            )
        elif fmt == "markdown":
            written = data.export_markdown(out)
            entries, checkins = _entries(written.entries), _checkins(written.checkins)
            print(
                translate("CliData", "Exported {entries} and {checkins} to {out}.").format(
                    entries=entries, checkins=checkins, out=out
                )
            )
        else:
            document = data.pdf_document(day_from, day_to)
            _write_pdf(document, out, data.exports_in_progress)
            count = document.entries
            print(
                translate("CliData", "Exported %n entr(y|ies) to {out}.", None, count).format(
                    out=out
                )
            )
    return EXIT_OK


def _write_pdf(document: PrintDocument, out: Path, notes: Path) -> None:
    # The PDF writer is Qt's; QtGui needs a platform plugin even without a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from hj_journal.ui.data.export_pdf import write_pdf

    write_pdf(document, out, notes=notes)


# ---------------------------------------------------------------------- import


def cmd_import(ctx: Context) -> int:
    """Read the file first (no passphrase needed to learn it is unreadable), then import."""
    try:
        source = read_source(Path(ctx.args.path), ctx.args.format)
    except ImportFormatError as error:
        raise CliError(str(error)) from None
    with ctx.unlocked() as services:
        if ctx.args.dry_run:
            _print_preview(services.data.preview_import(source), dry_run=True)
        else:
            _print_preview(services.data.run_import(source), dry_run=False)
            catch_up_search(services)
    return EXIT_OK


def _print_preview(result: ImportPreview, *, dry_run: bool) -> None:
    entries, checkins = _entries(result.entries.new), _checkins(result.checkins.new)
    other = result.other.new
    if other:
        others = translate("CliData", "%n other item(s)", None, other)
        if dry_run:
            line = translate("CliData", "Would import {entries}, {checkins} and {others}.")
        else:
            line = translate("CliData", "Imported {entries}, {checkins} and {others}.")
        print(line.format(entries=entries, checkins=checkins, others=others))
    else:
        if dry_run:
            line = translate("CliData", "Would import {entries} and {checkins}.")
        else:
            line = translate("CliData", "Imported {entries} and {checkins}.")
        print(line.format(entries=entries, checkins=checkins))
    existing = result.entries.existing + result.checkins.existing + result.other.existing
    if existing:
        print(
            translate(
                "CliData",
                "%n item(s) (was|were) already in your vault, left as is.",
                None,
                existing,
            )
        )
    if result.skipped:
        left_out = len(result.skipped)
        print(translate("CliData", "%n left out:", None, left_out))
        for item in result.skipped:
            print(f"  {item.where}: {item.reason}")
    else:
        print(translate("CliData", "Nothing was left out."))
    for warning in result.warnings:
        print(warning)
    if dry_run:
        print(translate("CliData", "Nothing was changed (dry run)."))


# ---------------------------------------------------------------------- backups


def cmd_backup(ctx: Context) -> int:
    """Make an encrypted backup (or list them)."""
    root = Path(ctx.args.to).expanduser() if ctx.args.to else None
    with ctx.unlocked() as services:
        backups = services.data.backups
        if ctx.args.list:
            found = backups.available(root)
            if not found:
                print(
                    translate("CliData", "There are no backups of this vault there yet."),
                    file=sys.stderr,
                )
            for info in found:
                print(_backup_line(info))
            return EXIT_OK
        info = backups.create(root=root)
    print(
        translate("CliData", "Backed up ({size}, checked) to {folder}").format(
            size=_size(info.size), folder=info.folder
        )
    )
    return EXIT_OK


def _backup_line(info: BackupInfo) -> str:
    note = f"  ({info.problem})" if info.problem else ""
    return f"{_when(info.created)}  {_size(info.size):>9}  {info.reason:<14} {info.folder}{note}"


def cmd_restore(ctx: Context) -> int:
    """Restore a backup over the vault, or as a new vault with ``--as``."""
    folder = Path(ctx.args.backup).expanduser()
    if not is_backup(folder):
        raise CliError(
            translate("CliData", "There is no backup at {folder}.").format(folder=folder)
        )
    info = read_backup(folder)
    try:
        if ctx.args.as_label is not None:
            return _restore_as_new(ctx, info)
        return _restore_over(ctx, info)
    except BackupDamagedError as error:
        raise CliError(str(error), EXIT_DAMAGED) from None


def _restore_as_new(ctx: Context, info: BackupInfo) -> int:
    from hj_journal.core.data.backup import unwrap_backup_key
    from hj_journal.core.data.restore import restore_as_new

    if ctx.args.recovery_key_file:
        key = unwrap_backup_key(info, recovery_key=read_secret_file(ctx.args.recovery_key_file))
    else:
        passphrase = ctx.passphrase(translate("CliData", "Passphrase of the backed-up vault: "))
        key = unwrap_backup_key(info, passphrase=passphrase, policy=ctx.policy)
    vault = restore_as_new(info, ctx.registry, ctx.args.as_label, key=key)
    print(
        translate(
            "CliData",
            "Restored the backup from {when} as a new vault, {label}. "
            "It opens with the passphrase (and recovery key) the vault had then.",
        ).format(when=_when(info.created), label=repr(vault.label))
    )
    return EXIT_OK


def _restore_over(ctx: Context, info: BackupInfo) -> int:
    with ctx.unlocked() as services:
        result = services.data.restore_over(info)
    print(
        translate("CliData", "Restored the backup from {when}.").format(when=_when(info.created))
    )
    print(
        translate("CliData", "What was in the vault before is kept as a backup: {folder}").format(
            folder=result.safety_backup.folder
        )
    )
    return EXIT_OK


# ---------------------------------------------------------------------- wipe


def cmd_wipe(ctx: Context) -> int:
    """Remove the vault and its backups, once its name is typed."""
    with ctx.unlocked() as services:
        wipe = services.data.wipe
        typed = ctx.args.confirm_label
        if typed is None:
            if not sys.stdin.isatty():
                raise CliError(
                    translate("CliData", "To wipe without a terminal, add --confirm-label LABEL.")
                )
            print(
                translate(
                    "CliData", "This removes the vault {label} and every backup of it, for good."
                ).format(label=repr(wipe.label)),
                file=sys.stderr,
            )
            typed = input(translate("CliData", "Type the vault's name to go ahead: "))
        report = wipe.run(typed)
    removed = report.backups_removed
    print(
        translate("CliData", "The vault {label} and %n backup(s) are gone.", None, removed).format(
            label=repr(report.label)
        )
    )
    return EXIT_OK
