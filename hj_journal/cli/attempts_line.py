"""The one line the command line prints after unlocking when the record of attempts has news."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hj_journal.core.attempts import APP, AttemptGroup, AttemptsReport, grouped

_PLACES = {APP: "the app", "command_line": "the command line"}
_SHOWN = 6  # more than this many groups: the earliest are counted, not listed


def notice_line(report: AttemptsReport, *, today: date | None = None) -> str | None:
    """The notice as one line, or None when there is nothing to tell."""
    if report.is_quiet:
        return None
    today = today or datetime.now().astimezone().date()
    parts: list[str] = []
    count = len(report.attempts)
    if count:
        groups = grouped(report.attempts)
        listed = "; ".join(_group(g, today) for g in groups[-_SHOWN:])
        if len(groups) > _SHOWN:
            earlier = sum(len(g.times) for g in groups[:-_SHOWN])
            listed = f"{earlier} earlier, then {listed}"
        noun = "attempt" if count == 1 else "attempts"
        parts.append(
            f"{count} {noun} to open this vault did not succeed since you last opened it: "
            f"{listed}."
        )
    if report.shortened:
        parts.append(
            "The record of attempts was shortened or removed since you last opened this vault."
        )
    if report.changed:
        parts.append(
            "Part of the record of attempts was changed since you last opened this vault, "
            "so it could not all be read."
        )
    return " ".join(parts)


def _group(group: AttemptGroup, today: date) -> str:
    times = [t.strftime("%H:%M") for t in group.times]
    joined = times[0] if len(times) == 1 else f"{', '.join(times[:-1])} and {times[-1]}"
    return f"{_day(group.day, today)} {joined} ({_PLACES.get(group.place, 'unknown')})"


def _day(day: date, today: date) -> str:
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    if today - timedelta(days=6) <= day < today:
        return day.strftime("%A")
    return day.isoformat()
