"""The questions the Coping page asks through dialogs, in one replaceable object.

Tests hand the page a fake with the same methods, so no dialog ever blocks a test.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from hj_journal.core.coping.library import Strategy
from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.file_dialogs import ask_open_path, ask_save_path
from hj_journal.ui.coping.form import StrategyForm


class CopingAsker(QObject):
    """Real dialogs."""

    def edit_strategy(
        self, parent: QWidget | None, strategy: Strategy | None, heading: str
    ) -> Strategy | None:
        """The strategy form; the checked strategy or ``None``."""
        return StrategyForm.ask(parent, strategy, heading=heading)

    def confirm_delete(self, parent: QWidget | None, title: str) -> bool:
        """Ask before deleting one of the person's own strategies."""
        return calm_dialog.confirm(
            parent,
            self.tr("Delete this strategy?"),
            self.tr("Delete “{title}” from your library?").format(title=title),
            self.tr("Delete"),
            self.tr("Keep it"),
            info=self.tr("Practices you already recorded keep its name. This can't be undone."),
        )

    def save_path(self, parent: QWidget | None, suggested: str) -> Path | None:
        """Where to save an exported strategy."""
        return ask_save_path(
            parent,
            self.tr("Export a strategy"),
            suggested,
            self.tr("Coping strategy files (*.toml)"),
            "toml",
        )

    def open_path(self, parent: QWidget | None) -> Path | None:
        """Which strategy file to import."""
        return ask_open_path(
            parent, self.tr("Import a strategy"), self.tr("Coping strategy files (*.toml)")
        )

    def tell(self, parent: QWidget | None, title: str, text: str) -> None:
        """A calm message with one button."""
        calm_dialog.inform(parent, title, text)
