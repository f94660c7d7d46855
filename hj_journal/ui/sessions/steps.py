"""The screens of a session the client sees: consent, and a check-in at the start or end.

They hold what is chosen and save nothing themselves; :class:`SessionPanel` hands it
to ``services.sessions``. The rating widgets are the Check-in section's own
(:class:`QuickRatingWidget`, :class:`ScaleChoice`), so a client meets the same scales
the app uses everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.checkins import CheckInInput
from hj_journal.core.checkin.instruments.schema import Instrument
from hj_journal.core.sessions import consent as c
from hj_journal.ui.checkin.rating import QuickRatingWidget, ScaleChoice
from hj_journal.ui.common.widgets import field_label, text_label


class _ClickLabel(QLabel):
    """A wrapping label that ticks its check box when clicked, as a check box's text does."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
        super().mousePressEvent(event)


class WrappedCheck(QWidget):
    """A check box whose long sentence wraps instead of widening the window."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.box.setChecked(True)
        self.box.setAccessibleName(text)
        self.label = _ClickLabel(text, self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 2, 0, 2)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1)


class ConsentStep(QWidget):
    """Exactly what will be recorded, each part something the client can leave out."""

    def __init__(self, pseudonym: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(12)
        column.addWidget(
            text_label(QCoreApplication.translate("Sessions", "Before we begin"), "heading")
        )
        column.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Sessions",
                    "This is exactly what will be recorded today. Untick anything you would "
                    "rather not have recorded; nothing unticked will be kept.",
                )
            )
        )
        self.boxes: dict[str, QCheckBox] = {}
        for item in c.CONSENT_ITEMS:
            row = WrappedCheck(item.text)
            self.boxes[item.key] = row.box
            column.addWidget(row)
        column.addWidget(text_label(c.storage_statement(pseudonym), "muted"))
        column.addStretch(1)

    def chosen(self) -> list[str]:
        """The parts the client agreed to."""
        return [key for key, box in self.boxes.items() if box.isChecked()]


class CheckInStep(QWidget):
    """How the client is arriving (or leaving): distress, mood, and a questionnaire."""

    questionnaire_requested = Signal(str)  # instrument id

    def __init__(
        self,
        heading: str,
        question: str,
        instruments: Sequence[Instrument] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(14)
        column.addWidget(text_label(heading, "heading"))
        column.addWidget(
            text_label(
                QCoreApplication.translate("Sessions", "Every question here can be skipped."),
                "muted",
            )
        )
        self.rating = QuickRatingWidget(question)
        column.addWidget(self.rating)
        self.mood = ScaleChoice(
            -3,
            3,
            {
                -3: QCoreApplication.translate("Sessions", "very unpleasant"),
                0: QCoreApplication.translate("Sessions", "neutral"),
                3: QCoreApplication.translate("Sessions", "very pleasant"),
            },
            name=QCoreApplication.translate("Sessions", "Mood, from −3 to +3"),
            show_sign=True,
        )
        mood_label = field_label(
            QCoreApplication.translate("Sessions", "And your mood, if you like:"), self.mood
        )
        column.addWidget(mood_label)
        column.addWidget(self.mood)
        self.saved_note = text_label("", "muted")
        self.saved_note.hide()
        column.addWidget(self.saved_note)
        # The choice on one line and the button under it: side by side, the client
        # view's large type pushed the button's words past the edge.
        self.questionnaire_row = QWidget()
        rows = QVBoxLayout(self.questionnaire_row)
        rows.setContentsMargins(0, 8, 0, 0)
        row = QHBoxLayout()
        self.instrument = QComboBox()
        for instrument in instruments:
            self.instrument.addItem(f"{instrument.short_name} — {instrument.title}", instrument.id)
        self.instrument.setAccessibleName(QCoreApplication.translate("Sessions", "Questionnaire"))
        # As wide as the row allows, not as the longest title asks.
        self.instrument.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.instrument.setMinimumContentsLength(12)
        self.questionnaire_button = QPushButton(
            QCoreApplication.translate("Sessions", "Answer a &questionnaire together…")
        )
        row.addWidget(
            field_label(QCoreApplication.translate("Sessions", "Optional:"), self.instrument)
        )
        row.addWidget(self.instrument, 1)
        rows.addLayout(row)
        rows.addWidget(self.questionnaire_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.questionnaire_row.setVisible(bool(instruments))
        column.addWidget(self.questionnaire_row)
        column.addStretch(1)
        self.questionnaire_button.clicked.connect(self._ask_questionnaire)

    def data(self) -> CheckInInput:
        """What the client chose (everything may be empty)."""
        return CheckInInput(distress=self.rating.value(), mood=self.mood.value())

    def has_answer(self) -> bool:
        """True when a rating or a mood was chosen."""
        return self.rating.value() is not None or self.mood.value() is not None

    def show_saved(self, text: str) -> None:
        """Say what was kept."""
        self.saved_note.setText(text)
        self.saved_note.setVisible(bool(text))

    def _ask_questionnaire(self) -> None:
        instrument_id = self.instrument.currentData()
        if instrument_id:
            self.questionnaire_requested.emit(str(instrument_id))
