"""Which backups to keep: the newest of each of the last few days and weeks.

The rules work like borg's ``prune``: for each rule in turn (daily, then weekly), walk
the backups from newest to oldest, take the newest backup of every day (or week) that
has one, and stop after ``n`` of them. A backup already kept by the daily rule does not
count towards the weekly one, so the weekly rule reaches further back. The newest
backup is always kept, whatever the numbers say, and so is any backup marked to keep.

One more rule guards against a vault that went wrong without anyone noticing: when the
newest backup comes from a different vault (another vault id) than an older one, or
from a database less than half the size of an older one (a journal does not lose half
of itself in ordinary use), the last backup from before that change is kept too, so
rotation never removes the last copy of what the journal was.

Days and weeks are the user's own (local time); weeks are ISO weeks (Monday first).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo

# The numbers kept unless the person chose others: the vault settings' own defaults.
from hj_journal.core.settings import DEFAULT_DAILY, DEFAULT_WEEKLY

__all__ = ["DEFAULT_DAILY", "DEFAULT_WEEKLY", "Stamp", "backups_to_keep"]


@dataclass(frozen=True)
class Stamp:
    """What the rules need to know about one backup."""

    key: str  # the backup's folder name
    created: datetime  # aware
    keep: bool = False  # made before a restore: kept until the user removes it
    size: int | None = None  # bytes of the encrypted database, when known
    vault_id: str = ""  # the vault the backup was made from, when known


SHRANK = 0.5
"""A newest backup under this share of an older one's size counts as a vault that shrank."""


def _changed_since(newest: Stamp, older: Stamp) -> bool:
    """True when ``newest`` looks like another vault, or a vault that lost half of itself."""
    if newest.vault_id and older.vault_id and newest.vault_id != older.vault_id:
        return True
    return (
        newest.size is not None
        and older.size is not None
        and older.size > 0
        and newest.size < older.size * SHRANK
    )


def _day(moment: datetime) -> Hashable:
    return moment.date()


def _week(moment: datetime) -> Hashable:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _rule(
    stamps: Sequence[Stamp],
    period: Callable[[datetime], Hashable],
    count: int,
    kept: set[str],
    zone: tzinfo | None,
) -> None:
    taken = 0
    last: Hashable = None
    for stamp in stamps:
        if taken >= count:
            return
        current = period(stamp.created.astimezone(zone))
        if current == last:
            continue
        last = current
        if stamp.key not in kept:
            kept.add(stamp.key)
            taken += 1


def backups_to_keep(
    stamps: Iterable[Stamp],
    *,
    daily: int = DEFAULT_DAILY,
    weekly: int = DEFAULT_WEEKLY,
    zone: tzinfo | None = None,
) -> set[str]:
    """The keys of the backups to keep; every other backup may be removed."""
    ordered = sorted(stamps, key=lambda s: s.created, reverse=True)
    kept: set[str] = set()
    _rule(ordered, _day, max(daily, 0), kept, zone)
    _rule(ordered, _week, max(weekly, 0), kept, zone)
    kept.update(s.key for s in ordered if s.keep)
    if ordered:
        kept.add(ordered[0].key)
        before = next((s for s in ordered[1:] if _changed_since(ordered[0], s)), None)
        if before is not None:
            kept.add(before.key)
    return kept
