"""Which backups rotation keeps: borg-style daily and weekly rules, pure and fast."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hj_journal.core.data.rotation import Stamp, backups_to_keep

START = datetime(2026, 1, 1, 20, 0, tzinfo=UTC)  # a Thursday


def _stamps(days: int, per_day: tuple[int, ...] = (0, 2)) -> list[Stamp]:
    return [
        Stamp(f"{day}-{hour}", START + timedelta(days=day, hours=hour))
        for day in range(days)
        for hour in per_day
    ]


def test_seven_days_and_four_weeks_by_default() -> None:
    stamps = _stamps(60)
    kept = backups_to_keep(stamps, zone=UTC)
    by_key = {s.key: s.created for s in stamps}
    moments = sorted((by_key[k] for k in kept), reverse=True)
    assert len(moments) == 11
    newest = START + timedelta(days=59, hours=2)
    assert moments[:7] == [newest - timedelta(days=n) for n in range(7)]
    weekly = moments[7:]
    assert len({m.isocalendar()[:2] for m in weekly}) == 4
    assert all(m.weekday() == 6 and m.hour == 22 for m in weekly)  # last of each week
    # a week whose newest backup the daily rule kept does not count again
    assert {m.isocalendar()[:2] for m in weekly}.isdisjoint(
        {m.isocalendar()[:2] for m in moments[:7]}
    )


def test_only_the_newest_backup_of_a_day_counts() -> None:
    stamps = _stamps(3, per_day=(0, 1, 2))
    kept = backups_to_keep(stamps, daily=7, weekly=0, zone=UTC)
    assert kept == {"0-2", "1-2", "2-2"}


def test_days_are_the_users_own() -> None:
    # 23:30 UTC on the 1st is already the 2nd an hour east of UTC.
    late = Stamp("late", datetime(2026, 1, 1, 23, 30, tzinfo=UTC))
    early = Stamp("early", datetime(2026, 1, 1, 8, 0, tzinfo=UTC))
    assert backups_to_keep([late, early], daily=1, weekly=0, zone=UTC) == {"late"}
    east = timezone(timedelta(hours=1))
    assert backups_to_keep([late, early], daily=2, weekly=0, zone=east) == {"late", "early"}


def test_the_newest_and_marked_backups_are_always_kept() -> None:
    stamps = [*_stamps(10), Stamp("safety", START + timedelta(days=1, hours=5), keep=True)]
    kept = backups_to_keep(stamps, daily=0, weekly=0, zone=UTC)
    assert kept == {"9-2", "safety"}


def test_nothing_to_keep_from_nothing() -> None:
    assert backups_to_keep([], zone=UTC) == set()


def _history(old: int, new: int, *, old_size: int, new_size: int, new_id: str = "a") -> list:
    """``old`` daily backups of a vault of ``old_size`` bytes, then ``new`` of another."""
    stamps = [
        Stamp(f"old-{day}", START + timedelta(days=day), size=old_size, vault_id="a")
        for day in range(old)
    ]
    stamps += [
        Stamp(f"new-{day}", START + timedelta(days=old + day), size=new_size, vault_id=new_id)
        for day in range(new)
    ]
    return stamps


def test_the_last_backup_before_a_vault_shrank_is_never_rotated_away() -> None:
    # Ten days of backups of a nearly empty vault after a month of a full one: the daily
    # rule alone would keep only the empty ones.
    stamps = _history(30, 10, old_size=40_000_000, new_size=8192)
    kept = backups_to_keep(stamps, daily=7, weekly=0)
    assert "old-29" in kept
    assert sum(key.startswith("old") for key in kept) == 1


def test_the_last_backup_of_the_vault_it_used_to_be_is_kept() -> None:
    stamps = _history(30, 10, old_size=40_000_000, new_size=40_000_000, new_id="b")
    kept = backups_to_keep(stamps, daily=7, weekly=0)
    assert "old-29" in kept


def test_a_vault_that_grows_or_shrinks_a_little_rotates_as_usual() -> None:
    stamps = _history(30, 10, old_size=40_000_000, new_size=30_000_000)
    kept = backups_to_keep(stamps, daily=7, weekly=0)
    assert not any(key.startswith("old") for key in kept)
