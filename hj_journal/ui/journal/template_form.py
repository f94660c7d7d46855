"""Write or change an entry template of your own: a name, a title pattern, tags and the
text a new entry starts with. Returns data only (an ``EntryTemplateDraft``)."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError
from hj_journal.core.journal.templates import (
    MAX_NAME,
    MAX_TITLE,
    EntryTemplateDraft,
    clean_draft,
)
from hj_journal.ui.common.widgets import MessageLabel, field_label, grow_to_fit, text_label
from hj_journal.ui.journal.tags import TagsEdit


class EntryTemplateForm(QDialog):
    """The template form; ``draft`` None starts a new, empty template."""

    def __init__(
        self,
        parent: QWidget | None,
        draft: EntryTemplateDraft | None = None,
        *,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            title or (self.tr("Edit entry template") if draft else self.tr("New entry template"))
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        self.resize(640, 620)
        outer = QVBoxLayout(self)
        outer.addWidget(
            text_label(
                self.tr(
                    "A new entry starts with these words, and you write from there. "
                    "{date} in the title or the text becomes the day of the entry. "
                    "Entries already written never change."
                ),
                "muted",
            )
        )
        self.name = QLineEdit(self)
        self.name.setMaxLength(MAX_NAME)
        self.name.setAccessibleName(self.tr("Name of the template"))
        self.name.setPlaceholderText(self.tr("For example: Evening walk"))
        self.entry_title = QLineEdit(self)
        self.entry_title.setMaxLength(MAX_TITLE)
        self.entry_title.setAccessibleName(self.tr("Title of a new entry"))
        self.entry_title.setPlaceholderText(self.tr("For example: Evening walk — {date}"))
        self.tags = TagsEdit()
        self.tags.setAccessibleName(self.tr("Tags of a new entry"))
        self.tags.setPlaceholderText(self.tr("rest, walk — separated by commas"))
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Text a new entry starts with"))
        self.body.setPlaceholderText(
            self.tr("Headings and questions, in Markdown. For example:\n\n## What I noticed")
        )
        self.body.setTabChangesFocus(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(field_label(self.tr("&Name"), self.name), self.name)
        form.addRow(field_label(self.tr("&Title"), self.entry_title), self.entry_title)
        form.addRow(field_label(self.tr("Ta&gs"), self.tags), self.tags)
        outer.addLayout(form)
        outer.addWidget(field_label(self.tr("Te&xt"), self.body))
        outer.addWidget(self.body, 1)
        self.message = MessageLabel(self)
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        if draft is not None:
            self.name.setText(draft.name)
            self.entry_title.setText(draft.title)
            self.tags.set_tags(draft.tags)
            self.body.setPlainText(draft.body)
        self._description = draft.description if draft is not None else ""
        self.name.setFocus()
        grow_to_fit(self)

    def draft(self) -> EntryTemplateDraft:
        """What was typed."""
        return EntryTemplateDraft(
            self.name.text(),
            self.entry_title.text(),
            self.tags.typed_tags(),
            self.body.toPlainText(),
            self._description,
        )

    @Slot()
    def _accept(self) -> None:
        try:
            clean_draft(self.draft())  # the service's own rules, said before saving
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, draft: EntryTemplateDraft | None = None, *, title: str = ""
    ) -> EntryTemplateDraft | None:
        """Show the form; the template typed, or None when cancelled."""
        dialog = cls(parent, draft, title=title)
        try:
            return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
