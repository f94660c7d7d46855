"""Measurement-based care for the practitioner: one client's results across sessions.

For one client, as series over their sessions (each point linked to its session):

- the PHQ-9, PHQ-8, GAD-7, WHO-5 and PSS-10 results given in sessions, each form on its
  own (a PHQ-8 total is never set against a PHQ-9 one), scored by the version it was
  given under, with the questionnaire's bands for the chart's shaded areas;
- distress on arriving and on leaving (0–10), with no bands;
- the change from the first to the latest result, in plain words with the published
  thresholds where a form has them (:mod:`hj_journal.core.sessions.change_words`).

A session with several responses of one form counts its latest scored one.

**PHQ-9 question 9.** Any answer above "Not at all" in a session is listed
(:attr:`ClientMeasures.item9`), for the practitioner only, so it is never missed. It is
not part of :class:`~hj_journal.core.sessions.summary.SessionSummary`, and nothing here
is meant for the client's screen, summary or PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from hj_journal.core.checkin.questionnaires import Questionnaires, ResponseView
from hj_journal.core.sessions import change_words as words
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION
from hj_journal.store.models import CheckIn, PracticeSession
from hj_journal.store.vault import Vault

ORDER = ("phq9", "phq8", "gad7", "who5", "pss10")
"""The questionnaires in the order the client's page shows them (others follow)."""
DISTRESS = "distress"
ITEM9 = "item9"
DISTRESS_LINES = (
    (PRE_SESSION, "arriving", "Distress on arriving"),
    (POST_SESSION, "leaving", "Distress on leaving"),
)


@dataclass(frozen=True)
class BandArea:
    """One band of a questionnaire (inclusive at both ends), for the chart's shading."""

    key: str
    label: str
    low: int
    high: int


@dataclass(frozen=True)
class MeasurePoint:
    """One session's result: ``value`` None when it was answered but not scored."""

    session_id: int
    at: datetime  # when the session started
    value: int | None
    band_label: str | None = None


@dataclass(frozen=True)
class MeasureLine:
    """One line of a chart: a questionnaire form, or distress on arriving or leaving."""

    key: str
    name: str
    points: tuple[MeasurePoint, ...]
    change: words.Change | None  # None with fewer than two scored results
    sentences: tuple[str, ...]

    @property
    def scored(self) -> tuple[MeasurePoint, ...]:
        """The points with a value, oldest first."""
        return tuple(point for point in self.points if point.value is not None)


@dataclass(frozen=True)
class Measure:
    """One chart: its scale, its bands (if any) and its lines."""

    key: str
    name: str
    unit: str  # "total", "percentage" (WHO-5) or "rating" (distress)
    low: int
    high: int
    bands: tuple[BandArea, ...]
    bands_informal: bool
    lines: tuple[MeasureLine, ...]
    note: str = ""  # for reference: the clinical cut-point, where there is one

    @property
    def sentences(self) -> tuple[str, ...]:
        """Everything said about this measure, line by line, then the note."""
        said = [sentence for line in self.lines for sentence in line.sentences]
        return (*said, self.note) if self.note else tuple(said)


@dataclass(frozen=True)
class Item9Flag:
    """A PHQ-9 question 9 answered above "Not at all" in a session (practitioner only)."""

    session_id: int
    session_started_at: datetime
    response_id: int
    answer: int
    answer_label: str


@dataclass(frozen=True)
class ClientMeasures:
    """Everything the client's page shows about change over time."""

    client_id: int
    sessions: int
    measures: tuple[Measure, ...]  # only those with at least one result
    item9: tuple[Item9Flag, ...]  # oldest first

    def flagged_sessions(self) -> frozenset[int]:
        """The sessions with a PHQ-9 question 9 answered above "Not at all"."""
        return frozenset(flag.session_id for flag in self.item9)

    def measure(self, key: str) -> Measure | None:
        """One measure by key (``phq9``, ``distress``…), if it has results."""
        return next((m for m in self.measures if m.key == key), None)


