"""Retention on the command line: ``sessions retention`` and ``sessions delete-client``.

``hj-journal sessions retention`` prints the practice's rule (on standard error) and one
line per client record that has reached the time the practice chose, with the client's
number; ``--all`` lists every client, with when their record comes up.
``hj-journal sessions delete-client CLIENT`` says what deleting that record removes and
asks for "yes" before it deletes anything (``--yes`` skips the question, for scripts; a
script without ``--yes`` is refused rather than left waiting). The deletion is the app's
own (:meth:`~hj_journal.core.sessions.retention.Retention.delete_client_record`): secure
delete, and one line in the deletion log.

The commands are added to the ``sessions`` group of :mod:`hj_journal.cli.share_cmds`.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from hj_journal.cli.common import EXIT_OK, EXIT_USER, CliError, Context, add_command, shown
from hj_journal.core.sessions.retention import RecordContents, RetentionRule, add_years

if TYPE_CHECKING:
    from hj_journal.core.services import Services

NOTHING_DELETED = "Nothing was deleted."


def register(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``retention`` and ``delete-client`` to the ``sessions`` group."""
    listing = add_command(
        actions,
        "retention",
        cmd_retention,
        "list the client records that have reached the time you chose to keep them",
    )
    listing.add_argument(
        "--all", action="store_true", help="list every client, with when their record comes up"
    )
    delete = add_command(
        actions,
        "delete-client",
        cmd_delete_client,
        "delete a client's whole record for good (asks first unless --yes)",
    )
    delete.add_argument(
        "client", metavar="CLIENT", help="the client's number (see 'sessions retention --all')"
    )
    delete.add_argument("--yes", action="store_true", help="delete without asking")


def _rule_words(rule: RetentionRule, own: bool) -> str:
    words = rule.words()
    return f"{words} (the client's own rule)" if own else words


def _client_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise CliError(
            "CLIENT is a client's number, as 'hj-journal sessions retention --all' shows it."
        )
    return number


def _require_practice(services: Services) -> None:
    if not services.sessions.available:
        raise CliError("This is a personal vault: clients are kept in a practice vault.")


def cmd_retention(ctx: Context) -> int:
    """The rule, then one line per record due (or per client, with ``--all``)."""
    with ctx.unlocked() as services:
        _require_practice(services)
        retention = services.retention
        practice = retention.practice_rule
        due = {item.client_id: item for item in retention.due()}
        lines = []
        if ctx.args.all:
            for client in services.sessions.clients(include_archived=True):
                rule, own = retention.rule_for(client.id)
                if client.id in due:
                    when = "has reached that time"
                elif rule.years is None:
                    when = "kept until deleted by hand"
                else:
                    contents = retention.contents(client.id)
                    start = contents.last_session or client.created_at.astimezone().date()
                    when = f"comes up in {add_years(start, rule.years):%Y-%m}"
                lines.append(
                    f"{client.id:>5}  {shown(client.pseudonym)}  {when}  "
                    f"({_rule_words(rule, own)})"
                )
        else:
            for item in due.values():
                last = (
                    f"last session {item.last_session:%Y-%m}"
                    if item.last_session
                    else f"no sessions, record made {item.counted_from:%Y-%m}"
                )
                plural = "" if item.sessions == 1 else "s"
                lines.append(
                    f"{item.client_id:>5}  {shown(item.pseudonym)}  {last}  "
                    f"{item.sessions} session{plural}  ({_rule_words(item.rule, item.own_rule)})"
                )
    if practice.years is None:
        print("You keep each client's record until you delete it.", file=sys.stderr)
    else:
        print(f"You keep each client's record for {practice.words()}.", file=sys.stderr)
    if not lines:
        print(
            "No client yet." if ctx.args.all else "No record has reached the time you chose.",
            file=sys.stderr,
        )
    for line in lines:
        print(line)
    return EXIT_OK


def removed_lines(contents: RecordContents) -> list[str]:
    """What deleting removes, as the command line says it."""
    counted = [
        (contents.sessions, "session", "with their notes, private notes and consent records"),
        (contents.amendments, "amendment", "to signed notes"),
        (contents.goals, "care goal", ""),
        (contents.checkins, "check-in", ""),
        (contents.questionnaires, "questionnaire", ""),
        (contents.practices, "practice", "done together"),
        (contents.scale_ratings, "rating", "on your own scales"),
    ]
    lines = []
    for count, what, more in counted:
        if count:
            plural = "" if count == 1 else "s"
            lines.append(f"  {count} {what}{plural} {more}".rstrip())
    return lines


def cmd_delete_client(ctx: Context) -> int:
    """Say what goes, ask (unless ``--yes``), then delete and log it."""
    client_id = _client_number(ctx.args.client)
    with ctx.unlocked() as services:
        _require_practice(services)
        retention = services.retention
        contents = retention.contents(client_id)
        rule, own = retention.rule_for(client_id)
        due = any(item.client_id == client_id for item in retention.due())
        name = shown(contents.pseudonym)
        print(f"Deleting {name}'s record removes {name} and:", file=sys.stderr)
        for line in removed_lines(contents) or ["  no sessions or anything recorded in them"]:
            print(line, file=sys.stderr)
        print(
            "It cannot be undone. Backups made before now still hold this record until they "
            "are replaced or removed. The deletion log keeps only the date, the rule, the "
            "months of the first and last sessions and how many there were.",
            file=sys.stderr,
        )
        if not ctx.args.yes and not _confirmed():
            raise CliError(NOTHING_DELETED, EXIT_USER)
        words = _rule_words(rule, own)
        entry = retention.delete_client_record(
            client_id, words if due else f"deleted by hand before its time ({words})"
        )
    sessions = "1 session" if entry.sessions == 1 else f"{entry.sessions} sessions"
    print(f"Deleted the record for good ({sessions}). The deletion log has one more line.")
    return EXIT_OK


def _confirmed() -> bool:
    """Ask for "yes" at the terminal; a script without --yes is refused, not left waiting."""
    if not sys.stdin.isatty():
        raise CliError("Add --yes to delete without being asked. " + NOTHING_DELETED)
    try:
        answer = input("Type yes to delete it for good: ")
    except EOFError:
        return False
    return answer.strip().lower() == "yes"
