"""Your entry templates: the built-in ones and your own; add, copy, edit, delete, hide a
built-in one from New entry's menu, export and import. Reached from New entry's menu.

Template files are only read, never run, and are checked like the built-in templates; a
file that cannot be used is one sentence and changes nothing.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError
from hj_journal.core.journal.templates import (
    EntryTemplateDraft,
    EntryTemplates,
    EntryTemplateView,
)
from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.file_dialogs import ask_open_path, ask_save_path
from hj_journal.ui.common.widgets import (
    Card,
    MessageLabel,
    current_key,
    grow_to_fit,
    keep_rows,
    refill_keyed_list,
    text_label,
)
from hj_journal.ui.journal.template_form import EntryTemplateForm

PREVIEW_LINES = 12


class TemplateAsker:
    """The questions the template manager asks, with real dialogs (tests pass a fake)."""

    def edit_template(
        self, parent: QWidget | None, draft: EntryTemplateDraft | None, *, title: str = ""
    ) -> EntryTemplateDraft | None:
        """The template form (None: a new, empty template)."""
        return EntryTemplateForm.ask(parent, draft, title=title)

    def confirm_delete(self, parent: QWidget | None, name: str) -> bool:
        """Ask before deleting a template of your own."""
        return calm_dialog.confirm(
            parent,
            QCoreApplication.translate("EntryTemplates", "Delete the template?"),
            QCoreApplication.translate("EntryTemplates", "Delete the template “{name}”?").format(
                name=name
            ),
            QCoreApplication.translate("EntryTemplates", "Delete"),
            QCoreApplication.translate("EntryTemplates", "Keep it"),
            info=QCoreApplication.translate(
                "EntryTemplates", "Entries already written with it stay as they are."
            ),
        )

    def open_path(self, parent: QWidget | None) -> Path | None:
        """A template file to import."""
        return ask_open_path(
            parent,
            QCoreApplication.translate("EntryTemplates", "Import an entry template"),
            QCoreApplication.translate("EntryTemplates", "Templates (*.toml)"),
        )

    def save_path(self, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to export a template."""
        return ask_save_path(
            parent,
            QCoreApplication.translate("EntryTemplates", "Export the entry template"),
            suggested,
            QCoreApplication.translate("EntryTemplates", "Templates (*.toml)"),
            "toml",
        )


def template_details(template: EntryTemplateView) -> str:
    """A template's description, title, tags and the start of its text, for the card."""
    lines = [template.description] if template.description else []
    if template.title:
        title = QCoreApplication.translate("EntryTemplates", "Title: {title}")
        lines.append(title.format(title=template.title))
    if template.tags:
        tags = QCoreApplication.translate("EntryTemplates", "Tags: {tags}")
        lines.append(tags.format(tags=", ".join(template.tags)))
    body = [line for line in template.body.splitlines() if line.strip()]
    if body:
        lines.append("")
        lines += body[:PREVIEW_LINES]
        if len(body) > PREVIEW_LINES:
            lines.append("…")
    if template.hidden:
        hidden = QCoreApplication.translate("EntryTemplates", "Hidden from New entry's menu.")
        lines += ["", hidden]
    return "\n".join(lines)