class Measures:
    """Change over time for the clients of one unlocked practice vault."""

    def __init__(self, vault: Vault, questionnaires: Questionnaires) -> None:
        self._vault = vault
        self._questionnaires = questionnaires

    def for_client(self, client_id: int) -> ClientMeasures:
        """The client's questionnaires and distress across sessions, and any item-9 flags."""
        with self._vault.session() as session:
            sittings = list(
                session.execute(
                    select(PracticeSession.id, PracticeSession.started_at)
                    .where(PracticeSession.client_id == client_id)
                    .order_by(PracticeSession.started_at, PracticeSession.id)
                )
            )
            ids = [sitting_id for sitting_id, _ in sittings]
            ratings = list(
                session.execute(
                    select(CheckIn.session_id, CheckIn.phase, CheckIn.distress)
                    .where(
                        CheckIn.session_id.in_(ids),
                        CheckIn.phase.in_((PRE_SESSION, POST_SESSION)),
                        CheckIn.distress.is_not(None),
                    )
                    .order_by(CheckIn.at, CheckIn.id)
                )
            )
        started = dict(sittings)
        index = {sitting_id: i for i, sitting_id in enumerate(ids)}
        responses = self._questionnaires.in_sessions(ids)
        measures = self._questionnaire_measures(responses, started, index)
        distress = _distress_measure(ratings, started, index)
        if distress is not None:
            measures.append(distress)
        return ClientMeasures(
            client_id=client_id,
            sessions=len(ids),
            measures=tuple(measures),
            item9=tuple(self._item9(responses, started)),
        )

    def item9_for_session(self, session_id: int) -> tuple[Item9Flag, ...]:
        """A session's PHQ-9 question 9 answers above "Not at all" (practitioner only)."""
        with self._vault.session() as session:
            started = session.scalar(
                select(PracticeSession.started_at).where(PracticeSession.id == session_id)
            )
        if started is None:
            return ()
        responses = self._questionnaires.in_sessions([session_id])
        return tuple(self._item9(responses, {session_id: started}))

    # ------------------------------------------------------------------ questionnaires

    def _questionnaire_measures(
        self,
        responses: Sequence[ResponseView],
        started: dict[int, datetime],
        index: dict[int, int],
    ) -> list[Measure]:
        # Per form, per session: the latest scored response (else the latest at all).
        chosen: dict[str, dict[int, ResponseView]] = {}
        not_scored: dict[str, int] = {}
        for response in responses:  # oldest first
            if response.session_id is None:
                continue
            form = response.score.instrument_id
            kept = chosen.setdefault(form, {})
            earlier = kept.get(response.session_id)
            if not response.score.scored:
                not_scored[form] = not_scored.get(form, 0) + 1
                if earlier is not None and earlier.score.scored:
                    continue
            kept[response.session_id] = response
        library = self._questionnaires.library
        measures = []
        for form in sorted(chosen, key=_form_order):
            try:
                instrument = library.get(form)
            except LookupError:
                continue  # a questionnaire no longer loaded here has no scale to draw
            variant = instrument.variant(form)
            bands = variant.bands if variant is not None else instrument.bands
            low, high = instrument.banded_range(
                variant.leave_out if variant is not None else frozenset()
            )
            name = variant.short_name if variant is not None else instrument.short_name
            unit = words.PERCENTAGE if instrument.scoring.rule == "sum_times_4" else "total"
            rules = words.RULES.get(form, words.NUMBERS_ONLY)
            points = tuple(
                MeasurePoint(
                    session_id=session_id,
                    at=started[session_id],
                    value=response.value if response.score.scored else None,
                    band_label=response.score.band_label,
                )
                for session_id, response in sorted(
                    chosen[form].items(), key=lambda item: index[item[0]]
                )
            )
            line = _line(form, name, points, rules, unit, index)
            if not_scored.get(form):
                line = MeasureLine(
                    line.key,
                    line.name,
                    line.points,
                    line.change,
                    (*line.sentences, words.not_scored_sentence(not_scored[form])),
                )
            measures.append(
                Measure(
                    key=form,
                    name=name,
                    unit=unit,
                    low=low,
                    high=high,
                    bands=tuple(BandArea(b.key, b.label, b.min, b.max) for b in bands),
                    bands_informal=instrument.scoring.bands_informal,
                    lines=(line,),
                    note=words.cut_point_note(name, rules),
                )
            )
        return measures

    def _item9(
        self, responses: Sequence[ResponseView], started: dict[int, datetime]
    ) -> list[Item9Flag]:
        flags = []
        library = self._questionnaires.library
        for response in responses:
            if response.session_id is None or ITEM9 not in response.score.flags:
                continue
            try:
                instrument = library.get(response.instrument_id, version=response.version)
            except LookupError:
                instrument = library.get(response.instrument_id)
            flag = next((f for f in instrument.flags if f.key == ITEM9), None)
            positions = [
                i
                for i, item in enumerate(instrument.items)
                if flag is not None and item.id in flag.items
            ]
            given = [
                answer
                for i in positions
                if i < len(response.answers) and isinstance(answer := response.answers[i], int)
            ]
            if not given:
                continue
            answer = max(given)
            labels = {option.value: option.label for option in instrument.options}
            flags.append(
                Item9Flag(
                    session_id=response.session_id,
                    session_started_at=started[response.session_id],
                    response_id=response.id,
                    answer=answer,
                    answer_label=labels.get(answer, str(answer)),
                )
            )
        return flags


