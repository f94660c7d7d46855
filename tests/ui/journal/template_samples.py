"""What the entry template tests share: a question-answerer without dialogs, and the
themes and text sizes every template screen is drawn at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from hj_journal.core.journal.templates import EntryTemplateDraft

# Light and high contrast, at the desktop's text size and at twice it.
LOOKS = [("light", 100), ("light", 200), ("high_contrast", 100), ("high_contrast", 200)]


class FakeTemplateAsker:
    """Answers the template manager's questions as the test says, and remembers them."""

    def __init__(self) -> None:
        self.draft: EntryTemplateDraft | None = None
        self.confirm = True
        self.open: Path | None = None
        self.save: Path | None = None
        self.asked: list[str] = []
        self.started_with: EntryTemplateDraft | None = None

    def edit_template(
        self, parent: QWidget | None, draft: EntryTemplateDraft | None, *, title: str = ""
    ) -> EntryTemplateDraft | None:
        self.asked.append(f"edit {title}".strip())
        self.started_with = draft
        return self.draft

    def confirm_delete(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(f"delete {name}")
        return self.confirm

    def open_path(self, parent: QWidget | None) -> Path | None:
        self.asked.append("open")
        return self.open

    def save_path(self, parent: QWidget | None, suggested: str) -> Path | None:
        self.asked.append(f"save {suggested}")
        return self.save
