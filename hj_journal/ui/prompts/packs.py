"""Prompt packs: import a file, export one to share, start or delete your own.

Imported files are read as data only (never run) and checked like the built-in packs;
prompts that need changing are left out and listed one by one, with the reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError
from hj_journal.core.prompts.service import (
    Conflict,
    PackExistsError,
    PackFileError,
    PackImport,
    PackView,
    Prompts,
)
from hj_journal.ui.common.widgets import FlowLayout, MessageLabel
from hj_journal.ui.prompts.asker import PromptsAsker

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class PacksPanel(QWidget):
    """The "Packs" tab of the prompts manager."""

    changed = Signal()

    def __init__(
        self, prompts: Prompts, asker: PromptsAsker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.asker = asker
        self.last_import: PackImport | None = None
        intro = QLabel(
            self.tr(
                "A pack is a file of prompts you can share: practitioners and groups can "
                "write their own. Files are only read, never run, and are checked like the "
                "built-in packs."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.list = QListWidget()
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Prompt packs"))
        self.import_button = QPushButton(self.tr("&Import a pack…"))
        self.export_button = QPushButton(self.tr("E&xport…"))
        self.new_button = QPushButton(self.tr("&New pack…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        buttons = FlowLayout()  # wraps onto a second line rather than cut the words
        for button in (
            self.import_button,
            self.export_button,
            self.new_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        self.message = MessageLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.list.currentItemChanged.connect(self._chosen)
        self.import_button.clicked.connect(self.import_pack)
        self.export_button.clicked.connect(self.export_pack)
        self.new_button.clicked.connect(self.new_pack)
        self.delete_button.clicked.connect(self.delete_pack)
        self.reload()

    def reload(self, select: str | None = None) -> None:
        """List the packs again."""
        keep = select or self._current_key()
        self.list.clear()
        for pack in self.prompts.packs():
            item = QListWidgetItem(self._row_text(pack))
            item.setData(KEY_ROLE, pack.key)
            self.list.addItem(item)
            if pack.key == keep:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._chosen(self.list.currentItem(), None)

    def _row_text(self, pack: PackView) -> str:
        where = self.tr("built in") if pack.builtin else self.tr("your own")
        prompts = pack.prompt_count
        count = self.tr("%n prompt(s)", "", prompts)
        return f"{pack.name}  ({count}, {where})"

    def _current_key(self) -> str | None:
        item = self.list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else None

    def _current(self) -> PackView | None:
        key = self._current_key()
        return next((p for p in self.prompts.packs() if p.key == key), None)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        pack = self._current() if current is not None else None
        self.export_button.setEnabled(pack is not None and pack.prompt_count > 0)
        self.delete_button.setEnabled(pack is not None and not pack.builtin)

    # ------------------------------------------------------------------ actions

    @Slot()
    def import_pack(self) -> None:
        """Add a pack from a file, and say what was left out and why."""
        path = self.asker.open_path(self)
        if path is None:
            return
        try:
            data = path.read_bytes()
        except OSError as error:
            reason = error.strerror or type(error).__name__
            self.message.show_message(
                self.tr("The file could not be read ({reason}).").format(reason=reason)
            )
            return
        conflict = Conflict.REFUSE
        while True:
            try:
                result = self.prompts.import_pack(data, path.name, on_conflict=conflict)
                break
            except PackExistsError as taken:
                choice = self.asker.conflict(self, taken.key, builtin=taken.builtin)
                if choice is None:
                    return
                conflict = choice
            except PackFileError as refused:
                self.asker.report(
                    self,
                    self.tr("This file can't be used"),
                    self.tr("Nothing was added. Each thing that needs changing is listed below."),
                    refused.problems,
                )
                self.message.show_message(
                    self.tr("Nothing was added from {name}.").format(name=path.name)
                )
                return
        self.last_import = result
        kept = result.added + result.updated
        summary = self.tr("Added “{name}” with %n prompt(s).", "", kept).format(
            name=result.pack.name
        )
        if result.problems:
            self.asker.report(
                self,
                self.tr("Some prompts were left out"),
                summary
                + " "
                + self.tr("What needs changing in the file is listed below, one problem a line."),
                result.problems,
            )
        self.message.show_message(summary)
        self.reload(result.pack.key)
        self.changed.emit()

    @Slot()
    def export_pack(self) -> None:
        """Save the chosen pack as a file to share."""
        pack = self._current()
        if pack is None:
            return
        path = self.asker.save_path(self, f"{pack.key}.toml")
        if path is None:
            return
        try:
            path.write_text(self.prompts.export_pack(pack.key), encoding="utf-8")
        except InputError as error:
            self.message.show_message(str(error))
            return
        except OSError as error:
            reason = error.strerror or type(error).__name__
            self.message.show_message(
                self.tr("The file could not be saved ({reason}).").format(reason=reason)
            )
            return
        self.message.show_message(self.tr("Saved as {name}.").format(name=path.name))

    @Slot()
    def new_pack(self) -> None:
        """Start an empty pack of your own (add prompts to it in "All prompts")."""
        name = self.asker.new_pack_name(self)
        if name is None:
            return
        try:
            pack = self.prompts.create_pack(name)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.reload(pack.key)
        self.changed.emit()

    @Slot()
    def delete_pack(self) -> None:
        """Delete one of your own packs and its prompts."""
        pack = self._current()
        if pack is None or pack.builtin:
            return
        what = self.tr("the pack “{name}” and its prompts").format(name=pack.name)
        if not self.asker.confirm_delete(self, what):
            return
        self.prompts.delete_pack(pack.key)
        self.message.show_message(self.tr("The pack was deleted."))
        self.reload()
        self.changed.emit()
