"""Check-in questionnaires (PSS-10, GAD-7, PHQ-9/PHQ-8, WHO-5): loading and scoring.

One scoring engine serves every instrument; what differs between them lives in
their TOML files. The rules follow the published scoring, plus the product's own:

- Any item may be skipped (``None``) or declined (:data:`DECLINED`, "prefer not to
  answer", kept distinct for storage). Both count as skipped. If any scored item is
  skipped the response is *not scored*: ``total``, ``band`` are None and ``skipped``
  says how many. Gaps are never filled in.
- A form with ``use_when_only_left_out_skipped`` (PHQ-8) is used when exactly its
  left-out items were skipped (PHQ-9 with only item 9 skipped), or when asked for
  (``phq8_mode``, or the id ``phq8``).
- Flags (``item9``, ``single_item_low``) come from the answers given, whatever the
  total, and are kept on a response that is not scored.
- Scoring uses the instrument version the response was given under (``version``),
  so a later fix to a file can rescore without changing old results by accident.

Results are never a diagnosis; wording for people lives in the UI.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final, Literal, TypeAlias

from hj_journal.bundled import resource_path
from hj_journal.core.checkin.instruments.files import (
    FILE_NAME,
    instrument_files,
    read_instrument_file,
)
from hj_journal.core.checkin.instruments.schema import (
    Instrument,
    InstrumentFileError,
    ScoringRule,
    Variant,
)
from hj_journal.core.common.i18n import translate

__all__ = [
    "DECLINED",
    "Answer",
    "AnswerError",
    "Instrument",
    "InstrumentFileError",
    "InstrumentLibrary",
    "Score",
    "UnknownInstrumentError",
    "builtin_instruments",
    "check_answers",
    "decode_answers",
    "encode_answers",
    "full_length",
    "is_skipped",
    "load_instruments",
    "score",
]

DECLINED: Final = "declined"
""""Prefer not to answer": counts as skipped for scoring, stored as given."""

Answer: TypeAlias = int | Literal["declined"] | None
"""One answer: an option value, ``None`` (skipped) or :data:`DECLINED`."""

PHQ8: Final = "phq8"


class AnswerError(ValueError):
    """Answers that cannot belong to the instrument (wrong length, type or value)."""


class UnknownInstrumentError(LookupError):
    """No instrument (or no such version of it) is loaded under that id."""


@dataclass(frozen=True)
class Score:
    """The result of one response. Not scored means ``total`` and ``band`` are None."""

    instrument_id: str
    """The id actually scored: ``phq8`` when PHQ-9 answers were scored as PHQ-8."""
    total: int | None
    band: str | None
    band_label: str | None
    flags: frozenset[str]
    scored: bool
    skipped: int
    """Skipped or declined items among those asked (PHQ-8 mode does not ask item 9)."""
    percentage: int | None
    """WHO-5 only: the raw total × 4 (0–100); None elsewhere."""
    version: int
    """The instrument version the answers were scored under."""


def is_skipped(answer: Answer) -> bool:
    """Whether an answer counts as skipped (``None`` or :data:`DECLINED`)."""
    return answer is None or answer == DECLINED


class InstrumentLibrary:
    """The loaded instruments, every version of each, looked up by id."""

    def __init__(self, instruments: Iterable[Instrument]) -> None:
        self._by_id: dict[str, dict[int, Instrument]] = {}
        for instrument in instruments:
            versions = self._by_id.setdefault(instrument.id, {})
            other = versions.get(instrument.version)
            if other is not None:
                raise InstrumentFileError(
                    instrument.source or "(built in code)",
                    "version",
                    f"{instrument.id} version {instrument.version} is already loaded "
                    f"from {other.source or '(built in code)'}",
                )
            versions[instrument.version] = instrument
        # A shorter form (phq8) is looked up under its own id as well.
        self._variant_of: dict[str, str] = {}
        for instrument in self:
            for variant in instrument.variants:
                if variant.id in self._by_id or variant.id in self._variant_of:
                    raise InstrumentFileError(
                        instrument.source or "(built in code)",
                        "variants.id",
                        f"{variant.id!r} is already used by another instrument",
                    )
                self._variant_of[variant.id] = instrument.id

    def __iter__(self) -> Iterator[Instrument]:
        """The current version of each instrument, in id order."""
        return (self.get(instrument_id) for instrument_id in self.ids())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, instrument_id: object) -> bool:
        return instrument_id in self._by_id or instrument_id in self._variant_of

    def ids(self) -> tuple[str, ...]:
        """Ids of the loaded instruments (shorter forms such as ``phq8`` not included)."""
        return tuple(sorted(self._by_id))

    def versions(self, instrument_id: str) -> tuple[int, ...]:
        """Every loaded version of an instrument, oldest first."""
        return tuple(sorted(self._versions(instrument_id)))

    def get(self, instrument_id: str, version: int | None = None) -> Instrument:
        """An instrument by id (``phq8`` gives PHQ-9); ``version=None`` means current."""
        versions = self._versions(instrument_id)
        if version is None:
            return versions[max(versions)]
        if version not in versions:
            known = ", ".join(str(v) for v in sorted(versions))
            raise UnknownInstrumentError(
                translate(
                    "CheckinInstrumentsScoring",
                    "{instrument_id} has no version {version} (loaded: {known})",
                ).format(instrument_id=instrument_id, version=version, known=known)
            )
        return versions[version]

    def _versions(self, instrument_id: str) -> dict[int, Instrument]:
        parent = self._variant_of.get(instrument_id, instrument_id)
        if parent not in self._by_id:
            raise UnknownInstrumentError(
                translate(
                    "CheckinInstrumentsScoring",
                    "no instrument with id {instrument_id} is loaded",
                ).format(instrument_id=repr(instrument_id))
            )
        return self._by_id[parent]

    def score(
        self,
        instrument_id: str,
        answers: Sequence[Answer],
        *,
        phq8_mode: bool = False,
        version: int | None = None,
    ) -> Score:
        """Score answers given in item order; see :func:`score`."""
        instrument = self.get(instrument_id, version)
        form = instrument.variant(instrument_id)
        if form is None and phq8_mode:
            # PHQ-8 mode is a user setting; instruments without that form ignore it.
            form = instrument.variant(PHQ8)
        if form is not None:
            answers = full_length(instrument, form, answers)
        return _score(instrument, answers, form)


def load_instruments(*paths: Path, language: str | None = None) -> InstrumentLibrary:
    """Load instruments from files or folders; with no paths, the built-in ones.

    In a folder, ``<id>.toml`` is the current version and ``<id>.v<N>.toml`` an older
    one kept so that old responses still score by the version they were given under.
    Raises :class:`InstrumentFileError` naming the file and field of any problem.
    """
    sources = paths or (resource_path("instruments"),)
    files: list[Path] = []
    for source in sources:
        files.extend(instrument_files(source) if Path(source).is_dir() else [Path(source)])
    instruments = [read_instrument_file(path, language) for path in files]
    _check_current_is_newest(instruments)
    return InstrumentLibrary(instruments)


def _check_current_is_newest(instruments: Sequence[Instrument]) -> None:
    """``phq9.toml`` must hold a newer version than any ``phq9.v<N>.toml`` loaded with it."""
    current: dict[str, Instrument] = {}
    for instrument in instruments:
        if _is_current_file(instrument):
            other = current.setdefault(instrument.id, instrument)
            if other is not instrument:
                raise InstrumentFileError(
                    instrument.source or "",
                    "id",
                    f"{instrument.id!r} is already loaded from {other.source}",
                )
    for older in instruments:
        newest = current.get(older.id)
        if newest is None or _is_current_file(older) or older.version < newest.version:
            continue
        raise InstrumentFileError(
            newest.source or "",
            "version",
            f"{newest.version} should be above version {older.version} kept in {older.source}",
        )


def _is_current_file(instrument: Instrument) -> bool:
    match = FILE_NAME.match(instrument.source.name) if instrument.source else None
    return match is not None and match.group("version") is None


@functools.cache
def builtin_instruments(language: str | None = None) -> InstrumentLibrary:
    """The instruments shipped with the app, in ``language`` where a published version
    exists; read once per language on first use."""
    return load_instruments(language=language)


def score(
    instrument_id: str,
    answers: Sequence[Answer],
    *,
    phq8_mode: bool = False,
    version: int | None = None,
    instruments: InstrumentLibrary | None = None,
) -> Score:
    """Score one response.

    ``answers`` holds one entry per item in item order: an option value, ``None``
    for skipped or :data:`DECLINED`. A shorter form (``phq8``, or PHQ-9 with
    ``phq8_mode``) takes its own items (eight), or all nine with item 9 empty.
    ``phq8_mode`` scores PHQ-9 answers as PHQ-8 (item 9 not asked); other
    instruments ignore it. ``version`` is the instrument version the answers were
    given under (None: current). ``instruments`` defaults to the built-in ones.
    Raises :class:`AnswerError` for answers that cannot belong to the instrument.
    """
    library = instruments if instruments is not None else builtin_instruments()
    return library.score(instrument_id, answers, phq8_mode=phq8_mode, version=version)


def full_length(
    instrument: Instrument, form: Variant, answers: Sequence[Answer]
) -> Sequence[Answer]:
    """Answers to a shorter form in the instrument's item order.

    A shorter form's answers may come in either length: one per item the form asks
    (PHQ-8: eight), or one per item of the whole instrument with the left-out items
    empty (PHQ-9 order, nine). The short list gets ``None`` where the form leaves an
    item out; any other length is refused naming both.
    """
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        return answers  # check_answers says what is wrong with it
    asked = len(instrument.items) - len(form.leave_out)
    if len(answers) == len(instrument.items):
        return answers
    if len(answers) != asked:
        raise AnswerError(
            translate(
                "CheckinInstrumentsScoring",
                "{short_name} has {asked} items but {count} answers were given (or give "
                "{count2} {short_name2} answers with the items it leaves out empty)",
            ).format(
                short_name=form.short_name,
                asked=asked,
                count=len(answers),
                count2=len(instrument.items),
                short_name2=instrument.short_name,
            )
        )
    given = iter(answers)
    return [None if item.id in form.leave_out else next(given) for item in instrument.items]


def check_answers(instrument: Instrument, answers: object) -> list[Answer]:
    """Return ``answers`` as a list after checking length, types and values."""
    name = instrument.short_name
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise AnswerError(
            translate(
                "CheckinInstrumentsScoring",
                "{name} answers should be a list, not {name2}",
            ).format(name=name, name2=type(answers).__name__)
        )
    if len(answers) != len(instrument.items):
        raise AnswerError(
            translate(
                "CheckinInstrumentsScoring",
                "{name} has {count} items but {count2} answers were given",
            ).format(name=name, count=len(instrument.items), count2=len(answers))
        )
    allowed = instrument.option_values
    checked: list[Answer] = []
    for item, answer in zip(instrument.items, answers, strict=True):
        _check_type(answer, f"{name} item {item.id}")
        if isinstance(answer, int) and answer not in allowed:
            values = ", ".join(str(v) for v in sorted(allowed))
            raise AnswerError(
                translate(
                    "CheckinInstrumentsScoring",
                    "{name} item {id}: {answer} is not one of {values}",
                ).format(name=name, id=item.id, answer=answer, values=values)
            )
        checked.append(answer)
    return checked


def _check_type(answer: object, where: str) -> None:
    # bool is an int subclass; True is not an answer.
    if answer is None or answer == DECLINED:
        return
    if isinstance(answer, bool) or not isinstance(answer, int):
        raise AnswerError(
            translate(
                "CheckinInstrumentsScoring",
                "{where}: expected a whole number, None or {declined}, not {name} {answer}",
            ).format(
                where=where,
                declined=repr(DECLINED),
                name=type(answer).__name__,
                answer=repr(answer),
            )
        )


def _score(instrument: Instrument, answers: Sequence[Answer], form: Variant | None) -> Score:
    checked = check_answers(instrument, answers)
    given = {
        item.id: answer
        for item, answer in zip(instrument.items, checked, strict=True)
        if isinstance(answer, int)
    }
    flags = frozenset(flag.key for flag in instrument.flags if flag.raised_by(given))
    skipped_ids = {item.id for item in instrument.items if item.id not in given}

    if form is None:
        # PHQ-9 with only item 9 skipped is scored as PHQ-8 (and says so in its id).
        form = next(
            (
                v
                for v in instrument.variants
                if v.use_when_only_left_out_skipped and skipped_ids == v.leave_out
            ),
            None,
        )
        skipped_asked = skipped_ids
    else:
        # Items the chosen form leaves out were never asked, so they are not "skipped".
        skipped_asked = skipped_ids - form.leave_out
    left_out = form.leave_out if form is not None else frozenset()
    missing = skipped_ids - left_out
    scored_id = form.id if form is not None else instrument.id

    if missing:
        return Score(
            instrument_id=scored_id,
            total=None,
            band=None,
            band_label=None,
            flags=flags,
            scored=False,
            skipped=len(skipped_asked),
            percentage=None,
            version=instrument.version,
        )

    reverse = instrument.scoring.reverse_items
    total = sum(
        instrument.reverse(value) if item_id in reverse else value
        for item_id, value in given.items()
        if item_id not in left_out
    )
    percentage = total * 4 if instrument.scoring.rule is ScoringRule.SUM_TIMES_4 else None
    banded = percentage if percentage is not None else total
    bands = form.bands if form is not None else instrument.bands
    band = next((b for b in bands if b.contains(banded)), None)
    return Score(
        instrument_id=scored_id,
        total=total,
        band=band.key if band else None,
        band_label=band.label if band else None,
        flags=flags,
        scored=True,
        skipped=len(skipped_asked),
        percentage=percentage,
        version=instrument.version,
    )


def encode_answers(answers: Sequence[Answer]) -> list[int | str | None]:
    """Answers as a JSON-safe list (``None`` → null, :data:`DECLINED` kept as text)."""
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise AnswerError(
            translate(
                "CheckinInstrumentsScoring",
                "answers should be a list, not {name}",
            ).format(name=type(answers).__name__)
        )
    for i, answer in enumerate(answers, start=1):
        _check_type(answer, f"answer {i}")
    return list(answers)


def decode_answers(data: object) -> list[Answer]:
    """Turn a list made by :func:`encode_answers` (after JSON) back into answers."""
    if not isinstance(data, list):
        raise AnswerError(
            translate(
                "CheckinInstrumentsScoring",
                "stored answers should be a list, not {name}",
            ).format(name=type(data).__name__)
        )
    for i, answer in enumerate(data, start=1):
        _check_type(answer, f"stored answer {i}")
    return list(data)
