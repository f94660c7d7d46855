"""Results, shown only after the person asks: total, band, "not a diagnosis", their history.

Never a verdict and never an alarming colour (docs/instruments.md). The person's own
earlier results come before any published comparison, and a coping exercise is
offered at the end.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hj_journal.core.checkin.instruments.schema import Instrument
from hj_journal.core.checkin.questionnaires import HistoryPoint, ResponseView
from hj_journal.ui.checkin.names import (
    change_text,
    form_name,
    history_line,
    value_text,
    when_text,
)
from hj_journal.ui.checkin.question import plain
from hj_journal.ui.common.access import name_controls

EARLIER_SHOWN = 8


class ResultsView(QWidget):
    """One response's result, with the person's earlier results for the same questionnaire."""

    closed = Signal()
    coping_requested = Signal()

    def __init__(
        self,
        instrument: Instrument,
        response: ResponseView,
        earlier: Sequence[HistoryPoint],
        parent: QWidget | None = None,
        *,
        current: HistoryPoint | None = None,
    ) -> None:
        super().__init__(parent)
        result = response.score
        self.setAccessibleName(self.tr("Your results"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        name = form_name(instrument, result.instrument_id)
        column.addWidget(plain(self.tr("Your results"), "heading"))
        column.addWidget(plain(f"{name} · {when_text(response.at)}", "muted"))

        self.value_label = plain(value_text(response, instrument), "subheading")
        column.addWidget(self.value_label)
        self.change_label = plain(change_text(current) if current is not None else "")
        self.change_label.setVisible(bool(self.change_label.text()))
        column.addWidget(self.change_label)
        if result.scored and result.percentage is not None:
            column.addWidget(
                plain(
                    self.tr("Raw score {total} of {high}, shown as a percentage.").format(
                        total=result.total,
                        high=len(instrument.items) * max(instrument.option_values),
                    ),
                    "muted",
                )
            )
        if not result.scored:
            column.addWidget(
                plain(
                    self.tr(
                        "Some questions were skipped, so no total is shown. Your answers "
                        "are saved just as you gave them."
                    )
                )
            )
        elif instrument.scoring.bands_informal and instrument.scoring.bands_note:
            column.addWidget(plain(instrument.scoring.bands_note, "muted"))

        self.not_diagnosis = plain(
            self.tr(
                "This is not a diagnosis. It is one way of looking at how things have "
                "been for you {recall}."
            ).format(recall=instrument.recall_period)
        )
        column.addWidget(self.not_diagnosis)
        for line in self._gentle_notes(instrument, response):
            column.addWidget(plain(line))

        column.addSpacing(6)
        column.addWidget(plain(self.tr("Your earlier results"), "subheading"))
        self.earlier_labels = [
            plain(history_line(point, instrument)) for point in earlier[:EARLIER_SHOWN]
        ]
        if not self.earlier_labels:
            self.earlier_labels = [
                plain(self.tr("This is your first time with this questionnaire here."), "muted")
            ]
        for label in self.earlier_labels:
            column.addWidget(label)

        if instrument.norms and result.scored:
            column.addSpacing(6)
            column.addWidget(plain(self.tr("Published averages, for comparison"), "subheading"))
            for norm in instrument.norms:
                column.addWidget(plain(f"{norm.group}: {norm.mean:g} ({norm.source})", "muted"))

        column.addSpacing(6)
        column.addWidget(
            plain(self.tr("Would a short coping exercise help right now? Only if you like."))
        )
        self.done_button = QPushButton(self.tr("Back to questionnaires"))
        self.coping_button = QPushButton(self.tr("Try a coping exercise"))
        self.coping_button.setProperty("role", "primary")
        row = QHBoxLayout()
        row.addWidget(self.done_button)
        row.addStretch(1)
        row.addWidget(self.coping_button)
        column.addLayout(row)
        column.addStretch(1)
        name_controls(self)
        self.done_button.clicked.connect(self.closed)
        self.coping_button.clicked.connect(self.coping_requested)

    def _gentle_notes(self, instrument: Instrument, response: ResponseView) -> list[str]:
        result = response.score
        notes: list[str] = []
        bands = instrument.bands
        form = instrument.variant(result.instrument_id)
        if form is not None:
            bands = form.bands
        band = next((b for b in bands if b.key == result.band), None)
        if result.scored and band is not None and band.suggest_support:
            notes.append(
                self.tr(
                    "Many people find it helps to talk about results like these with "
                    "someone they trust: a friend, a healer, a counsellor or a doctor."
                )
            )
        if "single_item_low" in result.flags:
            notes.append(
                self.tr(
                    "One or more answers were “At no time” or “Some of the time”. That can "
                    "be worth a closer look, perhaps with someone you trust."
                )
            )
        if "item9" in result.flags:
            notes.append(
                self.tr(
                    "Your own people, resources and safety plan are in Care map & plans "
                    "whenever you want them."
                )
            )
        return notes

    def focus_first(self) -> None:
        """Keyboard focus on the calm default: back to the list."""
        self.done_button.setFocus()
