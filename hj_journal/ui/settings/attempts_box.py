"""Settings → Privacy: the whole history of attempts to open this vault."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from hj_journal.core.attempts import RECOVERY_KEY, Attempts, AttemptSeen, RecordNote
from hj_journal.ui.common.widgets import keep_rows, text_label
from hj_journal.ui.shell.attempts_notice import day_text, place_text, time_text


class AttemptsBox(QWidget):
    """Every attempt the sealed record has told this vault about, newest first."""

    def __init__(self, attempts: Attempts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._attempts = attempts
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.title = text_label(self.tr("Attempts to open this vault"))
        column.addWidget(self.title)
        column.addWidget(
            text_label(
                self.tr(
                    "When a passphrase or recovery key does not open this vault, here or on "
                    "the command line, a note of the time is added to a small file beside it. "
                    "The note is sealed: only this vault, once open, can read it."
                ),
                "muted",
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Attempts to open this vault"))
        self.list.setWordWrap(True)
        keep_rows(self.list, 5)
        column.addWidget(self.list)
        self.empty: QLabel = text_label(
            self.tr("No attempts to open this vault have been noted."), "muted"
        )
        column.addWidget(self.empty)
        self.refresh()

    def refresh(self) -> None:
        """Read the history again."""
        history = self._attempts.history()
        today = datetime.now().astimezone().date()
        rows: list[tuple[datetime, str]] = [
            (a.at, self._attempt_row(a, today)) for a in history.attempts
        ]
        rows += [(n.at, self._note_row(n, today)) for n in history.notes]
        rows.sort(key=lambda row: row[0])  # stable: same-second rows keep their order
        rows.reverse()
        self.list.clear()
        for _at, text in rows:
            self.list.addItem(text[:1].upper() + text[1:])  # "today, 14:02: …" starts a row
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)

    def _when(self, at: datetime, today: date) -> str:
        local = at.astimezone()
        return self.tr("{day}, {time}").format(
            day=day_text(local.date(), today),
            time=time_text(local),
        )

    def _attempt_row(self, attempt: AttemptSeen, today: date) -> str:
        what = (
            self.tr("a recovery key") if attempt.kind == RECOVERY_KEY else self.tr("a passphrase")
        )
        return self.tr("{when}: {what}, from {place}").format(
            when=self._when(attempt.at, today), what=what, place=place_text(attempt.place)
        )

    def _note_row(self, note: RecordNote, today: date) -> str:
        if note.shortened:
            what = self.tr("the record of attempts had been shortened or removed")
        else:
            what = self.tr("part of the record of attempts had been changed")
        return self.tr("Noticed {when}: {what}").format(when=self._when(note.at, today), what=what)


__all__ = ["AttemptsBox"]
