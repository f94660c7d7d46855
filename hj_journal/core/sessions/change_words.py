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
        return f"{n} percentage point" + ("" if n == 1 else "s")
    return f"{n} point" + ("" if n == 1 else "s")


def _number(value: int, unit: str, band: str | None, rules: ChangeRules) -> str:
    text = f"{value} of 100" if unit == PERCENTAGE else str(value)
    if rules.bands_in_words and band:
        text += f" ({band})"
    return text


def _sessions(n: int) -> str:
    return "one session" if n == 1 else f"{n} sessions"


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
        opening = f"{name} was {first} in the first and the latest of {over}"
    else:
        opening = f"{name} went from {first} to {latest} over {over}"
    clause = _threshold_clause(rules, change, unit)
    sentences = [f"{opening}: {clause}." if clause else f"{opening}."]
    if change.response:
        sentences.append(
            "That is a drop of at least half from the first score, which measurement-based "
            "care calls a response."
        )
    if change.remission:
        sentences.append(
            f"The latest score is below {rules.remission_below}, which measurement-based care "
            "calls remission."
        )
    return tuple(sentences)


def _threshold_clause(rules: ChangeRules, change: Change, unit: str) -> str:
    moved = change.difference
    if rules.reliable_change is not None:
        size = _points(rules.reliable_change, unit)
        if change.reliable:
            way = "drop" if moved < 0 else "rise"
            return (
                f"a {way} of {rules.reliable_change} or more points is larger than the "
                "questionnaire's usual ups and downs"
            )
        return f"a change of less than {size} is within the questionnaire's usual ups and downs"
    if rules.meaningful_change is not None:
        size = _points(rules.meaningful_change, unit)
        if change.reliable:
            way = "drop" if moved < 0 else "rise"
            return f"a {way} of {size} or more is considered meaningful"
        return f"the change is smaller than the {size} considered meaningful"
    return ""


def single_sentence(
    name: str, rules: ChangeRules, value: int, *, unit: str = "total", band: str | None = None
) -> str:
    """One result so far: "PSS-10: 18 in one session so far."."""
    return f"{name}: {_number(value, unit, band, rules)} in one session so far."


def not_scored_sentence(count: int) -> str:
    """Responses answered but not scored, said without blame."""
    if count == 1:
        return "One response was not scored because some questions were skipped."
    return f"{count} responses were not scored because some questions were skipped."


def cut_point_note(name: str, rules: ChangeRules) -> str:
    """For reference, the clinical cut-point (and the app's own suggestion, where it differs)."""
    if rules.cut_point is None:
        return ""
    text = (
        f"For reference: services count a {name} of {rules.cut_point} or more as the "
        "clinical cut-point"
    )
    if rules.support_from is not None and rules.support_from != rules.cut_point:
        text += f"; this app suggests talking with someone from {rules.support_from}"
    return text + ". A score is not a diagnosis."


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
