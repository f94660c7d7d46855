"""Hand-made practice data for the practice pages' tests (a plain module, not a conftest)."""

from __future__ import annotations

from datetime import datetime, timedelta

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION, ClientInput
from hj_journal.store.models import PracticeSession


def add_session(
    services: Services,
    pseudonym: str,
    started: datetime,
    *,
    ended: bool = True,
    arriving: int | None = None,
    leaving: int | None = None,
    practices: tuple[tuple[str, int | None, int | None], ...] = (),
) -> int:
    """A session with ``pseudonym`` (added if new) that started at ``started``; its id."""
    sessions = services.sessions
    client = next((x for x in sessions.clients() if x.pseudonym == pseudonym), None)
    client = client or sessions.add_client(ClientInput(pseudonym))
    view = sessions.start(client.id)
    sessions.give_consent(view.id, c.KEYS)
    if arriving is not None:
        sessions.record_checkin(view.id, PRE_SESSION, CheckInInput(distress=arriving))
    for key, before, after in practices:
        sessions.record_practice(
            view.id,
            PracticeInput(
                key,
                started_at=started,
                finished=True,
                distress_before=before,
                distress_after=after,
            ),
        )
    if leaving is not None:
        sessions.record_checkin(view.id, POST_SESSION, CheckInInput(distress=leaving))
    if ended:
        sessions.end(view.id)
    with services.vault.transaction() as session:
        row = session.get(PracticeSession, view.id)
        assert row is not None
        row.started_at = started
        row.ended_at = started + timedelta(minutes=50) if ended else None
    return view.id


def a_practice_week(services: Services, now: datetime) -> dict[str, int]:
    """Sessions today, this week and the weeks before, with ratings and practices."""
    ids = {
        "rae_today": add_session(
            services,
            "Rae",
            now - timedelta(hours=2),
            arriving=7,
            leaving=4,
            practices=(("box-breathing", 7, 5),),
        ),
        "oak_yesterday": add_session(
            services,
            "Oak",
            now - timedelta(days=1, hours=1),
            arriving=6,
            leaving=5,
            practices=(("box-breathing", 6, 3), ("grounding-5-4-3-2-1", 6, 6)),
        ),
        "ida_last_week": add_session(
            services,
            "Ida",
            now - timedelta(days=8),
            arriving=5,
            leaving=2,
            practices=(("box-breathing", 5, 4),),
        ),
        "rae_earlier": add_session(services, "Rae", now - timedelta(days=20)),
    }
    return ids
