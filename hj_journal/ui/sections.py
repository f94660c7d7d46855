"""The contract between the main window and each sidebar section.

The main window builds every section's page after the vault unlocks (from the
registered :class:`SectionSpec` factories) and destroys them all when it locks, so no
widget, model or undo stack outlives the unlocked vault. A page only has to save what
the user typed when asked (:meth:`SectionPage.save_state`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from hj_journal.ui.context import UiContext


class SectionPage(QWidget):
    """Base class of a section's page. Subclasses build their widgets in ``__init__``."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def activate(self) -> None:
        """The page became visible: refresh what it shows."""

    def save_state(self) -> None:
        """Save anything typed but not yet saved (called on navigation, lock and exit)."""


@dataclass(frozen=True)
class SectionSpec:
    """A sidebar entry: stable key, label shown, icon name and how to build its page."""

    key: str
    label: str
    icon: str
    factory: Callable[[UiContext], SectionPage]
    shortcut: str | None = None  # e.g. "Ctrl+1"
    practice_only: bool = False
