"""The middle of a session: practices done together, shared notes, agreements, self-care.

Everything here is shared material the client may see. Private notes are not in this
widget at all: :class:`~hj_journal.ui.sessions.session_panel.SessionPanel` keeps them in
a separate box that exists on screen only in the practitioner's view.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
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
from hj_journal.core.sessions.service import SessionNotes, SessionView
from hj_journal.core.sessions.summary import PracticeEffect, practice_line
from hj_journal.ui.common.widgets import field_label, text_label
from hj_journal.ui.sessions.labels import tr

NOT_AGREED = "Not recorded today, as agreed."


def notes_edit(placeholder: str, lines: int = 4) -> QPlainTextEdit:
    """A notes box where Tab moves on (keyboard users are never trapped)."""
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setMinimumHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * lines * 2 + 32)
    return edit


class TogetherStep(QWidget):
    """Practices with before and after ratings, and the notes the client keeps."""

    practice_requested = Signal(str)  # strategy id

    def __init__(self, strategies: Sequence[Strategy], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(text_label(tr("Together"), "heading"))
        row = QHBoxLayout()
        self.strategy = QComboBox()
        for strategy in strategies:
            self.strategy.addItem(strategy.title, strategy.id)
        self.begin_button = QPushButton(tr("&Begin this practice"))
        row.addWidget(field_label(tr("P&ractice:"), self.strategy))
        row.addWidget(self.strategy, 1)
        row.addWidget(self.begin_button)
        column.addLayout(row)
        self.practices_done = text_label(tr("No practice yet today."), "muted")
        column.addWidget(self.practices_done)

        self.shared = notes_edit(tr("What we noticed and want to remember"))
        self.agreements = notes_edit(tr("What we agree on"), 3)
        self.self_care = notes_edit(tr("Small steps until next time"), 3)
        for label, edit in (
            (tr("&Notes we write together (you will see these, and keep them)"), self.shared),
            (tr("What we &agree"), self.agreements),
            (tr("&Self-care steps until next time"), self.self_care),
        ):
            column.addWidget(field_label(label, edit))
            column.addWidget(edit)
        column.addStretch(1)
        self.begin_button.clicked.connect(self._begin)

    def _begin(self) -> None:
        key = self.strategy.currentData()
        if key:
            self.practice_requested.emit(str(key))

    def set_practices(self, practices: Sequence[PracticeView]) -> None:
        """List the practices done in this session, with their ratings."""
        if not practices:
            self.practices_done.setText(tr("No practice yet today."))
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

    def set_notes(self, session: SessionView) -> None:
        """Show the session's shared notes, agreements and self-care steps."""
        self.shared.setPlainText(session.shared_notes)
        self.agreements.setPlainText(session.agreements)
        self.self_care.setPlainText(session.self_care_steps)

    def notes(self) -> SessionNotes:
        """The shared notes as typed (a box the client did not agree to is left alone)."""
        return SessionNotes(
            shared=self.shared.toPlainText() if self.shared.isEnabled() else None,
            agreements=self.agreements.toPlainText() if self.agreements.isEnabled() else None,
            self_care_steps=self.self_care.toPlainText() if self.self_care.isEnabled() else None,
        )

    def limit_to(self, shared: bool, agreements: bool, practices: bool) -> None:
        """Turn off what the client chose not to have recorded."""
        for edit, allowed in (
            (self.shared, shared),
            (self.agreements, agreements),
            (self.self_care, agreements),
        ):
            edit.setEnabled(allowed)
            if not allowed:
                edit.setPlaceholderText(tr(NOT_AGREED))
        if not practices:
            self.practices_done.setText(
                tr("Practices can still be done together; they are not recorded today.")
            )
