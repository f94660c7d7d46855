"""Write or change a prompt of your own.

``PromptForm.ask(parent, packs, prompt)`` returns ``(PromptInput, pack key)`` or
``None``. Saving is the caller's job; the service checks the prompt by the same rules
as every pack file and the caller shows its sentence if something needs changing.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.principles import Principle
from hj_journal.core.prompts.service import MY_PACK_KEY, PackView, PromptInput, PromptView
from hj_journal.ui.common.principles import principle_name
from hj_journal.ui.common.widgets import MessageLabel, field_label


class PromptForm(QDialog):
    """The form. Use :meth:`ask`."""

    def __init__(
        self, packs: list[PackView], prompt: PromptView | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Your own prompt") if prompt is None else self.tr("Change your prompt")
        )
        self.setMinimumSize(560, 460)
        self.result_value: tuple[PromptInput, str] | None = None
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("A question or an invitation to write about"))
        self.principle = QComboBox()
        for principle in Principle:
            self.principle.addItem(principle_name(principle), principle.value)
        self.follow_ups = QPlainTextEdit()
        self.follow_ups.setTabChangesFocus(True)
        self.follow_ups.setPlaceholderText(self.tr("One per line (optional)"))
        self.follow_ups.setMaximumHeight(90)
        self.content_note = QLineEdit()
        self.content_note.setMaxLength(500)
        self.content_note.setPlaceholderText(
            self.tr("If it touches on harm, say so here; it is shown first (optional)")
        )
        self.pack = QComboBox()
        own = [p for p in packs if not p.builtin]
        if not any(p.key == MY_PACK_KEY for p in own):
            self.pack.addItem(self.tr("Your prompts"), MY_PACK_KEY)
        for pack in own:
            self.pack.addItem(pack.name, pack.key)
        self.pack.setEnabled(prompt is None)  # a prompt stays in its pack

        form = QFormLayout()
        form.addRow(field_label(self.tr("&Prompt"), self.text), self.text)
        form.addRow(field_label(self.tr("P&rinciple"), self.principle), self.principle)
        form.addRow(field_label(self.tr("&Follow-up questions"), self.follow_ups), self.follow_ups)
        form.addRow(field_label(self.tr("&Content note"), self.content_note), self.content_note)
        form.addRow(field_label(self.tr("P&ack"), self.pack), self.pack)

        self.message = MessageLabel()
        cancel = QPushButton(self.tr("Cancel"))
        save = QPushButton(self.tr("Save"))
        save.setProperty("role", "primary")
        save.setDefault(True)
        cancel.clicked.connect(self.reject)
        save.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(save)
        heading = QLabel(self.windowTitle())
        heading.setProperty("role", "heading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(heading)
        layout.addLayout(form, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if prompt is not None:
            self.text.setPlainText(prompt.text)
            self.principle.setCurrentIndex(self.principle.findData(prompt.principle.value))
            self.follow_ups.setPlainText("\n".join(prompt.follow_ups))
            self.content_note.setText(prompt.content_note or "")
            index = self.pack.findData(prompt.pack_key)
            if index >= 0:
                self.pack.setCurrentIndex(index)
        self.text.setFocus()

    def value(self) -> tuple[PromptInput, str]:
        """What the form holds now."""
        data = PromptInput(
            text=self.text.toPlainText().strip(),
            principle=str(self.principle.currentData()),
            follow_ups=tuple(
                line.strip() for line in self.follow_ups.toPlainText().splitlines() if line.strip()
            ),
            content_note=self.content_note.text().strip() or None,
        )
        return data, str(self.pack.currentData())

    @Slot()
    def _save(self) -> None:
        data, pack = self.value()
        if not data.text:
            self.message.show_message(self.tr("Write the words of the prompt first."))
            self.text.setFocus()
            return
        self.result_value = (data, pack)
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, packs: list[PackView], prompt: PromptView | None = None
    ) -> tuple[PromptInput, str] | None:
        """Show the form; what was typed, or ``None`` if cancelled."""
        form = cls(packs, prompt, parent)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        value = form.result_value if accepted else None
        form.deleteLater()
        return value
