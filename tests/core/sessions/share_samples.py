"""A session worth sharing, with a canary in every private part and in the pseudonym.

Shared by the sharing tests of core, the command line and the UI (import it as
``tests.core.sessions.share_samples``): each writes this session in a real practice
vault, shares it, receives it in a real personal vault, and looks for the canaries in
the file's bytes and in everything the client ends up with.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.questionnaires import ResponseInput
from hj_journal.core.coping.service import PracticeInput
from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.service import POST_SESSION, PRE_SESSION, ClientInput, SessionNotes
from hj_journal.core.settings import VaultKind
from hj_journal.core.vaults import KdfPolicy, VaultRegistry

PRIVATE = "CANARY-private-5e1d"  # in every private field: never in anything for the client
PSEUDONYM = "CANARY-pseudonym-Quill"  # the client's name in the practice: never in the file
SHARED = "SHARED-words-8c2f"  # in the shared notes: in the file only once encrypted
SECTION = "SECTION-words-4a7b"  # in each shared template section
STEPS = "Box breathing before bed.\n\nA walk at lunch, STEPS-words-3d9e."
AGREED = "Call the housing advice line on Monday, AGREED-words-6b0a."
AMENDED = "AMENDED-words-1f4c"  # a shared amendment's text
SHARED_CANARIES = (SHARED, SECTION, "STEPS-words-3d9e", "AGREED-words-6b0a", AMENDED)
PASSPHRASE = "a calm and quiet river"


@contextmanager
def two_vaults(registry: VaultRegistry, policy: KdfPolicy) -> Iterator[tuple[Services, Services]]:
    """A practice vault and a personal vault side by side, both unlocked."""
    practice_vault, _ = registry.create("Practice", PASSPHRASE, policy=policy)
    personal_vault, _ = registry.create("Journal", PASSPHRASE, policy=policy)
    try:
        practice = Services.for_vault(practice_vault)
        practice.settings.vault_kind = VaultKind.PRACTICE
        yield practice, Services.for_vault(personal_vault)
    finally:
        practice_vault.lock()
        personal_vault.lock()


def write_shared_session(practice: Services, template: str = "soap") -> int:
    """An ended, signed session written with ``template``; its id.

    Every private part (free private notes, each private template section, a private
    amendment's reason and text) holds :data:`PRIVATE`; the client is called
    :data:`PSEUDONYM`; every shared part holds its own marker.
    """
    sessions = practice.sessions
    client = sessions.add_client(ClientInput(PSEUDONYM, pronouns="they/them"))
    view = sessions.start(client.id)
    sessions.give_consent(view.id, c.KEYS)
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
            distress_after=4,
        ),
    )
    sessions.record_questionnaire(view.id, ResponseInput("gad7", [2, 2, 2, 2, 2, 1, 1]))
    sessions.notes.use_template(view.id, template)
    texts = {
        s.index: (SECTION if s.shared else f"{PRIVATE} in {s.title}")
        for s in sessions.notes.all_sections(view.id)
        if s.fills is None
    }
    sessions.notes.save_sections(view.id, texts)
    sessions.save_notes(
        view.id,
        SessionNotes(
            shared=SHARED,
            private=f"{PRIVATE} in the free notes",
            agreements=AGREED,
            self_care_steps=STEPS,
        ),
    )
    sessions.record_checkin(view.id, POST_SESSION, CheckInInput(distress=3, mood=1))
    sessions.end(view.id)
    sessions.signing.sign(view.id)
    sessions.signing.amend(view.id, f"{PRIVATE} reason", f"{PRIVATE} amendment")
    sessions.signing.amend(view.id, "A word left out", AMENDED, shared=True)
    return view.id


def practice_home_owes_summary(practice: Services, session_id: int) -> bool:
    """Whether the practice home still lists this session's client as owed a summary."""
    return any(
        due.session_id == session_id for due in practice.practice_home.view().needing_summary
    )
