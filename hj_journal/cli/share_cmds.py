"""Sharing a session's summary with a client, and receiving one: ``sessions``, ``receive``.

``hj-journal sessions list`` shows a practice vault's sessions with the number each is
known by; ``hj-journal sessions sign SESSION`` finishes and signs its notes (from then
on they can only be amended); ``hj-journal sessions share SESSION --out FILE`` writes
that session's summary as an encrypted ``.hjshare`` file and prints the one-time code
that opens it (on standard output, alone; what to do with it goes to standard error).
``hj-journal receive FILE`` adds such a file to a personal vault, asking for the code
without showing it, or reading it from ``--code-file``.

Exit codes as everywhere (README.md): a code that does not open the file, or is typed
with a mistake, is 2, like a passphrase; a file that is not a summary, is damaged or cut
short, and anything else the person can put right, is 1. Receiving a summary already
there changes nothing and is 0.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from hj_journal.cli import retention_cmds
from hj_journal.cli.common import (
    EXIT_OK,
    EXIT_USER,
    EXIT_WRONG_SECRET,
    CliError,
    Context,
    add_command,
    read_secret_file,
    shown,
)
from hj_journal.core.common.i18n import translate
from hj_journal.core.sessions.received import ReceiveError, check_code, read_share_file
from hj_journal.core.sessions.sharing import SUFFIX


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's commands."""
    group = commands.add_parser(
        "sessions",
        help=translate(
            "CliShare", "a practice vault's sessions: list, sign and share them; keeping records"
        ),
        description=translate("CliShare", "A practice vault's sessions."),
    )
    actions = group.add_subparsers(dest="sessions_command", metavar="ACTION", required=True)
    add_command(
        actions,
        "list",
        cmd_list,
        translate("CliShare", "list the sessions, newest first, with their numbers"),
    )
    session_help = translate("CliShare", "the session's number (see 'list')")
    sign = add_command(
        actions,
        "sign",
        cmd_sign,
        translate(
            "CliShare", "finish and sign a session's notes (afterwards they can only be amended)"
        ),
    )
    sign.add_argument("session", metavar="SESSION", help=session_help)
    share = add_command(
        actions,
        "share",
        cmd_share,
        translate(
            "CliShare",
            "write a session's summary to an encrypted file for the client and print its code",
        ),
    )
    share.add_argument("session", metavar="SESSION", help=session_help)
    share.add_argument(
        "--out",
        metavar="FILE",
        required=True,
        help=translate("CliShare", "the file to write (ending in {suffix})").format(suffix=SUFFIX),
    )
    retention_cmds.register(actions)  # retention, delete-client

    receive = add_command(
        commands,
        "receive",
        cmd_receive,
        translate(
            "CliShare",
            "add a summary your practitioner shared with you (a .hjshare file) to your journal",
        ),
    )
    receive.add_argument(
        "file", metavar="FILE", help=translate("CliShare", "the file your practitioner gave you")
    )
    receive.add_argument(
        "--code-file",
        metavar="PATH",
        help=translate("CliShare", "read the code from a file (else it is asked for)"),
    )


def _not_a_session_number() -> CliError:
    return CliError(
        translate(
            "CliShare", "SESSION is a session's number, as 'hj-journal sessions list' shows it."
        )
    )


def _sessions_elsewhere() -> CliError:
    return CliError(
        translate("CliShare", "This is a personal vault: sessions are kept in a practice vault.")
    )


def _session_number(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise _not_a_session_number() from None
    if number < 1:
        raise _not_a_session_number()
    return number


def cmd_list(ctx: Context) -> int:
    """One line per session: number, day and time, client, and whether it is running."""
    with ctx.unlocked() as services:
        sessions = services.sessions
        if not sessions.available:
            raise _sessions_elsewhere()
        lines = []
        for client in sessions.clients(include_archived=True):
            for view in sessions.sessions_for(client.id):
                state = " " + translate("CliShare", "(running)") if view.is_running else ""
                state = " " + translate("CliShare", "(notes signed)") if view.is_signed else state
                when = f"{view.started_at.astimezone():%Y-%m-%d %H:%M}"
                lines.append(
                    (view.started_at, f"{view.id:>5}  {when}  {shown(client.pseudonym)}{state}")
                )
    if not lines:
        print(translate("CliShare", "No sessions yet."), file=sys.stderr)
    for _, line in sorted(lines, reverse=True):
        print(line)
    return EXIT_OK


def cmd_sign(ctx: Context) -> int:
    """Sign an ended session's notes; signing again says when they were signed."""
    session_id = _session_number(ctx.args.session)
    with ctx.unlocked() as services:
        if not services.sessions.available:
            raise _sessions_elsewhere()
        signed_at = services.sessions.signing.sign(session_id)
    print(
        translate(
            "CliShare",
            "The notes of session {number} are signed ({when}). "
            "From now on they can only be amended, in the app.",
        ).format(number=session_id, when=f"{signed_at.astimezone():%Y-%m-%d %H:%M}")
    )
    return EXIT_OK


def cmd_share(ctx: Context) -> int:
    """Seal a session's summary into FILE and print the code once."""
    session_id = _session_number(ctx.args.session)
    out = Path(ctx.args.out)
    if out.is_dir():
        raise CliError(
            translate("CliShare", "{path} is a folder. Give a file name for the summary.").format(
                path=out
            )
        )
    if out.exists():
        raise CliError(
            translate(
                "CliShare", "There is already a file at {path}; choose another name."
            ).format(path=out)
        )
    if not out.parent.is_dir():
        raise CliError(
            translate("CliShare", "There is no folder {folder} to write the summary in.").format(
                folder=out.parent
            )
        )
    with ctx.unlocked() as services:
        shared = services.sharing.share_to(session_id, out)
    print(
        translate("CliShare", "Saved the summary, encrypted, to {path}.").format(path=out),
        file=sys.stderr,
    )
    print(
        translate(
            "CliShare",
            "The code that opens it is below. It is shown only this once and kept nowhere: "
            "read it to your client or write it down for them, and give them the file.",
        ),
        file=sys.stderr,
    )
    print(shared.code)
    return EXIT_OK


def _code(ctx: Context) -> str:
    if ctx.args.code_file:
        return read_secret_file(ctx.args.code_file)
    if not sys.stdin.isatty():
        raise CliError(
            translate("CliShare", "No code given: type it at the prompt, or use --code-file PATH.")
        )
    return getpass.getpass(translate("CliShare", "The code that came with the file: "))


def cmd_receive(ctx: Context) -> int:
    """Open FILE with its code and keep the summary in the personal vault."""
    try:
        data = read_share_file(Path(ctx.args.file))  # a wrong file is told before anything
        code = _code(ctx)
        check_code(code)  # so is a typo in the code
        with ctx.unlocked() as services:
            received = services.received.receive(data, code)
    except ReceiveError as error:
        raise CliError(str(error), EXIT_WRONG_SECRET if error.wrong_code else EXIT_USER) from None
    print(received.message)
    return EXIT_OK
