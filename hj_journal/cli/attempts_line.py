"""The one line the command line prints after unlocking when the record of attempts has news."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hj_journal.core.attempts import APP, AttemptGroup, AttemptsReport, grouped
from hj_journal.core.common.i18n import QT_TRANSLATE_NOOP, translate

_PLACES = {
    APP: QT_TRANSLATE_NOOP("CliAttempts", "the app"),
    "command_line": QT_TRANSLATE_NOOP("CliAttempts", "the command line"),
}
_DAY_NAMES = (
    QT_TRANSLATE_NOOP("CliAttempts", "Monday"),
    QT_TRANSLATE_NOOP("CliAttempts", "Tuesday"),
    QT_TRANSLATE_NOOP("CliAttempts", "Wednesday"),
    QT_TRANSLATE_NOOP("CliAttempts", "Thursday"),
    QT_TRANSLATE_NOOP("CliAttempts", "Friday"),
    QT_TRANSLATE_NOOP("CliAttempts", "Saturday"),
    QT_TRANSLATE_NOOP("CliAttempts", "Sunday"),
)
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
            listed = translate("CliAttempts", "{earlier} earlier, then {listed}").format(
                earlier=earlier, listed=listed
            )
        parts.append(
            translate(
                "CliAttempts",
                "%n attempt(s) to open this vault did not succeed since you last opened it: "
                "{listed}.",
                None,
                count,
            ).format(listed=listed)
        )
    if report.shortened:
        parts.append(
            translate(
                "CliAttempts",
                "The record of attempts was shortened or removed since you last opened this "
                "vault.",
            )
        )
    if report.changed:
        parts.append(
            translate(
                "CliAttempts",
                "Part of the record of attempts was changed since you last opened this vault, "
                "so it could not all be read.",
            )
        )
    return " ".join(parts)


def _group(group: AttemptGroup, today: date) -> str:
    times = [t.strftime("%H:%M") for t in group.times]
    if len(times) == 1:
        joined = times[0]
    else:
        joined = translate("CliAttempts", "{times} and {last}").format(
            times=", ".join(times[:-1]), last=times[-1]
        )
    place = _PLACES.get(group.place)
    where = translate("CliAttempts", place) if place else translate("CliAttempts", "unknown")
    return f"{_day(group.day, today)} {joined} ({where})"


def _day(day: date, today: date) -> str:
    if day == today:
        return translate("CliAttempts", "today")
    if day == today - timedelta(days=1):
        return translate("CliAttempts", "yesterday")
    if today - timedelta(days=6) <= day < today:
        return translate("CliAttempts", _DAY_NAMES[day.weekday()])
    return day.isoformat()
