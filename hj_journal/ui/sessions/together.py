"""The middle of a session: practices done together, shared notes, agreements, self-care.

Everything here is shared material the client may see. Private notes are not in this
widget at all: :class:`~hj_journal.ui.sessions.session_panel.SessionPanel` keeps them in
a separate box that exists on screen only in the practitioner's view. Notes written with
a template show its shared sections here (a session's view holds no others); a section
that holds the agreements or self-care steps stands in for their own box.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.coping.library import Strategy
from hj_journal.core.coping.service import PracticeView
from hj_journal.core.sessions.note_sections import NoteSection
from hj_journal.core.sessions.service import SessionNotes, SessionView
from hj_journal.core.sessions.summary import PracticeEffect, practice_line
from hj_journal.core.sessions.templates import Fills, TemplateView
from hj_journal.ui.common.widgets import field_label, text_label
from hj_journal.ui.sessions.section_boxes import (
    NOT_AGREED,
    SectionBoxes,
    TemplateChooser,
    notes_edit,
)

__all__ = ["NOT_AGREED", "TogetherStep", "notes_edit"]


class TogetherStep(QWidget):
    """Practices with before and after ratings, and the notes the client keeps."""

    practice_requested = Signal(str)  # strategy id
    template_chosen = Signal(str)  # a template's key, "" for free notes

    def __init__(self, strategies: Sequence[Strategy], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(text_label(QCoreApplication.translate("Sessions", "Together"), "heading"))
        row = QHBoxLayout()
        self.strategy = QComboBox()
        for strategy in strategies:
            self.strategy.addItem(strategy.title, strategy.id)
        # The longest practice's name must not decide the row's width: at large text in a
        # small window the row would be cut off. A shorter box shows names in its list whole.
        self.strategy.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.strategy.setMinimumContentsLength(12)
        self.begin_button = QPushButton(
            QCoreApplication.translate("Sessions", "&Begin this practice")
        )
        row.addWidget(
            field_label(QCoreApplication.translate("Sessions", "P&ractice:"), self.strategy)
        )
        row.addWidget(self.strategy, 1)
        row.addWidget(self.begin_button)
        column.addLayout(row)
        self.practices_done = text_label(
            QCoreApplication.translate("Sessions", "No practice yet today."), "muted"
        )
        column.addWidget(self.practices_done)

        self.chooser = TemplateChooser()
        column.addWidget(self.chooser)
        self.sections = SectionBoxes()  # the template's shared sections
        column.addWidget(self.sections)
        self.shared = notes_edit(
            QCoreApplication.translate("Sessions", "What we noticed and want to remember")
        )
        self.agreements = notes_edit(QCoreApplication.translate("Sessions", "What we agree on"), 3)
        self.self_care = notes_edit(
            QCoreApplication.translate("Sessions", "Small steps until next time"), 3
        )
        self.labels: dict[QPlainTextEdit, QWidget] = {}
        for label, edit in (
            (
                QCoreApplication.translate(
                    "Sessions", "&Notes we write together (you will see these, and keep them)"
                ),
                self.shared,
            ),
            (QCoreApplication.translate("Sessions", "What we &agree"), self.agreements),
            (
                QCoreApplication.translate("Sessions", "&Self-care steps until next time"),
                self.self_care,
            ),
        ):
            self.labels[edit] = field_label(label, edit)
            column.addWidget(self.labels[edit])
            column.addWidget(edit)
        column.addStretch(1)
        self._shared_ok = self._agreements_ok = True
        self._in_use: dict[QPlainTextEdit, bool] = {}
        self.begin_button.clicked.connect(self._begin)
        self.chooser.chosen.connect(self.template_chosen)

    def _begin(self) -> None:
        key = self.strategy.currentData()
        if key:
            self.practice_requested.emit(str(key))

    def set_practices(self, practices: Sequence[PracticeView]) -> None:
        """List the practices done in this session, with their ratings."""
        if not practices:
            self.practices_done.setText(
                QCoreApplication.translate("Sessions", "No practice yet today.")
            )
            return
        lines = [
            practice_line(
                PracticeEffect(
                    p.strategy_title or p.strategy_key, p.distress_before, p.distress_after
                )
            )
            for p in practices
        ]
        self.practices_done.setText("\n".join(lines))

    def set_templates(self, templates: Sequence[TemplateView], current: str | None) -> None:
        """The templates the notes can be written with, ``current`` chosen."""
        self.chooser.set_templates(templates, current)

    def set_notes(self, session: SessionView) -> None:
        """Show the session's shared notes, agreements, self-care steps and sections."""
        self.shared.setPlainText(session.shared_notes)
        self.agreements.setPlainText(session.agreements)
        self.self_care.setPlainText(session.self_care_steps)
        self.sections.show_sections(session.sections, allowed=self._allowed)
        self.sections.setVisible(bool(session.sections))
        self.chooser.show_key(session.template_key)
        held = {s.fills for s in session.sections if s.fills is not None}
        # A template's own section stands in for the free box it fills; the free shared
        # box stays while it holds words written before a template was chosen.
        self._in_use = {
            self.shared: session.template_key is None or bool(session.shared_notes.strip()),
            self.agreements: Fills.AGREEMENTS not in held,
            self.self_care: Fills.SELF_CARE_STEPS not in held,
        }
        for edit, used in self._in_use.items():
            edit.setVisible(used)
            self.labels[edit].setVisible(used)

    def _kept(self, edit: QPlainTextEdit) -> str | None:
        if not edit.isEnabled() or not self._in_use.get(edit, True):
            return None
        return edit.toPlainText()

    def notes(self) -> SessionNotes:
        """The shared notes as typed (a box the client did not agree to is left alone)."""
        return SessionNotes(
            shared=self._kept(self.shared),
            agreements=self._kept(self.agreements),
            self_care_steps=self._kept(self.self_care),
        )

    def section_texts(self) -> dict[int, str]:
        """What was written in the template's shared sections, by place in the note."""
        return self.sections.texts()

    def _allowed(self, section: NoteSection) -> bool:
        return self._agreements_ok if section.fills is not None else self._shared_ok

    def limit_to(self, shared: bool, agreements: bool, practices: bool) -> None:
        """Turn off what the client chose not to have recorded."""
        self._shared_ok, self._agreements_ok = shared, agreements
        for section in self.sections.sections:
            if not self._allowed(section):
                self.sections.edits[section.index].setEnabled(False)
                self.sections.edits[section.index].setPlaceholderText(
                    QCoreApplication.translate("Sessions", NOT_AGREED)
                )
        for edit, allowed in (
            (self.shared, shared),
            (self.agreements, agreements),
            (self.self_care, agreements),
        ):
            edit.setEnabled(allowed)
            if not allowed:
                edit.setPlaceholderText(QCoreApplication.translate("Sessions", NOT_AGREED))
        if not practices:
            self.practices_done.setText(
                QCoreApplication.translate(
                    "Sessions",
                    "Practices can still be done together; they are not recorded today.",
                )
            )
