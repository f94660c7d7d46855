"""A date you can type the way you would write it, or pick on a calendar.

Why not ``QDateEdit``: Tab there steps into its day, month and year sections, so
someone who typed a date and pressed Tab went on typing into the month — the tags they
meant to add were lost — and it accepts only its own display format. Here the date is
an ordinary line of text: Tab leaves it as a whole, and what you type is read in your
locale's formats, as ISO (2024-05-03), or as "today" / "yesterday". The calendar opens
from the button beside it, or with Alt+Down (or F4) from the keyboard.

When typing does not read as a date, the field keeps the date it had and says so
gently. A date in the future can get a gentle note too (for a journal entry, not for a
follow-up that is meant to be later).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QResizeEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

SHOWN_FORMAT = "d MMMM yyyy"
"""How the date is shown once typed, in English: unambiguous (3 May 2024)."""


def shown_format() -> str:
    """The Qt date format a typed date is shown in, in the user's language.

    Unambiguous in every language: the month as a word ("3 de mayo de 2024" in Spanish).
    It is always read back too (:func:`read_date`).
    """
    return QCoreApplication.translate("DateField", "d MMMM yyyy")


_EXTRA_FORMATS = (
    "yyyy-MM-dd",
    "yyyy-M-d",
    "d MMMM yyyy",
    "d MMM yyyy",
    "MMMM d yyyy",
    "MMMM d, yyyy",
    "MMM d, yyyy",
    "d.M.yyyy",
    "d/M/yyyy",
    "d-M-yyyy",
)


def read_date(text: str, locale: QLocale | None = None, today: date | None = None) -> QDate:
    """The date ``text`` means (an invalid QDate when it means none).

    The locale's own short and long formats come first, so 3/5/2024 is read the way the
    person's system writes dates; then ISO and a few common written forms.
    """
    words = " ".join(text.split())
    if not words:
        return QDate()
    locale = locale or QLocale()
    now = today or date.today()
    relative = {
        QCoreApplication.translate("DateField", "today").casefold(): 0,
        "today": 0,
        QCoreApplication.translate("DateField", "yesterday").casefold(): -1,
        "yesterday": -1,
    }
    if words.casefold() in relative:
        return QDate(now.year, now.month, now.day).addDays(relative[words.casefold()])
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    formats = [
        # People write the full year even where the short format has two digits (M/d/yy).
        short if "yyyy" in short else short.replace("yy", "yyyy"),
        short,
        locale.dateFormat(QLocale.FormatType.LongFormat),
        shown_format(),
        *_EXTRA_FORMATS,
    ]
    for fmt in formats:
        for reader in (locale, QLocale.c()):
            day = reader.toDate(words, fmt)
            if day.isValid():
                return _four_digit_year(day, fmt)
    return QDate()


def _four_digit_year(day: QDate, fmt: str) -> QDate:
    # A locale's short format may say "yy": 3/5/24 means 2024, not 1924.
    if "yyyy" not in fmt and day.year() < 1950:
        return day.addYears(100)
    return day


class _CalendarPopup(QFrame):
    """The calendar, in a small window of its own that closes when a day is chosen."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader
        )
        self.calendar.setAccessibleName(self.tr("Choose a date"))
        plain = QTextCharFormat()  # weekends in the ordinary text colour: no red anywhere
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, plain)
        box = QVBoxLayout(self)
        box.setContentsMargins(2, 2, 2, 2)
        box.addWidget(self.calendar)
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)

    @Slot(QDate)
    def _pick(self, day: QDate) -> None:
        self.chosen.emit(day)
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


class DateField(QWidget):
    """A typed date with a calendar button; ``date()``/``setDate()`` like ``QDateEdit``."""

    dateChanged = Signal(QDate)  # noqa: N815 — QDateEdit's name, on purpose

    def __init__(self, parent: QWidget | None = None, *, note_future: bool = False) -> None:
        super().__init__(parent)
        self._date = QDate.currentDate()
        self._note_future = note_future
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. 3 May 2024"))
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setAccessibleName(self.tr("Choose the date on a calendar"))
        self.button.setToolTip(self.tr("Choose on a calendar (Alt+Down)"))
        # Not in the Tab order: Tab goes from the date straight to the next field.
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch(1)
        # Under the field, where there is room for it to wrap at any text size.
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        column.addLayout(row)
        column.addWidget(self.note)
        self.setFocusProxy(self.edit)
        # Room for the longest date this language shows (30 September in English).
        longest = QLocale().toString(QDate(2026, 9, 30), shown_format())
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance(longest + " "))
        self.edit.setMaximumWidth(self.edit.fontMetrics().horizontalAdvance(longest) * 2)
        self._popup: _CalendarPopup | None = None
        self.edit.editingFinished.connect(self._typed)
        self.button.clicked.connect(self.open_calendar)
        self.edit.installEventFilter(self)
        self._show()

    # ------------------------------------------------------------------ QDateEdit's API

    def date(self) -> QDate:
        """The date the field holds (always a valid one)."""
        return QDate(self._date)

    def setDate(self, day: QDate) -> None:
        """Hold ``day`` (an invalid date is ignored); emits ``dateChanged`` on a change."""
        if not day.isValid():
            return
        changed = day != self._date
        self._date = QDate(day)
        self._show()
        if changed:
            self.dateChanged.emit(QDate(day))

    def setAccessibleName(self, name: str) -> None:
        """Name the typed field (what a screen reader announces)."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # ------------------------------------------------------------------ behaviour

    @Slot()
    def open_calendar(self) -> None:
        """Show the calendar under the field, on the date held."""
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.chosen.connect(self._picked)
        self._popup.calendar.setSelectedDate(self._date)
        self._popup.adjustSize()
        self._popup.move(self.edit.mapToGlobal(QPoint(0, self.edit.height())))
        self._popup.show()
        self._popup.calendar.setFocus()

    @Slot(QDate)
    def _picked(self, day: QDate) -> None:
        self.setDate(day)
        self.edit.setFocus()

    @Slot()
    def _typed(self) -> None:
        text = self.edit.text()
        if text == self._shown_text():
            return
        day = read_date(text)
        if day.isValid():
            self.setDate(day)
            return
        self._show()  # the date held stays, and is shown again
        self._say(
            self.tr("That did not read as a date, so it is still {day}. Try 3 May 2024.").format(
                day=self._shown_text()
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ showing

    def _shown_text(self) -> str:
        return QLocale().toString(self._date, shown_format())

    def _show(self) -> None:
        self.edit.setText(self._shown_text())
        future = self._note_future and self._date > QDate.currentDate()
        note = self.tr("This date is in the future — that's fine if you mean it.")
        self._say(note if future else "")

    def _say(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))
        self.edit.setAccessibleDescription(text)
        self._fit_note()

    def _fit_note(self) -> None:
        # A form does not always ask a field for its height at its width, so the note
        # says itself how tall its wrapped lines are (else its second line is cut).
        if self.note.text() and self.width() > 0:
            self.note.setMinimumHeight(self.note.heightForWidth(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped at a new width, the note may need more lines, or fewer."""
        super().resizeEvent(event)
        self._fit_note()
