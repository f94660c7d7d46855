"""The SQL behind Insights, shaped for an encrypted database on a modest machine.

What makes these queries fast here: every page read is decrypted, and in SQLCipher a
``GROUP BY`` or a per-row string is slow (each temporary allocation is wiped), so the
queries avoid both. Time series walk the ``at`` index one local day at a time and
count ratings with integer arithmetic only: the counts of several rating values are
packed into one integer, 12 bits each (see :func:`_unpack`). A day with more than 4,095
equal ratings would overflow a field; that is detected and that day counted exactly.

Only the person's own data counts: rows linked to a practice session are left out.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from hj_journal.core.insights.histograms import words_in

_STORED = "%Y-%m-%d %H:%M:%S.%f"  # how UTCDateTime stores a moment
_BITS = 12
_MASK = (1 << _BITS) - 1
DISTRESS_VALUES = range(0, 11)
MOOD_VALUES = range(-3, 4)

# Each bound pair (lo, hi) comes from a JSON list of N+1 bounds.
_BUCKETS = (
    "(SELECT key, value AS lo, lead(value) OVER (ORDER BY key) AS hi FROM json_each(:bounds)) b"
)

# Five packed sums: distress 0–4 and 5–9, distress 10, mood −3…1 and 2–3. Values
# outside the scales are left out. ix_checkins_ratings (migration 0003) covers it all.
_DAY_RATINGS = text(
    f"""
    SELECT b.key, (
        SELECT json_array(
            count(*),
            sum(1 << ({_BITS} * distress)) FILTER (WHERE distress BETWEEN 0 AND 4),
            sum(1 << ({_BITS} * (distress - 5))) FILTER (WHERE distress BETWEEN 5 AND 9),
            sum(distress = 10),
            sum(1 << ({_BITS} * (mood + 3))) FILTER (WHERE mood BETWEEN -3 AND 1),
            sum(1 << ({_BITS} * (mood - 2))) FILTER (WHERE mood BETWEEN 2 AND 3))
        FROM checkins c INDEXED BY ix_checkins_ratings
        WHERE c.at >= b.lo AND c.at < b.hi AND c.session_id IS NULL)
    FROM {_BUCKETS}
    WHERE b.hi IS NOT NULL
    """
)

# Exact counts for one range, for a day too full for the packed fields (or an overflow).
_EXACT = text(
    "SELECT count(*), "
    + ", ".join(f"sum(distress = {v})" for v in DISTRESS_VALUES)
    + ", "
    + ", ".join(f"sum(mood = {v})" for v in MOOD_VALUES)
    + " FROM checkins INDEXED BY ix_checkins_ratings"
    " WHERE at >= :lo AND at < :hi AND session_id IS NULL"
)

# The word lists of check-ins with a distress rating, counted per distress value: the
# indexes of migration 0012 hold (distress, list) in this order, so SQLite groups them
# while walking one narrow index, without a sort and without touching the rows.
_WORD_LISTS = {
    column: text(
        f"SELECT distress, {column}, count(*) FROM checkins INDEXED BY {index} "
        f"WHERE session_id IS NULL AND distress IS NOT NULL GROUP BY distress, {column}"
    )
    for column, index in (
        ("context_tags", "ix_checkins_context_words"),
        ("emotions", "ix_checkins_emotion_words"),
    )
}

# How often each distress rating was given, read in the order of the same index.
_DISTRESS_COUNTS = text(
    "SELECT distress, count(*) FROM checkins INDEXED BY ix_checkins_context_words "
    "WHERE session_id IS NULL AND distress BETWEEN 0 AND 10 GROUP BY distress"
)

_CHECKIN_COUNT = text("SELECT count(*) FROM checkins WHERE session_id IS NULL")

_FIRST_LAST = text(
    """
    SELECT (SELECT at FROM checkins WHERE +session_id IS NULL ORDER BY at LIMIT 1),
           (SELECT at FROM checkins WHERE +session_id IS NULL ORDER BY at DESC LIMIT 1),
           (SELECT min(entry_date) FROM entries WHERE deleted_at IS NULL)
    """
)

# One string: "key<US>change" for each practice (change empty when not rated both ways).
_PRACTICES = text(
    """
    SELECT group_concat(
        strategy_key || char(31) || ifnull(distress_after - distress_before, ''), char(30))
    FROM coping_practices
    WHERE +session_id IS NULL
    """
)

_STORED_TITLE = text(
    """
    SELECT strategy_title FROM coping_practices
    WHERE strategy_key = :key AND strategy_title != ''
    ORDER BY started_at DESC LIMIT 1
    """
)

_RESPONSES = text(
    """
    SELECT at, instrument_id, instrument_version, answers, extra
    FROM instrument_responses
    WHERE session_id IS NULL
    ORDER BY at, id
    """
)

_ENTRY_DAYS = text(
    f"""
    SELECT b.key, (
        SELECT count(*) FROM entries e
        WHERE e.deleted_at IS NULL AND e.entry_date >= b.lo AND e.entry_date < b.hi)
    FROM {_BUCKETS}
    WHERE b.hi IS NOT NULL
    """
)


@dataclass(frozen=True)
class DayRatings:
    """One local day's check-ins: how many, and how often each rating was given.

    ``distress[v]`` counts distress ``v`` (0–10); ``mood[v + 3]`` counts mood ``v``.
    """

    checkins: int
    distress: tuple[int, ...]
    mood: tuple[int, ...]


@dataclass(frozen=True)
class ResponseRow:
    """One questionnaire response outside any session, as stored."""

    at: datetime
    instrument_id: str
    version: int
    answers: list[Any]
    form: str | None  # a shorter form asked for (``phq8``), if any


def stored_moment(moment: datetime) -> str:
    """A moment as the database stores it (sortable UTC text)."""
    return moment.astimezone(UTC).strftime(_STORED)


def parse_moment(value: str) -> datetime:
    """The inverse of :func:`stored_moment`."""
    return datetime.strptime(value, _STORED).replace(tzinfo=UTC)


def local_midnight(day: date, zone: tzinfo | None) -> datetime:
    """The moment a local day begins (``zone=None``: the computer's own time zone)."""
    if zone is None:
        return datetime.combine(day, time()).astimezone()
    return datetime.combine(day, time(), tzinfo=zone)


def local_day(moment: datetime, zone: tzinfo | None) -> date:
    """The local calendar day of a moment."""
    return moment.astimezone(zone).date()


def checkin_count(session: Session) -> int:
    """How many of the person's own check-ins there are (outside sessions)."""
    return int(session.execute(_CHECKIN_COUNT).scalar_one())


def first_and_last(
    session: Session, zone: tzinfo | None
) -> tuple[date | None, date | None, date | None]:
    """Local days of the first and last check-in, and the first entry's date."""
    first, last, first_entry = session.execute(_FIRST_LAST).one()
    return (
        local_day(parse_moment(first), zone) if first else None,
        local_day(parse_moment(last), zone) if last else None,
        date.fromisoformat(first_entry) if first_entry else None,
    )


def day_ratings(session: Session, days: Sequence[date], zone: tzinfo | None) -> list[DayRatings]:
    """Ratings for each of ``days`` (consecutive local days), in order."""
    if not days:
        return []
    bounds = [stored_moment(local_midnight(day, zone)) for day in days]
    bounds.append(stored_moment(local_midnight(days[-1] + timedelta(days=1), zone)))
    try:
        rows = session.execute(_DAY_RATINGS, {"bounds": json.dumps(bounds)}).all()
    except OperationalError as error:
        if "overflow" not in str(error):
            raise
        session.rollback()
        # Tens of thousands of equal ratings in a day: count every day exactly.
        return [_exact(session, bounds[n], bounds[n + 1]) for n in range(len(days))]
    result = []
    for key, packed in rows:
        fields = [int(field or 0) for field in json.loads(packed)]
        if fields[0] > _MASK:  # a field may have carried into the next: count exactly
            result.append(_exact(session, bounds[key], bounds[key + 1]))
        else:
            result.append(_unpack(fields))
    return result


_SHIFTS = tuple(range(0, 5 * _BITS, _BITS))  # the five fields of one packed sum


def _unpack(fields: list[int]) -> DayRatings:
    """Undo the packing of :data:`_DAY_RATINGS`."""
    checkins, low, middle, ten, mood_low, mood_high = fields
    return DayRatings(
        checkins,
        (
            *[(low >> shift) & _MASK for shift in _SHIFTS],
            *[(middle >> shift) & _MASK for shift in _SHIFTS],
            ten,
        ),
        (
            *[(mood_low >> shift) & _MASK for shift in _SHIFTS],
            mood_high & _MASK,
            (mood_high >> _BITS) & _MASK,
        ),
    )


def _exact(session: Session, lo: str, hi: str) -> DayRatings:
    row = [int(n or 0) for n in session.execute(_EXACT, {"lo": lo, "hi": hi}).one()]
    return DayRatings(row[0], tuple(row[1:12]), tuple(row[12:19]))


def distress_counts(session: Session) -> list[int]:
    """How many of the person's own check-ins rated distress 0, 1, … 10 (in that order)."""
    counts = [0] * 11
    for distress, n in session.execute(_DISTRESS_COUNTS):
        if isinstance(distress, int):  # a value stored as text or a fraction is no rating
            counts[distress] += int(n)
    return counts


def words_by_group(session: Session, threshold: float) -> tuple[Counter[str], ...]:
    """Context tags and emotion words in check-ins below / at or above ``threshold``.

    Returns (calmer tags, harder tags, calmer emotions, harder emotions).
    """
    result: list[Counter[str]] = []
    for statement in (_WORD_LISTS["context_tags"], _WORD_LISTS["emotions"]):
        calmer: Counter[str] = Counter()
        harder: Counter[str] = Counter()
        parsed: dict[str, list[str]] = {}  # each list's text comes once per distress value
        for distress, array, n in session.execute(statement):
            if not isinstance(array, str):
                continue  # no list stored: nothing to count
            words = parsed.get(array)
            if words is None:
                words = parsed[array] = words_in(array)
            # As SQL compares: a rating stored as text sorts after every number.
            lower = isinstance(distress, int | float) and distress < threshold
            group = calmer if lower else harder
            for word in words:
                group[word] += n
        result.extend((calmer, harder))
    return tuple(result)


def practice_changes(session: Session) -> dict[str, tuple[int, list[int]]]:
    """For each strategy practised outside sessions: how many times, and every change
    in distress (after minus before) of the practices rated both ways."""
    glued = session.execute(_PRACTICES).scalar_one()
    result: dict[str, tuple[int, list[int]]] = {}
    if not glued:
        return result
    for pair, n in Counter(glued.split("\x1e")).items():
        key, _, change = pair.partition("\x1f")
        times, changes = result.get(key, (0, []))
        if change:
            changes.extend([int(change)] * n)
        result[key] = (times + n, changes)
    return result


def stored_title(session: Session, strategy_key: str) -> str | None:
    """The title saved with the latest practice of a strategy, if any."""
    title = session.execute(_STORED_TITLE, {"key": strategy_key}).scalar_one_or_none()
    return str(title) if title else None


def responses(session: Session) -> list[ResponseRow]:
    """Every questionnaire response outside sessions, oldest first."""
    result = []
    for at, instrument_id, version, answers, extra in session.execute(_RESPONSES).all():
        answers = json.loads(answers) if isinstance(answers, str) else answers
        extra = json.loads(extra) if isinstance(extra, str) else extra
        form = extra.get("form") if isinstance(extra, dict) else None
        result.append(
            ResponseRow(
                at=parse_moment(at),
                instrument_id=instrument_id,
                version=int(version),
                answers=answers if isinstance(answers, list) else [],
                form=form if isinstance(form, str) and form else None,
            )
        )
    return result


def entry_counts(session: Session, starts: Sequence[date], end: date) -> list[int]:
    """Entries (not in the trash) dated in each period from ``starts[i]`` up to the next
    start; the last period ends before ``end``."""
    if not starts:
        return []
    bounds = [day.isoformat() for day in (*starts, end)]
    rows = session.execute(_ENTRY_DAYS, {"bounds": json.dumps(bounds)}).all()
    return [int(n) for _, n in rows]
