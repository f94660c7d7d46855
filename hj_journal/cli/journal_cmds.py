"""Commands for writing and finding: new, list, search (and checkin, from checkin_cmd)."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from hj_journal.cli import editor
from hj_journal.cli.common import (
    EXIT_OK,
    STDIN,
    CliError,
    Context,
    add_command,
    either,
    one_stdin,
    parse_day,
    personal_only,
    read_stdin,
    read_text_option,
    shown,
)
from hj_journal.cli.options import arguments_are_visible
from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.common.i18n import translate

if TYPE_CHECKING:  # the journal's modules load with the database layer, once unlocking
    from hj_journal.core.journal.entries import EntrySummary, TimelineFilter
    from hj_journal.core.journal.templates import FilledEntry
    from hj_journal.core.services import Services

DEFAULT_LIST_LIMIT = 20


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's commands."""
    new = add_command(commands, "new", cmd_new, translate("CliJournal", "add a journal entry"))
    new.epilog = f"{editor.editor_help()} {arguments_are_visible()}"
    new.add_argument("--title", metavar="T")
    new.add_argument(
        "--title-file",
        metavar="PATH",
        help=translate("CliJournal", "read the title from a file ('-': stdin)"),
    )
    new.add_argument("--tag", action="append", default=[], metavar="X")
    new.add_argument(
        "--date", metavar="D", help=translate("CliJournal", "the day it is about (default: today)")
    )
    new.add_argument(
        "--body",
        metavar="TEXT",
        help=translate(
            "CliJournal",
            "the text ('-': read from standard input; left out: your editor at a "
            "terminal, standard input otherwise)",
        ),
    )
    new.add_argument(
        "--body-file", metavar="PATH", help=translate("CliJournal", "read the text from a file")
    )
    new.add_argument(
        "--template",
        metavar="NAME",
        help=translate(
            "CliJournal",
            "start from this entry template (its name or id; 'hj-journal templates' lists "
            "them): its title, tags and text, unless you give --title, --tag or --body; at "
            "a terminal your editor opens on the template's text",
        ),
    )

    add_command(
        commands,
        "templates",
        cmd_templates,
        translate("CliJournal", "list the entry templates 'new --template' can start from"),
    )

    listing = add_command(
        commands, "list", cmd_list, translate("CliJournal", "list entries, newest first")
    )
    listing.add_argument("--from", dest="day_from", metavar="D")
    listing.add_argument("--to", dest="day_to", metavar="D")
    listing.add_argument("--tag", metavar="X")
    listing.add_argument(
        "--all",
        action="store_true",
        help=translate("CliJournal", "show every entry (default: the newest {count})").format(
            count=DEFAULT_LIST_LIMIT
        ),
    )

    find = add_command(commands, "search", cmd_search, translate("CliJournal", "find entries"))
    find.epilog = arguments_are_visible()
    find.add_argument(
        "query",
        nargs="?",
        help=translate("CliJournal", "what to look for ('-': read it from standard input)"),
    )
    find.add_argument(
        "--query-file",
        metavar="PATH",
        help=translate("CliJournal", "read what to look for from a file"),
    )
    find.add_argument("--limit", type=int, default=20, metavar="N")
    find.add_argument(
        "--tag", metavar="X", help=translate("CliJournal", "only entries with this tag")
    )
    find.add_argument(
        "--from",
        dest="day_from",
        metavar="D",
        help=translate("CliJournal", "only from this day on"),
    )
    find.add_argument(
        "--to", dest="day_to", metavar="D", help=translate("CliJournal", "only up to this day")
    )
    find.add_argument(
        "--best",
        action="store_true",
        help=translate("CliJournal", "best match first (default: newest first)"),
    )
    find.description = translate(
        "CliJournal",
        "Find entries. Words find their other forms too, in English and Spanish "
        "('tightening' finds 'tight' and 'tightened'); a phrase in double quotes "
        "matches exactly; the last word also matches as the start of a word.",
    )


