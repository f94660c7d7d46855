"""The questions the prompts manager asks through dialogs, in one replaceable object.

Tests hand the manager a fake with the same methods, so no dialog blocks a test.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from hj_journal.core.common.tomlcheck import Problem
from hj_journal.core.prompts.service import Conflict, PackView, PromptInput, PromptView
from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.file_dialogs import ask_open_path, ask_save_path
from hj_journal.ui.prompts.form import PromptForm


class PromptsAsker(QObject):
    """Real dialogs."""

    def edit_prompt(
        self, parent: QWidget | None, packs: list[PackView], prompt: PromptView | None
    ) -> tuple[PromptInput, str] | None:
        """The prompt form."""
        return PromptForm.ask(parent, packs, prompt)

    def new_pack_name(self, parent: QWidget | None) -> str | None:
        """A name for a new, empty pack."""
        name, ok = QInputDialog.getText(
            parent,
            self.tr("A new pack"),
            self.tr("Name of the pack:"),
            QLineEdit.EchoMode.Normal,
        )
        return name if ok and name.strip() else None

    def confirm_delete(self, parent: QWidget | None, what: str) -> bool:
        """Ask before deleting a prompt or a pack of the person's own."""
        return calm_dialog.confirm(
            parent,
            self.tr("Delete?"),
            self.tr("Delete {what}?").format(what=what),
            self.tr("Delete"),
            self.tr("Keep it"),
            info=self.tr("Entries you wrote about it keep their words. This can't be undone."),
        )

    def conflict(self, parent: QWidget | None, key: str, *, builtin: bool) -> Conflict | None:
        """The pack's id is taken: replace the own pack, keep both, or stop."""
        if builtin:
            text = self.tr("This file has the same id as a built-in pack ({key}).").format(key=key)
        else:
            text = self.tr("You already have a pack with this id ({key}).").format(key=key)
        box = calm_dialog.CalmDialog(parent, self.tr("This pack is already here"), text)
        box.add_button(self.tr("Cancel"), escape=True)
        replace = None
        if not builtin:
            replace = box.add_button(self.tr("Replace its prompts"))
        copy = box.add_button(self.tr("Keep both"), primary=True, default=True)
        clicked = box.ask()
        box.deleteLater()
        if replace is not None and clicked is replace:
            return Conflict.REPLACE
        if clicked is copy:
            return Conflict.COPY
        return None

    def report(
        self, parent: QWidget | None, title: str, text: str, problems: Sequence[Problem]
    ) -> None:
        """A calm message, with each problem in the details."""
        calm_dialog.inform(
            parent, title, text, details="\n".join(str(problem) for problem in problems)
        )

    def save_path(self, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to save an exported pack."""
        return ask_save_path(
            parent,
            self.tr("Export a prompt pack"),
            suggested,
            self.tr("Prompt pack files (*.toml)"),
            "toml",
        )

    def open_path(self, parent: QWidget | None) -> Path | None:
        """Which pack file to import."""
        return ask_open_path(
            parent, self.tr("Import a prompt pack"), self.tr("Prompt pack files (*.toml)")
        )
