"""Structured plans with history: safety, self-care, accountability, allies and barriers.

There is one plan of each kind per vault. Every :meth:`Plans.save` writes a new
``PlanVersion`` and keeps the earlier ones, so the user can look back at how a plan
has changed. Every field is optional: a half-filled form is saved as it is (blank
answers are simply left out of the saved data).

A version's ``data`` maps the form's field ids (see :mod:`hj_journal.core.care.plan_forms`)
to the text the user wrote. The accountability reflection is always private
(:data:`~hj_journal.core.care.plan_forms.PRIVATE_KINDS`): exports meant for other people
must leave it out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hj_journal.core.care.plan_forms import PRIVATE_KINDS, PlanForm, PlanKind, load_plan_forms
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.core.events import Events, PlanChanged
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import Plan, PlanVersion
from hj_journal.store.vault import Vault

__all__ = [
    "KEEP",
    "PRIVATE_KINDS",
    "PlanKind",
    "PlanVersionView",
    "PlanView",
    "Plans",
]

MAX_ANSWER = 100_000


class _Keep(Enum):
    KEEP = "keep"


KEEP = _Keep.KEEP
"""Pass as ``follow_up_on`` to leave a plan's follow-up date as it is."""


@dataclass(frozen=True)
class PlanVersionView:
    """One saved version of a plan (``id`` is the version's own id)."""

    plan_id: int
    kind: str
    saved_at: datetime
    data: dict[str, Any]
    id: int = 0


@dataclass(frozen=True)
class PlanView:
    """A plan and how many versions it has."""

    id: int
    uuid: str
    kind: str
    title: str
    follow_up_on: date | None
    created_at: datetime
    updated_at: datetime
    version_count: int

    @property
    def private(self) -> bool:
        """Never part of any export summary for others."""
        return self.kind in PRIVATE_KINDS


def _kind(kind: str) -> PlanKind:
    try:
        return PlanKind(kind)
    except ValueError:
        raise InputError(
            translate(
                "CarePlans",
                "That is not a kind of plan HJ Journal knows.",
            )
        ) from None


def _version_view(row: PlanVersion, kind: str) -> PlanVersionView:
    return PlanVersionView(
        plan_id=row.plan_id, kind=kind, saved_at=row.saved_at, data=dict(row.data), id=row.id
    )