def cmd_new(ctx: Context) -> int:
    """Add an entry, from a template if asked.

    The journal's own modules are imported once the vault is unlocking, never before
    (they load with the database layer, beside the key derivation: Context.unlocked).
    """
    args = ctx.args
    day = parse_day(args.date) if args.date else date.today()
    one_stdin(**{"--title-file": args.title_file, "--body": args.body or args.body_file})
    title = either("--title", args.title, "--title-file", args.title_file)
    body = either("--body", args.body, "--body-file", args.body_file)
    if args.template is not None:
        # Unlocked first: the template lives in the vault, and a passphrase that does
        # not open it is better said before you write than after.
        with ctx.unlocked() as services:
            from hj_journal.core.journal.entries import EntryInput

            personal_only(services)
            start = _template_words(services, args.template, day)
            if body is None:
                body = _write_body(start.body)
                if body is None:
                    return EXIT_OK
            data = EntryInput(
                entry_date=day,
                title=(start.title if title is None else title).strip(),
                body=body,
                tags=list(args.tag or start.tags),
            )
            entry = services.journal.create(data)
        return _saved(entry.entry_date)
    if body is None:
        body = _write_body(None)
        if body is None:
            return EXIT_OK
    with ctx.unlocked() as services:
        from hj_journal.core.journal.entries import EntryInput

        personal_only(services)
        data = EntryInput(entry_date=day, title=(title or "").strip(), body=body, tags=args.tag)
        entry = services.journal.create(data)
    return _saved(entry.entry_date)


def _saved(day: date) -> int:
    print(translate("CliJournal", "Saved your entry for {day}.").format(day=day.isoformat()))
    return EXIT_OK


def _template_words(services: Services, name: str, day: date) -> FilledEntry:
    """The template's title, tags and body for ``day``, or one line naming how to list them."""
    templates = services.entry_templates
    try:
        return templates.apply(templates.find(name).key, day)
    except NotFoundError as error:
        raise CliError(
            translate("CliJournal", "{problem} 'hj-journal templates' lists them.").format(
                problem=error
            )
        ) from None


def _write_body(template_body: str | None) -> str | None:
    """The text when no --body was given: the editor at a terminal, else standard input.

    With a template (``template_body`` not None), the editor opens on its text; without
    an editor the template's text is used as it is (``--body -`` reads standard input).
    None means the editor's file was left empty and nothing is to be added.
    """
    command = editor.editor_command(os.environ) if editor.terminal_attached() else None
    if command is not None:
        body = editor.write_in_editor(command, os.environ, initial=template_body or "")
        if not body.strip():
            print(
                translate("CliJournal", "The file was left empty, so no entry was added."),
                file=sys.stderr,
            )
            return None
        return body
    if template_body is not None:
        return template_body
    if sys.stdin.isatty():
        print(
            translate(
                "CliJournal",
                "Write your entry; finish with Ctrl-D on a line of its own. "
                "(Set VISUAL or EDITOR to write it in your editor.)",
            ),
            file=sys.stderr,
        )
    return sys.stdin.read()


def cmd_templates(ctx: Context) -> int:
    """One line per entry template: its id, its name, and whether the app's menu hides it."""
    with ctx.unlocked() as services:
        personal_only(services)
        templates = services.entry_templates.all()
    for template in templates:
        line = f"{shown(template.key)}  {shown(template.name)}"
        if template.hidden:
            line += "  " + translate("CliJournal", "(hidden from the app's menu)")
        print(line)
    return EXIT_OK


def _line(entry: EntrySummary) -> str:
    tags = " ".join(f"#{shown(t)}" for t in entry.tags)
    title = shown(entry.title) if entry.title else translate("CliJournal", "(untitled)")
    return "  ".join(part for part in (entry.entry_date.isoformat(), title, tags) if part)


