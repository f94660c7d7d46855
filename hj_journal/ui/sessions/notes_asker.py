"""The questions the session notes and the template manager ask, in one replaceable object.

Tests hand the widgets a fake with the same methods, so no dialog blocks a test.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from hj_journal.core.sessions.note_sections import NotePart
from hj_journal.core.sessions.signing import AmendmentDraft
from hj_journal.core.sessions.templates import TemplateDraft
from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.file_dialogs import ask_open_path, ask_save_path
from hj_journal.ui.sessions.amendment_dialog import AmendmentDialog
from hj_journal.ui.sessions.labels import tr
from hj_journal.ui.sessions.template_form import TemplateForm

SIGN_QUESTION = "Finish and sign these notes?"
SIGN_MEANING = (
    "Signing closes the notes with today's date and time. After that they stay as they "
    "are: anything you add later is an amendment, with its own date and reason, and what "
    "you wrote first stays readable beside it."
)


class NotesAsker:
    """Real dialogs."""

    def confirm_sign(self, parent: QWidget | None) -> bool:
        """Say what signing means, and ask."""
        return calm_dialog.confirm(
            parent,
            tr("Finish and sign"),
            tr(SIGN_QUESTION),
            tr("Sign the notes"),
            tr("Not yet"),
            info=tr(SIGN_MEANING),
        )

    def amendment(
        self, parent: QWidget | None, parts: Sequence[NotePart]
    ) -> AmendmentDraft | None:
        """The amendment form."""
        return AmendmentDialog.ask(parent, parts)

    def edit_template(
        self, parent: QWidget | None, draft: TemplateDraft | None, *, title: str = ""
    ) -> TemplateDraft | None:
        """The template form (None: a new, empty template)."""
        return TemplateForm.ask(parent, draft, title=title)

    def confirm_delete_template(self, parent: QWidget | None, name: str) -> bool:
        """Ask before deleting a template of one's own."""
        return calm_dialog.confirm(
            parent,
            tr("Delete the template?"),
            tr("Delete the template “{name}”?").format(name=name),
            tr("Delete"),
            tr("Keep it"),
            info=tr("Notes already written with it keep their sections and words."),
        )

    def open_path(self, parent: QWidget | None) -> Path | None:
        """A template file to import."""
        return ask_open_path(parent, tr("Import a note template"), tr("Templates (*.toml)"))

    def save_path(self, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to export a template."""
        return ask_save_path(
            parent, tr("Export the note template"), suggested, tr("Templates (*.toml)"), "toml"
        )
