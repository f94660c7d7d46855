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
    parse_day,
    read_secret_file,
)
from hj_journal.core.data.backup import BackupDamagedError, BackupInfo, read_backup
from hj_journal.core.data.backup_files import is_backup
from hj_journal.core.data.exchange._output import UNENCRYPTED_WARNING, WHERE_WHILE_WRITING
from hj_journal.core.data.exchange.importer import FORMATS, ImportPreview, read_source
from hj_journal.core.data.exchange.records import ImportFormatError

if TYPE_CHECKING:  # the PDF's parts load only for `export --format pdf`
    from hj_journal.core.data.exchange.export_pdf import PrintDocument

EXPORT_FORMATS = ("json", "markdown", "pdf")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's commands."""
    export = add_command(commands, "export", cmd_export, "export the vault (not encrypted)")
    # Unwrapped by argparse, so the hidden file's name is never split at a hyphen.
    export.formatter_class = argparse.RawDescriptionHelpFormatter
    export.epilog = textwrap.fill(WHERE_WHILE_WRITING, 78, break_on_hyphens=False)
    export.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    export.add_argument("out", metavar="OUT", help="the file (json, pdf) or new folder (markdown)")
    export.add_argument("--from", dest="day_from", metavar="D", help="pdf: the first day")
    export.add_argument("--to", dest="day_to", metavar="D", help="pdf: the last day")

    imp = add_command(commands, "import", cmd_import, "import from another journal app")
    imp.add_argument("--format", required=True, choices=FORMATS)
    imp.add_argument("path", metavar="PATH")
    imp.add_argument(
        "--dry-run", action="store_true", help="show what would be imported; change nothing"
    )

    backup = add_command(commands, "backup", cmd_backup, "make an encrypted backup")
    backup.add_argument("--to", metavar="DIR", help="a folder of your choice (a USB stick)")
    backup.add_argument("--list", action="store_true", help="list the backups instead")

    restore = add_command(commands, "restore", cmd_restore, "restore an encrypted backup")
    restore.add_argument("backup", metavar="BACKUP", help="the backup's folder")
    restore.add_argument(
        "--as", dest="as_label", metavar="LABEL", help="restore as a new vault with this name"
    )

    wipe = add_command(commands, "wipe", cmd_wipe, "remove this vault and its backups for good")
    wipe.add_argument(
        "--confirm-label", metavar="L", help="the vault's name, typed ahead (for scripts)"
    )


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def _size(size: float) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)  # pragma: no cover


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------------- export


def cmd_export(ctx: Context) -> int:
    """Write an unencrypted export, after one line of warning."""
    fmt, out = ctx.args.format, Path(ctx.args.out)
    day_from = parse_day(ctx.args.day_from) if ctx.args.day_from else None
    day_to = parse_day(ctx.args.day_to) if ctx.args.day_to else None
    if fmt != "pdf" and (day_from or day_to):
        raise CliError("--from and --to are for PDF exports; JSON and Markdown hold everything.")
    print(f"hj-journal: note: {UNENCRYPTED_WARNING}", file=sys.stderr)
    with ctx.unlocked() as services:
        data = services.data
        if fmt == "json":
            summary = data.export_json(out)
            print(f"Exported {_count(summary.total, 'item', 'items')} to {out}.")
        elif fmt == "markdown":
            written = data.export_markdown(out)
            entries = _count(written.entries, "entry", "entries")
            checkins = _count(written.checkins, "check-in", "check-ins")
            print(f"Exported {entries} and {checkins} to {out}.")
        else:
            document = data.pdf_document(day_from, day_to)
            _write_pdf(document, out, data.exports_in_progress)
            print(f"Exported {_count(document.entries, 'entry', 'entries')} to {out}.")
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
    return EXIT_OK


def _print_preview(result: ImportPreview, *, dry_run: bool) -> None:
    verb = "Would import" if dry_run else "Imported"
    parts = [
        _count(result.entries.new, "entry", "entries"),
        _count(result.checkins.new, "check-in", "check-ins"),
    ]
    if result.other.new:
        parts.append(_count(result.other.new, "other item", "other items"))
    print(f"{verb} {', '.join(parts[:-1])} and {parts[-1]}.")
    existing = result.entries.existing + result.checkins.existing + result.other.existing
    if existing:
        print(f"{_count(existing, 'item was', 'items were')} already in your vault, left as is.")
    if result.skipped:
        print(f"{len(result.skipped)} left out:")
        for item in result.skipped:
            print(f"  {item.where}: {item.reason}")
    else:
        print("Nothing was left out.")
    for warning in result.warnings:
        print(warning)
    if dry_run:
        print("Nothing was changed (dry run).")


# ---------------------------------------------------------------------- backups


def cmd_backup(ctx: Context) -> int:
    """Make an encrypted backup (or list them)."""
    root = Path(ctx.args.to).expanduser() if ctx.args.to else None
    with ctx.unlocked() as services:
        backups = services.data.backups
        if ctx.args.list:
            found = backups.available(root)
            if not found:
                print("There are no backups of this vault there yet.", file=sys.stderr)
            for info in found:
                print(_backup_line(info))
            return EXIT_OK
        info = backups.create(root=root)
    print(f"Backed up ({_size(info.size)}, checked) to {info.folder}")
    return EXIT_OK


def _backup_line(info: BackupInfo) -> str:
    note = f"  ({info.problem})" if info.problem else ""
    return f"{_when(info.created)}  {_size(info.size):>9}  {info.reason:<14} {info.folder}{note}"


def cmd_restore(ctx: Context) -> int:
    """Restore a backup over the vault, or as a new vault with ``--as``."""
    folder = Path(ctx.args.backup).expanduser()
    if not is_backup(folder):
        raise CliError(f"There is no backup at {folder}.")
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
        passphrase = ctx.passphrase("Passphrase of the backed-up vault: ")
        key = unwrap_backup_key(info, passphrase=passphrase, policy=ctx.policy)
    vault = restore_as_new(info, ctx.registry, ctx.args.as_label, key=key)
    print(
        f"Restored the backup from {_when(info.created)} as a new vault, {vault.label!r}. "
        "It opens with the passphrase (and recovery key) the vault had then."
    )
    return EXIT_OK


def _restore_over(ctx: Context, info: BackupInfo) -> int:
    with ctx.unlocked() as services:
        result = services.data.restore_over(info)
    print(f"Restored the backup from {_when(info.created)}.")
    print(f"What was in the vault before is kept as a backup: {result.safety_backup.folder}")
    return EXIT_OK


# ---------------------------------------------------------------------- wipe


def cmd_wipe(ctx: Context) -> int:
    """Remove the vault and its backups, once its name is typed."""
    with ctx.unlocked() as services:
        wipe = services.data.wipe
        typed = ctx.args.confirm_label
        if typed is None:
            if not sys.stdin.isatty():
                raise CliError("To wipe without a terminal, add --confirm-label LABEL.")
            print(
                f"This removes the vault {wipe.label!r} and every backup of it, for good.",
                file=sys.stderr,
            )
            typed = input("Type the vault's name to go ahead: ")
        report = wipe.run(typed)
    backups = _count(report.backups_removed, "backup", "backups")
    print(f"The vault {report.label!r} and {backups} are gone.")
    return EXIT_OK
