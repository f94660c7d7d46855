"""The main window's menus and their shortcuts, following desktop conventions.

File: New entry (Ctrl+N), the data tools (Back up now…, Backups…, Export…, Import…,
Wipe this vault…, added by the window), Lock (Ctrl+L), Quick exit (Ctrl+Shift+Q),
Quit (Ctrl+Q).
Edit: Find (Ctrl+F), Preferences (Ctrl+,). View: one item per section shown (Ctrl+1,
Ctrl+2, … in sidebar order). Help: Keyboard shortcuts (F1), About HJ Journal (or the
disguise's name).

A practice vault has no journal, so New entry and Find are left out of its menus (and
their keys do nothing there).

Quick exit's keys are not registered as a Qt shortcut: Qt blocks shortcuts while a
dialog is open, so :class:`hj_journal.ui.platform.quick_exit.QuickExitKeys` watches for them
across the whole app instead; the menu only shows them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from hj_journal.ui.platform.disguise import current_identity
from hj_journal.ui.platform.icons import set_icon
from hj_journal.ui.platform.quick_exit import QUICK_EXIT_KEYS
from hj_journal.ui.shell.section_keys import Section
from hj_journal.ui.shell.section_registry import translated
from hj_journal.ui.shell.sections import SectionSpec


@dataclass
class WindowActions:
    """Every action of the main window, so tests and the shortcuts list can find them."""

    new_entry: QAction
    lock: QAction
    quick_exit: QAction
    quit: QAction
    find: QAction
    preferences: QAction
    shortcuts: QAction
    about: QAction
    sections: dict[Section, QAction] = field(default_factory=dict)

    def every_action(self) -> list[QAction]:
        """Every action above, sections included (the client view turns them off)."""
        return [
            self.new_entry,
            self.lock,
            self.quick_exit,
            self.quit,
            self.find,
            self.preferences,
            self.shortcuts,
            self.about,
            *self.sections.values(),
        ]

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(action, keys) for the Keyboard shortcuts dialog."""
        rows = []
        for action in (self.new_entry, self.find, *self.sections.values(), self.preferences):
            if action.isVisible():
                rows.append((_plain(action.text()), action.shortcut().toString(_NATIVE)))
        rows.append((_plain(self.lock.text()), self.lock.shortcut().toString(_NATIVE)))
        rows.append((_plain(self.quick_exit.text()), _native(QUICK_EXIT_KEYS)))
        rows.append((_plain(self.shortcuts.text()), self.shortcuts.shortcut().toString(_NATIVE)))
        rows.append((_plain(self.quit.text()), self.quit.shortcut().toString(_NATIVE)))
        return rows


_NATIVE = QKeySequence.SequenceFormat.NativeText


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(_NATIVE)


def _plain(text: str) -> str:
    return text.split("\t")[0].replace("&&", "\0").replace("&", "").replace("\0", "&")


def _action(window: QMainWindow, text: str, keys: str | None, icon_name: str | None) -> QAction:
    action = QAction(text, window)
    if keys:
        action.setShortcut(QKeySequence(keys))
    if icon_name:
        set_icon(action, icon_name)
    action.setStatusTip("")
    window.addAction(action)  # shortcuts work even while the menu bar is hidden
    return action


def about_text() -> str:
    """Help ▸ About, naming the app as it shows itself (the disguise's name, if one is on)."""
    name = current_identity().name.replace("&", "&&")
    return QCoreApplication.translate("Menus", "&About {name}").format(name=name)


def build_menus(
    window: QMainWindow,
    specs: Sequence[SectionSpec],
    fill_file_menu: Callable[[QMenu], object] | None = None,
) -> WindowActions:
    """Create the menu bar and return its actions (the window connects them).

    ``fill_file_menu`` adds more File items (the data tools) between New entry and Lock.
    """
    actions = WindowActions(
        new_entry=_action(
            window, QCoreApplication.translate("Menus", "&New entry"), "Ctrl+N", "new-entry"
        ),
        lock=_action(window, QCoreApplication.translate("Menus", "&Lock"), "Ctrl+L", "lock"),
        quick_exit=_action(
            window,
            QCoreApplication.translate("Menus", "Quick e&xit") + "\t" + _native(QUICK_EXIT_KEYS),
            None,
            "quick-exit",
        ),
        quit=_action(window, QCoreApplication.translate("Menus", "&Quit"), "Ctrl+Q", None),
        find=_action(window, QCoreApplication.translate("Menus", "&Find…"), "Ctrl+F", "search"),
        preferences=_action(
            window, QCoreApplication.translate("Menus", "&Preferences…"), "Ctrl+,", "settings"
        ),
        shortcuts=_action(
            window, QCoreApplication.translate("Menus", "&Keyboard shortcuts"), "F1", None
        ),
        about=_action(window, about_text(), None, "info"),
    )
    journal = any(spec.key == Section.JOURNAL for spec in specs)
    for journal_only in (actions.new_entry, actions.find):
        journal_only.setVisible(journal)
        journal_only.setEnabled(journal)
    bar = window.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Menus", "&File"))
    file_menu.addAction(actions.new_entry)
    file_menu.addSeparator()
    if fill_file_menu is not None:
        fill_file_menu(file_menu)
        file_menu.addSeparator()
    file_menu.addAction(actions.lock)
    file_menu.addAction(actions.quick_exit)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)

    edit_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Edit"))
    edit_menu.addAction(actions.find)
    edit_menu.addSeparator()
    edit_menu.addAction(actions.preferences)

    view_menu = bar.addMenu(QCoreApplication.translate("Menus", "&View"))
    group = QActionGroup(window)
    group.setExclusive(True)
    for spec in specs:
        label = translated(spec.label).replace("&", "&&")  # "Care map & plans"
        action = _action(window, label, spec.shortcut, spec.icon)
        action.setCheckable(True)
        action.setData(spec.key.value)
        group.addAction(action)
        view_menu.addAction(action)
        actions.sections[spec.key] = action

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    help_menu.addAction(actions.shortcuts)
    help_menu.addSeparator()
    help_menu.addAction(actions.about)
    return actions
