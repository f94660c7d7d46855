"""Passphrase strength feedback: a quiet five-step meter and plain suggestions."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from hj_journal.core.common.passphrase import Hint, Strength, assess

# The most that is ever said at once (see core.passphrase.assess): the meter keeps room
# for it from the start, so the fields below it never move while someone types.
_LONGEST_SAYINGS = (
    (Hint.TOO_SHORT, Hint.SEQUENCE, Hint.COMMON),
    (Hint.TOO_SHORT, Hint.ONE_CHARACTER, Hint.COMMON),
    (Hint.AVOID_REPEATS, Hint.ADD_WORDS),
    (Hint.AVOID_REPEATS, Hint.USE_WORDS),
)


class StrengthMeter(QWidget):
    """Shows how strong a new passphrase is and what would make it stronger.

    Its height never changes as the words change: the room for the longest summary and
    suggestions is kept from the start (a form that grows under the pointer sends typing
    into the wrong field).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(self.tr("Passphrase strength"))
        self.summary = _RoomyLabel()
        self.hints = _RoomyLabel()
        self.hints.setProperty("role", "muted")
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.hints)
        self.strength: Strength = assess("")
        self.update_for("")
        self.summary.keep_room_for(
            [
                self.tr("Strength appears here as you type."),
                self.tr("This one would be too easy to guess."),
                *(self.tr("Strength: {words}").format(words=self._words(s)) for s in range(5)),
            ]
        )
        self.hints.keep_room_for(
            ["\n".join(self._hint_text(h) for h in hints) for hints in _LONGEST_SAYINGS]
        )

    def _words(self, score: int) -> str:
        return (
            self.tr("Very easy to guess"),
            self.tr("Easy to guess"),
            self.tr("Fair"),
            self.tr("Good"),
            self.tr("Strong"),
        )[score]

    def _hint_text(self, hint: Hint) -> str:
        return {
            Hint.TOO_SHORT: self.tr(
                "Use at least 8 characters. A short sentence of four or more words is easy "
                "to remember and hard to guess."
            ),
            Hint.COMMON: self.tr(
                "This is one of the most common passwords, so it would be guessed quickly."
            ),
            Hint.ONE_CHARACTER: self.tr("Use more than one character, repeated."),
            Hint.SEQUENCE: self.tr("Sequences such as abcd, 1234 or qwerty are guessed quickly."),
            Hint.ADD_WORDS: self.tr("Add another word or two. Length helps more than symbols do."),
            Hint.USE_WORDS: self.tr(
                "A few unrelated words make a passphrase that is strong and easy to remember."
            ),
            Hint.AVOID_REPEATS: self.tr(
                "Repeated parts add little; try words that are different from each other."
            ),
        }[hint]

    @Slot(str)
    def update_for(self, passphrase: str) -> None:
        """Assess ``passphrase`` and show the result."""
        self.strength = strength = assess(passphrase)
        self.bar.setValue(strength.score if passphrase else 0)
        if not passphrase:
            self.summary.setText(self.tr("Strength appears here as you type."))
        elif not strength.acceptable:
            self.summary.setText(self.tr("This one would be too easy to guess."))
        else:
            self.summary.setText(
                self.tr("Strength: {words}").format(words=self._words(strength.score))
            )
        self.bar.setAccessibleDescription(self.summary.text())
        # Before anything is typed, the room kept for suggestions holds a friendly one.
        hints = [self._hint_text(h) for h in strength.hints] if passphrase else []
        hints = hints or ([] if passphrase else [self._hint_text(Hint.USE_WORDS)])
        self.hints.setText("\n".join(hints))


class _RoomyLabel(QLabel):
    """A wrapped label that keeps room for the longest of the texts it may show."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._texts: list[str] = []

    def keep_room_for(self, texts: list[str]) -> None:
        """Whatever it shows, be as tall as the tallest of ``texts`` would be."""
        self._texts = texts
        self.updateGeometry()

    def heightForWidth(self, width: int) -> int:
        margins = self.contentsMargins()
        inner = QRect(0, 0, max(width - margins.left() - margins.right(), 1), 100_000)
        flags = int(Qt.TextFlag.TextWordWrap)
        metrics = self.fontMetrics()
        tallest = max(
            (metrics.boundingRect(inner, flags, text).height() for text in self._texts),
            default=0,
        )
        return max(super().heightForWidth(width), tallest + margins.top() + margins.bottom())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Not every layout above asks for the height at a width, so say it as a minimum.
        self.setMinimumHeight(self.heightForWidth(self.width()))
