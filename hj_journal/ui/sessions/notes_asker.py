"""The questions the session notes and the template manager ask, in one replaceable object.

Tests hand the widgets a fake with the same methods, so no dialog blocks a test.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget

from hj_journal.core.sessions.note_sections import NotePart
from hj_journal.core.sessions.signing import AmendmentDraft
from hj_journal.core.sessions.templates import TemplateDraft
from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.file_dialogs import ask_open_path, ask_save_path
from hj_journal.ui.sessions.amendment_dialog import AmendmentDialog
from hj_journal.ui.sessions.template_form import TemplateForm

SIGN_QUESTION = str(QT_TRANSLATE_NOOP("Sessions", "Finish and sign these notes?"))
SIGN_MEANING = str(
    QT_TRANSLATE_NOOP(
        "Sessions",
        "Signing closes the notes with today's date and time. After that they stay as they "
        "are: anything you add later is an amendment, with its own date and reason, and what "
        "you wrote first stays readable beside it.",
    )
)


class NotesAsker:
    """Real dialogs."""

    def confirm_sign(self, parent: QWidget | None) -> bool:
        """Say what signing means, and ask."""
        return calm_dialog.confirm(
            parent,
            QCoreApplication.translate("Sessions", "Finish and sign"),
            QCoreApplication.translate("Sessions", SIGN_QUESTION),
            QCoreApplication.translate("Sessions", "Sign the notes"),
            QCoreApplication.translate("Sessions", "Not yet"),
            info=QCoreApplication.translate("Sessions", SIGN_MEANING),
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
            QCoreApplication.translate("Sessions", "Delete the template?"),
            QCoreApplication.translate("Sessions", "Delete the template “{name}”?").format(
                name=name
            ),
            QCoreApplication.translate("Sessions", "Delete"),
            QCoreApplication.translate("Sessions", "Keep it"),
            info=QCoreApplication.translate(
                "Sessions", "Notes already written with it keep their sections and words."
            ),
        )

    def open_path(self, parent: QWidget | None) -> Path | None:
        """A template file to import."""
        return ask_open_path(
            parent,
            QCoreApplication.translate("Sessions", "Import a note template"),
            QCoreApplication.translate("Sessions", "Templates (*.toml)"),
        )

    def save_path(self, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to export a template."""
        return ask_save_path(
            parent,
            QCoreApplication.translate("Sessions", "Export the note template"),
            suggested,
            QCoreApplication.translate("Sessions", "Templates (*.toml)"),
            "toml",
        )
