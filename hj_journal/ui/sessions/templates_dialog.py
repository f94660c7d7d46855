"""The note templates: the built-in ones and your own; add, copy, edit, delete, export
and import. Reached from the Sessions page (never during a session).

Template files are only read, never run, and are checked like the built-in templates; a
file that cannot be used is one sentence and changes nothing.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Signal, Slot
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
from hj_journal.core.sessions.templates import NoteTemplates, TemplateDraft, TemplateView
from hj_journal.ui.common.widgets import (
    Card,
    MessageLabel,
    current_key,
    grow_to_fit,
    keep_rows,
    refill_keyed_list,
    text_label,
)
from hj_journal.ui.sessions.notes_asker import NotesAsker
from hj_journal.ui.sessions.section_boxes import mark_of


def template_details(template: TemplateView) -> str:
    """A template's description and sections, one line each, with who reads them."""
    lines = [template.description] if template.description else []
    lines += [f"• {s.title} — {mark_of(s.shared)}" for s in template.sections]
    return "\n".join(lines)


class TemplatesDialog(QDialog):
    """The practitioner's note templates."""

    changed = Signal()

    def __init__(
        self,
        templates: NoteTemplates,
        asker: NotesAsker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._templates = templates
        self._asker = asker or NotesAsker()
        self.setWindowTitle(QCoreApplication.translate("Sessions", "Note templates"))
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(560)
        self.resize(760, 600)
        outer = QVBoxLayout(self)
        outer.addWidget(
            text_label(QCoreApplication.translate("Sessions", "Note templates"), "subheading")
        )
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Sessions",
                    "A template gives your notes their sections. Each section is shared with "
                    "your client (it can reach their summary) or private (only you see it). "
                    "Changing or deleting a template never changes notes already written.",
                ),
                "muted",
            )
        )
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("Sessions", "Note templates"))
        self.list.setSpacing(2)
        keep_rows(self.list, 4)
        outer.addWidget(self.list, 1)
        self.details = Card(margin=14)
        self.details_text = text_label("")
        self.details.body.addWidget(self.details_text)
        outer.addWidget(self.details)
        self.new_button = QPushButton(QCoreApplication.translate("Sessions", "&New template…"))
        self.copy_button = QPushButton(QCoreApplication.translate("Sessions", "&Copy as my own…"))
        self.edit_button = QPushButton(QCoreApplication.translate("Sessions", "&Edit…"))
        self.delete_button = QPushButton(QCoreApplication.translate("Sessions", "&Delete…"))
        self.export_button = QPushButton(QCoreApplication.translate("Sessions", "E&xport…"))
        self.import_button = QPushButton(QCoreApplication.translate("Sessions", "&Import…"))
        grid = QGridLayout()
        for number, button in enumerate(
            (
                self.new_button,
                self.copy_button,
                self.edit_button,
                self.delete_button,
                self.export_button,
                self.import_button,
            )
        ):
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
        self.export_button.clicked.connect(self.export_template)
        self.import_button.clicked.connect(self.import_template)

    # ------------------------------------------------------------------ list

    def reload(self, select: str | None = None) -> None:
        """Read the templates again, keeping (or making) a selection."""
        built_in = QCoreApplication.translate("Sessions", " (built in)")
        rows = [(t.key, t.name + (built_in if t.builtin else "")) for t in self._templates.all()]
        refill_keyed_list(self.list, rows, select or self.current_key())
        self._chosen(self.list.currentItem(), None)

    def current_key(self) -> str | None:
        """The key of the template chosen in the list."""
        return current_key(self.list)

    def current(self) -> TemplateView | None:
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

    # ------------------------------------------------------------------ actions

    def _saved(self, key: str, words: str) -> None:
        self.reload(select=key)
        self.message.show_message(words)
        self.changed.emit()

    def _add(self, draft: TemplateDraft) -> None:
        """Save a new template of one's own and say so, or say why not."""
        try:
            saved = self._templates.add(draft)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self._saved(
            saved.key,
            QCoreApplication.translate("Sessions", "“{name}” is saved.").format(name=saved.name),
        )

    @Slot()
    def new_template(self) -> None:
        """Write a new template of one's own."""
        draft = self._asker.edit_template(self, None)
        if draft is not None:
            self._add(draft)

    @Slot()
    def copy_template(self) -> None:
        """Start a template of one's own from the chosen one."""
        template = self.current()
        if template is None:
            return
        start = replace(
            template.draft(),
            name=QCoreApplication.translate("Sessions", "{name} (my version)").format(
                name=template.name
            ),
        )
        draft = self._asker.edit_template(
            self, start, title=QCoreApplication.translate("Sessions", "Copy as my own")
        )
        if draft is not None:
            self._add(draft)

    @Slot()
    def edit_template(self) -> None:
        """Change the chosen template of one's own."""
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
        self._saved(
            saved.key,
            QCoreApplication.translate("Sessions", "“{name}” is saved.").format(name=saved.name),
        )

    @Slot()
    def delete_template(self) -> None:
        """Delete the chosen template of one's own (notes keep their sections)."""
        template = self.current()
        if template is None or template.builtin:
            return
        if not self._asker.confirm_delete_template(self, template.name):
            return
        self._templates.delete(template.key)
        self.reload()
        self.message.show_message(
            QCoreApplication.translate("Sessions", "“{name}” is deleted.").format(
                name=template.name
            )
        )
        self.changed.emit()

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
                QCoreApplication.translate(
                    "Sessions", "The file could not be saved there. Try another folder."
                )
            )
            return
        self.message.show_message(
            QCoreApplication.translate("Sessions", "Saved as {name}.").format(name=path.name)
        )

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
            saved.key,
            QCoreApplication.translate("Sessions", "“{name}” is added to your templates.").format(
                name=saved.name
            ),
        )
