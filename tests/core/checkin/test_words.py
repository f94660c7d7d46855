"""Check-in word lists, check-in preferences, and custom scales kept in the vault."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.prefs import CheckInPreferences, Layout
from hj_journal.core.checkin.scales import CustomScale
from hj_journal.core.checkin.words import MAX_WORD, OUTSIDE_CONDITIONS, WordKind
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.services import Services
from tests.helpers import PASSPHRASE

# ---------------------------------------------------------------------- words


def test_the_built_in_lists_are_grouped_and_name_outside_conditions(services: Services) -> None:
    words = services.checkin_words
    emotions = words.groups(WordKind.EMOTION)
    assert len(emotions) >= 5
    assert all(group.words and not group.own for group in emotions)
    context = words.all_words(WordKind.CONTEXT)
    for condition in (
        "money",
        "housing",
        "work",
        "discrimination",
        "health",
        "relationships",
        "community events",
    ):
        assert condition in context
    assert set(OUTSIDE_CONDITIONS) <= set(context)
    assert words.all_words(WordKind.BODY)


@pytest.mark.parametrize("kind", list(WordKind))
def test_own_words_extend_each_list_and_persist(
    services: Services, kind: WordKind, policy
) -> None:
    words = services.checkin_words
    assert words.add(kind, "  held   by my people ") == "held by my people"
    assert words.add(kind, "HELD BY MY PEOPLE") == "held by my people"  # no duplicate
    last = words.groups(kind)[-1]
    assert last.own and last.words == ("held by my people",)
    services.vault.lock()
    services.vault.unlock(PASSPHRASE, policy=policy)
    assert "held by my people" in words.all_words(kind)
    words.remove(kind, "Held by my people")
    assert not words.groups(kind)[-1].own


def test_a_built_in_word_is_not_added_twice(services: Services) -> None:
    assert services.checkin_words.add(WordKind.CONTEXT, "Money") == "money"
    assert services.checkin_words.own(WordKind.CONTEXT) == ()


@pytest.mark.parametrize("word", ["", "   ", "x" * (MAX_WORD + 1)])
def test_unusable_words_are_refused(services: Services, word: str) -> None:
    with pytest.raises(InputError):
        services.checkin_words.add(WordKind.EMOTION, word)


# ---------------------------------------------------------------------- preferences


def test_preferences_default_to_gentle_choices(services: Services) -> None:
    prefs = services.checkin_prefs.load()
    assert prefs == CheckInPreferences()
    assert prefs.support_threshold is None
    assert not prefs.offers_support_at(10)


def test_preferences_round_trip(services: Services) -> None:
    chosen = CheckInPreferences(
        hidden_instruments=frozenset({"pss10"}),
        phq8_mode=True,
        layout=Layout.SINGLE_PAGE,
        support_threshold=7,
        content_notes_off=frozenset({"self_harm"}),
    )
    services.checkin_prefs.save(chosen)
    loaded = services.checkin_prefs.load()
    assert loaded == chosen
    assert loaded.offers_support_at(7) and not loaded.offers_support_at(6)
    assert not loaded.offers_support_at(None)


@pytest.mark.parametrize("threshold", [11, -1, True])
def test_a_support_level_outside_0_to_10_is_refused(services: Services, threshold: int) -> None:
    with pytest.raises(InputError):
        services.checkin_prefs.save(CheckInPreferences(support_threshold=threshold))


def test_unreadable_stored_preferences_fall_back_to_defaults(services: Services) -> None:
    services.settings.set("checkin.layout", "sideways")
    services.settings.set("checkin.support_threshold", "high")
    services.settings.set("checkin.hidden_instruments", "gad7")
    assert services.checkin_prefs.load() == CheckInPreferences()


# ---------------------------------------------------------------------- custom scales


def _calm() -> CustomScale:
    return CustomScale(
        name="Calm in my body",
        question="How calm does your body feel?",
        min=1,
        max=7,
        min_label="Not at all",
        max_label="Very",
        middle_label="Somewhat",
    )


def test_a_custom_scale_is_saved_rated_and_listed(services: Services, policy) -> None:
    scales = services.scales
    saved = scales.add(_calm())
    t0 = datetime(2026, 2, 1, tzinfo=UTC)
    scales.rate(saved.id, 3, at=t0 + timedelta(days=1))
    scales.rate(saved.id, 6, at=t0)
    services.vault.lock()
    services.vault.unlock(PASSPHRASE, policy=policy)
    assert scales.get(saved.id).scale == _calm()
    assert [r.value for r in scales.ratings(saved.id)] == [6, 3]  # oldest first
    assert [s.name for s in scales.all()] == ["Calm in my body"]


def test_a_rating_outside_the_scale_is_refused(services: Services) -> None:
    saved = services.scales.add(_calm())
    for value in (0, 8, True):
        with pytest.raises(InputError, match="from 1 to 7"):
            services.scales.rate(saved.id, value)  # type: ignore[arg-type]
    assert services.scales.ratings(saved.id) == []


def test_a_scale_file_is_imported_and_bad_files_are_named(
    services: Services, tmp_path: Path
) -> None:
    good = tmp_path / "calm.toml"
    good.write_text(_calm().to_toml(), encoding="utf-8")
    imported = services.scales.import_file(good)
    assert imported.scale == _calm()
    assert services.scales.export_toml(imported.id) == _calm().to_toml()
    bad = tmp_path / "bad.toml"
    bad.write_text('name = "x"\nquestion = "q"\nmin = 5\nmax = 1\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.toml"):
        services.scales.import_file(bad)
    assert len(services.scales.all()) == 1


def test_hidden_and_deleted_scales(services: Services) -> None:
    scales = services.scales
    saved = scales.add(_calm())
    scales.rate(saved.id, 4)
    scales.set_hidden(saved.id, True)
    assert scales.all() == []
    assert [s.id for s in scales.all(include_hidden=True)] == [saved.id]
    scales.delete(saved.id)
    with pytest.raises(NotFoundError):
        scales.ratings(saved.id)


# ---------------------------------------------------------------------- check-in paging


def test_recent_checkins_continue_after_one_even_at_the_same_moment(services: Services) -> None:
    same = datetime(2026, 2, 1, 12, tzinfo=UTC)
    ids = [services.checkins.add(CheckInInput(distress=i, at=same)).id for i in range(5)]
    first = services.checkins.recent(limit=2)
    rest = services.checkins.recent(limit=10, after=first[-1])
    assert [c.id for c in first + rest] == sorted(ids, reverse=True)
