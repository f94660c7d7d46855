"""Private sections never reach the client: a canary in every private part of the notes,
looked for in everything core hands out for the client (the UI's outputs are walked in
tests/ui/sessions/test_private_canary.py)."""

from __future__ import annotations

import dataclasses
from datetime import UTC

import pytest

from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.service import ClientInput, SessionNotes, SessionView
from hj_journal.core.sessions.summary import SessionSummary, summary_html, summary_markdown
from hj_journal.core.sessions.templates import BUILTIN_ORDER

CANARY = "CANARY-private-7f3a"
SHARED = "SHARED-words-2b9c"


def write_everywhere(services: Services, template: str) -> int:
    """A signed session whose every private part holds the canary, every shared part words."""
    sessions = services.sessions
    client = sessions.add_client(ClientInput(f"Rae {template}"))
    view = sessions.start(client.id)
    sessions.give_consent(view.id, c.KEYS)
    sessions.notes.use_template(view.id, template)
    texts = {
        s.index: (SHARED if s.shared else f"{CANARY} in {s.title}")
        for s in sessions.notes.all_sections(view.id)
    }
    sessions.notes.save_sections(view.id, texts)
    sessions.save_notes(view.id, SessionNotes(private=f"{CANARY} in the free private notes"))
    sessions.end(view.id)
    sessions.signing.sign(view.id)
    sessions.signing.amend(view.id, f"{CANARY} reason", f"{CANARY} amendment")
    private = [s for s in sessions.notes.all_sections(view.id) if not s.shared]
    sessions.signing.amend(view.id, f"{CANARY} why", f"{CANARY} text", private[0].title)
    sessions.signing.amend(view.id, "Shared reason", SHARED, shared=True)
    return view.id


def client_outputs(services: Services, session_id: int) -> dict[str, str]:
    sessions = services.sessions
    view = sessions.get(session_id)
    summary = sessions.summary(session_id)
    return {
        "session view": repr(dataclasses.asdict(view)),
        "session list": repr(
            [dataclasses.asdict(v) for v in sessions.sessions_for(view.client_id)]
        ),
        "summary": repr(dataclasses.asdict(summary)),
        "summary markdown": summary_markdown(summary, UTC),
        "summary html": summary_html(summary, UTC),
        "shared amendments": repr(sessions.signing.amendments(session_id)),
        "practice home": repr(services.practice_home.view()),
    }


@pytest.mark.parametrize("template", BUILTIN_ORDER)
def test_no_private_canary_in_anything_meant_for_the_client(
    practice: Services, template: str
) -> None:
    session_id = write_everywhere(practice, template)
    # The canary really is stored: the practitioner's own view reads it.
    private = practice.sessions.notes.private_sections(session_id)
    assert private and all(CANARY in s.text for s in private)
    assert CANARY in repr(practice.sessions.signing.amendments(session_id, include_private=True))
    for name, text in client_outputs(practice, session_id).items():
        assert CANARY not in text, name
    # And the shared words did arrive, so the walk looked at real outputs.
    summary = client_outputs(practice, session_id)["summary markdown"]
    assert summary.count(SHARED) >= 2


def test_the_client_types_hold_no_private_field() -> None:
    for kind in (SessionView, SessionSummary):
        names = {field.name for field in dataclasses.fields(kind)}
        assert not any("private" in name for name in names), kind
