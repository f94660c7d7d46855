"""Today's smaller cards: the kept draft and lists of entries (the prompt card is the
prompt library's own, :class:`hj_journal.ui.prompts.card.PromptCard`)."""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.journal.drafts import DraftState
from hj_journal.core.journal.entries import EntrySummary
from hj_journal.ui.common.dates import day_text, moment_text
from hj_journal.ui.common.widgets import ElidedButton, text_label


def card(parent: QWidget | None = None) -> QFrame:
    """A quiet panel that groups one thing on the page."""
    frame = QFrame(parent)
    frame.setProperty("role", "card")
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    return frame


def heading(text: str) -> QLabel:
    """A card's heading."""
    label = text_label(text, "subheading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    return label


def draft_words(draft: DraftState) -> str:
    """A few words that name a draft: its title, or how it begins."""
    text = draft.title.strip() or " ".join(draft.body.split())
    return text if len(text) <= 60 else text[:59] + "…"


class DraftCard(QFrame):
    """Unsaved writing: offered back after unlock, then a quiet "Continue your draft"."""

    continue_requested = Signal()
    discard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.message = text_label()
        self.message.setAccessibleName(self.tr("Unsaved writing"))
        self.continue_button = QPushButton(self.tr("&Continue it"))
        self.continue_button.setAccessibleName(self.tr("Continue your unsaved writing"))
        self.continue_button.setProperty("role", "primary")
        self.later_button = QPushButton(self.tr("Keep it for &later"))
        self.later_button.setAccessibleName(self.tr("Keep the unsaved writing for later"))
        self.discard_button = QPushButton(self.tr("&Discard…"))
        self.discard_button.setAccessibleName(self.tr("Discard the unsaved writing"))
        row = QHBoxLayout()
        row.setSpacing(10)
        row.addStretch(1)
        row.addWidget(self.discard_button)
        row.addWidget(self.later_button)
        row.addWidget(self.continue_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self.message)
        layout.addLayout(row)
        self.continue_button.clicked.connect(self.continue_requested)
        self.later_button.clicked.connect(self.keep_for_later)
        self.discard_button.clicked.connect(self.discard_requested)
        self._draft: DraftState | None = None
        self.hide()

    @property
    def offering(self) -> bool:
        """True while the three-way offer shows (rather than the quiet link)."""
        return self.later_button.isVisibleTo(self)

    def offer(self, draft: DraftState) -> None:
        """After unlock: "You have unsaved writing from …"."""
        self._draft = draft
        when = moment_text(draft.updated_at) if draft.updated_at else ""
        text = self.tr("You have unsaved writing from %1").replace("%1", when)
        words = draft_words(draft)
        self.message.setText(text + (f": “{words}”" if words else "."))
        self.continue_button.setText(self.tr("&Continue it"))
        self.later_button.show()
        self.discard_button.show()
        self.show()

    def quiet(self, draft: DraftState) -> None:
        """Later on: a simple way back to the draft."""
        self._draft = draft
        words = draft_words(draft)
        self.message.setText(
            self.tr("Your draft is kept: “%1”").replace("%1", words)
            if words
            else self.tr("Your draft is kept.")
        )
        self.continue_button.setText(self.tr("&Continue your draft"))
        self.later_button.hide()
        self.discard_button.hide()
        self.show()

    @Slot()
    def keep_for_later(self) -> None:
        """Leave the draft as it is and stop asking."""
        if self._draft is not None:
            self.quiet(self._draft)


class EntryLinks(QWidget):
    """A short list of entries as buttons that open them."""

    entry_chosen = Signal(int)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._empty = text_label(empty_text, "muted")
        self._layout.addWidget(self._empty)
        self.buttons: list[QPushButton] = []

    def set_entries(self, rows: list[EntrySummary]) -> None:
        """Show these entries (newest first)."""
        for button in self.buttons:
            self._layout.removeWidget(button)
            button.setText("")  # the title leaves now, not when the button is deleted
            button.setAccessibleName("")
            button.hide()
            button.deleteLater()
        self.buttons = []
        for row in rows:
            title = row.title or self.tr("Untitled")
            button = ElidedButton(f"{day_text(row.entry_date)}  ·  {title}")
            button.setFlat(True)
            button.setStyleSheet("text-align: left; padding: 6px 8px;")
            button.setAccessibleName(
                self.tr("Open %1 from %2")
                .replace("%1", title)
                .replace("%2", day_text(row.entry_date))
            )
            button.clicked.connect(
                lambda _=False, entry_id=row.id: self.entry_chosen.emit(entry_id)
            )
            self._layout.addWidget(button)
            self.buttons.append(button)
        self._empty.setVisible(not rows)
