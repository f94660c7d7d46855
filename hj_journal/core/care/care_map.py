"""The community care map (pod map) and the user's own support resources.

The map follows docs/care.md: you at the centre; ring 1 holds the people you would turn to
(``roles`` says for what: if you were harmed, if you caused harm, if you witnessed
harm — they may differ); ring 2 the people who could join with some effort; ring 3
organisations, healers and resources. Every field is optional except a name.

Support resources are the user's own crisis and non-police options, in the order the
user chose. A short example list ships with the app (``resources/care``); it is added
only when the user asks for it (:meth:`CareMap.add_example_resources`), never on its
own, so nothing appears in the support panel that the user did not choose to keep.

The revisit reminder is off unless the user picks a number of months (vault setting
``care.revisit_months``); :meth:`CareMap.revisit_due` only answers a question, the UI
words it neutrally.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hj_journal.core.care.examples import ExampleResource, load_example_resources
from hj_journal.core.care.kinds import RINGS, PersonKind, ResourceKind, Ring, Role
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.core.events import CareMapChanged, Events
from hj_journal.core.settings import MAX_REVISIT_MONTHS, VaultSettings
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import Resource, SupportPerson
from hj_journal.store.vault import Vault

__all__ = [
    "RINGS",
    "CareMap",
    "PersonInput",
    "PersonKind",
    "PersonView",
    "ResourceInput",
    "ResourceKind",
    "ResourceView",
    "Ring",
    "Role",
    "add_months",
]

MAX_NAME = 200
MAX_TEXT = 20_000


@dataclass(frozen=True)
class PersonInput:
    """Someone on the map as the user typed them (only the name is needed)."""

    name: str
    kind: str = PersonKind.PERSON
    ring: int = Ring.TURN_TO
    roles: Sequence[str] = ()
    good_at: str = ""
    capacity: str = ""
    asked: bool = False
    offer: str = ""
    contact: str = ""
    notes: str = ""


@dataclass(frozen=True)
class PersonView:
    """Someone saved on the map."""

    id: int
    uuid: str
    name: str
    kind: str
    ring: int
    roles: tuple[str, ...]
    good_at: str
    capacity: str
    asked: bool
    offer: str
    contact: str
    notes: str


@dataclass(frozen=True)
class ResourceInput:
    """A support resource as the user typed it (only the name is needed)."""

    name: str
    kind: str = ResourceKind.OTHER
    contact: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ResourceView:
    """A saved support resource. ``is_example`` marks the shipped examples."""

    id: int
    uuid: str
    name: str
    kind: str
    contact: str
    notes: str
    is_example: bool
    position: int


def _name(value: str, what: str) -> str:
    name = " ".join(value.split())
    if not name:
        raise InputError(
            translate(
                "CareCareMap",
                "Please give {what} a name; everything else can stay empty.",
            ).format(what=what)
        )
    if len(name) > MAX_NAME:
        raise InputError(
            translate(
                "CareCareMap",
                "That name is longer than {max_name} characters.",
            ).format(max_name=MAX_NAME)
        )
    return name


def _text(value: str) -> str:
    text = value.strip()
    if len(text) > MAX_TEXT:
        raise InputError(
            translate(
                "CareCareMap",
                "One of the fields is too long to save.",
            )
        )
    return text


def _clean_person(data: PersonInput) -> PersonInput:
    if data.kind not in {kind.value for kind in PersonKind}:
        raise InputError(
            translate(
                "CareCareMap",
                "Please choose a person or an organisation.",
            )
        )
    if data.ring not in RINGS:
        raise InputError(
            translate(
                "CareCareMap",
                "Please choose one of the three rings.",
            )
        )
    known = [role.value for role in Role]
    unknown = [role for role in data.roles if role not in known]
    if unknown:
        raise InputError(
            translate(
                "CareCareMap",
                "That is not one of the inner-ring choices.",
            )
        )
    return PersonInput(
        name=_name(data.name, "them"),
        kind=data.kind,
        ring=int(data.ring),
        roles=[role for role in known if role in data.roles],
        good_at=_text(data.good_at),
        capacity=_text(data.capacity),
        asked=bool(data.asked),
        offer=_text(data.offer),
        contact=_text(data.contact),
        notes=_text(data.notes),
    )


def _clean_resource(data: ResourceInput) -> ResourceInput:
    if data.kind not in {kind.value for kind in ResourceKind}:
        raise InputError(
            translate(
                "CareCareMap",
                "Please choose what kind of support this is.",
            )
        )
    return ResourceInput(
        name=_name(data.name, "this resource"),
        kind=data.kind,
        contact=_text(data.contact),
        notes=_text(data.notes),
    )


def _person_view(row: SupportPerson) -> PersonView:
    return PersonView(
        id=row.id,
        uuid=row.uuid,
        name=row.name,
        kind=row.kind,
        ring=row.ring,
        roles=tuple(str(role) for role in row.roles),
        good_at=row.good_at,
        capacity=row.capacity,
        asked=row.asked,
        offer=row.offer,
        contact=row.contact,
        notes=row.notes,
    )


def _resource_view(row: Resource) -> ResourceView:
    return ResourceView(
        id=row.id,
        uuid=row.uuid,
        name=row.name,
        kind=row.kind,
        contact=row.contact,
        notes=row.notes,
        is_example=row.is_example,
        position=row.position,
    )


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months on (the 31st becomes the month's last day)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class CareMap:
    """The community care map and support resources in one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        settings: VaultSettings | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
        examples: Callable[[], Sequence[ExampleResource]] = load_example_resources,
        events: Events | None = None,
    ) -> None:
        self._vault = vault
        self._settings = settings or VaultSettings(vault)
        self._clock = clock
        self._examples = examples
        self._events = events if events is not None else Events()

    def _changed(self) -> None:
        self._events.emit(CareMapChanged())

    # ------------------------------------------------------------------ people

    def people(self) -> list[PersonView]:
        """Everyone on the map, ring by ring, then by name."""
        query = select(SupportPerson).order_by(
            SupportPerson.ring, func.lower(SupportPerson.name), SupportPerson.id
        )
        with self._vault.session() as session:
            return [_person_view(row) for row in session.scalars(query)]

    def person(self, person_id: int) -> PersonView:
        """One person or organisation on the map."""
        with self._vault.session() as session:
            return _person_view(self._person_row(session, person_id))

    def add_person(self, data: PersonInput) -> PersonView:
        """Put someone on the map."""
        clean = _clean_person(data)
        now = self._clock()
        with self._vault.transaction() as session:
            row = SupportPerson(created_at=now, updated_at=now)
            self._fill_person(row, clean)
            session.add(row)
            session.flush()
            saved = _person_view(row)
        self._changed()
        return saved

    def update_person(self, person_id: int, data: PersonInput) -> PersonView:
        """Change what the map says about someone."""
        clean = _clean_person(data)
        with self._vault.transaction() as session:
            row = self._person_row(session, person_id)
            self._fill_person(row, clean)
            row.updated_at = self._clock()
            session.flush()
            saved = _person_view(row)
        self._changed()
        return saved

    def delete_person(self, person_id: int) -> None:
        """Take someone off the map."""
        with self._vault.transaction() as session:
            session.delete(self._person_row(session, person_id))
        self._changed()

    @staticmethod
    def _fill_person(row: SupportPerson, data: PersonInput) -> None:
        row.name = data.name
        row.kind = data.kind
        row.ring = data.ring
        row.roles = list(data.roles)
        row.good_at = data.good_at
        row.capacity = data.capacity
        row.asked = data.asked
        row.offer = data.offer
        row.contact = data.contact
        row.notes = data.notes

    @staticmethod
    def _person_row(session: Session, person_id: int) -> SupportPerson:
        row = session.get(SupportPerson, person_id)
        if row is None:
            raise NotFoundError(
                translate(
                    "CareCareMap",
                    "That person is no longer on the map.",
                )
            )
        return row

    # ------------------------------------------------------------------ resources

    def resources(self) -> list[ResourceView]:
        """The support resources, in the user's order."""
        query = select(Resource).order_by(Resource.position, Resource.id)
        with self._vault.session() as session:
            return [_resource_view(row) for row in session.scalars(query)]

    def resource(self, resource_id: int) -> ResourceView:
        """One support resource."""
        with self._vault.session() as session:
            return _resource_view(self._resource_row(session, resource_id))

    def add_resource(self, data: ResourceInput) -> ResourceView:
        """Add a resource at the end of the list."""
        clean = _clean_resource(data)
        with self._vault.transaction() as session:
            saved = _resource_view(self._new_resource(session, clean, is_example=False))
        self._changed()
        return saved

    def update_resource(self, resource_id: int, data: ResourceInput) -> ResourceView:
        """Change a resource. An edited example becomes the user's own (no longer marked)."""
        clean = _clean_resource(data)
        with self._vault.transaction() as session:
            row = self._resource_row(session, resource_id)
            row.name, row.kind = clean.name, clean.kind
            row.contact, row.notes = clean.contact, clean.notes
            row.is_example = False
            row.updated_at = self._clock()
            session.flush()
            saved = _resource_view(row)
        self._changed()
        return saved

    def delete_resource(self, resource_id: int) -> None:
        """Remove a resource."""
        with self._vault.transaction() as session:
            session.delete(self._resource_row(session, resource_id))
        self._changed()

    def move_resource(self, resource_id: int, steps: int) -> list[ResourceView]:
        """Move a resource up (negative ``steps``) or down the list; returns the new order."""
        ids = [view.id for view in self.resources()]
        if resource_id not in ids:
            raise NotFoundError(
                translate(
                    "CareCareMap",
                    "That resource is no longer in the list.",
                )
            )
        old = ids.index(resource_id)
        new = max(0, min(len(ids) - 1, old + steps))
        ids.insert(new, ids.pop(old))
        return self.reorder_resources(ids)

    def reorder_resources(self, ordered_ids: Sequence[int]) -> list[ResourceView]:
        """Put the resources in this order (ids left out keep their order, after these)."""
        with self._vault.transaction() as session:
            rows = list(session.scalars(select(Resource).order_by(Resource.position, Resource.id)))
            by_id = {row.id: row for row in rows}
            order = [by_id[i] for i in dict.fromkeys(ordered_ids) if i in by_id]
            order += [row for row in rows if row not in order]
            for position, row in enumerate(order):
                row.position = position
            session.flush()
            ordered = [_resource_view(row) for row in order]
        self._changed()
        return ordered

    def add_example_resources(self) -> list[ResourceView]:
        """Add the shipped example list (marked as examples) and return what was added.

        An example already in the list (by name, still marked as an example) is not
        added twice, so asking again never makes duplicates.
        """
        with self._vault.transaction() as session:
            present = set(
                session.scalars(select(Resource.name).where(Resource.is_example.is_(True)))
            )
            added = []
            for example in self._examples():
                if example.name in present:
                    continue
                clean = ResourceInput(example.name, example.kind, example.contact, example.notes)
                added.append(self._new_resource(session, clean, is_example=True))
            views = [_resource_view(row) for row in added]
        if views:
            self._changed()
        return views

    def _new_resource(
        self, session: Session, data: ResourceInput, *, is_example: bool
    ) -> Resource:
        last = session.scalar(select(func.max(Resource.position)))
        now = self._clock()
        row = Resource(
            name=data.name,
            kind=data.kind,
            contact=data.contact,
            notes=data.notes,
            is_example=is_example,
            position=0 if last is None else int(last) + 1,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
        session.flush()
        return row

    @staticmethod
    def _resource_row(session: Session, resource_id: int) -> Resource:
        row = session.get(Resource, resource_id)
        if row is None:
            raise NotFoundError(
                translate(
                    "CareCareMap",
                    "That resource is no longer in the list.",
                )
            )
        return row

    # ------------------------------------------------------------------ revisiting

    def revisit_months(self) -> int:
        """Months between gentle revisit reminders; 0 means off (the default)."""
        return self._settings.revisit_months

    def set_revisit_months(self, months: int) -> None:
        """Turn the reminder on (1–24 months) or off (0)."""
        if isinstance(months, bool) or not 0 <= months <= MAX_REVISIT_MONTHS:
            raise InputError(
                translate(
                    "CareCareMap",
                    "Choose between 1 and {max_revisit_months} months, or off.",
                ).format(max_revisit_months=MAX_REVISIT_MONTHS)
            )
        self._settings.revisit_months = int(months)

    def mark_revisited(self, today: date) -> None:
        """Remember that the user looked over the map today."""
        self._settings.revisited_on = today

    def last_revisited(self) -> date | None:
        """When the map was last looked over or changed, if ever."""
        marked = self._settings.revisited_on  # a damaged value reads as never marked
        candidates = [] if marked is None else [marked]
        with self._vault.session() as session:
            changed = session.scalar(select(func.max(SupportPerson.updated_at)))
        if changed is not None:
            candidates.append(changed.date())
        return max(candidates, default=None)

    def revisit_due(self, today: date) -> bool:
        """True when the user asked for reminders and the map is due a look.

        Never true while the reminder is off or the map is empty.
        """
        months = self.revisit_months()
        if not months:
            return False
        last = self.last_revisited()
        if last is None:
            return False
        return today >= add_months(last, months)
