"""``hj-journal attach ENTRY FILE``: add a photo, recording or other file to an entry.

ENTRY is one of:

* ``latest``: the newest entry;
* a day, ``YYYY-MM-DD``: the entry of that day, when there is one;
* a day and a number, ``YYYY-MM-DD#2``: the second entry of that day, counted newest
  first as ``hj-journal list`` shows them;
* an entry's id: the 32 characters after ``id:`` in a Markdown export's front matter.

Exit codes: 0 added; 1 the entry or the file could not be found or read, the file is over
the vault's limit, or ENTRY names more than one entry (one line on stderr); 2 wrong
passphrase; 3 damaged vault.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from hj_journal.cli.common import EXIT_OK, CliError, Context, add_command, parse_day, shown
from hj_journal.core.common.i18n import translate
from hj_journal.core.journal.attachments import size_text
from hj_journal.core.journal.entries import EntrySummary, TimelineFilter
from hj_journal.core.services import Services

_UUID = re.compile(r"[0-9a-f]{32}")
_DAY_NUMBER = re.compile(r"(\d{4}-\d{2}-\d{2})(?:#(\d+))?")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``attach`` command."""
    attach = add_command(
        commands, "attach", cmd_attach, translate("CliAttach", "add a photo or file to an entry")
    )
    attach.epilog = translate(
        "CliAttach",
        "The file is copied into the encrypted vault; the original stays where it is. "
        "Location, camera and text details are taken out of JPEG, PNG and WebP photos "
        "unless you say --keep-metadata. Exit codes: 0 added, 1 refused (one line says "
        "why), 2 wrong passphrase, 3 damaged vault.",
    )
    attach.add_argument(
        "entry",
        metavar="ENTRY",
        help=translate(
            "CliAttach",
            "which entry: 'latest', a day (YYYY-MM-DD), a day and its number (YYYY-MM-DD#2, "
            "newest first as 'list' shows them), or the entry's id from a Markdown export",
        ),
    )
    attach.add_argument("file", metavar="FILE", help=translate("CliAttach", "the file to add"))
    attach.add_argument(
        "--name", metavar="NAME", help=translate("CliAttach", "the name it has in the entry")
    )
    attach.add_argument(
        "--keep-metadata",
        action="store_true",
        help=translate("CliAttach", "keep a photo's location, camera and other details"),
    )


def find_entry(services: Services, reference: str) -> EntrySummary:
    """The entry ``reference`` names (see the module's docs), or :class:`CliError`."""
    text = reference.strip().lower()
    if text == "latest":
        newest = services.journal.timeline(limit=1)
        if not newest:
            raise CliError(
                translate(
                    "CliAttach", "There are no entries yet; write one with 'hj-journal new' first."
                )
            )
        return newest[0]
    if _UUID.fullmatch(text):
        entry = services.journal.find_by_uuid(text)
        if entry is None or entry.deleted_at is not None:
            raise CliError(translate("CliAttach", "No entry has that id."))
        return services.journal.summary(entry.id)
    match = _DAY_NUMBER.fullmatch(text)
    if match is None:
        raise CliError(
            translate(
                "CliAttach",
                "Please name the entry as 'latest', a day (YYYY-MM-DD) or YYYY-MM-DD#2.",
            )
        )
    day = parse_day(match[1])
    entries = services.journal.timeline(limit=500, where=TimelineFilter(day_from=day, day_to=day))
    if not entries:
        raise CliError(
            translate("CliAttach", "There is no entry on {day}.").format(day=day.isoformat())
        )
    count = len(entries)
    # The count is said apart: a counted text may hold no other brackets than its forms.
    held = translate("CliAttach", "%n entr(y|ies)", None, count)
    if match[2] is None:
        if count > 1:
            raise CliError(
                translate(
                    "CliAttach",
                    "There are {entries} on {day}; say which with {day}#1 (the newest) to "
                    "#{last}.",
                ).format(entries=held, day=day.isoformat(), last=count)
            )
        return entries[0]
    number = int(match[2])
    if not 1 <= number <= count:
        raise CliError(
            translate(
                "CliAttach", "{day} has {entries}; choose #1 (the newest) to #{last}."
            ).format(entries=held, day=day.isoformat(), last=count)
        )
    return entries[number - 1]


def cmd_attach(ctx: Context) -> int:
    """Add FILE to ENTRY."""
    path = Path(ctx.args.file)
    if not path.is_file():
        raise CliError(translate("CliAttach", "That file can't be found or isn't a file."))
    with ctx.unlocked() as services:
        entry = find_entry(services, ctx.args.entry)
        added = services.attachments.add(
            entry.id,
            path,
            name=ctx.args.name,
            keep_metadata=True if ctx.args.keep_metadata else None,
        )
    item = added.attachment
    print(
        translate("CliAttach", "Added {name} ({size}) to your entry for {day}.").format(
            name=shown(item.name), size=size_text(item.size), day=entry.entry_date.isoformat()
        )
    )
    if added.removed:
        print(
            translate("CliAttach", "Details taken out of it: {details}.").format(
                details=", ".join(added.removed)
            )
        )
    return EXIT_OK
