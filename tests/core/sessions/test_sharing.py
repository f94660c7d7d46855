"""Share with my client: a real practice vault seals a summary, a real personal vault
receives it. Nothing private and no pseudonym is in the file; what the client keeps is
the summary, once."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from hj_journal.core.common.errors import InputError
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.received import ALREADY_HAVE, ReceiveError
from hj_journal.core.sessions.service import ClientInput
from hj_journal.core.sessions.share_content import SharedSummary
from hj_journal.core.sessions.sharing import default_file_name
from hj_journal.core.sessions.summary import summary_markdown
from hj_journal.core.sessions.templates import BUILTIN_ORDER
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.store import sharefile
from hj_journal.store.models import ReceivedSummary
from tests.core.sessions.share_samples import (
    PRIVATE,
    PSEUDONYM,
    SHARED_CANARIES,
    STEPS,
    practice_home_owes_summary,
    two_vaults,
    write_shared_session,
)


@pytest.fixture
def vaults(registry: VaultRegistry, policy: KdfPolicy) -> Iterator[tuple[Services, Services]]:
    with two_vaults(registry, policy) as pair:
        yield pair


def rows(services: Services) -> int:
    with services.vault.session() as session:
        return session.query(ReceivedSummary).count()


@pytest.mark.parametrize("template", BUILTIN_ORDER)
def test_a_summary_travels_from_practice_to_personal_vault_and_nothing_private_goes(
    vaults: tuple[Services, Services], template: str, tmp_path: Path
) -> None:
    practice, personal = vaults
    session_id = write_shared_session(practice, template)
    # The private canary really is in the practice vault, so the checks below can fail.
    assert PRIVATE in practice.sessions.private_notes(session_id)
    assert all(PRIVATE in s.text for s in practice.sessions.notes.private_sections(session_id))
    path = tmp_path / "summary.hjshare"
    shared = practice.sharing.share_to(session_id, path)
    data = path.read_bytes()
    assert data == shared.data
    for canary in (PRIVATE, PSEUDONYM, "they/them", *SHARED_CANARIES):
        assert canary.encode() not in data, canary
    # Opened, the file holds the shared words and still nothing private or naming.
    _, plain = sharefile.open_sealed(data, shared.code)
    text = plain.decode("utf-8")
    for canary in SHARED_CANARIES:
        assert canary in text, canary
    assert PRIVATE not in text and PSEUDONYM not in text and "they/them" not in text

    received = personal.received.receive_file(path, shared.code)
    assert received.added and "From my sessions" in received.message
    [kept] = personal.received.summaries()
    assert kept.share_id == shared.share_id
    content = kept.content
    assert content.shared_notes.startswith("SHARED-words") and content.self_care_steps == STEPS
    assert [(p.title, p.strategy_key, p.before, p.after) for p in content.practices] == [
        ("Box breathing", "box-breathing", 7, 4)
    ]
    assert [(q.name, q.value) for q in content.questionnaires] == [("GAD-7", 12)]
    assert content.arriving is not None and content.arriving.distress == 7
    assert [a.text for a in content.amendments] == ["AMENDED-words-1f4c"]
    # The client reads it as the practitioner's summary reads, naming no one.
    markdown = summary_markdown(content.as_summary("shared by your practitioner"))
    assert "shared by your practitioner" in markdown and PRIVATE not in markdown
    everything = repr(dataclasses.asdict(kept)) + repr(personal.received.get(kept.id))
    assert PRIVATE not in everything and PSEUDONYM not in everything


def test_receiving_twice_adds_nothing(vaults: tuple[Services, Services]) -> None:
    practice, personal = vaults
    session_id = write_shared_session(practice)
    shared = practice.sharing.bundle(session_id)
    first = personal.received.receive(shared.data, shared.code)
    again = personal.received.receive(shared.data, shared.code.lower().replace("-", " "))
    assert first.added and not again.added
    assert again.message == ALREADY_HAVE == "You already have this summary. Nothing was added."
    assert again.summary.id == first.summary.id
    assert rows(personal) == 1
    # Sharing the same session again is a new file with its own id and code.
    other = practice.sharing.bundle(session_id)
    assert other.share_id != shared.share_id and other.code != shared.code


def test_the_code_is_never_in_the_file_or_its_repr(vaults: tuple[Services, Services]) -> None:
    practice, _ = vaults
    shared = practice.sharing.bundle(write_shared_session(practice))
    plain = shared.code.replace("-", "")
    assert plain.encode() not in shared.data and shared.code.encode() not in shared.data
    assert shared.code not in repr(shared) and plain not in repr(shared)


def test_sharing_marks_the_summary_given_on_the_practice_home(
    vaults: tuple[Services, Services], tmp_path: Path
) -> None:
    practice, _ = vaults
    session_id = write_shared_session(practice)
    assert practice_home_owes_summary(practice, session_id)
    practice.sharing.bundle(session_id)  # made, not saved: the client has nothing yet
    assert practice_home_owes_summary(practice, session_id)
    practice.sharing.share_to(session_id, tmp_path / "s.hjshare")
    assert not practice_home_owes_summary(practice, session_id)


def test_a_running_session_or_a_personal_vault_cannot_share(
    vaults: tuple[Services, Services], tmp_path: Path
) -> None:
    practice, personal = vaults
    client = practice.sessions.add_client(ClientInput("R."))
    running = practice.sessions.start(client.id)
    with pytest.raises(InputError, match="End the session"):
        practice.sharing.bundle(running.id)
    with pytest.raises(InputError, match="practice vault"):
        personal.sharing.bundle(running.id)
    with pytest.raises(InputError, match="folder"):
        practice.sessions.end(running.id)
        practice.sharing.share_to(running.id, tmp_path)


def test_questionnaire_totals_only_with_consent_to_a_questionnaire(
    vaults: tuple[Services, Services],
) -> None:
    practice, _ = vaults
    session_id = write_shared_session(practice)
    assert practice.sharing.content(session_id).questionnaires
    sessions = practice.sessions
    client = sessions.add_client(ClientInput("S."))
    view = sessions.start(client.id)
    sessions.give_consent(view.id, [k for k in c.KEYS if k != c.QUESTIONNAIRE])
    sessions.end(view.id)
    assert practice.sharing.content(view.id).questionnaires == ()


def test_a_practitioners_own_strategy_is_named_but_not_linked(
    vaults: tuple[Services, Services],
) -> None:
    practice, _ = vaults
    content = practice.sharing.content(write_shared_session(practice))
    builtin = practice.sharing._builtin_keys
    assert "box-breathing" in builtin()
    practice.sharing._builtin_keys = lambda: ()
    try:
        [own] = practice.sharing.content(write_shared_session(practice)).practices
    finally:
        practice.sharing._builtin_keys = builtin
    assert own.title == content.practices[0].title and own.strategy_key == ""


def test_the_file_name_says_only_the_day(vaults: tuple[Services, Services]) -> None:
    practice, _ = vaults
    content = practice.sharing.content(write_shared_session(practice))
    name = default_file_name(content)
    assert name == f"session-summary-{content.session_on.isoformat()}.hjshare"


# ---------------------------------------------------------------------- calm refusals


def damaged_copies(data: bytes) -> dict[str, bytes]:
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x40
    return {
        "a flipped byte": bytes(flipped),
        "a truncated file": data[: len(data) - 7],
        "a file cut inside its header": data[:12],
        "an empty file": b"",
        "a file from another format": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(200),
        "a newer format": data[:8] + b"\x02" + data[9:],
    }


def test_a_wrong_code_or_a_damaged_file_is_one_calm_sentence_and_changes_nothing(
    vaults: tuple[Services, Services], tmp_path: Path
) -> None:
    practice, personal = vaults
    shared = practice.sharing.bundle(write_shared_session(practice))
    cases = {"a wrong code": (shared.data, sharefile.new_code())}
    cases |= {name: (data, shared.code) for name, data in damaged_copies(shared.data).items()}
    # One character changed (never to itself, which would be the right code).
    typo = ("Y" if shared.code[0] == "X" else "X") + shared.code[1:]
    cases["a code with a typo"] = (shared.data, typo)
    messages = {}
    for name, (data, code) in cases.items():
        path = tmp_path / f"{name}.hjshare"
        path.write_bytes(data)
        with pytest.raises(ReceiveError) as caught:
            personal.received.receive_file(path, code)
        message = str(caught.value)
        assert message.endswith(".") and "\n" not in message and len(message) < 200, name
        assert "Traceback" not in message and "InvalidTag" not in message, name
        messages[name] = message
        assert rows(personal) == 0, name
    assert "does not open" in messages["a wrong code"]
    assert "does not open" in messages["a flipped byte"]
    assert "cut short" in messages["a file cut inside its header"]
    assert "empty" in messages["an empty file"]
    assert "not a summary shared" in messages["a file from another format"]
    assert "newer version" in messages["a newer format"]
    assert "typo" in messages["a code with a typo"]
    # And the right code on the undamaged file still works afterwards.
    assert personal.received.receive(shared.data, shared.code).added


def test_wrong_code_errors_are_marked_for_the_command_line(
    vaults: tuple[Services, Services],
) -> None:
    practice, personal = vaults
    shared = practice.sharing.bundle(write_shared_session(practice))
    with pytest.raises(ReceiveError) as wrong:
        personal.received.receive(shared.data, sharefile.new_code())
    with pytest.raises(ReceiveError) as empty:
        personal.received.receive(b"", shared.code)
    assert wrong.value.wrong_code and not empty.value.wrong_code


def test_content_that_is_not_a_summary_is_refused_even_under_the_right_code(
    vaults: tuple[Services, Services],
) -> None:
    _, personal = vaults
    code = sharefile.new_code()
    for plain in (b"not json", b"[]", b'{"format": "hj-journal-shared-summary"}', b"\xff\xfe"):
        with pytest.raises(ReceiveError, match="could not be read"):
            personal.received.receive(sharefile.seal(plain, code), code)
    assert rows(personal) == 0


def test_a_practice_vault_cannot_receive(
    vaults: tuple[Services, Services], tmp_path: Path
) -> None:
    practice, _ = vaults
    shared = practice.sharing.share_to(write_shared_session(practice), tmp_path / "s.hjshare")
    with pytest.raises(ReceiveError, match="practice vault, so it does not receive"):
        practice.received.receive_file(tmp_path / "s.hjshare", shared.code)
    assert rows(practice) == 0


def test_strict_content_round_trips_and_refuses_what_is_out_of_place(
    vaults: tuple[Services, Services],
) -> None:
    practice, _ = vaults
    content = practice.sharing.content(write_shared_session(practice))
    assert SharedSummary.from_bytes(content.to_bytes()) == content
    good = content.to_json()
    bad_cases = [
        {**good, "pseudonym": "someone"},  # an unknown key
        {k: v for k, v in good.items() if k != "agreements"},  # a key missing
        {**good, "version": 2},
        {**good, "arriving": {"distress": 11, "mood": 0}},
        {**good, "arriving": {"distress": True, "mood": 0}},
        {**good, "started_at": "2026-02-10T10:00:00"},  # no time zone
        {**good, "shared_notes": "x" * 100_001},
        {**good, "practices": [{"title": "x"}]},
        {**good, "questionnaires": [{"name": "GAD-7", "value": None}]},
    ]
    for bad in bad_cases:
        with pytest.raises(InputError):
            SharedSummary.from_json(bad)
