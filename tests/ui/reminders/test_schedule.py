"""When the next reminder is due: days, times, snooze, "Not today", and the clock changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from hj_journal.ui.reminders.schedule import (
    ALL_DAYS,
    LATE_GRACE,
    ReminderPlan,
    ReminderState,
    SystemLocal,
    days_from_text,
    days_text,
    is_worth_showing,
    next_due,
    times_from_text,
    times_text,
    wall_clock_moment,
)

MADRID = ZoneInfo("Europe/Madrid")  # clocks forward 2026-03-29 02:00, back 2026-10-25 03:00
EVENING = ReminderPlan((time(20, 0),))


def at(*parts: int, zone=MADRID) -> datetime:  # type: ignore[no-untyped-def]
    return datetime(*parts, tzinfo=zone)


def test_the_next_time_today_then_tomorrow() -> None:
    assert next_due(EVENING, at(2026, 12, 3, 9, 0), MADRID) == at(2026, 12, 3, 20, 0)
    assert next_due(EVENING, at(2026, 12, 3, 20, 0), MADRID) == at(2026, 12, 4, 20, 0)
    assert next_due(EVENING, at(2026, 12, 3, 21, 0), MADRID) == at(2026, 12, 4, 20, 0)


def test_several_times_come_in_order() -> None:
    plan = ReminderPlan((time(20, 0), time(8, 30), time(13, 15)))
    found, moment = [], at(2026, 12, 3, 0, 0)
    for _ in range(4):
        moment = next_due(plan, moment, MADRID)  # type: ignore[assignment]
        found.append(moment.astimezone(MADRID).strftime("%d %H:%M"))
    assert found == ["03 08:30", "03 13:15", "03 20:00", "04 08:30"]


def test_only_the_chosen_days() -> None:
    weekdays = ReminderPlan((time(20, 0),), frozenset({1, 2, 3, 4, 5}))
    friday_night = at(2026, 12, 4, 21, 0)  # 2026-12-04 is a Friday
    assert next_due(weekdays, friday_night, MADRID) == at(2026, 12, 7, 20, 0)  # Monday
    sundays = ReminderPlan((time(9, 0),), frozenset({7}))
    assert next_due(sundays, at(2026, 12, 7, 10, 0), MADRID) == at(2026, 12, 13, 9, 0)


def test_nothing_is_due_without_times_or_days() -> None:
    assert next_due(ReminderPlan(()), at(2026, 12, 3, 9, 0), MADRID) is None
    assert next_due(ReminderPlan((time(9, 0),), frozenset()), at(2026, 12, 3), MADRID) is None
    with pytest.raises(ValueError):
        next_due(EVENING, datetime(2026, 12, 3, 9, 0), MADRID)


def test_a_time_already_shown_is_not_due_again() -> None:
    shown = ReminderState(last_shown=at(2026, 12, 3, 20, 0))
    assert next_due(EVENING, at(2026, 12, 3, 19, 59), MADRID, shown) == at(2026, 12, 4, 20, 0)


def test_a_snooze_replaces_the_times_before_it_ends() -> None:
    plan = ReminderPlan((time(20, 0), time(20, 30)))
    snoozed = ReminderState(snoozed_until=at(2026, 12, 3, 21, 0), last_shown=at(2026, 12, 3, 20))
    assert next_due(plan, at(2026, 12, 3, 20, 1), MADRID, snoozed) == at(2026, 12, 3, 21, 0)
    after = ReminderState(last_shown=at(2026, 12, 3, 21, 0))
    assert next_due(plan, at(2026, 12, 3, 21, 0), MADRID, after) == at(2026, 12, 4, 20, 0)
    # A snooze works even with no regular times left.
    alone = ReminderState(snoozed_until=at(2026, 12, 3, 10, 10))
    assert next_due(ReminderPlan(()), at(2026, 12, 3, 10), MADRID, alone) == at(
        2026, 12, 3, 10, 10
    )


def test_not_today_leaves_the_rest_of_the_day_and_its_snooze() -> None:
    plan = ReminderPlan((time(13, 0), time(20, 0)))
    quiet = ReminderState(quiet_day=date(2026, 12, 3), snoozed_until=at(2026, 12, 3, 13, 10))
    assert next_due(plan, at(2026, 12, 3, 12, 0), MADRID, quiet) == at(2026, 12, 4, 13, 0)


def test_a_time_the_clocks_skip_comes_once_just_after_the_change() -> None:
    night = ReminderPlan((time(2, 30),))
    due = next_due(night, at(2026, 3, 28, 23, 0), MADRID)
    assert due == at(2026, 3, 29, 3, 30)  # 02:30 is not on the clock that night
    assert due is not None and due.astimezone(MADRID).utcoffset() == timedelta(hours=2)
    assert next_due(night, due, MADRID) == at(2026, 3, 30, 2, 30)


def test_a_time_the_clocks_repeat_comes_the_first_time_only() -> None:
    night = ReminderPlan((time(2, 30),))
    first = next_due(night, at(2026, 10, 25, 0, 0), MADRID)
    assert first == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 summer time
    again = next_due(night, first, MADRID)  # type: ignore[arg-type]
    assert again == at(2026, 10, 26, 2, 30)
    # Counting from between the two 02:30s (02:45 the first time) skips the second one.
    between = datetime(2026, 10, 25, 0, 45, tzinfo=UTC)
    assert next_due(night, between, MADRID) == at(2026, 10, 26, 2, 30)


def test_the_evening_after_a_clock_change_is_on_the_wall_clock() -> None:
    spring = next_due(EVENING, at(2026, 3, 29, 9, 0), MADRID)
    autumn = next_due(EVENING, at(2026, 10, 25, 9, 0), MADRID)
    assert spring is not None and spring.astimezone(MADRID).hour == 20
    assert autumn is not None and autumn.astimezone(MADRID).hour == 20
    # Across the change, from the day before, the distance is 23 or 25 hours.
    before = next_due(EVENING, at(2026, 3, 28, 20, 0), MADRID)
    assert before is not None and before - at(2026, 3, 28, 20, 0) == timedelta(hours=23)


def test_the_result_is_utc_and_comparable_with_any_clock() -> None:
    due = next_due(EVENING, datetime(2026, 12, 3, 8, 0, tzinfo=UTC), MADRID)
    assert due is not None and due.tzinfo is UTC and due == at(2026, 12, 3, 20, 0)


def test_a_late_reminder_is_shown_within_the_grace_and_let_go_after() -> None:
    due = at(2026, 12, 3, 20, 0)
    assert is_worth_showing(due, due)
    assert is_worth_showing(due, due + LATE_GRACE)
    assert not is_worth_showing(due, due + LATE_GRACE + timedelta(seconds=1))
    assert not is_worth_showing(due, due - timedelta(seconds=1))


def test_the_computers_own_zone_agrees_with_the_c_library() -> None:
    local = SystemLocal()
    moment = wall_clock_moment(date(2026, 7, 1), time(12, 0), local)
    assert moment.replace(tzinfo=None) == datetime(2026, 7, 1, 12, 0)
    stamp = moment.timestamp()
    assert datetime.fromtimestamp(stamp) == datetime(2026, 7, 1, 12, 0)
    assert next_due(EVENING, datetime.now().astimezone(), local) is not None


def test_times_and_days_as_the_settings_file_keeps_them() -> None:
    times = (time(20, 0), time(8, 5))
    assert times_text(times) == "08:05 20:00"
    assert times_from_text("08:05 20:00") == (time(8, 5), time(20, 0))
    assert times_from_text("") == ()
    assert days_text({5, 1, 9}) == "1 5"
    assert days_from_text("1 5") == frozenset({1, 5})
    assert days_from_text(days_text(ALL_DAYS)) == ALL_DAYS
    for bad in ("8", "25:00", "ab:cd", "8:5"):
        with pytest.raises(ValueError):
            times_from_text(bad)
    with pytest.raises(ValueError):
        days_from_text("0 8")
