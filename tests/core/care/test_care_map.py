"""The community care map and support resources: CRUD, examples, revisit reminder."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from hj_journal.core.care.care_map import (
    CareMap,
    PersonInput,
    PersonKind,
    ResourceInput,
    ResourceKind,
    Ring,
    Role,
    add_months,
)
from hj_journal.core.care.examples import (
    ExampleResource,
)
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.services import Services
from hj_journal.store.vault import Vault
from tests.helpers import store_setting_row


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


# ---------------------------------------------------------------------- people


def test_a_person_with_only_a_name_is_saved_with_calm_defaults(services: Services) -> None:
    person = services.care.add_person(PersonInput(name="  Ama  "))
    assert person.name == "Ama"
    assert (person.kind, person.ring, person.roles, person.asked) == ("person", 1, (), False)
    assert services.care.people() == [person]
    assert services.care.person(person.id) == person


def test_every_field_round_trips(services: Services) -> None:
    data = PersonInput(
        name="Neighbourhood healing circle",
        kind=PersonKind.ORGANISATION,
        ring=Ring.ORGANISATIONS,
        roles=[Role.IF_WITNESSED, Role.IF_HARMED],
        good_at="Listening without judging",
        capacity="Tuesdays only",
        asked=True,
        offer="I bring food to the circle",
        contact="Community centre, room 2",
        notes="Ask for Sam",
    )
    saved = services.care.add_person(data)
    again = services.care.person(saved.id)
    assert again.kind == "organisation"
    assert again.ring == 3
    # Roles come back in the fixed order, whatever order they were given in.
    assert again.roles == ("harmed", "witnessed")
    assert (again.good_at, again.capacity, again.asked) == (
        "Listening without judging",
        "Tuesdays only",
        True,
    )
    assert (again.offer, again.contact, again.notes) == (
        "I bring food to the circle",
        "Community centre, room 2",
        "Ask for Sam",
    )


def test_people_are_listed_ring_by_ring_then_by_name(services: Services) -> None:
    care = services.care
    care.add_person(PersonInput("zoë", ring=2))
    care.add_person(PersonInput("Bea", ring=1))
    care.add_person(PersonInput("al", ring=1))
    care.add_person(PersonInput("Clinic", kind="organisation", ring=3))
    assert [p.name for p in care.people()] == ["al", "Bea", "zoë", "Clinic"]


def test_update_and_delete(services: Services) -> None:
    care = services.care
    person = care.add_person(PersonInput("Kai"))
    changed = care.update_person(person.id, PersonInput("Kai R.", ring=2, asked=True))
    assert (changed.id, changed.name, changed.ring) == (person.id, "Kai R.", 2)
    assert changed.asked
    assert care.person(person.id) == changed
    care.delete_person(person.id)
    assert care.people() == []
    with pytest.raises(NotFoundError):
        care.person(person.id)
    with pytest.raises(NotFoundError):
        care.update_person(person.id, PersonInput("Kai"))
    with pytest.raises(NotFoundError):
        care.delete_person(person.id)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (PersonInput(name="   "), "name"),
        (PersonInput(name="x" * 201), "name"),
        (PersonInput(name="A", ring=4), "ring"),
        (PersonInput(name="A", ring=0), "ring"),
        (PersonInput(name="A", kind="robot"), "person or an organisation"),
        (PersonInput(name="A", roles=["someday"]), "inner-ring"),
        (PersonInput(name="A", notes="x" * 20_001), "too long"),
    ],
)
def test_refused_people_say_why_and_save_nothing(
    services: Services, data: PersonInput, words: str
) -> None:
    with pytest.raises(InputError, match=words):
        services.care.add_person(data)
    assert services.care.people() == []


# ---------------------------------------------------------------------- resources


def test_resources_keep_the_users_order(services: Services) -> None:
    care = services.care
    a = care.add_resource(ResourceInput("Warm line", ResourceKind.WARM_LINE, "Evenings"))
    b = care.add_resource(ResourceInput("Jo", ResourceKind.PERSON))
    c = care.add_resource(ResourceInput("Clinic", ResourceKind.HEALTH))
    assert [r.name for r in care.resources()] == ["Warm line", "Jo", "Clinic"]
    assert [r.position for r in care.resources()] == [0, 1, 2]
    care.move_resource(c.id, -1)
    assert [r.id for r in care.resources()] == [a.id, c.id, b.id]
    care.move_resource(a.id, +5)  # past the end stays at the end
    assert [r.id for r in care.resources()] == [c.id, b.id, a.id]
    care.reorder_resources([b.id])  # ids left out keep their order after these
    assert [r.id for r in care.resources()] == [b.id, c.id, a.id]


def test_resource_update_delete_and_refusals(services: Services) -> None:
    care = services.care
    r = care.add_resource(ResourceInput("Peer line"))
    assert r.kind == "other"
    assert not r.is_example
    r2 = care.update_resource(r.id, ResourceInput("Peer line", "peer_support", "Text 123"))
    assert (r2.kind, r2.contact) == ("peer_support", "Text 123")
    with pytest.raises(InputError, match="name"):
        care.update_resource(r.id, ResourceInput(""))
    with pytest.raises(InputError, match="kind of support"):
        care.add_resource(ResourceInput("X", kind="police"))
    care.delete_resource(r.id)
    assert care.resources() == []
    with pytest.raises(NotFoundError):
        care.resource(r.id)
    with pytest.raises(NotFoundError):
        care.move_resource(r.id, 1)


def test_the_example_list_is_added_once_labelled_and_after_the_users_own(
    services: Services,
) -> None:
    care = services.care
    own = care.add_resource(ResourceInput("My sister"))
    assert care.resources() == [own]  # nothing is added on its own
    added = care.add_example_resources()
    assert len(added) >= 4
    assert all(view.is_example for view in added)
    assert care.resources()[0] == own
    assert care.add_example_resources() == []  # asking again makes no duplicates
    names = [view.name for view in care.resources()]
    assert len(names) == len(set(names)) == len(added) + 1
    # An edited example becomes the user's own.
    edited = care.update_resource(added[0].id, ResourceInput(added[0].name, "warm_line", "555"))
    assert not edited.is_example
    # Deleted examples can be asked for again; kept ones are not doubled.
    care.delete_resource(added[1].id)
    again = care.add_example_resources()
    assert {v.name for v in again} == {added[0].name, added[1].name}


def test_examples_come_from_the_given_source(vault: Vault) -> None:
    care = CareMap(vault, examples=lambda: [ExampleResource("Only one", "other", "", "")])
    assert [view.name for view in care.add_example_resources()] == ["Only one"]


# ---------------------------------------------------------------------- revisiting


def test_the_revisit_reminder_is_off_by_default(services: Services) -> None:
    care = services.care
    care.add_person(PersonInput("Ama"))
    assert care.revisit_months() == 0
    assert not care.revisit_due(date.today() + timedelta(days=3650))


def test_the_revisit_reminder_counts_from_the_last_change_or_look(vault: Vault) -> None:
    clock = Clock(datetime(2024, 1, 31, 12, tzinfo=UTC))
    care = CareMap(vault, clock=clock)
    care.set_revisit_months(3)
    assert not care.revisit_due(date(2030, 1, 1))  # an empty map has nothing to revisit
    person = care.add_person(PersonInput("Ama"))
    assert care.last_revisited() == date(2024, 1, 31)
    assert not care.revisit_due(date(2024, 4, 29))
    assert care.revisit_due(date(2024, 4, 30))  # 31 January + 3 months = 30 April
    care.mark_revisited(date(2024, 5, 2))
    assert not care.revisit_due(date(2024, 8, 1))
    assert care.revisit_due(date(2024, 8, 2))
    clock.now = datetime(2024, 7, 1, tzinfo=UTC)
    care.update_person(person.id, PersonInput("Ama", asked=True))  # a change counts too
    assert not care.revisit_due(date(2024, 8, 2))
    care.set_revisit_months(0)
    assert not care.revisit_due(date(2030, 1, 1))


@pytest.mark.parametrize("months", [-1, 25, True])
def test_revisit_months_out_of_range_are_refused(services: Services, months: int) -> None:
    with pytest.raises(InputError):
        services.care.set_revisit_months(months)


def test_a_damaged_revisit_setting_counts_as_off(services: Services) -> None:
    store_setting_row(services.vault, "care.revisit_months", "often")
    store_setting_row(services.vault, "care.revisited_on", "someday")
    assert services.care.revisit_months() == 0
    assert services.care.last_revisited() is None


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2023, 11, 15), 3, date(2024, 2, 15)),
        (date(2024, 12, 1), 12, date(2025, 12, 1)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected
