"""Answers to the standard questionnaires, kept exactly as given (docs/instruments.md).

A response stores the instrument id and the version it was given under, every answer
as given (skipped stays ``None``, "prefer not to answer" stays :data:`DECLINED`), the
optional difficulty answer in ``extra``, and the total, band, flags and whether it was
scored at the time. When a response is read it is scored again *by the version it
was given under*, so a later fix to an instrument file never changes old results by
accident; if that version is no longer loaded, the stored result is shown as it was.

PHQ-9 asked as PHQ-8 is stored under ``phq9`` (one history) with ``extra["form"]``
set to ``phq8``. Results are never a diagnosis: wording for people lives in the UI.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from hj_journal.core.checkin.instruments.scoring import (
    DECLINED,
    Answer,
    AnswerError,
    Instrument,
    InstrumentLibrary,
    Score,
    UnknownInstrumentError,
    builtin_instruments,
    check_answers,
    decode_answers,
    encode_answers,
)
from hj_journal.core.checkin.prefs import CheckInSettings
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.core.events import Events, ResponseDeleted, ResponseSaved
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import InstrumentResponse
from hj_journal.store.vault import Vault

MAX_NOTE = 20_000
PREFERRED_ORDER = ("who5", "pss10", "gad7", "phq9")
"""The list starts with well-being and ends with the questionnaire that asks most."""

Difficulty = int | str | None
"""The difficulty answer: an option index, :data:`DECLINED`, or None (skipped)."""


@dataclass(frozen=True)
class ResponseInput:
    """Answers as the person gave them, in item order (PHQ-9 always nine long).

    ``instrument_id`` may name a shorter form (``phq8``): its left-out items must be
    ``None`` because they were never asked.
    """

    instrument_id: str
    answers: Sequence[Answer]
    difficulty: Difficulty = None
    at: datetime | None = None
    session_id: int | None = None
    note: str = ""


@dataclass(frozen=True)
class AskedForm:
    """What to ask for one questionnaire, given the person's choices."""

    instrument: Instrument
    form_id: str
    """The id to save under: the instrument's, or a shorter form's (``phq8``)."""
    left_out: frozenset[str]
    """Item ids not asked (PHQ-8 mode, or a content-note category turned off)."""

    @property
    def asked_items(self) -> tuple[int, ...]:
        """Indexes (from 0) of the items to ask, in order."""
        return tuple(
            i for i, item in enumerate(self.instrument.items) if item.id not in self.left_out
        )


@dataclass(frozen=True)
class ResponseView:
    """A saved response and its result (scored by the version it was given under)."""

    id: int
    uuid: str
    at: datetime
    instrument_id: str
    version: int
    answers: tuple[Answer, ...]
    difficulty: Difficulty
    form_id: str
    score: Score
    note: str = ""
    session_id: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def value(self) -> int | None:
        """The number the bands are drawn on: the WHO-5 percentage, else the total."""
        return self.score.percentage if self.score.percentage is not None else self.score.total

    @property
    def declined(self) -> int:
        """How many answers were "prefer not to answer"."""
        return sum(1 for answer in self.answers if answer == DECLINED)


@dataclass(frozen=True)
class HistoryPoint:
    """One response with the change since the previous scored one of the same form."""

    response: ResponseView
    change: int | None
    """In the banded unit (WHO-5 percentage points, else total); None when not comparable."""
    meaningful: bool
    """True when the instrument names a meaningful change and this one reaches it."""


