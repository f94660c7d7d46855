"""Plans with history: half-filled saves, versions, follow-up days."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from hj_journal.core.care.plans import Plans
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.services import Services
from hj_journal.store.vault import Vault


class Ticking:
    """A clock that moves one minute each time it is read."""

    def __init__(self) -> None:
        self.now = datetime(2024, 3, 1, 9, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


# ---------------------------------------------------------------------- saving


def test_a_half_filled_plan_is_saved_and_blank_answers_are_left_out(
    services: Services,
) -> None:
    plans = services.plans
    assert plans.latest("safety") is None
    assert plans.plan("safety") is None
    saved = plans.save("safety", {"warning-signs": "Not sleeping\n", "on-my-own": "   "})
    assert saved.kind == "safety"
    assert saved.data == {"warning-signs": "Not sleeping"}
    assert plans.latest("safety") == saved
    plan = plans.plan("safety")
    assert plan is not None
    assert (plan.id, plan.version_count, plan.title) == (saved.plan_id, 1, "Safety plan")


def test_an_empty_plan_can_be_saved(services: Services) -> None:
    saved = services.plans.save("allies_barriers", {})
    assert saved.data == {}
    assert services.plans.latest("allies_barriers") == saved


def test_every_save_keeps_a_new_version_and_earlier_ones_stay(vault: Vault) -> None:
    plans = Plans(vault, clock=Ticking())
    first = plans.save("self_care", {"rest": "Naps"})
    second = plans.save("self_care", {"rest": "Naps", "land": "The river"})
    third = plans.save("self_care", {"land": "The river"})
    assert first.plan_id == second.plan_id == third.plan_id
    history = plans.versions(first.plan_id)
    assert [v.data for v in history] == [third.data, second.data, first.data]
    assert history[0].saved_at > history[1].saved_at > history[2].saved_at
    assert len({v.id for v in history}) == 3
    assert plans.latest("self_care") == third
    # Other kinds have their own plan and history.
    other = plans.save("accountability", {"apology": "I am sorry that I…"})
    assert other.plan_id != first.plan_id
    assert plans.versions(other.plan_id) == [other]
    assert [p.kind for p in plans.plans()] == ["self_care", "accountability"]
    assert [p.private for p in plans.plans()] == [False, True]


def test_saves_at_the_same_moment_keep_their_order(vault: Vault) -> None:
    moment = datetime(2024, 3, 1, tzinfo=UTC)
    plans = Plans(vault, clock=lambda: moment)
    plans.save("safety", {"urgent": "one"})
    plans.save("safety", {"urgent": "two"})
    latest = plans.latest("safety")
    assert latest is not None
    assert latest.data == {"urgent": "two"}


@pytest.mark.parametrize(
    ("kind", "data", "words"),
    [
        ("diet", {}, "kind of plan"),
        ("safety", {"apology": "x"}, "belong"),
        ("safety", {"urgent": 3}, "text"),
        ("safety", {"urgent": "x" * 100_001}, "too long"),
    ],
)
def test_refused_saves_say_why_and_save_nothing(
    services: Services, kind: str, data: dict[str, object], words: str
) -> None:
    with pytest.raises(InputError, match=words):
        services.plans.save(kind, data)
    assert services.plans.plans() == []


def test_follow_up_days(services: Services) -> None:
    plans = services.plans
    with pytest.raises(NotFoundError):
        plans.set_follow_up("accountability", date(2024, 5, 1))
    plans.save("accountability", {"one-change": "Pause before replying"})
    plan = plans.set_follow_up("accountability", date(2024, 5, 1))
    assert plan.follow_up_on == date(2024, 5, 1)
    assert plans.follow_ups_due(date(2024, 4, 30)) == []
    assert [p.kind for p in plans.follow_ups_due(date(2024, 5, 1))] == ["accountability"]
    # Saving again keeps the day unless a new one is given.
    plans.save("accountability", {"one-change": "Pause and breathe"})
    assert plans.plan("accountability").follow_up_on == date(2024, 5, 1)  # type: ignore[union-attr]
    plans.save("accountability", {}, follow_up_on=None)
    assert plans.plan("accountability").follow_up_on is None  # type: ignore[union-attr]


def test_deleting_a_plan_removes_its_versions(services: Services) -> None:
    plans = services.plans
    saved = plans.save("safety", {"urgent": "one"})
    plans.save("safety", {"urgent": "two"})
    plans.delete(saved.plan_id)
    assert plans.latest("safety") is None
    with pytest.raises(NotFoundError):
        plans.versions(saved.plan_id)
    with pytest.raises(NotFoundError):
        plans.delete(saved.plan_id)
    # A new plan of the kind starts fresh.
    fresh = plans.save("safety", {})
    assert plans.versions(fresh.plan_id) == [fresh]
