"""Stress check-ins: a ten-second distress rating that can be richer when wanted.

Every field is optional (docs/care.md, requirement 1). Ranges: distress 0–10 (SUDS), mood
valence −3…+3, energy 0–4.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import and_, or_, select

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.core.events import CheckInDeleted, CheckInSaved, Events
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import CheckIn
from hj_journal.store.vault import Vault

MAX_NOTE = 100_000
RANGES = {"distress": (0, 10), "mood": (-3, 3), "energy": (0, 4)}


@dataclass(frozen=True)
class CheckInInput:
    """A check-in as the user gave it."""

    distress: int | None = None
    mood: int | None = None
    energy: int | None = None
    emotions: Sequence[str] = ()
    body_sensations: Sequence[str] = ()
    context_tags: Sequence[str] = ()
    note: str = ""
    phase: str | None = None
    practice_id: int | None = None
    session_id: int | None = None
    at: datetime | None = None


@dataclass(frozen=True)
class CheckInView:
    """A saved check-in."""

    id: int
    uuid: str
    at: datetime
    distress: int | None
    mood: int | None
    energy: int | None
    emotions: tuple[str, ...] = ()
    body_sensations: tuple[str, ...] = ()
    context_tags: tuple[str, ...] = ()
    note: str = ""
    phase: str | None = None
    practice_id: int | None = None
    session_id: int | None = None
    extra: dict[str, object] = field(default_factory=dict)


def _words(values: Sequence[str]) -> list[str]:
    seen: dict[str, str] = {}
    for value in values:
        word = " ".join(str(value).split())
        if word:
            seen.setdefault(word.casefold(), word)
    return list(seen.values())


def validate(data: CheckInInput) -> None:
    """Raise :class:`InputError` for a value outside its range."""
    for name, (low, high) in RANGES.items():
        value = getattr(data, name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise InputError(
                translate(
                    "CheckinCheckins",
                    "{name} is a whole number from {low} to {high}.",
                ).format(name=name.capitalize(), low=low, high=high)
            )
    if len(data.note) > MAX_NOTE:
        raise InputError(
            translate(
                "CheckinCheckins",
                "The note is too long to save.",
            )
        )


def _view(row: CheckIn) -> CheckInView:
    return CheckInView(
        id=row.id,
        uuid=row.uuid,
        at=row.at,
        distress=row.distress,
        mood=row.mood,
        energy=row.energy,
        emotions=tuple(row.emotions),
        body_sensations=tuple(row.body_sensations),
        context_tags=tuple(row.context_tags),
        note=row.note,
        phase=row.phase,
        practice_id=row.practice_id,
        session_id=row.session_id,
    )


class CheckIns:
    """Check-ins in one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        clock: Callable[[], datetime] = utcnow,
        events: Events | None = None,
    ) -> None:
        self._vault = vault
        self._clock = clock
        self._events = events if events is not None else Events()

    def add(self, data: CheckInInput) -> CheckInView:
        """Save a check-in (every field may be empty)."""
        validate(data)
        with self._vault.transaction() as session:
            row = CheckIn(
                at=data.at or self._clock(),
                distress=data.distress,
                mood=data.mood,
                energy=data.energy,
                emotions=_words(data.emotions),
                body_sensations=_words(data.body_sensations),
                context_tags=_words(data.context_tags),
                note=data.note,
                phase=data.phase,
                practice_id=data.practice_id,
                session_id=data.session_id,
            )
            session.add(row)
            session.flush()
            saved = _view(row)
        self._events.emit(CheckInSaved(saved.id))
        return saved

    def get(self, checkin_id: int) -> CheckInView:
        """One check-in."""
        with self._vault.session() as session:
            row = session.get(CheckIn, checkin_id)
            if row is None:
                raise NotFoundError(
                    translate(
                        "CheckinCheckins",
                        "That check-in no longer exists.",
                    )
                )
            return _view(row)

    def recent(
        self,
        *,
        limit: int = 50,
        since: datetime | None = None,
        until: datetime | None = None,
        after: CheckInView | None = None,
    ) -> list[CheckInView]:
        """Check-ins, newest first; ``after`` continues a list past that check-in."""
        query = select(CheckIn).order_by(CheckIn.at.desc(), CheckIn.id.desc()).limit(limit)
        if since is not None:
            query = query.where(CheckIn.at >= since)
        if until is not None:
            query = query.where(CheckIn.at < until)
        if after is not None:
            # Same moment, smaller id: two check-ins saved in one instant both appear.
            query = query.where(
                or_(CheckIn.at < after.at, and_(CheckIn.at == after.at, CheckIn.id < after.id))
            )
        with self._vault.session() as session:
            return [_view(row) for row in session.scalars(query)]

    def delete(self, checkin_id: int) -> None:
        """Delete one check-in."""
        with self._vault.transaction() as session:
            row = session.get(CheckIn, checkin_id)
            if row is None:
                return
            session.delete(row)
        self._events.emit(CheckInDeleted(checkin_id))
