"""``hj-journal checkin``: a quick check-in, or one questionnaire's answers.

Every value is optional. Numbers are read here rather than by argparse so that a
mistake is one clear sentence (exit 1) naming the value and its range.

Questionnaire answers are a comma-separated list in item order, ``-`` for an item
skipped and ``n`` for "prefer not to answer" (``--answers=-,1,…`` when the list starts
with a skipped item, so that it is not read as an option). Results stay hidden unless
``--show-result`` asks for them, as in the app.
"""

from __future__ import annotations

import argparse

from hj_journal.cli.common import (
    EXIT_OK,
    CliError,
    Context,
    add_command,
    either,
    personal_only,
)
from hj_journal.cli.options import arguments_are_visible
from hj_journal.core.checkin.checkins import RANGES, CheckInInput
from hj_journal.core.checkin.instruments.scoring import DECLINED, Answer, builtin_instruments
from hj_journal.core.checkin.questionnaires import ResponseInput, ResponseView
from hj_journal.core.checkin.words import normalise
from hj_journal.core.common.errors import InputError
from hj_journal.core.common.i18n import translate

SKIPPED = "-"
DECLINED_MARK = "n"


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``checkin`` command."""
    checkin = add_command(
        commands,
        "checkin",
        cmd_checkin,
        translate("CliCheckin", "a quick check-in, or a questionnaire's answers"),
    )
    checkin.add_argument("--distress", metavar="N", help=translate("CliCheckin", "0 (calm) to 10"))
    checkin.add_argument(
        "--mood",
        metavar="N",
        help=translate("CliCheckin", "-3 (very unpleasant) to +3 (very pleasant)"),
    )
    checkin.add_argument(
        "--energy", metavar="N", help=translate("CliCheckin", "0 (none) to 4 (a lot)")
    )
    checkin.add_argument("--emotion", action="append", default=[], metavar="X")
    checkin.add_argument(
        "--context",
        action="append",
        default=[],
        metavar="X",
        help=translate("CliCheckin", "e.g. money, housing, work"),
    )
    checkin.epilog = arguments_are_visible()
    checkin.add_argument(
        "--note",
        metavar="TEXT",
        help=translate("CliCheckin", "a few words ('-': read from stdin)"),
    )
    checkin.add_argument(
        "--note-file", metavar="PATH", help=translate("CliCheckin", "read the note from a file")
    )
    checkin.add_argument(
        "--instrument",
        metavar="ID",
        help=translate("CliCheckin", "a questionnaire: who5, pss10, gad7, phq9 or phq8"),
    )
    checkin.add_argument(
        "--answers",
        metavar="A,B,…",
        help=translate(
            "CliCheckin",
            "answers in item order; '{skipped}' skips one, '{declined}' is "
            "'prefer not to answer' (write --answers=-,1,… when the first is skipped)",
        ).format(skipped=SKIPPED, declined=DECLINED_MARK),
    )
    checkin.add_argument(
        "--difficulty",
        metavar="N",
        help=translate("CliCheckin", "the optional closing question, from 0"),
    )
    checkin.add_argument(
        "--show-result",
        action="store_true",
        help=translate("CliCheckin", "print the result after saving"),
    )


def parse_number(name: str, text: str | None) -> int | None:
    """A whole number within the check-in range of ``name``; None when not given."""
    if text is None:
        return None
    low, high = RANGES[name]
    try:
        value = int(text.strip())  # "+2" and "-2" both read as numbers
    except ValueError:
        raise CliError(_out_of_range(name, low, high, repr(text))) from None
    if not low <= value <= high:
        raise CliError(_out_of_range(name, low, high, str(value)))
    return value


def _out_of_range(name: str, low: int, high: int, given: str) -> str:
    if name == "distress":
        sentence = translate(
            "CliCheckin", "--{name} takes a whole number from {low} (calm) to {high}, not {given}."
        )
    else:
        sentence = translate(
            "CliCheckin", "--{name} takes a whole number from {low} to {high}, not {given}."
        )
    return sentence.format(name=name, low=low, high=high, given=given)


def parse_answers(text: str) -> list[Answer]:
    """Answers from ``"0,1,-,n"``: ``-`` is skipped, ``n`` is prefer not to answer."""
    answers: list[Answer] = []
    for position, part in enumerate(text.split(","), start=1):
        token = part.strip().lower()
        if token == SKIPPED:
            answers.append(None)
        elif token == DECLINED_MARK:
            answers.append(DECLINED)
        else:
            try:
                answers.append(int(token))
            except ValueError:
                raise CliError(
                    translate(
                        "CliCheckin",
                        "Answer {position} should be a number, '{skipped}' or '{declined}', "
                        "not {given}.",
                    ).format(
                        position=position,
                        skipped=SKIPPED,
                        declined=DECLINED_MARK,
                        given=repr(part.strip()),
                    )
                ) from None
    return answers


def _words(values: list[str], what: str) -> list[str]:
    try:
        return [normalise(value) for value in values]
    except InputError as error:
        raise CliError(f"{what}: {error}") from None


def cmd_checkin(ctx: Context) -> int:
    """Save a quick check-in, or a questionnaire response."""
    args = ctx.args
    if args.instrument or args.answers:
        return _questionnaire(ctx)
    if args.difficulty is not None or args.show_result:
        raise CliError(
            translate(
                "CliCheckin", "--difficulty and --show-result go with --instrument and --answers."
            )
        )
    data = CheckInInput(
        distress=parse_number("distress", args.distress),
        mood=parse_number("mood", args.mood),
        energy=parse_number("energy", args.energy),
        emotions=_words(args.emotion, "--emotion"),
        context_tags=_words(args.context, "--context"),
        note=either("--note", args.note, "--note-file", args.note_file) or "",
        phase="cli",
    )
    with ctx.unlocked() as services:
        personal_only(services)
        services.checkins.add(data)
    print(translate("CliCheckin", "Check-in saved. Thank you for checking in with yourself."))
    return EXIT_OK


def _questionnaire(ctx: Context) -> int:
    args = ctx.args
    if not (args.instrument and args.answers):
        raise CliError(
            translate(
                "CliCheckin", "A questionnaire needs both --instrument ID and --answers A,B,…."
            )
        )
    quick = (args.distress, args.mood, args.energy)
    note = args.note is not None or args.note_file is not None
    if any(v is not None for v in quick) or args.emotion or args.context or note:
        raise CliError(
            translate(
                "CliCheckin",
                "Save a questionnaire on its own, without the quick check-in options.",
            )
        )
    instrument_id = args.instrument.strip().lower()
    answers = parse_answers(args.answers)
    library = builtin_instruments()
    if instrument_id in library:
        form = library.get(instrument_id).variant(instrument_id)
        instrument = library.get(instrument_id)
        if form is not None and len(answers) == len(instrument.items) - len(form.leave_out):
            # PHQ-8 answers may be given eight long; the item it does not ask stays empty.
            it = iter(answers)
            answers = [
                None if item.id in form.leave_out else next(it) for item in instrument.items
            ]
    difficulty = _difficulty(args.difficulty)
    with ctx.unlocked() as services:
        personal_only(services)
        saved = services.questionnaires.save(
            ResponseInput(instrument_id, answers, difficulty=difficulty)
        )
    print(translate("CliCheckin", "Your answers are saved. Thank you for taking the time."))
    if args.show_result:
        print(result_text(saved, ctx.language))
    return EXIT_OK


def _difficulty(text: str | None) -> int | str | None:
    if text is None or text.strip() == SKIPPED:
        return None
    if text.strip().lower() == DECLINED_MARK:
        return DECLINED
    try:
        return int(text)
    except ValueError:
        raise CliError(
            translate("CliCheckin", "--difficulty takes a number from 0, not {given}.").format(
                given=repr(text)
            )
        ) from None


def result_text(saved: ResponseView, language: str | None = None) -> str:
    """The result in a few calm lines (total, band, "This is not a diagnosis"), with the
    questionnaire's names and band in ``language``."""
    result = saved.score
    library = builtin_instruments(language)
    name = result.instrument_id
    if result.instrument_id in library:
        instrument = library.get(result.instrument_id)
        form = instrument.variant(result.instrument_id)
        name = form.short_name if form is not None else instrument.short_name
    lines: list[str] = []
    if not result.scored:
        skipped = result.skipped
        lines.append(
            translate("CliCheckin", "{name}: not scored ({skipped}).").format(
                name=name, skipped=translate("CliCheckin", "%n skipped", None, skipped)
            )
        )
    elif result.percentage is not None:
        lines.append(
            translate("CliCheckin", "{name}: {percentage} out of 100 — {band}.").format(
                name=name, percentage=result.percentage, band=result.band_label
            )
        )
    else:
        lines.append(
            translate("CliCheckin", "{name}: {total} — {band}.").format(
                name=name, total=result.total, band=result.band_label
            )
        )
    lines.append(translate("CliCheckin", "This is not a diagnosis."))
    if "item9" in result.flags:
        lines.append(
            translate(
                "CliCheckin",
                "If things feel heavy, your own people, resources and safety plan are in "
                "HJ Journal under Care map & plans.",
            )
        )
    return "\n".join(lines)
