"""Questionnaire settings: which to show, PHQ-8, layout, support level, content notes.

The dialog returns a :class:`CheckInPreferences`; the page hands it to
``services.checkin_prefs`` (dialogs return data; services save it).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.instruments.schema import Instrument
from hj_journal.core.checkin.prefs import CheckInPreferences, Layout
from hj_journal.ui.checkin.names import category_title
from hj_journal.ui.checkin.question import plain
from hj_journal.ui.common.access import name_controls
from hj_journal.ui.common.widgets import field_label, grow_to_fit


def content_categories(instruments: Sequence[Instrument]) -> list[str]:
    """Every content-note category used by these instruments, items first."""
    found: list[str] = []
    for instrument in instruments:
        for item in instrument.items:
            if item.content_note and item.content_note.category not in found:
                found.append(item.content_note.category)
    for instrument in instruments:
        note = instrument.content_note
        if note and note.category not in found:
            found.append(note.category)
    return found


class QuestionnaireSettingsDialog(QDialog):
    """Edit the person's check-in preferences."""

    def __init__(
        self,
        instruments: Sequence[Instrument],
        prefs: CheckInPreferences,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Questionnaire settings"))
        self._prefs = prefs
        layout = QVBoxLayout(self)
        layout.setSpacing(12)

        shown = QGroupBox(self.tr("Questionnaires to offer"))
        shown_box = QVBoxLayout(shown)
        self.instrument_boxes: dict[str, QCheckBox] = {}
        for instrument in instruments:
            check = QCheckBox(f"{instrument.short_name} — {instrument.title}")
            check.setChecked(instrument.id not in prefs.hidden_instruments)
            shown_box.addWidget(check)
            self.instrument_boxes[instrument.id] = check
        layout.addWidget(shown)

        self.phq8_box = QCheckBox(self.tr("Ask PHQ-9 as PHQ-8 (leave out the ninth question)"))
        self.phq8_box.setChecked(prefs.phq8_mode)
        layout.addWidget(self.phq8_box)

        self.notes_group = QGroupBox(self.tr("Kinds of question to ask"))
        notes_box = QVBoxLayout(self.notes_group)
        notes_box.addWidget(
            plain(
                self.tr(
                    "Untick a kind and its questions are not asked (a questionnaire that "
                    "begins with that note is not offered)."
                ),
                "muted",
            )
        )
        self.category_boxes: dict[str, QCheckBox] = {}
        for category in content_categories(instruments):
            check = QCheckBox(category_title(category))
            check.setChecked(category not in prefs.content_notes_off)
            notes_box.addWidget(check)
            self.category_boxes[category] = check
        layout.addWidget(self.notes_group)

        self.layout_combo = QComboBox()
        self.layout_combo.addItem(self.tr("One question at a time"), Layout.ONE_PER_SCREEN.value)
        self.layout_combo.addItem(self.tr("All questions on one page"), Layout.SINGLE_PAGE.value)
        self.layout_combo.setCurrentIndex(0 if prefs.layout is Layout.ONE_PER_SCREEN else 1)
        layout.addWidget(field_label(self.tr("&Layout"), self.layout_combo))
        layout.addWidget(self.layout_combo)

        self.threshold_combo = QComboBox()
        self.threshold_combo.addItem(self.tr("Never (off)"), None)
        for level in range(1, 11):
            self.threshold_combo.addItem(self.tr("At {n} or above").format(n=level), level)
        index = self.threshold_combo.findData(prefs.support_threshold)
        self.threshold_combo.setCurrentIndex(max(0, index))
        layout.addWidget(
            field_label(
                self.tr("&Offer your support panel after a quick check-in"),
                self.threshold_combo,
            )
        )
        layout.addWidget(self.threshold_combo)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        name_controls(self)
        grow_to_fit(self)  # room for the wrapped note, which Qt's first size leaves out

    def result_prefs(self) -> CheckInPreferences:
        """The choices as they stand in the dialog."""
        threshold = self.threshold_combo.currentData()
        return CheckInPreferences(
            hidden_instruments=frozenset(
                key for key, check in self.instrument_boxes.items() if not check.isChecked()
            ),
            phq8_mode=self.phq8_box.isChecked(),
            layout=Layout(str(self.layout_combo.currentData())),
            support_threshold=int(threshold) if threshold is not None else None,
            content_notes_off=frozenset(
                key for key, check in self.category_boxes.items() if not check.isChecked()
            ),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        instruments: Sequence[Instrument],
        prefs: CheckInPreferences,
    ) -> CheckInPreferences | None:
        """Show the dialog; the new choices, or None when cancelled."""
        dialog = cls(instruments, prefs, parent)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.result_prefs()
        finally:
            dialog.deleteLater()
