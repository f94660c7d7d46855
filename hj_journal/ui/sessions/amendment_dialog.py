"""Add an amendment to signed notes: which part, why, what, and whether it is shared.

Returns data only (:class:`~hj_journal.core.sessions.signing.AmendmentDraft`); the caller
hands it to the signing service. A part's own choice (shared or private) is offered as
the default; an amendment to the notes as a whole starts private.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sessions.note_sections import NotePart
from hj_journal.core.sessions.signing import AmendmentDraft
from hj_journal.ui.common.widgets import MessageLabel, field_label, grow_to_fit, text_label
from hj_journal.ui.sessions.labels import part_title
from hj_journal.ui.sessions.section_boxes import mark_of, notes_edit


class AmendmentDialog(QDialog):
    """The amendment form."""

    def __init__(self, parent: QWidget | None, parts: Sequence[NotePart]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Sessions", "Add an amendment"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        self._parts = tuple(parts)
        outer = QVBoxLayout(self)
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Sessions",
                    "An amendment is kept beside the signed notes with its own date and "
                    "reason. What you wrote first stays as it is, and stays readable.",
                ),
                "muted",
            )
        )
        self.part = QComboBox(self)
        self.part.addItem(QCoreApplication.translate("Sessions", "The notes as a whole"), "")
        for part in self._parts:
            self.part.addItem(f"{part_title(part.title)} — {mark_of(part.shared)}", part.title)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(
            QCoreApplication.translate(
                "Sessions", "For example: the date of the next session was wrong"
            )
        )
        self.reason.setMaxLength(2000)
        self.text = notes_edit(
            QCoreApplication.translate("Sessions", "What the amendment adds or changes"), 4
        )
        self.shared = QCheckBox(QCoreApplication.translate("Sessions", "S&hare with your client"))
        self.shared_note = text_label(
            QCoreApplication.translate(
                "Sessions", "A shared amendment, with its reason, appears in the client's summary."
            ),
            "muted",
        )
        form = QFormLayout()
        for words, field in (
            (QCoreApplication.translate("Sessions", "&Part of the notes"), self.part),
            (QCoreApplication.translate("Sessions", "&Reason"), self.reason),
            (QCoreApplication.translate("Sessions", "A&mendment"), self.text),
        ):
            label = field_label(words, field)
            label.setWordWrap(False)  # short words: the column takes their width
            form.addRow(label, field)
        outer.addLayout(form)
        outer.addWidget(self.shared)
        outer.addWidget(self.shared_note)
        self.message = MessageLabel(self)
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.part.currentIndexChanged.connect(self._part_chosen)
        self.reason.setFocus()
        grow_to_fit(self)

    @Slot(int)
    def _part_chosen(self, index: int) -> None:
        # Each part's own choice is the default; the whole notes start private.
        self.shared.setChecked(index > 0 and self._parts[index - 1].shared)

    def draft(self) -> AmendmentDraft:
        """What was typed."""
        return AmendmentDraft(
            reason=self.reason.text().strip(),
            text=self.text.toPlainText().strip(),
            section=str(self.part.currentData() or ""),
            shared=self.shared.isChecked(),
        )

    def _accept(self) -> None:
        draft = self.draft()
        if not draft.reason:
            self.message.show_message(
                QCoreApplication.translate(
                    "Sessions", "Say in a few words why the notes are amended."
                )
            )
            self.reason.setFocus()
            return
        if not draft.text:
            self.message.show_message(
                QCoreApplication.translate("Sessions", "Write what the amendment adds or changes.")
            )
            self.text.setFocus()
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, parts: Sequence[NotePart]) -> AmendmentDraft | None:
        """Show the form; the amendment typed, or None when cancelled."""
        dialog = cls(parent, parts)
        try:
            return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