class Questionnaires:
    """Questionnaire responses in one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        prefs: CheckInSettings,
        *,
        library: InstrumentLibrary | None = None,
        clock: Callable[[], datetime] = utcnow,
        events: Events | None = None,
        language: str | None = None,
    ) -> None:
        self._vault = vault
        self._prefs = prefs
        self._language = language
        self._library = library if library is not None else builtin_instruments(language)
        self._clock = clock
        self._events = events if events is not None else Events()

    @property
    def library(self) -> InstrumentLibrary:
        """The loaded instruments."""
        return self._library

    def language_note(self, instrument_id: str) -> str:
        """What to say when this questionnaire appears in English in another language's
        app (no published translation could be carried); empty when it does not."""
        instrument = self._library.get(instrument_id)
        return instrument.language_note if instrument.shown_in_english(self._language) else ""

    # ------------------------------------------------------------------ what to ask

    def instruments(self, *, include_hidden: bool = False) -> list[Instrument]:
        """Current instruments in a calm order; hidden ones (and whose opening
        content-note category is turned off) only when ``include_hidden``."""
        ordered = sorted(
            self._library,
            key=lambda i: (
                PREFERRED_ORDER.index(i.id) if i.id in PREFERRED_ORDER else len(PREFERRED_ORDER),
                i.id,
            ),
        )
        if include_hidden:
            return ordered
        prefs = self._prefs.load()
        return [
            i
            for i in ordered
            if i.id not in prefs.hidden_instruments
            and (i.content_note is None or i.content_note.category not in prefs.content_notes_off)
        ]

    def form(self, instrument_id: str) -> AskedForm:
        """What to ask: PHQ-8 mode and turned-off content-note categories leave items out."""
        instrument = self._instrument(instrument_id)
        prefs = self._prefs.load()
        left_out = {
            item.id
            for item in instrument.items
            if item.content_note is not None
            and item.content_note.category in prefs.content_notes_off
        }
        phq8 = instrument.variant("phq8")
        if prefs.phq8_mode and phq8 is not None:
            left_out |= phq8.leave_out
        chosen = instrument.variant(instrument_id)
        if chosen is not None:
            left_out |= chosen.leave_out
        form_id = next(
            (v.id for v in instrument.variants if left_out and v.leave_out == left_out),
            instrument.id,
        )
        return AskedForm(instrument=instrument, form_id=form_id, left_out=frozenset(left_out))

    # ------------------------------------------------------------------ saving

    def save(self, data: ResponseInput) -> ResponseView:
        """Save a response exactly as given. Raises :class:`InputError` for answers that
        cannot belong to the questionnaire (wrong count, value or type)."""
        instrument = self._instrument(data.instrument_id)
        try:
            answers = check_answers(instrument, data.answers)
        except AnswerError as error:
            raise InputError(f"{error}.") from None
        form = instrument.variant(data.instrument_id)
        if form is not None:
            for item, answer in zip(instrument.items, answers, strict=True):
                if item.id in form.leave_out and answer is not None:
                    raise InputError(
                        translate(
                            "CheckinQuestionnaires",
                            "{short_name} does not ask item {id}; leave it empty.",
                        ).format(short_name=form.short_name, id=item.id)
                    )
        extra: dict[str, Any] = {}
        if form is not None:
            extra["form"] = form.id
        if instrument.difficulty is not None:
            extra["difficulty"] = _check_difficulty(instrument, data.difficulty)
        elif data.difficulty is not None:
            raise InputError(
                translate(
                    "CheckinQuestionnaires",
                    "{short_name} has no difficulty question.",
                ).format(short_name=instrument.short_name)
            )
        if len(data.note) > MAX_NOTE:
            raise InputError(
                translate(
                    "CheckinQuestionnaires",
                    "The note is too long to save.",
                )
            )
        result = self._library.score(data.instrument_id, answers)
        with self._vault.transaction() as session:
            row = InstrumentResponse(
                at=data.at or self._clock(),
                instrument_id=instrument.id,
                instrument_version=instrument.version,
                answers=encode_answers(answers),
                extra=extra,
                total=result.total,
                band=result.band,
                flags=sorted(result.flags),
                scored=result.scored,
                session_id=data.session_id,
                note=data.note,
            )
            session.add(row)
            session.flush()
            saved = self._view(row)
        self._events.emit(ResponseSaved(saved.id))
        return saved

    def delete(self, response_id: int) -> None:
        """Delete one response."""
        with self._vault.transaction() as session:
            row = session.get(InstrumentResponse, response_id)
            if row is None:
                return
            session.delete(row)
        self._events.emit(ResponseDeleted(response_id))

    # ------------------------------------------------------------------ reading

    def get(self, response_id: int) -> ResponseView:
        """One response."""
        with self._vault.session() as session:
            row = session.get(InstrumentResponse, response_id)
            if row is None:
                raise NotFoundError(
                    translate(
                        "CheckinQuestionnaires",
                        "That questionnaire response no longer exists.",
                    )
                )
            return self._view(row)

    def rescore(self, response_id: int) -> Score:
        """Score a stored response again by the instrument version it was given under.

        Raises :class:`UnknownInstrumentError` when that version is not loaded.
        """
        with self._vault.session() as session:
            row = session.get(InstrumentResponse, response_id)
            if row is None:
                raise NotFoundError(
                    translate(
                        "CheckinQuestionnaires",
                        "That questionnaire response no longer exists.",
                    )
                )
            return self._library.score(
                _form_id(row), decode_answers(row.answers), version=row.instrument_version
            )

    def responses(self, instrument_id: str, *, limit: int | None = None) -> list[ResponseView]:
        """Responses to one questionnaire (PHQ-8 ones included with PHQ-9), newest first."""
        parent = self._instrument(instrument_id).id
        query = (
            select(InstrumentResponse)
            .where(InstrumentResponse.instrument_id == parent)
            .order_by(InstrumentResponse.at.desc(), InstrumentResponse.id.desc())
        )
        if limit is not None:
            query = query.limit(limit)
        with self._vault.session() as session:
            return [self._view(row) for row in session.scalars(query)]

    def in_sessions(self, session_ids: Collection[int]) -> list[ResponseView]:
        """The responses given in these practice sessions, oldest first, in one read
        (a client's page reads all of their sessions' responses at once)."""
        if not session_ids:
            return []
        query = (
            select(InstrumentResponse)
            .where(InstrumentResponse.session_id.in_(list(session_ids)))
            .order_by(InstrumentResponse.at, InstrumentResponse.id)
        )
        with self._vault.session() as session:
            return [self._view(row) for row in session.scalars(query)]

    def latest(self, instrument_id: str) -> ResponseView | None:
        """The newest response to one questionnaire, if any."""
        found = self.responses(instrument_id, limit=1)
        return found[0] if found else None

    def history(self, instrument_id: str) -> list[HistoryPoint]:
        """Responses newest first, each with the change since the previous comparable one.

        Only scored responses of the same form are compared (a PHQ-8 total is not set
        against a PHQ-9 one); a change that reaches the instrument's meaningful change
        (WHO-5: 10 percentage points) is marked.
        """
        instrument = self._instrument(instrument_id)
        threshold = instrument.scoring.meaningful_change
        oldest_first = list(reversed(self.responses(instrument_id)))
        last_value: dict[str, int] = {}
        points: list[HistoryPoint] = []
        for response in oldest_first:
            value = response.value
            change: int | None = None
            form = response.score.instrument_id
            if value is not None and response.score.scored:
                before = last_value.get(form)
                change = None if before is None else value - before
                last_value[form] = value
            meaningful = change is not None and threshold is not None and abs(change) >= threshold
            points.append(HistoryPoint(response, change, meaningful))
        points.reverse()
        return points

    # ------------------------------------------------------------------ helpers

    def _instrument(self, instrument_id: str) -> Instrument:
        try:
            return self._library.get(instrument_id)
        except UnknownInstrumentError:
            raise InputError(
                translate(
                    "CheckinQuestionnaires",
                    "There is no questionnaire called {instrument_id}.",
                ).format(instrument_id=repr(instrument_id))
            ) from None

    def _view(self, row: InstrumentResponse) -> ResponseView:
        answers = decode_answers(row.answers)
        extra = dict(row.extra or {})
        try:
            result = self._library.score(_form_id(row), answers, version=row.instrument_version)
        except (UnknownInstrumentError, AnswerError):
            # That version is not loaded here: show the result stored with it.
            result = _stored_score(row)
        return ResponseView(
            id=row.id,
            uuid=row.uuid,
            at=row.at,
            instrument_id=row.instrument_id,
            version=row.instrument_version,
            answers=tuple(answers),
            difficulty=extra.get("difficulty"),
            form_id=_form_id(row),
            score=result,
            note=row.note,
            session_id=row.session_id,
            extra=extra,
        )


def _form_id(row: InstrumentResponse) -> str:
    form = (row.extra or {}).get("form")
    return form if isinstance(form, str) and form else row.instrument_id


def _stored_score(row: InstrumentResponse) -> Score:
    answers = row.answers if isinstance(row.answers, list) else []
    return Score(
        instrument_id=_form_id(row),
        total=row.total,
        band=row.band,
        band_label=None,
        flags=frozenset(str(f) for f in row.flags or ()),
        scored=bool(row.scored),
        skipped=sum(1 for a in answers if a is None or a == DECLINED),
        percentage=None,
        version=row.instrument_version,
    )


def _check_difficulty(instrument: Instrument, value: object) -> Difficulty:
    assert instrument.difficulty is not None
    if value is None or value == DECLINED:
        return value
    count = len(instrument.difficulty.options)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value < count:
        raise InputError(
            translate(
                "CheckinQuestionnaires",
                "The difficulty answer is a number from 0 to {value}, or left empty.",
            ).format(value=count - 1)
        )
    return value
