"""The practice home: today's and recent sessions, and clients who need a summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.practice_home import PracticeHome
from hj_journal.core.sessions.service import ClientInput
from hj_journal.store.models import PracticeSession

NOW = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)


def home(services: Services) -> PracticeHome:
    return PracticeHome(services.vault, services.settings, zone=UTC, clock=lambda: NOW)


def add_session(
    services: Services, pseudonym: str, days_ago: float, *, ended: bool = True
) -> tuple[int, int]:
    """A session with ``pseudonym`` that started ``days_ago`` days before NOW."""
    sessions = services.sessions
    client = next((x for x in sessions.clients() if x.pseudonym == pseudonym), None)
    if client is None:
        client = sessions.add_client(ClientInput(pseudonym))
    view = sessions.start(client.id)
    sessions.give_consent(view.id, c.KEYS)
    if ended:
        sessions.end(view.id)
    started = NOW - timedelta(days=days_ago)
    with services.vault.transaction() as session:
        row = session.get(PracticeSession, view.id)
        assert row is not None
        row.started_at = started
        row.ended_at = started + timedelta(hours=1) if ended else None
    return client.id, view.id


def test_today_and_recent_sessions_newest_first(practice: Services) -> None:
    _, morning = add_session(practice, "Rae", 0.2)
    _, earlier = add_session(practice, "Oak", 0.25)
    _, last_week = add_session(practice, "Rae", 6)
    add_session(practice, "Ida", 40)  # long ago: neither today nor recent
    view = home(practice).view()
    assert view.today == NOW.date()
    assert [row.session_id for row in view.today_sessions] == [morning, earlier]
    assert [row.pseudonym for row in view.today_sessions] == ["Rae", "Oak"]
    assert [row.session_id for row in view.recent] == [last_week]
    assert view.running is None
    assert view.clients == 3


def test_clients_need_a_summary_until_it_is_saved_and_only_for_a_month(
    practice: Services,
) -> None:
    rae, rae_new = add_session(practice, "Rae", 1)
    add_session(practice, "Rae", 3)
    oak, oak_session = add_session(practice, "Oak", 2)
    add_session(practice, "Ida", 45)  # too long ago to bring up
    due = home(practice).view().needing_summary
    assert [(d.client_id, d.session_id, d.sessions) for d in due] == [
        (rae, rae_new, 2),
        (oak, oak_session, 1),
    ]
    home(practice).mark_summary_saved(oak_session)
    due = home(practice).view().needing_summary
    assert [d.pseudonym for d in due] == ["Rae"]
    assert not any(
        row.summary_saved for row in home(practice).view().recent if row.client_id == rae
    )
    assert practice.settings.summaries_saved == {practice.sessions.get(oak_session).uuid}


def test_a_session_still_open_is_reported_apart_and_needs_no_summary_yet(
    practice: Services,
) -> None:
    add_session(practice, "Oak", 2)
    rae, open_one = add_session(practice, "Rae", 1, ended=False)
    view = home(practice).view()
    assert view.running is not None and view.running.session_id == open_one
    assert rae not in {d.client_id for d in view.needing_summary}


def test_deleted_sessions_are_forgotten_when_the_next_summary_is_saved(
    practice: Services,
) -> None:
    _, first = add_session(practice, "Rae", 2)
    _, second = add_session(practice, "Oak", 1)
    home(practice).mark_summary_saved(first)
    practice.sessions.delete_session(first)
    home(practice).mark_summary_saved(second)
    assert practice.settings.summaries_saved == {practice.sessions.get(second).uuid}
