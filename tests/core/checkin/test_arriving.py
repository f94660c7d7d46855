""" "How are you arriving?" is asked at most as often as the person chose."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from hj_journal.core.checkin.arriving import PHASE, ArrivingPrefs, AskArriving
from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.services import Services
from tests.helpers import store_setting_row

NOON = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def prefs(services: Services, clock: Clock) -> ArrivingPrefs:
    return ArrivingPrefs(services.settings, services.checkins, clock=clock)


def test_by_default_it_asks_once_and_then_not_for_a_few_hours(services: Services) -> None:
    clock = Clock(NOON)
    arriving = prefs(services, clock)
    assert arriving.choice is AskArriving.FEW_HOURS
    assert arriving.should_ask()  # nothing answered yet
    services.checkins.add(CheckInInput(distress=4, phase=PHASE, at=NOON))
    clock.now = NOON + timedelta(hours=1)
    assert not arriving.should_ask()  # an unlock an hour later: not again
    clock.now = NOON + timedelta(hours=4, minutes=1)
    assert arriving.should_ask()


def test_a_skip_counts_as_asked(services: Services) -> None:
    clock = Clock(NOON)
    arriving = prefs(services, clock)
    arriving.note_asked()
    clock.now = NOON + timedelta(minutes=10)
    assert not arriving.should_ask()


def test_other_check_ins_do_not_count_as_arriving(services: Services) -> None:
    clock = Clock(NOON)
    services.checkins.add(CheckInInput(distress=4, at=NOON - timedelta(minutes=5)))
    assert prefs(services, clock).should_ask()


def test_every_time_and_never(services: Services) -> None:
    clock = Clock(NOON)
    arriving = prefs(services, clock)
    arriving.note_asked()
    arriving.choice = AskArriving.EVERY_TIME
    assert arriving.should_ask()
    arriving.choice = AskArriving.NEVER
    assert not prefs(services, clock).should_ask()  # kept in the vault


def test_once_a_day_asks_again_on_the_next_local_day(services: Services) -> None:
    local_evening = datetime(2026, 12, 2, 21, 0).astimezone()
    clock = Clock(local_evening.astimezone(UTC))
    arriving = prefs(services, clock)
    arriving.choice = AskArriving.ONCE_A_DAY
    arriving.note_asked()
    clock.now = (local_evening + timedelta(hours=2)).astimezone(UTC)  # 23:00, same day
    assert not arriving.should_ask()
    clock.now = (local_evening + timedelta(hours=4)).astimezone(UTC)  # 01:00, next day
    assert arriving.should_ask()


@pytest.mark.parametrize("stored", ["sometimes", 7, None])
def test_an_unknown_stored_choice_reads_as_the_default(services: Services, stored: object) -> None:
    store_setting_row(services.vault, "today.arriving_ask", stored)
    assert prefs(services, Clock(NOON)).choice is AskArriving.FEW_HOURS
