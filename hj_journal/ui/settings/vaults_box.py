"""Settings ▸ Vaults: the vaults on this computer, renamed, made default, or added to.

Wiping a vault belongs to the data tools; :meth:`VaultsBox.add_action` is where they
put their button, beside the others.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.vaults import LabelTakenError, Vault, VaultRegistry
from hj_journal.ui.common.widgets import (
    FlowLayout,
    MessageLabel,
    field_label,
    grow_to_fit,
    text_label,
)

FOLDER_ROLE = Qt.ItemDataRole.UserRole


class RenameDialog(QDialog):
    """Ask for a vault's new neutral name (returns it; the caller renames)."""

    def __init__(
        self, registry: VaultRegistry, vault: Vault, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._registry, self._vault = registry, vault
        self.setWindowTitle(self.tr("Rename vault"))
        self.setAccessibleName(self.tr("Rename vault"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        self.name = QLineEdit(vault.label)
        self.name.setMaxLength(60)
        self.name.selectAll()
        layout.addWidget(field_label(self.tr("&Name shown on the lock screen"), self.name))
        layout.addWidget(self.name)
        layout.addWidget(
            text_label(self.tr("Anyone who opens the app can see this name."), "muted")
        )
        self.message = MessageLabel()
        layout.addWidget(self.message)
        row = QHBoxLayout()
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)
        self.ok_button = QPushButton(self.tr("Rename"))
        self.ok_button.setProperty("role", "primary")
        self.ok_button.setDefault(True)
        row.addWidget(cancel)
        row.addStretch(1)
        row.addWidget(self.ok_button)
        layout.addLayout(row)
        cancel.clicked.connect(self.reject)
        self.ok_button.clicked.connect(self._check)
        # Sized from its text, not pixels, and tall enough for its wrapped words.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 52)
        grow_to_fit(self)

    @Slot()
    def _check(self) -> None:
        label = self.name.text().strip()
        if not label:
            self.message.show_message(self.tr("Please give the vault a name."))
            return
        try:
            self._registry.check_label_free(label, ignore=self._vault)
        except LabelTakenError:
            self.message.show_message(
                self.tr("Another vault is already called “{label}”.").format(label=label)
            )
            self.name.selectAll()
            return
        self.accept()

    @classmethod
    def ask(cls, registry: VaultRegistry, vault: Vault, parent: QWidget | None) -> str | None:
        """The new name, or ``None`` when the person changes their mind."""
        dialog = cls(registry, vault, parent)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.name.text().strip()
            return None
        finally:
            dialog.deleteLater()


class VaultsBox(QWidget):
    """The list of vaults and what can be done with them."""

    create_requested = Signal()
    changed = Signal()  # a label or the default changed

    def __init__(
        self, registry: VaultRegistry, current: Vault, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._registry, self._current = registry, current
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.list = QListWidget()
        self.list.setObjectName("vaultList")
        self.list.setAccessibleName(self.tr("Vaults on this computer"))
        # A long name wraps onto a second line rather than end in "…".
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.list)
        self.buttons = FlowLayout()  # wraps at large text rather than squeeze the words
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setAccessibleName(self.tr("Rename the chosen vault"))
        self.default_button = QPushButton(self.tr("Open first"))
        self.default_button.setAccessibleName(
            self.tr("Offer the chosen vault first on the lock screen")
        )
        self.create_button = QPushButton(self.tr("Create another vault…"))
        self.create_button.setAccessibleName(self.tr("Create another vault"))
        for button in (self.rename_button, self.default_button, self.create_button):
            button.setAutoDefault(False)
        self.buttons.addWidget(self.rename_button)
        self.buttons.addWidget(self.default_button)
        self.buttons.addWidget(self.create_button)
        layout.addLayout(self.buttons)
        self.rename_button.clicked.connect(self.rename)
        self.default_button.clicked.connect(self.make_default)
        self.create_button.clicked.connect(self.create_requested)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.refresh()

    def add_action(self, button: QPushButton) -> None:
        """Put another action beside Rename and Open first (the data tools' Wipe)."""
        self.buttons.insert_widget(2, button)

    def refresh(self) -> None:
        """List the vaults again, keeping the choice on the same vault."""
        chosen = self.chosen_vault()
        self.list.clear()
        for vault in self._registry.vaults():
            notes = []
            if vault.folder == self._current.folder:
                notes.append(self.tr("open now"))
            if vault.is_default:
                notes.append(self.tr("offered first"))
            text = vault.label + (f"  ({', '.join(notes)})" if notes else "")
            item = QListWidgetItem(text)
            item.setData(FOLDER_ROLE, str(vault.folder))
            self.list.addItem(item)
            if (chosen and vault.folder == chosen.folder) or (
                chosen is None and vault.folder == self._current.folder
            ):
                self.list.setCurrentItem(item)
        self._fit_list()
        self._update_buttons()

    def _fit_list(self) -> None:
        """As tall as the vaults need (up to four rows), with no empty box below them;
        measured again whenever the width or the text size changes."""
        self.list.doItemsLayout()  # rows as laid out at this width (a long name wraps)
        model = self.list.model()
        rows = range(min(max(self.list.count(), 1), 4))
        height = sum(max(self.list.visualRect(model.index(row, 0)).height(), 24) for row in rows)
        self.list.setFixedHeight(height + 2 * self.list.frameWidth() + 4)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_list()  # names wrap differently at another width

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Once the list has its new font too (it hears of the change after this box).
            QTimer.singleShot(0, self, self._fit_list)

    def chosen_vault(self) -> Vault | None:
        """The vault chosen in the list."""
        item = self.list.currentItem()
        return Vault(item.data(FOLDER_ROLE)) if item is not None else None

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.chosen_vault()
        self.rename_button.setEnabled(chosen is not None)
        self.default_button.setEnabled(chosen is not None and not chosen.is_default)

    @Slot()
    def rename(self) -> None:
        """Ask for a new name for the chosen vault."""
        vault = self.chosen_vault()
        if vault is None:
            return
        label = RenameDialog.ask(self._registry, vault, self.window())
        if label:
            self.apply_rename(vault, label)

    def apply_rename(self, vault: Vault, label: str) -> None:
        """Rename ``vault`` (the dialog has checked the name is free)."""
        self._registry.rename(vault, label)
        self.refresh()
        self.changed.emit()

    @Slot()
    def make_default(self) -> None:
        """Offer the chosen vault first on the lock screen."""
        vault = self.chosen_vault()
        if vault is not None:
            self._registry.make_default(vault)
            self.refresh()
            self.changed.emit()
