"""New entry's menu of templates: a blank entry, each template you keep in the menu, and
the way to your templates.

The menu reads the templates each time it opens, so a template saved or hidden anywhere
(the manager, an import) is there at once without anyone announcing it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from hj_journal.core.journal.templates import EntryTemplates


class TemplateMenu(QMenu):
    """``blank_chosen``, ``template_chosen(key)`` or ``manage_requested`` when picked."""

    blank_chosen = Signal()
    template_chosen = Signal(str)
    manage_requested = Signal()

    def __init__(self, templates: EntryTemplates, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._templates = templates
        self.setTitle(self.tr("New entry from a template"))
        self.setAccessibleName(self.tr("New entry from a template"))
        self.aboutToShow.connect(self.refresh)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the templates again (called as the menu opens)."""
        self.clear()
        blank = self.addAction(self.tr("Blank entry"))
        blank.triggered.connect(self.blank_chosen)
        self.addSeparator()
        for template in self._templates.offered():
            action = self.addAction(template.name.replace("&", "&&"))
            action.setData(template.key)
            action.triggered.connect(self._chose)
        self.addSeparator()
        manage = self.addAction(self.tr("Manage templates…"))
        manage.triggered.connect(self.manage_requested)

    def template_actions(self) -> list[QAction]:
        """The menu's template items, in order (for tests and the keyboard)."""
        return [a for a in self.actions() if isinstance(a.data(), str) and a.data()]

    @Slot()
    def _chose(self) -> None:
        action = self.sender()
        if isinstance(action, QAction) and isinstance(action.data(), str):
            self.template_chosen.emit(action.data())
