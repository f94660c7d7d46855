"""The person's own check-in scales, kept in the vault: define, import, rate, look back.

A scale (see :mod:`hj_journal.core.checkin.scales`) is one question answered with a whole
number between its ends. Ratings are only listed and charted; they are never scored
against norms and have no bands.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hj_journal.core.checkin.scales import CustomScale, ScaleError
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.i18n import translate
from hj_journal.store.coltypes import utcnow
from hj_journal.store.models import CustomScale as ScaleRow
from hj_journal.store.models import ScaleRating
from hj_journal.store.vault import Vault


@dataclass(frozen=True)
class ScaleView:
    """A saved scale."""

    id: int
    uuid: str
    scale: CustomScale
    hidden: bool
    created_at: datetime

    @property
    def name(self) -> str:
        """The scale's name."""
        return self.scale.name


@dataclass(frozen=True)
class RatingView:
    """One rating on a scale."""

    id: int
    scale_id: int
    at: datetime
    value: int
    checkin_id: int | None = None
    session_id: int | None = None


def _scale_of(row: ScaleRow) -> CustomScale:
    anchors = row.anchors or {}
    return CustomScale(
        name=row.name,
        question=row.question,
        min=row.min_value,
        max=row.max_value,
        min_label=str(anchors.get("min", "")),
        max_label=str(anchors.get("max", "")),
        middle_label=anchors.get("middle") or None,
    )


def _view(row: ScaleRow) -> ScaleView:
    return ScaleView(row.id, row.uuid, _scale_of(row), row.hidden, row.created_at)


def _rating(row: ScaleRating) -> RatingView:
    return RatingView(row.id, row.scale_id, row.at, row.value, row.checkin_id, row.session_id)


class CustomScales:
    """Custom scales and their ratings in one unlocked vault."""

    def __init__(self, vault: Vault, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._vault = vault
        self._clock = clock

    def add(self, scale: CustomScale) -> ScaleView:
        """Save a new scale (already validated by :class:`CustomScale`)."""
        with self._vault.transaction() as session:
            row = ScaleRow(
                name=scale.name.strip(),
                question=scale.question,
                min_value=scale.min,
                max_value=scale.max,
                anchors=scale.anchors,
                created_at=self._clock(),
            )
            session.add(row)
            session.flush()
            return _view(row)

    def import_file(self, path: Path) -> ScaleView:
        """Read a scale TOML file and save it. Raises :class:`InputError` naming the
        file and field of any problem."""
        try:
            scale = CustomScale.load(path)
        except ScaleError as error:
            raise InputError(f"{error}.") from None
        return self.add(scale)

    def all(self, *, include_hidden: bool = False) -> list[ScaleView]:
        """Scales, oldest first."""
        query = select(ScaleRow).order_by(ScaleRow.created_at, ScaleRow.id)
        if not include_hidden:
            query = query.where(ScaleRow.hidden.is_(False))
        with self._vault.session() as session:
            return [_view(row) for row in session.scalars(query)]

    def get(self, scale_id: int) -> ScaleView:
        """One scale."""
        with self._vault.session() as session:
            return _view(self._row(session, scale_id))

    def set_hidden(self, scale_id: int, hidden: bool) -> None:
        """Hide a scale from the list (its ratings stay), or show it again."""
        with self._vault.transaction() as session:
            self._row(session, scale_id).hidden = hidden

    def delete(self, scale_id: int) -> None:
        """Delete a scale and its ratings."""
        with self._vault.transaction() as session:
            row = session.get(ScaleRow, scale_id)
            if row is not None:
                # Ratings first, in SQL, so this works whether or not the database
                # enforces the cascade itself.
                session.execute(delete(ScaleRating).where(ScaleRating.scale_id == scale_id))
                session.delete(row)

    def export_toml(self, scale_id: int) -> str:
        """The scale as a TOML file's text, to share with someone else."""
        return self.get(scale_id).scale.to_toml()

    def rate(
        self,
        scale_id: int,
        value: int,
        *,
        at: datetime | None = None,
        checkin_id: int | None = None,
        session_id: int | None = None,
    ) -> RatingView:
        """Save one rating. Raises :class:`InputError` for a value outside the scale."""
        with self._vault.transaction() as session:
            row = self._row(session, scale_id)
            scale = _scale_of(row)
            if not scale.accepts(value):
                raise InputError(
                    translate(
                        "CheckinCustomScales",
                        "{name} is a whole number from {min} to {max}.",
                    ).format(name=scale.name, min=scale.min, max=scale.max)
                )
            rating = ScaleRating(
                scale_id=scale_id,
                at=at or self._clock(),
                value=value,
                checkin_id=checkin_id,
                session_id=session_id,
            )
            session.add(rating)
            session.flush()
            return _rating(rating)

    def ratings(self, scale_id: int) -> list[RatingView]:
        """Every rating on one scale, oldest first (for a chart)."""
        query = (
            select(ScaleRating)
            .where(ScaleRating.scale_id == scale_id)
            .order_by(ScaleRating.at, ScaleRating.id)
        )
        with self._vault.session() as session:
            self._row(session, scale_id)
            return [_rating(row) for row in session.scalars(query)]

    @staticmethod
    def _row(session: Session, scale_id: int) -> ScaleRow:
        row = session.get(ScaleRow, scale_id)
        if row is None:
            raise NotFoundError(
                translate(
                    "CheckinCustomScales",
                    "That scale no longer exists.",
                )
            )
        return row
