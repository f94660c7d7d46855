"""Check-ins: every field optional, values kept in range, and the list read page by page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.common.errors import InputError
from hj_journal.core.services import Services


def test_recent_checkins_continue_after_one_even_at_the_same_moment(services: Services) -> None:
    same = datetime(2026, 2, 1, 12, tzinfo=UTC)
    ids = [services.checkins.add(CheckInInput(distress=i, at=same)).id for i in range(5)]
    first = services.checkins.recent(limit=2)
    rest = services.checkins.recent(limit=10, after=first[-1])
    assert [c.id for c in first + rest] == sorted(ids, reverse=True)


def test_every_checkin_field_is_optional(services: Services) -> None:
    saved = services.checkins.add(CheckInInput())
    assert (saved.distress, saved.mood, saved.energy, saved.note) == (None, None, None, "")


def test_a_rich_checkin_round_trips(services: Services) -> None:
    saved = services.checkins.add(
        CheckInInput(
            distress=6,
            mood=-1,
            energy=2,
            emotions=["tired", " Tired", "hopeful"],
            context_tags=["housing"],
            note="landlord again",
        )
    )
    again = services.checkins.get(saved.id)
    assert again.emotions == ("tired", "hopeful")
    assert again.context_tags == ("housing",)
    assert [c.id for c in services.checkins.recent()] == [saved.id]


@pytest.mark.parametrize(
    "data",
    [
        CheckInInput(distress=11),
        CheckInInput(distress=-1),
        CheckInInput(mood=4),
        CheckInInput(energy=5),
        CheckInInput(distress=True),  # type: ignore[arg-type]
    ],
)
def test_out_of_range_values_are_refused(services: Services, data: CheckInInput) -> None:
    with pytest.raises(InputError):
        services.checkins.add(data)
    assert services.checkins.recent() == []
