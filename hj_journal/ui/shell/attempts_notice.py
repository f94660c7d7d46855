"""The calm notice after unlocking when someone tried to open the vault meanwhile.

A slim strip at the top of the main window (never a box that must be answered) says how
many attempts did not succeed since you last opened the vault, when and where, and
whether the record of attempts was shortened, removed or changed. It goes when you
close it; the whole history stays in Settings → Privacy.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from hj_journal.core.attempts import APP, AttemptGroup, AttemptsReport, grouped
from hj_journal.ui.common.widgets import MessageLabel

_SHOWN = 6  # more groups than this: the earliest are counted, not listed


def place_text(place: str) -> str:
    """Where an attempt came from, in words."""
    return (
        QCoreApplication.translate("AttemptsNotice", "this app")
        if place == APP
        else QCoreApplication.translate("AttemptsNotice", "the command line")
    )


def day_text(day: date, today: date) -> str:
    """Today, yesterday, a weekday within the last week, or the date."""
    locale = QLocale()
    if day == today:
        return QCoreApplication.translate("AttemptsNotice", "today")
    if day == today - timedelta(days=1):
        return QCoreApplication.translate("AttemptsNotice", "yesterday")
    if today - timedelta(days=6) <= day < today:
        return locale.dayName(day.isoweekday())
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def time_text(moment: datetime) -> str:
    """A local time of day, as this locale writes it."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def _joined(items: list[str]) -> str:
    if len(items) == 1:
        return items[0]
    return QCoreApplication.translate("AttemptsNotice", "{first} and {last}").format(
        first=", ".join(items[:-1]), last=items[-1]
    )


def _group_text(group: AttemptGroup, today: date) -> str:
    return QCoreApplication.translate("AttemptsNotice", "{day} {times} ({place})").format(
        day=day_text(group.day, today),
        times=_joined([time_text(t) for t in group.times]),
        place=place_text(group.place),
    )


def shortened_text() -> str:
    """The sentence for a record that lost records since the last unlock."""
    return QCoreApplication.translate(
        "AttemptsNotice",
        "The record of attempts was shortened or removed since you last opened this vault.",
    )


def changed_text() -> str:
    """The sentence for a record of which part could not be read."""
    return QCoreApplication.translate(
        "AttemptsNotice",
        "Part of the record of attempts was changed since you last opened this vault, "
        "so it could not all be read.",
    )


def notice_text(report: AttemptsReport, *, today: date | None = None) -> str:
    """Everything the notice says, or an empty string when there is nothing new."""
    today = today or datetime.now().astimezone().date()
    parts: list[str] = []
    count = len(report.attempts)
    if count:
        groups = grouped(report.attempts)
        listed = "; ".join(_group_text(g, today) for g in groups[-_SHOWN:])
        if len(groups) > _SHOWN:
            earlier = sum(len(g.times) for g in groups[:-_SHOWN])
            listed = QCoreApplication.translate(
                "AttemptsNotice", "%n earlier, then {listed}", None, earlier
            ).format(listed=listed)
        parts.append(
            QCoreApplication.translate(
                "AttemptsNotice",
                "%n attempt(s) to open this vault did not succeed since you last opened it: "
                "{listed}.",
                None,
                count,
            ).format(listed=listed)
        )
    if report.shortened:
        parts.append(shortened_text())
    if report.changed:
        parts.append(changed_text())
    return " ".join(parts)


class AttemptsNotice(QFrame):
    """The strip itself: the text and a button that puts it away."""

    dismissed = Signal()

    def __init__(self, report: AttemptsReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attemptsNotice")
        self.setAccessibleName(self.tr("Attempts to open this vault"))
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.setSpacing(12)
        self.text = MessageLabel()
        self.text.setAccessibleName(self.tr("Attempts to open this vault"))
        row.addWidget(self.text, 1)
        self.dismiss = QPushButton(self.tr("Close this notice"))
        self.dismiss.setAccessibleName(self.tr("Close the notice about attempts"))
        row.addWidget(self.dismiss)
        self.dismiss.clicked.connect(self._dismiss)
        self.text.show_message(notice_text(report))

    @Slot()
    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
        self.deleteLater()


__all__ = [
    "AttemptsNotice",
    "changed_text",
    "day_text",
    "notice_text",
    "place_text",
    "shortened_text",
    "time_text",
]
