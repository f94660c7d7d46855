"""Settings → Reminders: gentle reminders at the times and on the days you choose, the
words they show, and whether the app stays in the tray when its window is closed.

Off unless you turn them on. Everything here is an *app* setting (the plain settings
file), because a reminder comes while the journal is locked: the words are shown then,
so the box says to keep them neutral, and they are never anything from a vault. Each
change applies at once and is announced with :attr:`RemindersBox.changed` (the page
relays it as the hub's ``settings_changed``; the controller sets the timer again).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSystemTrayIcon,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from hj_journal.ui.common.widgets import FlowLayout, field_label, text_label
from hj_journal.ui.platform.app_settings import REMINDER_TEXT_LENGTH, AppSettings
from hj_journal.ui.reminders.controller import default_words

MAX_TIMES = 4


class TimeRow(QWidget):
    """One time of day, with a button to take it away."""

    def __init__(self, number: int, at: time) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QTimeEdit(QTime(at.hour, at.minute))
        self.edit.setDisplayFormat(QLocale().timeFormat(QLocale.FormatType.ShortFormat))
        self.remove = QPushButton(self.tr("Remove"))
        self.remove.setAutoDefault(False)
        row.addWidget(self.edit)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.renumber(number)

    def renumber(self, number: int) -> None:
        """Name the row after its place (what a screen reader says)."""
        self.edit.setAccessibleName(self.tr("Reminder time {n}").format(n=number))
        self.remove.setAccessibleName(self.tr("Remove reminder time {n}").format(n=number))

    def value(self) -> time:
        """The time as chosen."""
        chosen = self.edit.time()
        return time(chosen.hour(), chosen.minute())


class RemindersBox(QWidget):
    """See the module docstring."""

    changed = Signal()

    def __init__(
        self,
        settings: AppSettings,
        parent: QWidget | None = None,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._tray_available = tray_available
        self._loading = False
        self.rows: list[TimeRow] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.on = QCheckBox(self.tr("Show a gentle &reminder"))
        self.on.setAccessibleName(self.tr("Show a gentle reminder"))
        column.addWidget(self.on)
        self.no_tray = text_label(
            self.tr(
                "Reminders need a system tray, and this desktop doesn't show one right now. "
                "Your choices are kept for when it does."
            ),
            "muted",
        )
        column.addWidget(self.no_tray)

        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        times = QWidget()
        self.times_box = QVBoxLayout(times)
        self.times_box.setContentsMargins(0, 0, 0, 0)
        self.add_time = QPushButton(self.tr("Add a time"))
        self.add_time.setAutoDefault(False)
        self.times_box.addWidget(self.add_time)
        self.times_label = field_label(self.tr("At"), times)
        form.addRow(self.times_label, times)

        days = QWidget()
        flow = FlowLayout(days, spacing=12)
        self.days: dict[int, QCheckBox] = {}
        locale = QLocale()
        for day in range(1, 8):
            box = QCheckBox(locale.dayName(day, QLocale.FormatType.ShortFormat))
            box.setAccessibleName(locale.dayName(day, QLocale.FormatType.LongFormat))
            flow.addWidget(box)
            self.days[day] = box
        days_label = field_label(self.tr("On"), days)
        days_label.setBuddy(self.days[1])
        form.addRow(days_label, days)

        self.text = QLineEdit()
        self.text.setMaxLength(REMINDER_TEXT_LENGTH)
        self.text.setPlaceholderText(default_words())  # in the app's language
        self.text.setMinimumWidth(260)
        self.text.setAccessibleName(self.tr("Words the reminder shows"))
        form.addRow(field_label(self.tr("&Words"), self.text), self.text)
        column.addLayout(form)
        column.addWidget(
            text_label(
                self.tr(
                    "Shown while your journal is locked; keep it neutral. The words are kept "
                    "in the app's plain settings file, not in your encrypted journal. A "
                    "reminder never shows anything you wrote, and never counts anything."
                ),
                "muted",
            )
        )
        self.keep_in_tray = QCheckBox(
            self.tr("&Keep running in the tray when the window is closed (locked)")
        )
        self.keep_in_tray.setAccessibleName(
            self.tr("Keep running in the tray when the window is closed")
        )
        column.addWidget(self.keep_in_tray)
        self.load()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.on.toggled.connect(self._save)
        self.keep_in_tray.toggled.connect(self._save)
        self.text.editingFinished.connect(self._save)
        for box in self.days.values():
            box.toggled.connect(self._save)
        self.add_time.clicked.connect(self._add_clicked)

    # ------------------------------------------------------------------ times

    def add_row(self, at: time) -> TimeRow | None:
        """Add a time (up to :data:`MAX_TIMES`)."""
        if len(self.rows) >= MAX_TIMES:
            return None
        row = TimeRow(len(self.rows) + 1, at)
        row.edit.editingFinished.connect(self._save)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.times_box.insertWidget(len(self.rows), row)
        self.rows.append(row)
        self._update_times()
        return row

    @Slot()
    def _add_clicked(self) -> None:
        last = self.rows[-1].value() if self.rows else time(20, 0)
        row = self.add_row(time((last.hour + 1) % 24, last.minute))
        if row is not None:
            row.edit.setFocus()
            self._save()

    def _remove(self, row: TimeRow) -> None:
        self.rows.remove(row)
        row.hide()
        row.setParent(None)
        row.deleteLater()
        for number, left in enumerate(self.rows, 1):
            left.renumber(number)
        self._update_times()
        self._save()

    def _update_times(self) -> None:
        self.add_time.setEnabled(len(self.rows) < MAX_TIMES)
        self.add_time.setVisible(len(self.rows) < MAX_TIMES)
        if self.rows:
            self.times_label.setBuddy(self.rows[0].edit)
        else:
            self.times_label.setBuddy(self.add_time)

    # ------------------------------------------------------------------ settings

    def load(self) -> None:
        """Show what the settings file holds."""
        s = self._settings
        self._loading = True
        try:
            self.on.setChecked(s.reminders_on)
            self.keep_in_tray.setChecked(s.keep_in_tray)
            self.text.setText(s.reminder_text)
            for day, box in self.days.items():
                box.setChecked(day in s.reminder_days)
            for row in list(self.rows):
                self.rows.remove(row)
                row.setParent(None)
                row.deleteLater()
            for at in s.reminder_times:
                self.add_row(at)
        finally:
            self._loading = False
        self._update_times()
        self.no_tray.setVisible(not self._tray_available())

    @Slot()
    def _save(self) -> None:
        if self._loading:
            return
        s = self._settings
        s.reminders_on = self.on.isChecked()
        s.keep_in_tray = self.keep_in_tray.isChecked()
        words = self.text.text().strip()
        # "": the neutral words, in whichever language the app speaks; typing them out
        # (in this language) means the same, so no language's words are written down.
        s.reminder_text = "" if words == default_words() else words
        s.reminder_days = frozenset(day for day, box in self.days.items() if box.isChecked())
        s.reminder_times = tuple(row.value() for row in self.rows)
        self.changed.emit()
