"""The practice home: today's and recent sessions, and the clients still owed a summary.

A practice vault opens here instead of on a personal "Today". Everything is read from
what :mod:`hj_journal.core.sessions.service` records, plus one remembered fact: which sessions'
summaries were saved as a PDF (the copy a client takes away). Summaries are shown on
screen at the end of every session, so "shown" tells nothing apart; "saved" does.

A client **needs a summary** when one of their sessions of the last
:data:`SUMMARY_DAYS` days ended without its summary being saved. Older sessions drop
off the list on their own, so it never grows into a backlog. A session still open is
reported on its own (:attr:`PracticeHomeView.running`): its summary is made when it
ends, and while it is open the home shows nothing about any other client.

Sessions whose notes are not signed a day after they began are **notes to finish**
(:func:`hj_journal.core.sessions.signing.notes_to_finish`): listed plainly, newest first,
for whenever the practitioner has time.

No private notes are read here, and nothing from a personal journal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy import or_, select

from hj_journal.core.sessions.signing import NotesToFinish, notes_to_finish
from hj_journal.core.settings import VaultSettings
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import Client, PracticeSession
from hj_journal.store.vault import Vault

RECENT_DAYS = 14
"""Sessions of the last two weeks (before today) are listed as recent."""
RECENT_LIMIT = 12
SUMMARY_DAYS = 30
"""How far back a session without a saved summary is still brought up."""
NOTES_AFTER = timedelta(days=1)
"""Unsigned notes are listed to finish once their session began this long ago."""
NOTES_LIMIT = 50


@dataclass(frozen=True)
class SessionRow:
    """One session as the practice home lists it (no notes of any kind)."""

    session_id: int
    client_id: int
    pseudonym: str
    started_at: datetime
    ended_at: datetime | None
    summary_saved: bool

    @property
    def is_running(self) -> bool:
        """True until the session is ended."""
        return self.ended_at is None


@dataclass(frozen=True)
class SummaryDue:
    """A client with a recent session whose summary they do not have yet."""

    client_id: int
    pseudonym: str
    session_id: int  # the newest such session
    started_at: datetime
    sessions: int  # how many of their recent sessions are without a saved summary


@dataclass(frozen=True)
class PracticeHomeView:
    """Everything the practice home shows, read at once."""

    today: date
    running: SessionRow | None
    today_sessions: tuple[SessionRow, ...]
    recent: tuple[SessionRow, ...]
    needing_summary: tuple[SummaryDue, ...]
    clients: int  # clients not archived
    notes_to_finish: tuple[NotesToFinish, ...] = ()  # the newest NOTES_LIMIT of them
    notes_to_finish_total: int = 0


class PracticeHome:
    """Reads the practice home of one unlocked practice vault."""

    def __init__(
        self,
        vault: Vault,
        settings: VaultSettings,
        *,
        zone: tzinfo | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._vault = vault
        self._settings = settings
        self._zone = zone
        self._clock = clock

    def _local_day(self, moment: datetime) -> date:
        return moment.astimezone(self._zone).date()

    def view(self) -> PracticeHomeView:
        """Today's sessions, recent ones, and the clients who need a summary."""
        now = self._clock()
        today = self._local_day(now)
        saved = self._saved()
        since = now - timedelta(days=max(RECENT_DAYS, SUMMARY_DAYS) + 1)
        query = (
            select(PracticeSession, Client.pseudonym)
            .join(Client, Client.id == PracticeSession.client_id)
            .where(or_(PracticeSession.started_at >= since, PracticeSession.ended_at.is_(None)))
            .order_by(PracticeSession.started_at.desc(), PracticeSession.id.desc())
        )
        with self._vault.session() as session:
            rows = [
                SessionRow(
                    session_id=row.id,
                    client_id=row.client_id,
                    pseudonym=pseudonym,
                    started_at=row.started_at,
                    ended_at=row.ended_at,
                    summary_saved=row.uuid in saved,
                )
                for row, pseudonym in session.execute(query).all()
            ]
            clients = len(list(session.scalars(select(Client.id).where(~Client.archived))))
            to_finish, to_finish_total = notes_to_finish(
                session, before=now - NOTES_AFTER, limit=NOTES_LIMIT
            )
        running = next((row for row in rows if row.is_running), None)
        days_ago = {row.session_id: (today - self._local_day(row.started_at)).days for row in rows}
        todays = tuple(row for row in rows if days_ago[row.session_id] == 0)
        recent = tuple(row for row in rows if 0 < days_ago[row.session_id] <= RECENT_DAYS)[
            :RECENT_LIMIT
        ]
        return PracticeHomeView(
            today=today,
            running=running,
            today_sessions=todays,
            recent=recent,
            needing_summary=_summaries_due(rows, days_ago),
            clients=clients,
            notes_to_finish=to_finish,
            notes_to_finish_total=to_finish_total,
        )

    def mark_summary_saved(self, session_id: int) -> None:
        """Remember that this session's summary was saved (the client has their copy)."""
        with self._vault.session() as session:
            uuid = session.scalar(
                select(PracticeSession.uuid).where(PracticeSession.id == session_id)
            )
            existing = set(session.scalars(select(PracticeSession.uuid)))
        if uuid is None:
            return
        # Sessions deleted since are forgotten here too, so the list only ever names
        # sessions that still exist.
        self._settings.summaries_saved = (self._saved() & existing) | {uuid}

    def _saved(self) -> frozenset[str]:
        """The uuids of the sessions whose summary was saved as a PDF."""
        return self._settings.summaries_saved


def _summaries_due(rows: list[SessionRow], days_ago: dict[int, int]) -> tuple[SummaryDue, ...]:
    due: dict[int, list[SessionRow]] = {}
    for row in rows:  # newest first
        owed = not row.is_running and not row.summary_saved
        if owed and days_ago[row.session_id] <= SUMMARY_DAYS:
            due.setdefault(row.client_id, []).append(row)
    result = [
        SummaryDue(
            client_id=client_id,
            pseudonym=owed[0].pseudonym,
            session_id=owed[0].session_id,
            started_at=owed[0].started_at,
            sessions=len(owed),
        )
        for client_id, owed in due.items()
    ]
    result.sort(key=lambda item: item.started_at, reverse=True)
    return tuple(result)
