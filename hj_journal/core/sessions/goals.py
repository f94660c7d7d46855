"""A client's care goals, in the client's own words, and the sessions that worked on them.

- A goal is the client's own sentence, kept as they said it (only surrounding space is
  trimmed), with an optional date to look at it again together (``review_on``).
- Open goals keep the order the client and practitioner gave them (``position``); a
  closed goal stays in the record with its history and can be reopened.
- A session records which goals it worked on and, if the client wants to rate it, how far
  along they feel with each (0–10). Rating is always optional, and only what the
  client's consent for that session allows (:data:`~hj_journal.core.sessions.consent.GOALS`)
  is recorded, while the session is open.
- A review is **due** once its date has come (today or earlier) and the goal is open; the
  words for it are neutral ("Review due"), never a judgement about time.

Every change is announced as :class:`~hj_journal.core.events.CareGoalsChanged` once it
is kept. Deleting a client or a session deletes its goals or its links to them (the
database cascades, docs/architecture.md, Data model).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.core.events import CareGoalsChanged, Events
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.consent import ConsentRecord
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import CareGoal, Client, PracticeSession, SessionGoal
from hj_journal.store.vault import Vault

MAX_WORDS = 2_000
PROGRESS_LOW, PROGRESS_HIGH = 0, 10


@dataclass(frozen=True)
class GoalInput:
    """A goal as written with the client: their words and an optional review date."""

    words: str
    review_on: date | None = None


@dataclass(frozen=True)
class GoalView:
    """A saved goal."""

    id: int
    uuid: str
    client_id: int
    words: str
    review_on: date | None
    position: int
    created_at: datetime
    closed_at: datetime | None

    @property
    def is_open(self) -> bool:
        """True until the goal is closed."""
        return self.closed_at is None

    def review_due(self, today: date) -> bool:
        """Whether its review date has come (an open goal with a date today or earlier)."""
        return self.is_open and self.review_on is not None and self.review_on <= today


@dataclass(frozen=True)
class SessionGoalView:
    """One goal a session worked on, with the progress rating if one was given."""

    session_id: int
    goal_id: int
    words: str
    progress: int | None
    session_started_at: datetime


def _view(row: CareGoal) -> GoalView:
    return GoalView(
        id=row.id,
        uuid=row.uuid,
        client_id=row.client_id,
        words=row.words,
        review_on=row.review_on,
        position=row.position,
        created_at=row.created_at,
        closed_at=row.closed_at,
    )


def _clean(data: GoalInput) -> GoalInput:
    words = data.words.strip()
    if not words:
        raise InputError(
            translate(
                "SessionsGoals",
                "Write the goal in the client's own words first.",
            )
        )
    if len(words) > MAX_WORDS:
        raise InputError(
            translate(
                "SessionsGoals",
                "That goal is too long to save. A sentence or two is plenty.",
            )
        )
    return GoalInput(words, data.review_on)


def _check_progress(progress: int | None) -> None:
    if progress is None:
        return
    if isinstance(progress, bool) or not PROGRESS_LOW <= progress <= PROGRESS_HIGH:
        raise InputError(
            translate(
                "SessionsGoals",
                "Progress is a number from 0 to 10, or left empty.",
            )
        )


def _ordered(query_rows: Sequence[CareGoal]) -> list[CareGoal]:
    """Open goals in their order, then closed ones, most recently closed first."""
    open_rows = sorted((r for r in query_rows if r.closed_at is None), key=_open_key)
    closed = sorted((r for r in query_rows if r.closed_at is not None), key=_closed_key)
    return [*open_rows, *reversed(closed)]


def _open_key(row: CareGoal) -> tuple[int, int]:
    return (row.position, row.id)


def _closed_key(row: CareGoal) -> tuple[datetime, int]:
    assert row.closed_at is not None
    return (row.closed_at, row.id)


class CareGoals:
    """The care goals of the clients in one unlocked practice vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        events: Events | None = None,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._vault = vault
        self._events = events if events is not None else Events()
        self._zone = zone
        self._clock = clock

    def today(self) -> date:
        """Today's date where the practitioner is (reviews fall due by it)."""
        return self._clock().astimezone(self._zone).date()

    # ------------------------------------------------------------------ reading

    def goals(self, client_id: int, *, include_closed: bool = True) -> list[GoalView]:
        """A client's goals: open ones in their order, then closed ones (newest first)."""
        query = select(CareGoal).where(CareGoal.client_id == client_id)
        if not include_closed:
            query = query.where(CareGoal.closed_at.is_(None))
        with self._vault.session() as session:
            return [_view(row) for row in _ordered(list(session.scalars(query)))]

    def get(self, goal_id: int) -> GoalView:
        """One goal."""
        with self._vault.session() as session:
            return _view(_goal(session, goal_id))

    def reviews_due(self, today: date | None = None) -> dict[int, int]:
        """For each client with reviews due, how many of their open goals are due."""
        day = today or self.today()
        query = (
            select(CareGoal.client_id, func.count(CareGoal.id))
            .where(
                CareGoal.closed_at.is_(None),
                CareGoal.review_on.is_not(None),
                CareGoal.review_on <= day,
            )
            .group_by(CareGoal.client_id)
        )
        with self._vault.session() as session:
            return {int(client): int(count) for client, count in session.execute(query)}

    # ------------------------------------------------------------------ changing

    def add(self, client_id: int, data: GoalInput) -> GoalView:
        """Add a goal after the client's other open goals."""
        data = _clean(data)
        with self._vault.transaction() as session:
            if session.get(Client, client_id) is None:
                raise NotFoundError(
                    translate(
                        "SessionsGoals",
                        "That client is no longer here.",
                    )
                )
            last = session.scalar(
                select(func.max(CareGoal.position)).where(
                    CareGoal.client_id == client_id, CareGoal.closed_at.is_(None)
                )
            )
            row = CareGoal(
                client_id=client_id,
                words=data.words,
                review_on=data.review_on,
                position=(last + 1) if last is not None else 0,
                created_at=self._clock(),
            )
            session.add(row)
            session.flush()
            saved = _view(row)
        self._events.emit(CareGoalsChanged(client_id))
        return saved

    def update(self, goal_id: int, data: GoalInput) -> GoalView:
        """Change a goal's words or its review date (None: no review date)."""
        data = _clean(data)
        with self._vault.transaction() as session:
            row = _goal(session, goal_id)
            row.words, row.review_on = data.words, data.review_on
            saved = _view(row)
        self._events.emit(CareGoalsChanged(saved.client_id))
        return saved

    def move(self, goal_id: int, offset: int) -> list[GoalView]:
        """Move an open goal ``offset`` places up (negative) or down among the open ones.

        Returns the client's goals in their new order. Moving past either end stops there.
        """
        with self._vault.session() as session:
            row = _goal(session, goal_id)
            if row.closed_at is not None:
                raise InputError(
                    translate(
                        "SessionsGoals",
                        "Reopen this goal to change its place.",
                    )
                )
            client_id = row.client_id
        order = [goal.id for goal in self.goals(client_id, include_closed=False)]
        index = order.index(goal_id)
        target = max(0, min(len(order) - 1, index + offset))
        order.insert(target, order.pop(index))
        return self.reorder(client_id, order)

    def reorder(self, client_id: int, goal_ids: Sequence[int]) -> list[GoalView]:
        """Put a client's open goals in this order (every open goal, each once)."""
        with self._vault.transaction() as session:
            rows = {
                row.id: row
                for row in session.scalars(
                    select(CareGoal).where(
                        CareGoal.client_id == client_id, CareGoal.closed_at.is_(None)
                    )
                )
            }
            if sorted(goal_ids) != sorted(rows) or len(set(goal_ids)) != len(goal_ids):
                raise InputError(
                    translate(
                        "SessionsGoals",
                        "The goals have changed meanwhile. Look at them again.",
                    )
                )
            for position, goal_id in enumerate(goal_ids):
                rows[goal_id].position = position
        self._events.emit(CareGoalsChanged(client_id))
        return self.goals(client_id)

    def close(self, goal_id: int) -> GoalView:
        """Close a goal: it stays in the record with its history and can be reopened."""
        with self._vault.transaction() as session:
            row = _goal(session, goal_id)
            if row.closed_at is None:
                row.closed_at = self._clock()
            saved = _view(row)
        self._events.emit(CareGoalsChanged(saved.client_id))
        return saved

    def reopen(self, goal_id: int) -> GoalView:
        """Open a closed goal again, after the client's other open goals."""
        with self._vault.transaction() as session:
            row = _goal(session, goal_id)
            if row.closed_at is not None:
                last = session.scalar(
                    select(func.max(CareGoal.position)).where(
                        CareGoal.client_id == row.client_id, CareGoal.closed_at.is_(None)
                    )
                )
                row.closed_at = None
                row.position = (last + 1) if last is not None else 0
            saved = _view(row)
        self._events.emit(CareGoalsChanged(saved.client_id))
        return saved

    # ------------------------------------------------------------------ sessions

    def session_goals(self, session_id: int) -> list[SessionGoalView]:
        """The goals a session worked on, in the client's order of goals."""
        query = (
            select(SessionGoal, CareGoal, PracticeSession.started_at)
            .join(CareGoal, CareGoal.id == SessionGoal.goal_id)
            .join(PracticeSession, PracticeSession.id == SessionGoal.session_id)
            .where(SessionGoal.session_id == session_id)
            .order_by(CareGoal.position, CareGoal.id)
        )
        with self._vault.session() as session:
            return [
                SessionGoalView(link.session_id, goal.id, goal.words, link.progress, started)
                for link, goal, started in session.execute(query)
            ]

    def history(self, client_id: int) -> dict[int, list[SessionGoalView]]:
        """For each of a client's goals, the sessions that worked on it, oldest first."""
        query = (
            select(SessionGoal, CareGoal, PracticeSession.started_at)
            .join(CareGoal, CareGoal.id == SessionGoal.goal_id)
            .join(PracticeSession, PracticeSession.id == SessionGoal.session_id)
            .where(CareGoal.client_id == client_id)
            .order_by(PracticeSession.started_at, PracticeSession.id)
        )
        found: dict[int, list[SessionGoalView]] = {}
        with self._vault.session() as session:
            for link, goal, started in session.execute(query):
                found.setdefault(goal.id, []).append(
                    SessionGoalView(link.session_id, goal.id, goal.words, link.progress, started)
                )
        return found

    def record(
        self, session_id: int, goal_id: int, *, worked_on: bool, progress: int | None = None
    ) -> SessionGoalView | None:
        """Record that a session worked on a goal (with an optional rating), or not.

        ``worked_on=False`` removes the link (and its rating). Returns the link, or None
        when there is none. Only while the session is open, and only with the client's
        consent to goals being recorded.
        """
        _check_progress(progress)
        with self._vault.transaction() as session:
            sitting = session.get(PracticeSession, session_id)
            if sitting is None:
                raise NotFoundError(
                    translate(
                        "SessionsGoals",
                        "That session is no longer here.",
                    )
                )
            if sitting.ended_at is not None:
                raise InputError(
                    translate(
                        "SessionsGoals",
                        "This session has ended.",
                    )
                )
            consent = ConsentRecord.from_json(sitting.consent)
            if consent is None:
                raise InputError(
                    translate(
                        "SessionsGoals",
                        "Ask for the client's consent before recording anything.",
                    )
                )
            if not consent.allows(c.GOALS):
                raise InputError(
                    translate(
                        "SessionsGoals",
                        "Recording goals was not part of the client's consent.",
                    )
                )
            goal = _goal(session, goal_id)
            if goal.client_id != sitting.client_id:
                raise InputError(
                    translate(
                        "SessionsGoals",
                        "That goal belongs to another client.",
                    )
                )
            link = session.scalars(
                select(SessionGoal).where(
                    SessionGoal.session_id == session_id, SessionGoal.goal_id == goal_id
                )
            ).first()
            result: SessionGoalView | None = None
            if not worked_on:
                if link is not None:
                    session.delete(link)
            else:
                if goal.closed_at is not None:
                    raise InputError(
                        translate(
                            "SessionsGoals",
                            "This goal is closed. Reopen it to work on it again.",
                        )
                    )
                if link is None:
                    link = SessionGoal(session_id=session_id, goal_id=goal_id)
                    session.add(link)
                link.progress = progress
                result = SessionGoalView(
                    session_id, goal_id, goal.words, progress, sitting.started_at
                )
            client_id = sitting.client_id
        self._events.emit(CareGoalsChanged(client_id, session_id))
        return result


def _goal(session: Session, goal_id: int) -> CareGoal:
    row = session.get(CareGoal, goal_id)
    if row is None:
        raise NotFoundError(
            translate(
                "SessionsGoals",
                "That goal is no longer here.",
            )
        )
    return row


__all__ = [
    "MAX_WORDS",
    "CareGoals",
    "GoalInput",
    "GoalView",
    "SessionGoalView",
]
