"""Drafts, check-ins and vault settings."""

from __future__ import annotations

from datetime import date

import pytest

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.common.errors import InputError
from hj_journal.core.journal.drafts import DraftState
from hj_journal.core.services import Services


def test_a_draft_is_saved_replaced_and_discarded(services: Services) -> None:
    drafts = services.drafts
    assert drafts.load() is None
    drafts.save(
        DraftState(title="First", body="typing…", tags=("a",), entry_date=date(2026, 1, 1))
    )
    drafts.save(DraftState(title="Second", body="more typing", tags=("#b", "a")))
    loaded = drafts.load()
    assert loaded is not None
    assert (loaded.title, loaded.body, loaded.tags) == ("Second", "more typing", ("a", "b"))
    assert loaded.updated_at is not None
    assert drafts.load("other") is None
    drafts.discard()
    assert drafts.load() is None
    assert DraftState().is_empty and not DraftState(body="x").is_empty


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


def test_settings_have_defaults_and_persist(services: Services, policy) -> None:
    settings = services.settings
    assert not settings.is_practice_vault
    settings.set("vault.kind", "practice")
    settings.set("custom", {"a": [1, 2]})
    vault = services.vault
    vault.lock()
    vault.unlock("a calm and quiet river", policy=policy)
    assert settings.is_practice_vault
    assert settings.get("custom") == {"a": [1, 2]}
    assert settings.get("missing", "fallback") == "fallback"
