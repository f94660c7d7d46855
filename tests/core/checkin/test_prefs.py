"""Check-in preferences kept in the vault: gentle defaults, a round trip, calm fall-backs."""

from __future__ import annotations

import pytest

from hj_journal.core.checkin.prefs import CheckInPreferences, Layout
from hj_journal.core.common.errors import InputError
from hj_journal.core.services import Services
from tests.helpers import store_setting_row


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
    store_setting_row(services.vault, "checkin.layout", "sideways")
    store_setting_row(services.vault, "checkin.support_threshold", "high")
    store_setting_row(services.vault, "checkin.hidden_instruments", "gad7")
    assert services.checkin_prefs.load() == CheckInPreferences()