def cmd_list(ctx: Context) -> int:
    """One line per entry, newest first."""
    narrowing = _Narrowing(
        tag=ctx.args.tag,
        day_from=parse_day(ctx.args.day_from) if ctx.args.day_from else None,
        day_to=parse_day(ctx.args.day_to) if ctx.args.day_to else None,
    )
    with ctx.unlocked() as services:
        where = narrowing.timeline_filter()
        page_size = 500 if ctx.args.all else DEFAULT_LIST_LIMIT
        page = services.journal.timeline(limit=page_size, where=where)
        while page:
            for entry in page:
                print(_line(entry))
            if not ctx.args.all or len(page) < page_size:
                break
            page = services.journal.timeline(limit=page_size, after=page[-1].cursor, where=where)
    return EXIT_OK


def _terminal_marks(text: str) -> str:
    from hj_journal.core.journal.entries import MARK_END, MARK_START

    return text.replace(MARK_START, "*").replace(MARK_END, "*")


@dataclass(frozen=True)
class _Narrowing:
    """A tag and days, checked before unlocking; the journal's filter is made after."""

    tag: str | None = None
    day_from: date | None = None
    day_to: date | None = None

    def timeline_filter(self) -> TimelineFilter:
        from hj_journal.core.journal.entries import TimelineFilter

        return TimelineFilter(tag=self.tag, day_from=self.day_from, day_to=self.day_to)


def _search_filter(args: argparse.Namespace) -> _Narrowing:
    where = _Narrowing(
        tag=args.tag.lstrip("#@").strip() if args.tag else None,
        day_from=parse_day(args.day_from) if args.day_from else None,
        day_to=parse_day(args.day_to) if args.day_to else None,
    )
    if where.day_from and where.day_to and where.day_from > where.day_to:
        raise CliError(
            translate("CliJournal", "--from is after --to: please give the earlier day first.")
        )
    return where


def cmd_search(ctx: Context) -> int:
    """Matching entries with a snippet, narrowed by tag and days if asked."""
    if ctx.args.limit < 1:
        raise CliError(translate("CliJournal", "--limit must be 1 or more."))
    query = _query(ctx.args.query, ctx.args.query_file)
    narrowing = _search_filter(ctx.args)
    with ctx.unlocked() as services:
        results = services.journal.search(
            query,
            limit=ctx.args.limit,
            where=narrowing.timeline_filter(),
            order="best" if ctx.args.best else "newest",
        )
        learning = services.journal.word_forms_progress()
    if not learning.finished and learning.meanwhile == "forms":
        print(
            translate(
                "CliJournal",
                "Search is still learning word forms ({percent} %), so it found the "
                "exact words only; the app finishes this while it is open.",
            ).format(percent=learning.percent),
            file=sys.stderr,
        )
    elif not learning.finished and learning.meanwhile == "entries":
        print(
            translate(
                "CliJournal",
                "Search is still catching up with many changes ({percent} %), so it may "
                "not have found every entry; the app finishes this while it is open.",
            ).format(percent=learning.percent),
            file=sys.stderr,
        )
    if not results:
        print(translate("CliJournal", "No entries match."), file=sys.stderr)
    for result in results:
        print(_line(result.summary))
        if result.snippet_marked and not result.summary.has_content_note:
            print(f"    {shown(_terminal_marks(result.snippet_marked))}")
    return EXIT_OK


def _query(query: str | None, query_file: str | None) -> str:
    if query is not None and query_file is not None:
        raise CliError(translate("CliJournal", "Please give QUERY or --query-file, not both."))
    if query == STDIN:
        text = read_stdin()
    elif query is None:
        text = read_text_option(query_file, "--query-file") or ""
    else:
        text = query
    if not text.strip():
        raise CliError(
            translate(
                "CliJournal", "Please say what to look for: QUERY, '-' or --query-file PATH."
            )
        )
    return text.strip()
