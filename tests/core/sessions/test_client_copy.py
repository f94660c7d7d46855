"""The client's copy for an access request: every session's shared summary and consent,
never a private note, section or amendment."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from hj_journal.core.services import Services
from hj_journal.core.sessions.client_copy import FORMAT
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.sessions.templates import BUILTIN_ORDER
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.store.models import PracticeSession
from tests.core.sessions.share_samples import (
    PRIVATE,
    PSEUDONYM,
    SHARED_CANARIES,
    two_vaults,
    write_shared_session,
)


@pytest.fixture
def practice(registry: VaultRegistry, policy: KdfPolicy) -> Iterator[Services]:
    with two_vaults(registry, policy) as (practice, _personal):
        yield practice


def one_client_with_every_template(practice: Services) -> int:
    """One client, one session per built-in template, private canaries everywhere."""
    first = write_shared_session(practice, BUILTIN_ORDER[0])
    client_id = practice.sessions.get(first).client_id
    for template in BUILTIN_ORDER[1:]:
        write_shared_session(practice, template)
    # write_shared_session makes a client each time: gather the sessions under one.
    with practice.vault.transaction() as session:
        for row in session.query(PracticeSession):
            row.client_id = client_id
    return client_id


def test_the_copy_holds_every_shared_part_of_every_session_and_nothing_private(
    practice: Services,
) -> None:
    client_id = one_client_with_every_template(practice)
    sessions = practice.sessions.sessions_for(client_id)
    assert len(sessions) == len(BUILTIN_ORDER)
    # Every private field holds the canary in the vault, so the walk below can fail.
    for view in sessions:
        assert PRIVATE in practice.sessions.private_notes(view.id)
        private = practice.sessions.notes.private_sections(view.id)
        assert private and all(PRIVATE in s.text for s in private)
        everything = practice.sessions.signing.amendments(view.id, include_private=True)
        assert any(PRIVATE in a.text and PRIVATE in a.reason for a in everything)
    copy = practice.sharing.client_copy(client_id)
    text, html = copy.to_text(), copy.html()
    for output in (text, html):
        assert PRIVATE not in output
        for canary in SHARED_CANARIES:
            assert output.count(canary) >= len(BUILTIN_ORDER), canary
    data = json.loads(text)
    assert data["format"] == FORMAT and data["version"] == 1
    assert data["client"] == {"pseudonym": PSEUDONYM, "pronouns": "they/them"}
    assert len(data["sessions"]) == len(BUILTIN_ORDER)
    first = data["sessions"][0]
    assert first["consent"]["agreed_to"][0].startswith("How you are arriving")
    assert first["summary"]["questionnaires"] == [{"name": "GAD-7", "value": 12}]
    # Oldest first, each session on a page of its own in the PDF's text.
    days = [s["summary"]["started_at"] for s in data["sessions"]]
    assert days == sorted(days)
    assert html.count("page-break-before: always") == len(BUILTIN_ORDER)
    assert "not encrypted" in html and "private notes are not part of it" in html


def test_a_client_without_sessions_gets_a_copy_that_says_so(practice: Services) -> None:
    client = practice.sessions.add_client(ClientInput("T."))
    copy = practice.sharing.client_copy(client.id)
    assert json.loads(copy.to_text())["sessions"] == []
    assert "No sessions are recorded." in copy.html()


def test_a_session_without_consent_is_in_the_copy_with_nothing_recorded(
    practice: Services,
) -> None:
    client = practice.sessions.add_client(ClientInput("U."))
    view = practice.sessions.start(client.id)
    copy = practice.sharing.client_copy(client.id)
    [only] = json.loads(copy.to_text())["sessions"]
    assert only["consent"] is None and only["summary"]["shared_notes"] == ""
    assert "No consent was recorded." in copy.html()
    practice.sessions.end(view.id)


def test_the_json_copy_is_written_whole_and_private(practice: Services, tmp_path) -> None:
    client_id = practice.sessions.get(write_shared_session(practice)).client_id
    path = tmp_path / "record.json"
    copy = practice.sharing.save_client_copy_json(client_id, path)
    assert json.loads(path.read_text(encoding="utf-8")) == copy.to_json()
    assert path.stat().st_mode & 0o777 == 0o600
    assert PRIVATE not in path.read_text(encoding="utf-8")
