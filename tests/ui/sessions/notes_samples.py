"""Shared pieces of the session-notes tests (a plain module, not a conftest): a fake of
the dialogs' asker, a session written with a template, and every text a widget holds."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from hj_journal.core.services import Services
from hj_journal.core.sessions import consent as c
from hj_journal.core.sessions.note_sections import NotePart
from hj_journal.core.sessions.service import ClientInput, SessionNotes
from hj_journal.core.sessions.signing import AmendmentDraft
from hj_journal.core.sessions.templates import TemplateDraft
from hj_journal.core.settings import VaultKind
from hj_journal.ui.sessions.notes_asker import NotesAsker

CANARY = "CANARY-private-7f3a"
SHARED = "SHARED-words-2b9c"


class FakeAsker(NotesAsker):
    """Answers the notes' questions without showing a dialog, and remembers what was asked."""

    def __init__(self) -> None:
        self.sign_answer = True
        self.signs_asked = 0
        self.next_amendment: AmendmentDraft | None = None
        self.parts_offered: tuple[NotePart, ...] = ()
        self.next_template: TemplateDraft | None = None
        self.templates_offered: list[tuple[TemplateDraft | None, str]] = []
        self.delete_answer = True
        self.open: Path | None = None
        self.save: Path | None = None

    def confirm_sign(self, parent: QWidget | None) -> bool:
        self.signs_asked += 1
        return self.sign_answer

    def amendment(
        self, parent: QWidget | None, parts: Sequence[NotePart]
    ) -> AmendmentDraft | None:
        self.parts_offered = tuple(parts)
        return self.next_amendment

    def edit_template(
        self, parent: QWidget | None, draft: TemplateDraft | None, *, title: str = ""
    ) -> TemplateDraft | None:
        self.templates_offered.append((draft, title))
        return self.next_template

    def confirm_delete_template(self, parent: QWidget | None, name: str) -> bool:
        return self.delete_answer

    def open_path(self, parent: QWidget | None) -> Path | None:
        return self.open

    def save_path(self, parent: QWidget | None, suggested: str) -> Path | None:
        return self.save


def written_session(
    services: Services, template: str = "healing-justice", *, pseudonym: str = "Rae"
) -> int:
    """An ended, unsigned session written with ``template``: words in every shared part,
    the canary in every private one."""
    sessions = services.sessions
    client = next((x for x in sessions.clients() if x.pseudonym == pseudonym), None)
    client = client or sessions.add_client(ClientInput(pseudonym, "they/them"))
    view = sessions.start(client.id)
    sessions.give_consent(view.id, c.KEYS)
    sessions.notes.use_template(view.id, template)
    sessions.notes.save_sections(
        view.id,
        {
            s.index: (f"{SHARED} {s.title}" if s.shared else f"{CANARY} {s.title}")
            for s in sessions.notes.all_sections(view.id)
        },
    )
    sessions.save_notes(view.id, SessionNotes(private=f"{CANARY} free"))
    sessions.end(view.id)
    return view.id


def all_text(root: QWidget, *, visible_only: bool = False) -> str:
    """Every piece of text the widgets under ``root`` hold (or show)."""
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        if visible_only and not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
            parts.append(widget.text())
        elif isinstance(widget, QPlainTextEdit):
            parts.append(widget.toPlainText())
            parts.append(widget.placeholderText())
        elif isinstance(widget, QTextEdit):
            parts.append(widget.toPlainText())
            parts.append(widget.toHtml())
        elif isinstance(widget, QComboBox):
            parts += [widget.itemText(i) for i in range(widget.count())]
        elif isinstance(widget, QListWidget):
            parts += [widget.item(i).text() for i in range(widget.count())]
        parts.append(widget.toolTip())
        parts.append(widget.accessibleName())
        parts.append(widget.accessibleDescription())
    return "\n".join(parts)


def notes_parts() -> tuple[NotePart, ...]:
    """The parts of Healing Justice notes, as the amendment form offers them."""
    return (
        NotePart("What you brought", True),
        NotePart("What we agreed", True),
        NotePart("For my own practice", False),
    )


def written_notes(services: Services) -> int:
    """A written session in a vault made a practice vault for it (for the dialog walks)."""
    services.settings.vault_kind = VaultKind.PRACTICE
    return written_session(services, "healing-justice", pseudonym="Notes N.")
