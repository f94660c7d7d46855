"""What a check-in questionnaire (an *instrument*) is, as plain frozen dataclasses.

The instruments themselves are data: TOML files under ``resources/instruments``
(the format is described in that folder's ``README.md``). :mod:`instrument_files`
reads and validates them into these classes; :mod:`instruments` scores answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from hj_journal.core.common.resource_i18n import BASE_LANGUAGE, language_candidates


class InstrumentFileError(ValueError):
    """An instrument file could not be read or does not follow the format.

    The message names the file, the field (for example ``bands[2].min``) and, where
    the TOML parser reports it, the line.
    """

    def __init__(
        self, path: Path | str, field: str, problem: str, *, line: int | None = None
    ) -> None:
        self.path = Path(path)
        self.field = field
        self.problem = problem
        self.line = line
        where = f"{self.path}" + (f", line {line}" if line is not None else "")
        what = f"{field}: {problem}" if field else problem
        super().__init__(f"{where}: {what}")


class ScoringRule(StrEnum):
    """How item answers become a result."""

    SUM = "sum"
    """Total = sum of the (reverse-scored where needed) answers; bands on the total."""
    SUM_TIMES_4 = "sum_times_4"
    """As ``sum``, plus percentage = total × 4; bands on the percentage (WHO-5)."""


class FlagRule(StrEnum):
    """When a flag is raised. Both compare answers as given, before reverse scoring."""

    ANY_ABOVE = "any_above"
    """Any of the flag's items was answered with a value above ``value``."""
    ANY_AT_MOST = "any_at_most"
    """Any of the flag's items was answered with a value of ``value`` or below."""


@dataclass(frozen=True)
class ContentNote:
    """A note shown before content that touches on harm; its category can be turned off."""

    category: str
    text: str


@dataclass(frozen=True)
class ResponseOption:
    """One answer a person can choose, such as ``1`` "Several days"."""

    value: int
    label: str


@dataclass(frozen=True)
class Item:
    """One question of an instrument."""

    id: str
    text: str
    content_note: ContentNote | None = None


@dataclass(frozen=True)
class Band:
    """A published (or, where marked, informal) range of results, inclusive at both ends."""

    key: str
    label: str
    min: int
    max: int
    suggest_support: bool = False
    """The usual point to offer talking with someone; never a verdict."""

    def contains(self, value: int) -> bool:
        """Whether ``value`` falls in this band."""
        return self.min <= value <= self.max


@dataclass(frozen=True)
class Norm:
    """A published reference mean for comparison (PSS-10 has norms instead of cut-offs)."""

    group: str
    mean: float
    sd: float
    source: str


@dataclass(frozen=True)
class Flag:
    """A signal raised by particular answers whatever the total (for example ``item9``)."""

    key: str
    when: FlagRule
    value: int
    items: tuple[str, ...]
    """Item ids the rule looks at; every item when the file leaves it out."""
    description: str = ""

    def raised_by(self, given: dict[str, int]) -> bool:
        """Whether the answers that were given (item id → value) raise this flag."""
        values = [given[item_id] for item_id in self.items if item_id in given]
        if self.when is FlagRule.ANY_ABOVE:
            return any(v > self.value for v in values)
        return any(v <= self.value for v in values)


@dataclass(frozen=True)
class Scoring:
    """How the items add up."""

    rule: ScoringRule
    reverse_items: frozenset[str] = frozenset()
    bands_informal: bool = False
    """True where the authors publish no cut-offs and the bands are a common grouping."""
    bands_note: str = ""
    meaningful_change: int | None = None
    """A change this large (in the banded unit) is considered meaningful."""


@dataclass(frozen=True)
class DifficultyQuestion:
    """An optional, unscored closing question (GAD-7, PHQ-9)."""

    text: str
    options: tuple[str, ...]


@dataclass(frozen=True)
class Variant:
    """A shorter form of an instrument scored under its own id (PHQ-8 within PHQ-9)."""

    id: str
    title: str
    short_name: str
    leave_out: frozenset[str]
    """Items not asked and not scored in this form."""
    use_when_only_left_out_skipped: bool
    """Score as this form when the only skipped items are exactly ``leave_out``."""
    bands: tuple[Band, ...]
    attribution: str = ""


@dataclass(frozen=True)
class About:
    """Who made the instrument and on what terms it is shipped."""

    attribution: str
    licence: str


@dataclass(frozen=True)
class Instrument:
    """One version of a questionnaire, as read from its file."""

    id: str
    version: int
    title: str
    short_name: str
    recall_period: str
    stem: str
    """The question stem, which includes the recall period."""
    items: tuple[Item, ...]
    options: tuple[ResponseOption, ...]
    scoring: Scoring
    bands: tuple[Band, ...]
    about: About
    flags: tuple[Flag, ...] = ()
    norms: tuple[Norm, ...] = ()
    difficulty: DifficultyQuestion | None = None
    variants: tuple[Variant, ...] = ()
    content_note: ContentNote | None = None
    published_languages: tuple[str, ...] = (BASE_LANGUAGE,)
    """Languages whose published wording the file holds; never a translation of our own."""
    language_note: str = ""
    """Shown with the questions when they appear in English in another language's app."""
    source: Path | None = field(default=None, compare=False)
    """The file it was read from, for messages; None when built in code."""

    @property
    def option_values(self) -> frozenset[int]:
        """Every value an answer may take."""
        return frozenset(option.value for option in self.options)

    @property
    def item_ids(self) -> tuple[str, ...]:
        """Item ids in the order the questions are asked."""
        return tuple(item.id for item in self.items)

    def shown_in_english(self, language: str | None) -> bool:
        """Whether an app in ``language`` shows this questionnaire's English wording.

        True for a language (or locale, such as ``es_MX``) other than English whose
        published version the file does not hold; the app then shows
        :attr:`language_note` with the questions.
        """
        return any(lang not in self.published_languages for lang in language_candidates(language))

    def variant(self, variant_id: str) -> Variant | None:
        """The shorter form with this id, if the instrument has one."""
        return next((v for v in self.variants if v.id == variant_id), None)

    def reverse(self, value: int) -> int:
        """Reverse-score one answer: lowest option + highest option − value."""
        values = self.option_values
        return min(values) + max(values) - value

    def banded_range(self, leave_out: frozenset[str] = frozenset()) -> tuple[int, int]:
        """Lowest and highest value the bands must cover (total, or percentage)."""
        scored = sum(1 for item in self.items if item.id not in leave_out)
        values = self.option_values
        low, high = scored * min(values), scored * max(values)
        if self.scoring.rule is ScoringRule.SUM_TIMES_4:
            return low * 4, high * 4
        return low, high
