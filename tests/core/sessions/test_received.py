"""From my sessions: summaries kept in a personal vault, and their self-care steps
added to the self-care plan with one action."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from hj_journal.core.care.plans import PlanKind
from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.services import Services
from hj_journal.core.sessions.received import PLAN_FIELD
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.store.models import ReceivedSummary
from tests.core.sessions.share_samples import STEPS, two_vaults, write_shared_session


@pytest.fixture
def vaults(registry: VaultRegistry, policy: KdfPolicy) -> Iterator[tuple[Services, Services]]:
    with two_vaults(registry, policy) as pair:
        yield pair


def receive_one(practice: Services, personal: Services) -> int:
    shared = practice.sharing.bundle(write_shared_session(practice))
    return personal.received.receive(shared.data, shared.code).summary.id


def test_self_care_steps_join_the_self_care_plan_once_and_keep_what_was_there(
    vaults: tuple[Services, Services],
) -> None:
    practice, personal = vaults
    plans = personal.plans
    plans.save(PlanKind.SELF_CARE, {"rest": "An early night on Sundays."})
    summary_id = receive_one(practice, personal)
    assert not personal.received.steps_in_plan(summary_id)
    assert personal.received.add_steps_to_plan(summary_id)
    latest = plans.latest(PlanKind.SELF_CARE)
    assert latest is not None
    assert latest.data["rest"] == "An early night on Sundays."  # kept as it was
    view = personal.received.get(summary_id)
    assert latest.data[PLAN_FIELD] == f"From my session of {view.day_text}:\n{STEPS}"
    assert personal.received.steps_in_plan(summary_id)
    # A second time adds nothing, and no new version is made.
    assert not personal.received.add_steps_to_plan(summary_id)
    plan = plans.plan(PlanKind.SELF_CARE)
    assert plan is not None and plan.version_count == 2


def test_the_same_steps_from_another_session_are_not_added_twice(
    vaults: tuple[Services, Services],
) -> None:
    practice, personal = vaults
    first = receive_one(practice, personal)
    personal.received.add_steps_to_plan(first)
    practice.sessions.delete_client(practice.sessions.clients()[0].id)
    second = receive_one(practice, personal)
    assert second != first
    # The same steps are already in the plan, so the second summary adds nothing.
    assert not personal.received.add_steps_to_plan(second)


def test_a_plan_is_made_when_there_was_none(vaults: tuple[Services, Services]) -> None:
    practice, personal = vaults
    summary_id = receive_one(practice, personal)
    assert personal.plans.latest(PlanKind.SELF_CARE) is None
    assert personal.received.add_steps_to_plan(summary_id)
    latest = personal.plans.latest(PlanKind.SELF_CARE)
    assert latest is not None and STEPS in latest.data[PLAN_FIELD]


def test_the_list_is_newest_session_first_and_one_can_be_deleted(
    vaults: tuple[Services, Services],
) -> None:
    practice, personal = vaults
    older = receive_one(practice, personal)
    with personal.vault.transaction() as session:
        row = session.get(ReceivedSummary, older)
        assert row is not None
        row.session_on = date(2025, 1, 6)  # as if shared long ago
        row.content = {**row.content, "session_on": "2025-01-06"}
    practice.sessions.delete_client(practice.sessions.clients()[0].id)
    newer = receive_one(practice, personal)
    assert [v.id for v in personal.received.summaries()] == [newer, older]
    assert personal.received.get(older).title == "Session of Monday 6 January 2025"
    personal.received.delete(older)
    assert [v.id for v in personal.received.summaries()] == [newer]
    with pytest.raises(NotFoundError):
        personal.received.get(older)


def test_a_damaged_row_is_told_and_not_shown_half_read(vaults: tuple[Services, Services]) -> None:
    practice, personal = vaults
    summary_id = receive_one(practice, personal)
    with personal.vault.transaction() as session:
        row = session.get(ReceivedSummary, summary_id)
        assert row is not None
        row.content = {"format": "something else"}
    with pytest.raises(NotFoundError, match="could not be read back"):
        personal.received.get(summary_id)
