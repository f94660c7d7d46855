"""Today's prompt as a card: write about it, ask for another, not today, or hide it.

Self-contained: give it the :class:`UiContext` and place it on a page. It reads and
changes prompts only through ``ctx.services.prompts``; *Write about this* opens the
Journal editor with the prompt linked (:func:`write_about`). A content note, when a
prompt has one, is shown first; the prompt itself appears when the person asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.prompts.service import PromptView
from hj_journal.ui.common.principles import principle_name
from hj_journal.ui.common.widgets import MessageLabel
from hj_journal.ui.prompts.manager import PromptsDialog, open_prompts_manager
from hj_journal.ui.prompts.writing import write_about
from hj_journal.ui.shell.context import UiContext


def _label(role: str | None = None) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


class PromptCard(QFrame):
    """Today's prompt with its actions. Call :meth:`refresh` when the page is shown."""

    write_requested = Signal(str, str)  # prompt key, prompt text (after the editor was asked)
    prompt_changed = Signal(object)  # the PromptView now shown, or None

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        handles_writing: bool = True,
        open_manager: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._prompts = ctx.services.prompts
        self.prompt: PromptView | None = None
        self._hidden_key: str | None = None
        self._handles_writing = handles_writing
        self._open_manager = open_manager
        self.manager: PromptsDialog | None = None
        self.setProperty("role", "card")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        heading = QLabel(self.tr("Today's prompt"))
        heading.setProperty("role", "subheading")
        self.principle = _label("muted")
        self.content_note = _label("notice")
        self.show_button = QPushButton(self.tr("&Show the prompt"))
        self.text = _label()
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.text.setFont(font)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Today's prompt"))
        self.follow_ups = _label("muted")
        self.empty = _label("muted")
        self.empty.setText(
            self.tr(
                "No prompt fits your choices today. You can choose which principles "
                "prompts come from."
            )
        )

        self.write_button = QPushButton(self.tr("&Write about this"))
        self.write_button.setProperty("role", "primary")
        self.another_button = QPushButton(self.tr("A&nother prompt"))
        self.not_today_button = QPushButton(self.tr("Not &today"))
        self.not_today_button.setToolTip(self.tr("Set this prompt aside for today"))
        self.hide_button = QPushButton(self.tr("&Hide this prompt"))
        self.hide_button.setToolTip(
            self.tr("Never offer this prompt again (you can bring it back)")
        )
        self.manage_button = QPushButton(self.tr("&Choose prompts…"))
        self.manage_button.setToolTip(
            self.tr("Choose where prompts come from, browse them all, or write your own")
        )
        for button, name in (
            (self.show_button, self.tr("Show today's prompt")),
            (self.write_button, self.tr("Write about today's prompt")),
            (self.another_button, self.tr("Another prompt for today")),
            (self.not_today_button, self.tr("Not today: set this prompt aside for today")),
            (self.hide_button, self.tr("Hide this prompt: never offer it again")),
            (self.manage_button, self.tr("Choose prompts")),
        ):
            button.setAccessibleName(name)
        # The three ways to answer today's prompt on one row; the quieter choices about
        # prompts in general below, as links, so the card fits Today's column at any
        # text size without squeezing a button's words.
        actions = QHBoxLayout()
        actions.setSpacing(8)
        for button in (self.write_button, self.another_button, self.not_today_button):
            actions.addWidget(button)
        actions.addStretch(1)
        more = QHBoxLayout()
        more.setSpacing(12)
        more.addStretch(1)
        for button in (self.hide_button, self.manage_button):
            button.setProperty("role", "link")
            more.addWidget(button)

        self.notice = MessageLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: offer the hidden prompt again"))
        self.undo_button.hide()
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice, 1)
        notice_row.addWidget(self.undo_button)

        # What changes from prompt to prompt sits in one block that keeps room for the
        # longest prompt at the card's width, so the buttons below never jump when a
        # follow-up or a content note comes or goes.
        self.body = QWidget()
        body = self._body_layout = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        body.addWidget(self.principle)
        body.addWidget(self.content_note)
        body.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignLeft)
        body.addWidget(self.text)
        body.addWidget(self.follow_ups)
        body.addWidget(self.empty)
        body.addStretch(1)
        self._candidates: list[PromptView] | None = None  # read when first measured

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(self.body)
        layout.addLayout(actions)
        layout.addLayout(more)
        layout.addLayout(notice_row)

    def _connect_signals(self) -> None:
        self.show_button.clicked.connect(self._reveal)
        self.write_button.clicked.connect(self.write)
        self.another_button.clicked.connect(self.another)
        self.not_today_button.clicked.connect(self.not_today)
        self.hide_button.clicked.connect(self.hide_prompt)
        self.undo_button.clicked.connect(self.undo_hide)
        self.manage_button.clicked.connect(self._manage)

    # ------------------------------------------------------------------ actions

    @Slot()
    def refresh(self) -> None:
        """Show today's prompt (it stays the same all day unless asked otherwise)."""
        self._show(self._prompts.today())

    @Slot()
    def another(self) -> None:
        """A different prompt for today."""
        self._clear_notice()
        self._show(self._prompts.another())

    @Slot()
    def not_today(self) -> None:
        """Set this prompt aside for today; it may come back another day."""
        if self.prompt is None:
            return
        self._clear_notice()
        self._show(self._prompts.not_today(self.prompt.key))

    @Slot()
    def hide_prompt(self) -> None:
        """Never offer this prompt again (undo is offered right away)."""
        if self.prompt is None:
            return
        key = self.prompt.key
        self._prompts.hide(key)
        self._hidden_key = key
        self.notice.show_message(
            self.tr("That prompt won't be offered again. You can bring it back in Choose prompts.")
        )
        self.undo_button.show()
        self._show(self._prompts.today())

    @Slot()
    def undo_hide(self) -> None:
        """Bring back the prompt just hidden."""
        if self._hidden_key is not None:
            self._prompts.unhide(self._hidden_key)
        self._clear_notice()
        self.refresh()

    @Slot()
    def write(self) -> None:
        """Open the editor with this prompt linked to the new entry."""
        if self.prompt is None:
            return
        if self._handles_writing:
            write_about(self.ctx.hub, self.prompt.key, self.prompt.text)
        self.write_requested.emit(self.prompt.key, self.prompt.text)

    # ------------------------------------------------------------------ inside

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reserve()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._reserve()

    def _reserve(self) -> None:
        """Keep room in the body for the tallest prompt at the present width."""
        width = self.body.width()
        if width <= 0 or not self.isVisible():
            return
        if self._candidates is None:
            self._candidates = self._prompts.all_prompts()
        shown = [(label, label.text()) for label in self._measured]
        try:
            tallest = max(
                [self._height_of(prompt, width) for prompt in self._candidates]
                + [self._wrapped(self.empty, self.empty.text(), width)]
            )
        finally:
            for label, text in shown:  # measuring borrowed the real labels
                label.setText(text)
        self.body.setMinimumHeight(tallest)

    @property
    def _measured(self) -> tuple[QLabel, ...]:
        return (self.principle, self.content_note, self.text, self.follow_ups)

    def _height_of(self, prompt: PromptView, width: int) -> int:
        gap = self._body_layout.spacing()
        height = self._wrapped(self.principle, self._principle_text(prompt), width)
        if prompt.content_note is not None:
            note = self._note_text(prompt.content_note)
            height += gap + self._wrapped(self.content_note, note, width)
            return height + gap + self.show_button.sizeHint().height()
        height += gap + self._wrapped(self.text, prompt.text, width)
        if prompt.follow_ups:
            follow = self._follow_text(prompt)
            height += gap + self._wrapped(self.follow_ups, follow, width)
        return height

    @staticmethod
    def _wrapped(label: QLabel, text: str, width: int) -> int:
        label.setText(text)
        return label.heightForWidth(width)

    def _principle_text(self, prompt: PromptView) -> str:
        return self.tr("{principle} · from “{pack}”").format(
            principle=principle_name(prompt.principle), pack=prompt.pack_name
        )

    def _note_text(self, note: str) -> str:
        return self.tr("Content note: {note}").format(note=note)

    @staticmethod
    def _follow_text(prompt: PromptView) -> str:
        return "\n".join(f"• {line}" for line in prompt.follow_ups)

    def _show(self, prompt: PromptView | None) -> None:
        self.prompt = prompt
        has = prompt is not None
        for widget in (
            self.write_button,
            self.another_button,
            self.not_today_button,
            self.hide_button,
            self.principle,
        ):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        if prompt is None:
            for widget in (self.content_note, self.show_button, self.text, self.follow_ups):
                widget.hide()
            self.prompt_changed.emit(None)
            return
        self.principle.setText(self._principle_text(prompt))
        self.text.setText(prompt.text)
        self.follow_ups.setText(self._follow_text(prompt))
        noted = prompt.content_note is not None
        self.content_note.setVisible(noted)
        if prompt.content_note is not None:
            self.content_note.setText(self._note_text(prompt.content_note))
        # With a content note, the prompt waits until the person chooses to see it.
        self.show_button.setVisible(noted)
        self.text.setVisible(not noted)
        self.follow_ups.setVisible(not noted and bool(prompt.follow_ups))
        self.prompt_changed.emit(prompt)

    @Slot()
    def _reveal(self) -> None:
        if self.prompt is None:
            return
        self.show_button.hide()
        self.text.show()
        self.follow_ups.setVisible(bool(self.prompt.follow_ups))
        self.text.setFocus()

    def _clear_notice(self) -> None:
        self._hidden_key = None
        self.notice.clear_message()
        self.undo_button.hide()

    @Slot()
    def _manage(self) -> None:
        if self._open_manager is not None:
            self._open_manager()
            self.refresh()
            return
        dialog = open_prompts_manager(self.ctx, self.window())
        dialog.prompts_changed.connect(self.refresh)
        self.manager = dialog
