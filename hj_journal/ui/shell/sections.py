"""The contract between the main window and each sidebar section.

The main window builds every section's page after the vault unlocks (from the
registered :class:`SectionSpec` factories) and destroys them all when it locks, so no
widget, model or undo stack outlives the unlocked vault. A page only has to save what
the user typed when asked (:meth:`SectionPage.save_state`).

Each section names the kinds of vault it belongs to: a personal vault shows the
personal journal's sections, a practice vault the practitioner's, and a few (Coping,
Settings) belong to both.

A page may offer more than showing itself, by having the method one of the hooks below
names: :class:`StartsNewEntry` (File ▸ New entry), :class:`HasSearch` (Edit ▸ Find) and
:class:`OffersPause` (the safety bar's Pause). The window asks with ``isinstance``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.section_keys import Section

PERSONAL = "personal"  # the values of the vault setting "vault.kind"
PRACTICE = "practice"
BOTH_KINDS = frozenset({PERSONAL, PRACTICE})


class SectionPage(QWidget):
    """Base class of a section's page. Subclasses build their widgets in ``__init__``."""

    client_view_changed = Signal(bool)
    """A client is now looking at this page (True), or no longer (False). While one is,
    the window keeps everything else shut: the sidebar, the menus and their shortcuts."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def activate(self) -> None:
        """The page became visible: refresh what it shows."""

    def save_state(self) -> None:
        """Save anything typed but not yet saved (called on navigation, lock and exit)."""


@runtime_checkable
class StartsNewEntry(Protocol):
    """A page that opens its editor on a new entry (File ▸ New entry, Ctrl+N)."""

    def new_entry(self) -> None:
        """Open the editor on a new, empty entry."""


@runtime_checkable
class HasSearch(Protocol):
    """A page with a search field (Edit ▸ Find, Ctrl+F)."""

    def focus_search(self) -> None:
        """Put the keyboard in the page's search field."""


@runtime_checkable
class OffersPause(Protocol):
    """A page that takes over the safety bar's Pause from the built-in grounding pause."""

    def offer_pause(self) -> None:
        """Offer a moment's pause in the page's own way."""


@dataclass(frozen=True)
class SectionSpec:
    """A sidebar entry: stable key, label shown, icon name and how to build its page."""

    key: Section
    label: str
    icon: str
    factory: Callable[[UiContext], SectionPage]
    shortcut: str | None = None  # e.g. "Ctrl+1": given by position among those shown
    vaults: frozenset[str] = BOTH_KINDS  # the kinds of vault that show this section
