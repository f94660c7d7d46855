"""Change over time in plain words, with the published thresholds (docs/instruments.md,
"Change over time").

The thresholds are facts about a questionnaire's numbers, said to the practitioner as
such: never a diagnosis, never a verdict on the person. Only the forms that have them get
them, with exactly the published numbers:

- PHQ-9: reliable change 6 points; response a drop of at least half from the first
  score; remission a score below 5; the clinical cut-point (caseness) 10 or more.
- GAD-7: reliable change 4 points; response and remission as PHQ-9; caseness 8 or more
  (the app's own "worth talking with someone" stays at 10, and the practitioner is told
  both).
- WHO-5: a change of 10 percentage points is meaningful.
- PHQ-8: numbers and bands only (the PHQ-9 reliable change is for the PHQ-9 itself).
- PSS-10, and the distress ratings on arriving and leaving: the numbers only.

Choices of the product, not of the sources: change is read between the first and the
latest result of the same form; "remission" is only said when the first score was not
already below 5 (there would be nothing it came down from); "response" needs a first
score above 0.
"""

from __future__ import annotations

from dataclasses import dataclass

from hj_journal.core.common.i18n import translate

PERCENTAGE = "percentage"


@dataclass(frozen=True)
class ChangeRules:
    """What the published conventions say about change on one questionnaire form."""

    reliable_change: int | None = None
    """Points (or more) beyond the questionnaire's usual ups and downs."""
    meaningful_change: int | None = None
    """Percentage points (or more) considered meaningful (WHO-5)."""
    response: bool = False
    """Whether a drop of at least half from the first score is called a response."""
    remission_below: int | None = None
    """A score below this is called remission."""
    cut_point: int | None = None
    """The clinical cut-point (caseness): this score or more."""
    support_from: int | None = None
    """Where the app itself suggests talking with someone, when it differs from the above."""
    bands_in_words: bool = False
    """Say the band with each number (PHQ-8: numbers and bands)."""


RULES: dict[str, ChangeRules] = {
    "phq9": ChangeRules(reliable_change=6, response=True, remission_below=5, cut_point=10),
    "gad7": ChangeRules(
        reliable_change=4, response=True, remission_below=5, cut_point=8, support_from=10
    ),
    "who5": ChangeRules(meaningful_change=10),
    "phq8": ChangeRules(bands_in_words=True),
    "pss10": ChangeRules(),
}
NUMBERS_ONLY = ChangeRules()


@dataclass(frozen=True)
class Change:
    """The change between the first and the latest result of one form."""

    first: int
    latest: int
    sessions: int
    """Sessions from the first result to the latest, both counted."""
    reliable: bool | None
    """Reached the reliable (PHQ-9, GAD-7) or meaningful (WHO-5) change; None: no rule."""
    response: bool | None
    """A drop of at least half from the first score; None: no rule, or not applicable."""
    remission: bool | None
    """The latest score is below the remission point; None: no rule, or not applicable."""

    @property
    def difference(self) -> int:
        """Latest minus first (negative: the number went down)."""
        return self.latest - self.first


def _points(n: int, unit: str) -> str:
    if unit == PERCENTAGE:
        return translate("ChangeWords", "%n percentage point(s)", None, n)
    return translate("ChangeWords", "%n point(s)", None, n)


def _number(value: int, unit: str, band: str | None, rules: ChangeRules) -> str:
    if unit == PERCENTAGE:
        text = translate("ChangeWords", "{value} of 100").format(value=value)
    else:
        text = str(value)
    if rules.bands_in_words and band:
        text += f" ({band})"
    return text


def _sessions(n: int) -> str:
    if n == 1:
        return translate("ChangeWords", "one session")
    return translate("ChangeWords", "%n session(s)", None, n)


def reading(rules: ChangeRules, first: int, latest: int, sessions: int) -> Change:
    """Which of the published conventions the change from ``first`` to ``latest`` meets."""
    moved = abs(latest - first)
    threshold = rules.reliable_change or rules.meaningful_change
    reliable = None if threshold is None else moved >= threshold
    response: bool | None = None
    if rules.response and first > 0:
        response = 2 * (first - latest) >= first  # a drop of at least half, exactly
    remission: bool | None = None
    if rules.remission_below is not None and first >= rules.remission_below:
        remission = latest < rules.remission_below
    return Change(first, latest, sessions, reliable, response, remission)