class Plans:
    """The plans in one unlocked vault."""

    def __init__(
        self,
        vault: Vault,
        *,
        clock: Callable[[], datetime] = utcnow,
        forms: Callable[[], Mapping[PlanKind, PlanForm]] = load_plan_forms,
        events: Events | None = None,
    ) -> None:
        self._vault = vault
        self._clock = clock
        self._forms = forms
        self._events = events if events is not None else Events()

    # ------------------------------------------------------------------ forms

    def forms(self) -> list[PlanForm]:
        """The form of every kind, in the order they are offered."""
        return list(self._forms().values())

    def form(self, kind: str) -> PlanForm:
        """The questions of one kind of plan."""
        return self._forms()[_kind(kind)]

    def clean(self, kind: str, data: Mapping[str, object]) -> dict[str, str]:
        """``data`` as it would be saved: known fields only, blank answers left out."""
        known = self.form(kind).field_ids()
        clean: dict[str, str] = {}
        for key, value in data.items():
            if key not in known:
                raise InputError(
                    translate(
                        "CarePlans",
                        "That answer does not belong to this plan.",
                    )
                )
            if not isinstance(value, str):
                raise InputError(
                    translate(
                        "CarePlans",
                        "Plan answers are text.",
                    )
                )
            if len(value) > MAX_ANSWER:
                raise InputError(
                    translate(
                        "CarePlans",
                        "One of the answers is too long to save.",
                    )
                )
            if value.strip():
                clean[key] = value.rstrip()
        return clean

    # ------------------------------------------------------------------ plans

    def plans(self) -> list[PlanView]:
        """Every plan that has been saved at least once, in the order kinds are offered."""
        order = {kind.value: index for index, kind in enumerate(PlanKind)}
        with self._vault.session() as session:
            rows = list(session.scalars(select(Plan)))
            views = [self._plan_view(session, row) for row in rows]
        return sorted(views, key=lambda view: (order.get(view.kind, len(order)), view.id))

    def plan(self, kind: str) -> PlanView | None:
        """The plan of this kind, if it has been saved."""
        kind = _kind(kind).value
        with self._vault.session() as session:
            row = self._plan_row(session, kind)
            return None if row is None else self._plan_view(session, row)

    def save(
        self,
        kind: str,
        data: Mapping[str, object],
        *,
        follow_up_on: date | _Keep | None = KEEP,
    ) -> PlanVersionView:
        """Keep a new version of the plan (earlier versions stay)."""
        form = self.form(kind)
        clean = self.clean(kind, data)
        now = self._clock()
        with self._vault.transaction() as session:
            plan = self._plan_row(session, form.kind.value)
            if plan is None:
                plan = Plan(kind=form.kind.value, title=form.title, created_at=now)
                session.add(plan)
            plan.updated_at = now
            if follow_up_on is not KEEP:
                plan.follow_up_on = follow_up_on
            session.flush()
            version = PlanVersion(plan_id=plan.id, saved_at=now, data=clean)
            session.add(version)
            session.flush()
            saved = _version_view(version, plan.kind)
        self._events.emit(PlanChanged(saved.kind))
        return saved

    def latest(self, kind: str) -> PlanVersionView | None:
        """The most recently saved version of this kind of plan, if any."""
        kind = _kind(kind).value
        query = (
            select(PlanVersion)
            .join(Plan)
            .where(Plan.kind == kind)
            .order_by(PlanVersion.saved_at.desc(), PlanVersion.id.desc())
            .limit(1)
        )
        with self._vault.session() as session:
            row = session.scalar(query)
            return None if row is None else _version_view(row, kind)

    def versions(self, plan_id: int) -> list[PlanVersionView]:
        """Every saved version of a plan, newest first."""
        query = (
            select(PlanVersion)
            .where(PlanVersion.plan_id == plan_id)
            .order_by(PlanVersion.saved_at.desc(), PlanVersion.id.desc())
        )
        with self._vault.session() as session:
            plan = session.get(Plan, plan_id)
            if plan is None:
                raise NotFoundError(
                    translate(
                        "CarePlans",
                        "That plan no longer exists.",
                    )
                )
            return [_version_view(row, plan.kind) for row in session.scalars(query)]

    def set_follow_up(self, kind: str, on: date | None) -> PlanView:
        """Set (or clear) the day the user wants to look at a saved plan again."""
        kind = _kind(kind).value
        with self._vault.transaction() as session:
            row = self._plan_row(session, kind)
            if row is None:
                raise NotFoundError(
                    translate(
                        "CarePlans",
                        "Save the plan once before choosing a follow-up day.",
                    )
                )
            row.follow_up_on = on
            session.flush()
            plan = self._plan_view(session, row)
        self._events.emit(PlanChanged(plan.kind))
        return plan

    def follow_ups_due(self, today: date) -> list[PlanView]:
        """Plans whose follow-up day has come."""
        return [
            plan
            for plan in self.plans()
            if plan.follow_up_on is not None and plan.follow_up_on <= today
        ]

    def delete(self, plan_id: int) -> None:
        """Delete a plan and every version of it."""
        with self._vault.transaction() as session:
            row = session.get(Plan, plan_id)
            if row is None:
                raise NotFoundError(
                    translate(
                        "CarePlans",
                        "That plan no longer exists.",
                    )
                )
            kind = row.kind
            session.delete(row)
        self._events.emit(PlanChanged(kind))

    # ------------------------------------------------------------------ helpers

    @staticmethod
    def _plan_row(session: Session, kind: str) -> Plan | None:
        return session.scalar(select(Plan).where(Plan.kind == kind).order_by(Plan.id).limit(1))

    @staticmethod
    def _plan_view(session: Session, row: Plan) -> PlanView:
        count = session.scalar(
            select(func.count()).select_from(PlanVersion).where(PlanVersion.plan_id == row.id)
        )
        return PlanView(
            id=row.id,
            uuid=row.uuid,
            kind=row.kind,
            title=row.title,
            follow_up_on=row.follow_up_on,
            created_at=row.created_at,
            updated_at=row.updated_at,
            version_count=int(count or 0),
        )