class EntryTemplatesDialog(QDialog):
    """Your entry templates (see the module docstring)."""

    changed = Signal()

    def __init__(
        self,
        templates: EntryTemplates,
        asker: TemplateAsker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._asker = asker or TemplateAsker()
        self.setWindowTitle(self.tr("Entry templates"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        self.resize(760, 640)
        outer = QVBoxLayout(self)
        outer.addWidget(text_label(self.tr("Entry templates"), "subheading"))
        outer.addWidget(
            text_label(
                self.tr(
                    "A template gives a new entry a title, tags and a few headings to write "
                    "under. Choose one from New entry's menu. Changing or deleting a "
                    "template never changes entries already written."
                ),
                "muted",
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Entry templates"))
        self.list.setSpacing(2)
        keep_rows(self.list, 4)
        outer.addWidget(self.list, 1)
        self.details = Card(margin=14)
        self.details_text = text_label("")
        self.details_text.setTextFormat(Qt.TextFormat.PlainText)
        self.details.body.addWidget(self.details_text)
        outer.addWidget(self.details)
        self.new_button = QPushButton(self.tr("&New template…"))
        self.copy_button = QPushButton(self.tr("&Copy as my own…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.hide_button = QPushButton(self.tr("&Hide from the menu"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        grid = QGridLayout()
        for number, button in enumerate(
            (
                self.new_button,
                self.copy_button,
                self.edit_button,
                self.delete_button,
                self.hide_button,
                self.export_button,
                self.import_button,
            )
        ):
            button.setAutoDefault(False)
            grid.addWidget(button, number // 3, number % 3)
        outer.addLayout(grid)
        self.message = MessageLabel(self)
        outer.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self._connect_signals()
        self.reload()
        grow_to_fit(self)

    def _connect_signals(self) -> None:
        self.list.currentItemChanged.connect(self._chosen)
        self.new_button.clicked.connect(self.new_template)
        self.copy_button.clicked.connect(self.copy_template)
        self.edit_button.clicked.connect(self.edit_template)
        self.delete_button.clicked.connect(self.delete_template)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.export_button.clicked.connect(self.export_template)
        self.import_button.clicked.connect(self.import_template)

    @classmethod
    def show_for(cls, templates: EntryTemplates, parent: QWidget | None) -> None:
        """Open the manager over ``parent`` until it is closed (it saves as it goes)."""
        dialog = cls(templates, parent=parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    # ------------------------------------------------------------------ list

    def reload(self, select: str | None = None) -> None:
        """Read the templates again, keeping (or making) a selection."""
        rows = []
        for template in self._templates.all():
            if template.hidden:
                text = self.tr("{name} (built in, hidden)").format(name=template.name)
            elif template.builtin:
                text = self.tr("{name} (built in)").format(name=template.name)
            else:
                text = template.name
            rows.append((template.key, text))
        refill_keyed_list(self.list, rows, select or self.current_key())
        self._chosen(self.list.currentItem(), None)

    def current_key(self) -> str | None:
        """The key of the template chosen in the list."""
        return current_key(self.list)

    def current(self) -> EntryTemplateView | None:
        """The template chosen in the list."""
        key = self.current_key()
        return self._templates.get(key) if key else None

    @Slot(QListWidgetItem, QListWidgetItem)
    def _chosen(self, _current: QListWidgetItem | None, _previous: object) -> None:
        template = self.current()
        self.details_text.setText(template_details(template) if template else "")
        own = template is not None and not template.builtin
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(own)
        self.copy_button.setEnabled(template is not None)
        self.export_button.setEnabled(template is not None)
        builtin = template is not None and template.builtin
        self.hide_button.setEnabled(builtin)
        shown_again = builtin and template is not None and template.hidden
        self.hide_button.setText(
            self.tr("&Show in the menu") if shown_again else self.tr("&Hide from the menu")
        )

    # ------------------------------------------------------------------ actions

    def _saved(self, key: str, words: str) -> None:
        self.reload(select=key)
        self.message.show_message(words)
        self.changed.emit()

    def _add(self, draft: EntryTemplateDraft) -> None:
        try:
            saved = self._templates.add(draft)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self._saved(saved.key, self.tr("“{name}” is saved.").format(name=saved.name))

    @Slot()
    def new_template(self) -> None:
        """Write a new template of your own."""
        draft = self._asker.edit_template(self, None)
        if draft is not None:
            self._add(draft)

    @Slot()
    def copy_template(self) -> None:
        """Start a template of your own from the chosen one."""
        template = self.current()
        if template is None:
            return
        start = replace(
            template.draft(), name=self.tr("{name} (my version)").format(name=template.name)
        )
        draft = self._asker.edit_template(self, start, title=self.tr("Copy as my own"))
        if draft is not None:
            self._add(draft)

    @Slot()
    def edit_template(self) -> None:
        """Change the chosen template of your own (its name too)."""
        template = self.current()
        if template is None or template.builtin:
            return
        draft = self._asker.edit_template(self, template.draft())
        if draft is None:
            return
        try:
            saved = self._templates.update(template.key, draft)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self._saved(saved.key, self.tr("“{name}” is saved.").format(name=saved.name))

    @Slot()
    def delete_template(self) -> None:
        """Delete the chosen template of your own (entries keep their words)."""
        template = self.current()
        if template is None or template.builtin:
            return
        if not self._asker.confirm_delete(self, template.name):
            return
        self._templates.delete(template.key)
        self.reload()
        self.message.show_message(self.tr("“{name}” is deleted.").format(name=template.name))
        self.changed.emit()

    @Slot()
    def toggle_hidden(self) -> None:
        """Hide the chosen built-in template from New entry's menu, or show it again."""
        template = self.current()
        if template is None or not template.builtin:
            return
        self._templates.set_hidden(template.key, not template.hidden)
        if template.hidden:
            words = self.tr("“{name}” is in New entry's menu again.")
        else:
            words = self.tr(
                "“{name}” is hidden from New entry's menu. You can show it again here."
            )
        self._saved(template.key, words.format(name=template.name))

    @Slot()
    def export_template(self) -> None:
        """Save the chosen template as a file to share."""
        template = self.current()
        if template is None:
            return
        path = self._asker.save_path(self, f"{template.key.removeprefix('own-')}.toml")
        if path is None:
            return
        try:
            self._templates.export_file(template.key, path)
        except OSError:
            self.message.show_message(
                self.tr("The file could not be saved there. Try another folder.")
            )
            return
        self.message.show_message(self.tr("Saved as {name}.").format(name=path.name))

    @Slot()
    def import_template(self) -> None:
        """Add a template from a file (checked first; a bad file changes nothing)."""
        path = self._asker.open_path(self)
        if path is None:
            return
        try:
            saved = self._templates.import_file(path)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self._saved(
            saved.key, self.tr("“{name}” is added to your templates.").format(name=saved.name)
        )