def change_sentences(
    name: str,
    rules: ChangeRules,
    change: Change,
    *,
    unit: str = "total",
    first_band: str | None = None,
    latest_band: str | None = None,
) -> tuple[str, ...]:
    """The change in plain words: "PHQ-9 went from 17 to 9 over 6 sessions: a drop of 6
    or more points is larger than the questionnaire's usual ups and downs."."""
    first = _number(change.first, unit, first_band, rules)
    latest = _number(change.latest, unit, latest_band, rules)
    over = _sessions(change.sessions)
    if change.difference == 0:
        opening = translate(
            "ChangeWords", "{name} was {first} in the first and the latest of {sessions}"
        ).format(name=name, first=first, sessions=over)
    else:
        opening = translate(
            "ChangeWords", "{name} went from {first} to {latest} over {sessions}"
        ).format(name=name, first=first, latest=latest, sessions=over)
    clause = _threshold_clause(rules, change, unit)
    if clause:
        sentences = [
            translate("ChangeWords", "{opening}: {clause}.").format(opening=opening, clause=clause)
        ]
    else:
        sentences = [f"{opening}."]
    if change.response:
        sentences.append(
            translate(
                "ChangeWords",
                "That is a drop of at least half from the first score, which "
                "measurement-based care calls a response.",
            )
        )
    if change.remission:
        sentences.append(
            translate(
                "ChangeWords",
                "The latest score is below {score}, which measurement-based care calls remission.",
            ).format(score=rules.remission_below)
        )
    return tuple(sentences)


def _threshold_clause(rules: ChangeRules, change: Change, unit: str) -> str:
    moved = change.difference
    if rules.reliable_change is not None:
        size = _points(rules.reliable_change, unit)
        if change.reliable:
            if moved < 0:
                clause = translate(
                    "ChangeWords",
                    "a drop of {points} or more points is larger than the questionnaire's "
                    "usual ups and downs",
                )
            else:
                clause = translate(
                    "ChangeWords",
                    "a rise of {points} or more points is larger than the questionnaire's "
                    "usual ups and downs",
                )
            return clause.format(points=rules.reliable_change)
        return translate(
            "ChangeWords",
            "a change of less than {size} is within the questionnaire's usual ups and downs",
        ).format(size=size)
    if rules.meaningful_change is not None:
        size = _points(rules.meaningful_change, unit)
        if change.reliable:
            if moved < 0:
                clause = translate(
                    "ChangeWords", "a drop of {size} or more is considered meaningful"
                )
            else:
                clause = translate(
                    "ChangeWords", "a rise of {size} or more is considered meaningful"
                )
            return clause.format(size=size)
        return translate(
            "ChangeWords", "the change is smaller than the {size} considered meaningful"
        ).format(size=size)
    return ""


def single_sentence(
    name: str, rules: ChangeRules, value: int, *, unit: str = "total", band: str | None = None
) -> str:
    """One result so far: "PSS-10: 18 in one session so far."."""
    return translate("ChangeWords", "{name}: {value} in one session so far.").format(
        name=name, value=_number(value, unit, band, rules)
    )


def not_scored_sentence(count: int) -> str:
    """Responses answered but not scored, said without blame."""
    if count == 1:
        return translate(
            "ChangeWords", "One response was not scored because some questions were skipped."
        )
    return translate(
        "ChangeWords",
        "%n response(s) were not scored because some questions were skipped.",
        None,
        count,
    )


def cut_point_note(name: str, rules: ChangeRules) -> str:
    """For reference, the clinical cut-point (and the app's own suggestion, where it differs)."""
    if rules.cut_point is None:
        return ""
    if rules.support_from is not None and rules.support_from != rules.cut_point:
        text = translate(
            "ChangeWords",
            "For reference: services count a {name} of {cut_point} or more as the clinical "
            "cut-point; this app suggests talking with someone from {support_from}. A score "
            "is not a diagnosis.",
        )
    else:
        text = translate(
            "ChangeWords",
            "For reference: services count a {name} of {cut_point} or more as the clinical "
            "cut-point. A score is not a diagnosis.",
        )
    return text.format(name=name, cut_point=rules.cut_point, support_from=rules.support_from)


__all__ = [
    "NUMBERS_ONLY",
    "PERCENTAGE",
    "RULES",
    "Change",
    "ChangeRules",
    "change_sentences",
    "cut_point_note",
    "not_scored_sentence",
    "reading",
    "single_sentence",
]