def _form_order(form: str) -> tuple[int, str]:
    return (ORDER.index(form) if form in ORDER else len(ORDER), form)


def _line(
    key: str,
    name: str,
    points: tuple[MeasurePoint, ...],
    rules: words.ChangeRules,
    unit: str,
    index: dict[int, int],
) -> MeasureLine:
    """A line with its change from the first to the latest scored result, in words."""
    scored = [(p, p.value) for p in points if p.value is not None]
    if not scored:
        return MeasureLine(key, name, points, None, ())
    (first, first_value), (latest, latest_value) = scored[0], scored[-1]
    if len(scored) == 1:
        sentence = words.single_sentence(
            name, rules, first_value, unit=unit, band=first.band_label
        )
        return MeasureLine(key, name, points, None, (sentence,))
    spanned = index[latest.session_id] - index[first.session_id] + 1
    change = words.reading(rules, first_value, latest_value, spanned)
    sentences = words.change_sentences(
        name,
        rules,
        change,
        unit=unit,
        first_band=first.band_label,
        latest_band=latest.band_label,
    )
    return MeasureLine(key, name, points, change, sentences)


def _distress_measure(
    ratings: Sequence[tuple[int | None, str | None, int | None]],
    started: dict[int, datetime],
    index: dict[int, int],
) -> Measure | None:
    # A session's second check-in at one end replaces the first; keep the latest anyway.
    by_phase: dict[str, dict[int, int]] = {}
    for session_id, phase, distress in ratings:
        if session_id is not None and phase is not None and distress is not None:
            by_phase.setdefault(str(phase), {})[session_id] = distress
    lines = []
    for phase, key, name in DISTRESS_LINES:
        values = by_phase.get(phase, {})
        if not values:
            continue
        points = tuple(
            MeasurePoint(session_id=s, at=started[s], value=v)
            for s, v in sorted(values.items(), key=lambda item: index[item[0]])
        )
        lines.append(_line(key, name, points, words.NUMBERS_ONLY, "rating", index))
    if not lines:
        return None
    return Measure(
        key=DISTRESS,
        name="Distress",
        unit="rating",
        low=0,
        high=10,
        bands=(),
        bands_informal=False,
        lines=tuple(lines),
    )


__all__ = [
    "DISTRESS",
    "ORDER",
    "BandArea",
    "ClientMeasures",
    "Item9Flag",
    "Measure",
    "MeasureLine",
    "MeasurePoint",
    "Measures",
]
