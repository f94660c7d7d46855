"""Practice sessions: clients, consent, the session lifecycle and the client's summary."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION, ClientInput, SessionNotes
from hj_journal.core.sessions.summary import SessionSummary, summary_html, summary_markdown
from hj_journal.store.models import CheckIn, CopingPractice, InstrumentResponse, PracticeSession

PRIVATE = "Private: wonder about the sister, raise next time"
SHARED = "We noticed the body settles after naming the feeling."


def walk_a_session(services: Services, client_id: int, *, items=c.KEYS) -> int:
    sessions = services.sessions
    view = sessions.start(client_id)
    sessions.give_consent(view.id, items)
    sessions.record_checkin(view.id, PRE_SESSION, CheckInInput(distress=7, mood=-1))
    now = datetime.now(UTC)
    sessions.record_practice(
        view.id,
        PracticeInput(
            "box-breathing",
            started_at=now,
            ended_at=now + timedelta(minutes=5),
            finished=True,
            distress_before=7,
            distress_after=5,
        ),
    )
    sessions.save_notes(
        view.id,
        SessionNotes(
            shared=SHARED,
            private=PRIVATE,
            agreements="Call the housing advice line on Monday.",
            self_care_steps="Box breathing before bed.\n\nA walk at lunch.",
        ),
    )
    sessions.record_checkin(view.id, POST_SESSION, CheckInInput(distress=4, mood=1))
    sessions.end(view.id)
    return view.id


def test_clients_live_only_in_a_practice_vault(services: Services) -> None:
    assert not services.sessions.available
    with pytest.raises(InputError, match="practice vault"):
        services.sessions.add_client(ClientInput("R."))


def test_clients_are_added_cleaned_edited_and_archived(practice: Services) -> None:
    sessions = practice.sessions
    rae = sessions.add_client(ClientInput("  Rae   B. ", "they/them", "sleep better"))
    assert (rae.pseudonym, rae.pronouns, rae.goals) == ("Rae B.", "they/them", "sleep better")
    with pytest.raises(InputError, match="pseudonym"):
        sessions.add_client(ClientInput("   "))
    ok = sessions.add_client(ClientInput("O.K."))
    assert [x.pseudonym for x in sessions.clients()] == ["O.K.", "Rae B."]
    assert sessions.update_client(ok.id, ClientInput("Oak", "she/her")).pronouns == "she/her"
    sessions.set_archived(ok.id, True)
    assert [x.pseudonym for x in sessions.clients()] == ["Rae B."]
    assert len(sessions.clients(include_archived=True)) == 2
    with pytest.raises(InputError, match="archived"):
        sessions.start(ok.id)


def test_a_full_session_and_its_summary_never_hold_private_notes(practice: Services) -> None:
    sessions = practice.sessions
    client = sessions.add_client(ClientInput("Rae", "they/them"))
    session_id = walk_a_session(practice, client.id)

    view = sessions.get(session_id)
    assert not view.is_running
    assert "private_notes" not in {f.name for f in dataclasses.fields(view)}
    assert sessions.private_notes(session_id) == PRIVATE

    summary = sessions.summary(session_id)
    assert "private" not in " ".join(f.name for f in dataclasses.fields(SessionSummary))
    assert (summary.arriving.distress, summary.leaving.distress) == (7, 4)
    assert summary.distress_change == -3
    [practice_done] = summary.practices
    assert (practice_done.title, practice_done.change) == ("Box breathing", -2)
    assert summary.shared_notes == SHARED
    assert PRIVATE not in repr(summary)

    markdown = summary_markdown(summary, UTC)
    html = summary_html(summary, UTC)
    for text in (markdown, html):
        assert PRIVATE not in text
        assert "wonder about the sister" not in text
        assert "body settles" in text
        assert "housing advice line" in text
        assert "A walk at lunch." in text
    assert "You arrived at 7 out of 10 and left at 4: 3 points lower." in markdown
    assert "- Box breathing: 7 before, 5 after (2 points lower)." in markdown
    assert "Mood (from −3 to +3): arriving −1, leaving +1." in markdown
    assert "not a diagnosis" in markdown


def test_consent_is_stored_word_for_word_and_limits_what_is_recorded(
    practice: Services,
) -> None:
    sessions = practice.sessions
    client = sessions.add_client(ClientInput("Jo"))
    view = sessions.start(client.id)
    with pytest.raises(InputError, match="consent"):
        sessions.record_checkin(view.id, PRE_SESSION, CheckInInput(distress=5))
    given = sessions.give_consent(view.id, [c.CHECKINS, c.SHARED_NOTES])
    assert given.consent is not None
    assert given.consent.items == {c.CHECKINS, c.SHARED_NOTES}
    texts = {item.key: item.text for item in c.CONSENT_ITEMS}
    assert given.consent.wording == (
        texts[c.CHECKINS],
        texts[c.SHARED_NOTES],
        c.storage_statement("Jo"),
    )
    assert sessions.get(view.id).consent == given.consent  # survives a round trip
    sessions.record_checkin(view.id, PRE_SESSION, CheckInInput(distress=5))
    with pytest.raises(InputError, match="questionnaire was not part"):
        sessions.record_questionnaire(view.id, ResponseInput("gad7", [0] * 7))
    with pytest.raises(InputError, match="practices was not part"):
        sessions.record_practice(
            view.id, PracticeInput("box-breathing", started_at=datetime.now(UTC))
        )
    with pytest.raises(InputError, match="private notes was not part"):
        sessions.save_notes(view.id, SessionNotes(private="anything"))
    sessions.save_notes(view.id, SessionNotes(shared="fine"))
    with pytest.raises(InputError):
        sessions.give_consent(view.id, ["everything else"])


def test_one_session_runs_at_a_time(practice: Services) -> None:
    sessions = practice.sessions
    first = sessions.add_client(ClientInput("A."))
    other = sessions.add_client(ClientInput("B."))
    running = sessions.start(first.id)
    assert sessions.running() == running
    assert sessions.start(first.id) == running
    with pytest.raises(InputError, match="still open"):
        sessions.start(other.id)
    sessions.end(running.id)
    assert sessions.running() is None
    assert sessions.start(other.id).client_id == other.id


def test_an_ended_session_records_nothing_more_but_notes_can_be_finished(
    practice: Services,
) -> None:
    sessions = practice.sessions
    client = sessions.add_client(ClientInput("C."))
    session_id = walk_a_session(practice, client.id)
    with pytest.raises(InputError, match="ended"):
        sessions.record_checkin(session_id, POST_SESSION, CheckInInput(distress=1))
    sessions.save_notes(session_id, SessionNotes(private=PRIVATE + " (written up)"))
    assert sessions.private_notes(session_id).endswith("(written up)")
    assert sessions.get(session_id).shared_notes == SHARED  # untouched


def test_a_second_checkin_in_the_same_phase_replaces_the_first(practice: Services) -> None:
    sessions = practice.sessions
    view = sessions.start(sessions.add_client(ClientInput("D.")).id)
    sessions.give_consent(view.id, c.KEYS)
    sessions.record_checkin(view.id, PRE_SESSION, CheckInInput(distress=8))
    sessions.record_checkin(view.id, PRE_SESSION, CheckInInput(distress=6))
    assert [(x.phase, x.distress) for x in sessions.checkins(view.id)] == [(PRE_SESSION, 6)]
    with pytest.raises(InputError):
        sessions.record_checkin(view.id, "halfway", CheckInInput(distress=6))


def test_questionnaire_trend_across_sessions(practice: Services) -> None:
    sessions = practice.sessions
    client = sessions.add_client(ClientInput("E."))
    for answers in ([2, 2, 2, 2, 2, 1, 1], [1, 1, 1, 1, 1, 1, 0], [1, None, 0, 0, 0, 0, 0]):
        view = sessions.start(client.id)
        sessions.give_consent(view.id, c.KEYS)
        sessions.record_questionnaire(view.id, ResponseInput("gad7", answers))
        sessions.end(view.id)
    [gad] = sessions.questionnaire_trend(client.id)
    assert gad.short_name == "GAD-7"
    assert [p.value for p in gad.points] == [12, 6, None]
    assert gad.points[0].band_label is not None
    other = sessions.add_client(ClientInput("F."))
    assert sessions.questionnaire_trend(other.id) == ()


def count(services: Services, model) -> int:
    with services.vault.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_deleting_a_session_or_client_leaves_nothing_behind(practice: Services) -> None:
    sessions = practice.sessions
    client = sessions.add_client(ClientInput("G."))
    first = walk_a_session(practice, client.id)
    second = sessions.start(client.id)
    sessions.give_consent(second.id, c.KEYS)
    sessions.record_questionnaire(second.id, ResponseInput("gad7", [0] * 7))
    sessions.end(second.id)
    assert (count(practice, CheckIn), count(practice, CopingPractice)) == (2, 1)
    sessions.delete_session(first)
    assert (count(practice, CheckIn), count(practice, CopingPractice)) == (0, 0)
    assert count(practice, InstrumentResponse) == 1
    sessions.delete_client(client.id)
    assert count(practice, InstrumentResponse) == 0
    assert count(practice, PracticeSession) == 0
    with pytest.raises(NotFoundError):
        sessions.client(client.id)
