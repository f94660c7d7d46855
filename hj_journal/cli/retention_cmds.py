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
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING

from hj_journal.cli.common import EXIT_OK, EXIT_USER, CliError, Context, add_command, shown
from hj_journal.core.common.i18n import translate
from hj_journal.core.sessions.retention import RecordContents, RetentionRule, add_years

if TYPE_CHECKING:
    from hj_journal.core.services import Services


def nothing_deleted() -> str:
    """Said whenever a deletion is called off."""
    return translate("CliRetention", "Nothing was deleted.")


def register(actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``retention`` and ``delete-client`` to the ``sessions`` group."""
    listing = add_command(
        actions,
        "retention",
        cmd_retention,
        translate(
            "CliRetention",
            "list the client records that have reached the time you chose to keep them",
        ),
    )
    listing.add_argument(
        "--all",
        action="store_true",
        help=translate("CliRetention", "list every client, with when their record comes up"),
    )
    delete = add_command(
        actions,
        "delete-client",
        cmd_delete_client,
        translate(
            "CliRetention", "delete a client's whole record for good (asks first unless --yes)"
        ),
    )
    delete.add_argument(
        "client",
        metavar="CLIENT",
        help=translate("CliRetention", "the client's number (see 'sessions retention --all')"),
    )
    delete.add_argument(
        "--yes", action="store_true", help=translate("CliRetention", "delete without asking")
    )


def _rule_words(rule: RetentionRule, own: bool) -> str:
    words = rule.words()
    if not own:
        return words
    return translate("CliRetention", "{rule} (the client's own rule)").format(rule=words)


def _client_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        raise CliError(
            translate(
                "CliRetention",
                "CLIENT is a client's number, as 'hj-journal sessions retention --all' shows it.",
            )
        )
    return number


def _require_practice(services: Services) -> None:
    if not services.sessions.available:
        raise CliError(
            translate(
                "CliRetention", "This is a personal vault: clients are kept in a practice vault."
            )
        )


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
                    when = translate("CliRetention", "has reached that time")
                elif rule.years is None:
                    when = translate("CliRetention", "kept until deleted by hand")
                else:
                    contents = retention.contents(client.id)
                    start = contents.last_session or client.created_at.astimezone().date()
                    when = translate("CliRetention", "comes up in {month}").format(
                        month=f"{add_years(start, rule.years):%Y-%m}"
                    )
                lines.append(
                    f"{client.id:>5}  {shown(client.pseudonym)}  {when}  "
                    f"({_rule_words(rule, own)})"
                )
        else:
            for item in due.values():
                last = (
                    translate("CliRetention", "last session {month}").format(
                        month=f"{item.last_session:%Y-%m}"
                    )
                    if item.last_session
                    else translate("CliRetention", "no sessions, record made {month}").format(
                        month=f"{item.counted_from:%Y-%m}"
                    )
                )
                count = item.sessions
                sessions = translate("CliRetention", "%n session(s)", None, count)
                lines.append(
                    f"{item.client_id:>5}  {shown(item.pseudonym)}  {last}  "
                    f"{sessions}  ({_rule_words(item.rule, item.own_rule)})"
                )
    if practice.years is None:
        print(
            translate("CliRetention", "You keep each client's record until you delete it."),
            file=sys.stderr,
        )
    else:
        print(
            translate("CliRetention", "You keep each client's record for {rule}.").format(
                rule=practice.words()
            ),
            file=sys.stderr,
        )
    if not lines:
        print(
            translate("CliRetention", "No client yet.")
            if ctx.args.all
            else translate("CliRetention", "No record has reached the time you chose."),
            file=sys.stderr,
        )
    for line in lines:
        print(line)
    return EXIT_OK


def removed_lines(contents: RecordContents) -> list[str]:
    """What deleting removes, as the command line says it."""
    counted: list[tuple[int, Callable[[int], str]]] = [
        (
            contents.sessions,
            lambda n: translate(
                "CliRetention",
                "%n session(s) with their notes, private notes and consent records",
                None,
                n,
            ),
        ),
        (
            contents.amendments,
            lambda n: translate("CliRetention", "%n amendment(s) to signed notes", None, n),
        ),
        (contents.goals, lambda n: translate("CliRetention", "%n care goal(s)", None, n)),
        (contents.checkins, lambda n: translate("CliRetention", "%n check-in(s)", None, n)),
        (
            contents.questionnaires,
            lambda n: translate("CliRetention", "%n questionnaire(s)", None, n),
        ),
        (
            contents.practices,
            lambda n: translate("CliRetention", "%n practice(s) done together", None, n),
        ),
        (
            contents.scale_ratings,
            lambda n: translate("CliRetention", "%n rating(s) on your own scales", None, n),
        ),
    ]
    return [f"  {words(count)}" for count, words in counted if count]


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
        print(
            translate("CliRetention", "Deleting {name}'s record removes {name} and:").format(
                name=name
            ),
            file=sys.stderr,
        )
        nothing = "  " + translate("CliRetention", "no sessions or anything recorded in them")
        for line in removed_lines(contents) or [nothing]:
            print(line, file=sys.stderr)
        print(
            translate(
                "CliRetention",
                "It cannot be undone. Backups made before now still hold this record until "
                "they are replaced or removed. The deletion log keeps only the date, the rule, "
                "the months of the first and last sessions and how many there were.",
            ),
            file=sys.stderr,
        )
        if not ctx.args.yes and not _confirmed():
            raise CliError(nothing_deleted(), EXIT_USER)
        words = _rule_words(rule, own)
        entry = retention.delete_client_record(
            client_id,
            words
            if due
            else translate("CliRetention", "deleted by hand before its time ({rule})").format(
                rule=words
            ),
        )
    count = entry.sessions
    print(
        translate(
            "CliRetention",
            "Deleted the record for good (%n session(s)). The deletion log has one more line.",
            None,
            count,
        )
    )
    return EXIT_OK


def _confirmed() -> bool:
    """Ask for "yes" at the terminal; a script without --yes is refused, not left waiting."""
    if not sys.stdin.isatty():
        raise CliError(
            translate("CliRetention", "Add --yes to delete without being asked.")
            + " "
            + nothing_deleted()
        )
    try:
        answer = input(translate("CliRetention", "Type yes to delete it for good: "))
    except EOFError:
        return False
    # "yes" always works, so a habit in English is never refused; "si" is read as "sí".
    return _plain(answer) in {"yes", _plain(translate("CliRetention", "yes"))}


def _plain(word: str) -> str:
    """``word`` trimmed, in lower case and without accents."""
    parts = unicodedata.normalize("NFD", word.strip().lower())
    return "".join(c for c in parts if not unicodedata.combining(c))
