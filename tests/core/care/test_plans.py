"""Plans with history: forms as data, half-filled saves, versions, follow-up days."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta

import pytest

from hj_journal.bundled import resource_path
from hj_journal.core.care.plan_forms import (
    PRIVATE_KINDS,
    PlanKind,
    load_plan_form,
    load_plan_forms,
    parse_plan_form,
)
from hj_journal.core.care.plans import Plans
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.tomlcheck import LibraryFileError
from hj_journal.core.services import Services
from hj_journal.store.vault import Vault

GUILT = re.compile(
    r"\b(streaks?|missed|failed|fail|broke|broken|should have|lazy|you haven't)\b", re.I
)


class Ticking:
    """A clock that moves one minute each time it is read."""

    def __init__(self) -> None:
        self.now = datetime(2024, 3, 1, 9, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


# ---------------------------------------------------------------------- forms


def test_every_kind_has_a_form_with_its_parts() -> None:
    forms = load_plan_forms()
    assert list(forms) == list(PlanKind)
    titles = {kind: [s.title for s in form.sections] for kind, form in forms.items()}
    assert titles[PlanKind.SAFETY] == [
        "Warning signs",
        "Things I can do on my own",
        "People and places for distraction",
        "People I can ask for help",
        "Professionals and services",
        "Making my surroundings safer",
    ]
    assert titles[PlanKind.ACCOUNTABILITY] == [
        "Self-reflection",
        "Apology draft",
        "Repair",
        "Changed behaviour",
    ]
    labels = {f.label for f in forms[PlanKind.ACCOUNTABILITY].fields}
    assert {"What happened", "Its impact", "What was going on for me", "Patterns I notice"} <= (
        labels
    )
    care_labels = {f.label for f in forms[PlanKind.SELF_CARE].fields}
    assert {"Body", "Rest", "Relationships", "Land and place"} <= care_labels
    assert any(s.link is PlanKind.SAFETY for s in forms[PlanKind.SELF_CARE].sections)
    allies = {f.label for f in forms[PlanKind.ALLIES_BARRIERS].fields}
    assert {"Who can help", "Who might get in the way", "Small steps already taken"} <= allies


def test_only_the_accountability_reflection_is_private() -> None:
    assert {form.kind for form in load_plan_forms().values() if form.private} == {
        PlanKind.ACCOUNTABILITY
    }
    assert PlanKind.ACCOUNTABILITY in PRIVATE_KINDS


def test_plan_texts_are_calm() -> None:
    for path in sorted(resource_path("plans").glob("*.toml")):
        text = path.read_text(encoding="utf-8")
        assert not GUILT.search(text), path.name
        assert not re.search(r"\bmust\b", text), path.name


def test_a_form_file_named_after_another_kind_is_refused(tmp_path) -> None:
    source = resource_path("plans", "safety.toml").read_bytes()
    wrong = tmp_path / "self_care.toml"
    wrong.write_bytes(source)
    with pytest.raises(LibraryFileError, match="named"):
        load_plan_form(wrong)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('kind = "diet"', "kind"),
        ('kind = "safety"\ntitle = "T"\nsummary = "S"\nintro = "I"', "sections"),
        (
            'kind = "safety"\ntitle = "T"\nsummary = "S"\nintro = "I"\n'
            '[[sections]]\nid = "a"\ntitle = "A"\n'
            '[[sections.fields]]\nid = "x"\nlabel = "X"\nquestion = "Q?"\n'
            '[[sections.fields]]\nid = "x"\nlabel = "Y"\nquestion = "Q?"\n',
            "twice",
        ),
        (
            'kind = "safety"\ntitle = "T"\nsummary = "S"\nintro = "I"\n'
            '[[sections]]\nid = "a"\ntitle = "A"\n'
            '[[sections.fields]]\nid = "x"\nlabel = "X"\nquestion = "Q?"\nrows = 3\n',
            "spelling",
        ),
    ],
)
def test_broken_forms_are_refused_with_a_clear_reason(text: str, words: str) -> None:
    with pytest.raises(LibraryFileError, match=words):
        parse_plan_form(text, "test.toml")


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
