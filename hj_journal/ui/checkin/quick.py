"""The quick check-in: ten seconds for one number, richer when you want it.

Top: the 0–10 stress rating. "Add more" opens mood, energy, feeling words, body
sensations, what is going on around you (including outside conditions) and a note.
Every field is optional (docs/care.md, requirement 1): Save works with any of them filled,
or none. Saving hands a :class:`CheckInInput` to the check-ins service; nothing here
touches the vault directly.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.checkins import CheckInInput, CheckIns, CheckInView
from hj_journal.core.checkin.words import CheckInWords, WordKind
from hj_journal.core.common.errors import InputError
from hj_journal.ui.checkin.rating import QuickRatingWidget, ScaleChoice
from hj_journal.ui.checkin.words import WordPicker
from hj_journal.ui.common.access import name_controls
from hj_journal.ui.common.widgets import MessageLabel, field_label, text_label

PHASE = "checkin"


class QuickCheckInCard(QFrame):
    """The quick check-in form, with Save and Clear."""

    saved = Signal(object)  # the CheckInView that was saved

    def __init__(
        self, checkins: CheckIns, words: CheckInWords, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._checkins = checkins
        self._words = words
        self.setProperty("role", "card")
        self.setAccessibleName(self.tr("Quick check-in"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(text_label(self.tr("Quick check-in"), "subheading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "One number is enough. Add more only if you want to; every part is optional."
                ),
                "muted",
            )
        )
        self.distress = QuickRatingWidget()
        layout.addWidget(self.distress)

        self.more_button = QPushButton(self.tr("Add more (optional)"))
        self.more_button.setCheckable(True)
        self.more_button.setAccessibleName(self.tr("Show mood, energy, words and a note"))
        more_row = QHBoxLayout()
        more_row.addWidget(self.more_button)
        more_row.addStretch(1)
        layout.addLayout(more_row)

        self.more = QWidget()
        layout.addWidget(self.more)
        self._build_more(self.more)
        self.more.setVisible(False)

        self.message = MessageLabel()
        layout.addWidget(self.message)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setAccessibleName(self.tr("Clear the check-in form"))
        self.save_button = QPushButton(self.tr("Save check-in"))
        self.save_button.setProperty("role", "primary")
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.clear_button)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)

        name_controls(self)
        self.more_button.toggled.connect(self.show_more)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.clear)

    def _build_more(self, box: QWidget) -> None:
        words = self._words
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 4, 0, 0)
        column.setSpacing(10)
        self.mood = ScaleChoice(
            -3,
            3,
            {-3: self.tr("very unpleasant"), 0: self.tr("neutral"), 3: self.tr("very pleasant")},
            name=self.tr("Mood, from −3 to +3"),
            show_sign=True,
        )
        self.energy = ScaleChoice(
            0,
            4,
            {0: self.tr("none"), 2: self.tr("some"), 4: self.tr("a lot")},
            name=self.tr("Energy, from 0 to 4"),
        )
        self.emotions = WordPicker(self.tr("Feelings"), WordKind.EMOTION, words=words)
        self.body = WordPicker(self.tr("Body sensations"), WordKind.BODY, words=words)
        self.context = WordPicker(
            self.tr("What is going on around you"), WordKind.CONTEXT, words=words
        )
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Anything you want to remember about now"))
        self.note.setMaximumHeight(90)
        self.note.setTabChangesFocus(True)
        for label, widget in (
            (self.tr("&Mood"), self.mood),
            (self.tr("&Energy"), self.energy),
            (self.tr("&Feelings"), self.emotions),
            (self.tr("&Body"), self.body),
            (self.tr("Around &you, including outside conditions"), self.context),
            (self.tr("&Note"), self.note),
        ):
            # Alt+letter goes to the first control of each part.
            buddy: QWidget = widget
            if isinstance(widget, ScaleChoice):
                buddy = widget.first_button
            elif isinstance(widget, WordPicker):
                buddy = next(iter(widget.chips.values()), widget.own_edit)
            column.addWidget(field_label(label, buddy))
            column.addWidget(widget)

    @Slot(bool)
    def show_more(self, shown: bool) -> None:
        """Show or hide the richer part of the form."""
        self.more.setVisible(shown)
        self.more_button.setText(self.tr("Show less") if shown else self.tr("Add more (optional)"))
        self.more_button.setChecked(shown)

    def data(self) -> CheckInInput:
        """What the form holds now (every part may be empty)."""
        return CheckInInput(
            distress=self.distress.value(),
            mood=self.mood.value(),
            energy=self.energy.value(),
            emotions=self.emotions.selected(),
            body_sensations=self.body.selected(),
            context_tags=self.context.selected(),
            note=self.note.toPlainText().strip(),
            phase=PHASE,
        )

    @Slot()
    def save(self) -> CheckInView | None:
        """Save the check-in, then empty the form for next time."""
        try:
            view = self._checkins.add(self.data())
        except InputError as error:
            self.message.show_message(str(error))
            return None
        self.clear()
        self.message.show_message(self.tr("Saved. Thank you for checking in with yourself."))
        self.saved.emit(view)
        return view

    @Slot()
    def clear(self) -> None:
        """Empty every field."""
        self.distress.clear()
        self.mood.clear()
        self.energy.clear()
        for picker in (self.emotions, self.body, self.context):
            picker.clear()
        self.note.clear()
        self.message.clear_message()
