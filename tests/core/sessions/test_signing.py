"""Signed notes: nothing edits them any more, amendments keep the original, and the
practice home lists the notes still to finish."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.common.errors import InputError
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.note_sections import SignedNotesError
from hj_journal.core.sessions.practice_home import PracticeHome
from hj_journal.core.sessions.service import PRE_SESSION, ClientInput, SessionNotes
from hj_journal.core.sessions.signing import Signing
from hj_journal.core.sessions.summary import AMENDMENTS_HEADING, summary_html, summary_markdown
from hj_journal.store.models import PracticeSession, SessionAmendment

NOW = datetime(2026, 3, 12, 15, 0, tzinfo=UTC)


def ended_session(services: Services, *, items=c.KEYS, template: str | None = "soap") -> int:
    sessions = services.sessions
    client = next(iter(sessions.clients()), None) or sessions.add_client(ClientInput("Rae"))
    view = sessions.start(client.id)
    sessions.give_consent(view.id, items)
    if template:
        sessions.notes.use_template(view.id, template)
        sessions.notes.save_sections(view.id, {0: "Tired but steady.", 1: "Slow speech."})
    sessions.save_notes(view.id, SessionNotes(agreements="Call on Monday."))
    sessions.end(view.id)
    return view.id


def snapshot(services: Services, session_id: int) -> dict[str, Any]:
    with services.vault.session() as session:
        row = session.get(PracticeSession, session_id)
        assert row is not None
        return {
            column: getattr(row, column)
            for column in (
                "shared_notes",
                "private_notes",
                "agreements",
                "self_care_steps",
                "template_key",
                "note_sections",
                "consent",
                "signed_at",
            )
        }


# ---------------------------------------------------------------------- signing


def test_signing_closes_the_notes_with_the_time(practice: Services) -> None:
    session_id = ended_session(practice)
    times = iter([NOW, NOW + timedelta(hours=1)])
    signing = Signing(practice.vault, clock=lambda: next(times))
    assert not practice.sessions.get(session_id).is_signed
    assert signing.sign(session_id) == NOW
    assert signing.sign(session_id) == NOW  # signing again keeps the first time
    view = practice.sessions.get(session_id)
    assert view.is_signed and view.signed_at == NOW


def test_a_running_session_is_ended_before_it_is_signed(practice: Services) -> None:
    sessions = practice.sessions
    view = sessions.start(sessions.add_client(ClientInput("Oak")).id)
    with pytest.raises(InputError, match="End the session before signing"):
        sessions.signing.sign(view.id)
    assert not sessions.get(view.id).is_signed


def _now() -> datetime:
    return datetime.now(UTC)


# Every service call that writes into a session's notes, sections, agreements or
# self-care steps (or anything else recorded in it), each one tried on signed notes.
EDITS: dict[str, Callable[[Services, int], object]] = {
    "save_notes shared": lambda s, i: s.sessions.save_notes(i, SessionNotes(shared="x")),
    "save_notes private": lambda s, i: s.sessions.save_notes(i, SessionNotes(private="x")),
    "save_notes agreements": lambda s, i: s.sessions.save_notes(i, SessionNotes(agreements="x")),
    "save_notes self-care": lambda s, i: s.sessions.save_notes(
        i, SessionNotes(self_care_steps="x")
    ),
    "save_notes emptying": lambda s, i: s.sessions.save_notes(i, SessionNotes(agreements="")),
    "save_sections shared": lambda s, i: s.sessions.notes.save_sections(i, {0: "x"}),
    "save_sections private": lambda s, i: s.sessions.notes.save_sections(i, {1: "x"}),
    "save_sections emptying": lambda s, i: s.sessions.notes.save_sections(i, {0: ""}),
    "use_template another": lambda s, i: s.sessions.notes.use_template(i, "dap"),
    "use_template none": lambda s, i: s.sessions.notes.use_template(i, None),
    "give_consent": lambda s, i: s.sessions.give_consent(i, c.KEYS),
    "record_checkin": lambda s, i: s.sessions.record_checkin(
        i, PRE_SESSION, CheckInInput(distress=3)
    ),
    "record_questionnaire": lambda s, i: s.sessions.record_questionnaire(
        i, ResponseInput("who5", answers=(3, 3, 3, 3, 3))
    ),
    "record_practice": lambda s, i: s.sessions.record_practice(
        i, PracticeInput("box-breathing", started_at=_now(), finished=True)
    ),
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_no_service_call_edits_signed_notes(practice: Services, edit: str) -> None:
    session_id = ended_session(practice)
    practice.sessions.signing.sign(session_id)
    before = snapshot(practice, session_id)
    with pytest.raises(InputError) as caught:
        EDITS[edit](practice, session_id)
    assert str(caught.value).endswith(".")
    assert snapshot(practice, session_id) == before
    assert practice.sessions.checkins(session_id) == []
    assert practice.sessions.practices(session_id) == []
    assert practice.sessions.responses(session_id) == []


@pytest.mark.parametrize("edit", sorted(k for k in EDITS if k.startswith(("save", "use"))))
def test_the_same_edits_work_until_the_notes_are_signed(practice: Services, edit: str) -> None:
    # So the refusal above comes from signing, not from the session having ended.
    session_id = ended_session(practice)
    if edit == "use_template another" or edit == "use_template none":
        practice.sessions.notes.save_sections(session_id, {0: "", 1: ""})
    EDITS[edit](practice, session_id)


def test_the_refusal_says_what_to_do_instead(practice: Services) -> None:
    session_id = ended_session(practice)
    practice.sessions.signing.sign(session_id)
    with pytest.raises(SignedNotesError, match="add an amendment"):
        practice.sessions.save_notes(session_id, SessionNotes(shared="x"))


# ---------------------------------------------------------------------- amendments


def test_an_amendment_has_its_own_time_and_reason_and_keeps_the_original(
    practice: Services,
) -> None:
    session_id = ended_session(practice)
    sessions = practice.sessions
    sessions.signing.sign(session_id)
    original = sessions.notes.all_sections(session_id)
    later = NOW + timedelta(days=2)
    signing = Signing(practice.vault, clock=lambda: later)
    amended = signing.amend(
        session_id, " The date was wrong. ", "The call is on Tuesday.", "Plan", shared=True
    )
    assert (amended.at, amended.reason, amended.section, amended.shared) == (
        later,
        "The date was wrong.",
        "Plan",
        True,
    )
    private = signing.amend(session_id, "Remembered later", "Mentioned her sister.", "Objective")
    assert sessions.notes.all_sections(session_id) == original  # the original stays readable
    assert sessions.get(session_id).agreements == "Call on Monday."
    assert signing.amendments(session_id) == (amended,)
    assert signing.amendments(session_id, include_private=True) == (amended, private)


def test_the_summary_shows_shared_amendments_only_and_says_they_came_later(
    practice: Services,
) -> None:
    session_id = ended_session(practice)
    sessions = practice.sessions
    sessions.signing.sign(session_id)
    assert AMENDMENTS_HEADING not in summary_markdown(sessions.summary(session_id))
    sessions.signing.amend(session_id, "Private reason", "PRIVATE-AMENDMENT", "Objective")
    assert AMENDMENTS_HEADING not in summary_markdown(sessions.summary(session_id))
    sessions.signing.amend(
        session_id, "The date was wrong", "The call is on Tuesday.", "Plan", shared=True
    )
    summary = sessions.summary(session_id)
    assert [a.text for a in summary.amendments] == ["The call is on Tuesday."]
    for text in (summary_markdown(summary, UTC), summary_html(summary, UTC)):
        assert AMENDMENTS_HEADING in text
        assert "as they were first written" in text
        assert "to “Plan”. Reason: The date was wrong" in text
        assert "The call is on Tuesday." in text
        assert "PRIVATE-AMENDMENT" not in text and "Private reason" not in text
        assert "Call on Monday." in text  # the original is still there


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"reason": " ", "text": "x"}, "why the notes are amended"),
        ({"reason": "x", "text": "  "}, "adds or changes"),
        ({"reason": "x", "text": "y", "section": "Nowhere"}, "not in these notes"),
        ({"reason": "x" * 2001, "text": "y"}, "too long"),
    ],
)
def test_an_amendment_is_checked(practice: Services, kwargs: dict, words: str) -> None:
    session_id = ended_session(practice)
    practice.sessions.signing.sign(session_id)
    with pytest.raises(InputError, match=words):
        practice.sessions.signing.amend(session_id, **kwargs)
    assert practice.sessions.signing.amendments(session_id, include_private=True) == ()


def test_notes_not_yet_signed_are_edited_not_amended(practice: Services) -> None:
    session_id = ended_session(practice)
    with pytest.raises(InputError, match="not signed yet"):
        practice.sessions.signing.amend(session_id, "x", "y")


def test_an_amendment_keeps_to_the_clients_consent(practice: Services) -> None:
    session_id = ended_session(
        practice, items=[c.SHARED_NOTES, c.AGREEMENTS], template="healing-justice"
    )
    signing = practice.sessions.signing
    signing.sign(session_id)
    with pytest.raises(InputError, match="Recording private notes was not part"):
        signing.amend(session_id, "x", "y", shared=False)
    assert signing.amend(session_id, "x", "y", "What helped", shared=True).shared


def test_the_parts_an_amendment_can_name(practice: Services) -> None:
    sessions = practice.sessions
    free = ended_session(practice, template=None)
    assert [p.title for p in sessions.notes.parts(free)] == [
        "Notes we wrote together",
        "What we agreed",
        "Self-care until next time",
        "Private notes",
    ]
    hj = ended_session(practice, template="healing-justice")
    assert [(p.title, p.shared) for p in sessions.notes.parts(hj)][-2:] == [
        ("Community and outside conditions", True),
        ("For my own practice", False),
    ]
    assert "What we agreed" in [p.title for p in sessions.notes.parts(hj)]


def test_deleting_a_session_deletes_its_amendments(practice: Services) -> None:
    session_id = ended_session(practice)
    practice.sessions.signing.sign(session_id)
    practice.sessions.signing.amend(session_id, "x", "y")
    practice.sessions.delete_session(session_id)
    with practice.vault.session() as session:
        assert session.scalar(select(func.count()).select_from(SessionAmendment)) == 0


# ---------------------------------------------------------------------- notes to finish


def _started(services: Services, session_id: int, days_ago: float) -> None:
    with services.vault.transaction() as session:
        row = session.get(PracticeSession, session_id)
        assert row is not None
        row.started_at = NOW - timedelta(days=days_ago)
        row.ended_at = row.started_at + timedelta(hours=1)


def test_the_practice_home_lists_notes_to_finish_a_day_later(practice: Services) -> None:
    home = PracticeHome(practice.vault, practice.settings, zone=UTC, clock=lambda: NOW)
    today = ended_session(practice)
    _started(practice, today, 0.5)
    yesterday = ended_session(practice)
    _started(practice, yesterday, 1.5)
    long_ago = ended_session(practice)
    _started(practice, long_ago, 400)  # however long ago: still listed, plainly
    signed = ended_session(practice)
    _started(practice, signed, 3)
    practice.sessions.signing.sign(signed)
    view = home.view()
    assert [n.session_id for n in view.notes_to_finish] == [yesterday, long_ago]
    assert [n.pseudonym for n in view.notes_to_finish] == ["Rae", "Rae"]
    assert view.notes_to_finish_total == 2
    practice.sessions.signing.sign(yesterday)
    assert [n.session_id for n in home.view().notes_to_finish] == [long_ago]


def test_a_running_session_is_not_a_note_to_finish(practice: Services) -> None:
    sessions = practice.sessions
    view = sessions.start(sessions.add_client(ClientInput("Oak")).id)
    with practice.vault.transaction() as session:
        row = session.get(PracticeSession, view.id)
        assert row is not None
        row.started_at = NOW - timedelta(days=2)
    home = PracticeHome(practice.vault, practice.settings, zone=UTC, clock=lambda: NOW)
    assert home.view().notes_to_finish == ()


def test_a_long_list_of_notes_to_finish_is_cut_with_its_count(practice: Services) -> None:
    from hj_journal.core.sessions import practice_home

    ids = []
    for number in range(practice_home.NOTES_LIMIT + 3):
        session_id = ended_session(practice, template=None)
        _started(practice, session_id, 2 + number)
        ids.append(session_id)
    view = PracticeHome(practice.vault, practice.settings, zone=UTC, clock=lambda: NOW).view()
    assert view.notes_to_finish_total == len(ids)
    assert [n.session_id for n in view.notes_to_finish] == ids[: practice_home.NOTES_LIMIT]


def test_a_session_view_says_nothing_of_private_sections(practice: Services) -> None:
    session_id = ended_session(practice)
    view = practice.sessions.get(session_id)
    assert "Slow speech." not in repr(dataclasses.asdict(view))
    assert "Tired but steady." in repr(dataclasses.asdict(view))
