"""Settings → Privacy: a disguise, what the lock screen shows, and what quick exit leaves.

Everything here is an *app* setting (the plain settings file), because it must hold
while every vault is locked; none of it is personal: a disguise's name is the person's
own neutral word. Auto-lock's idle time and the record of attempts sit beside this box
in the same section of the Settings page; the words about shared or monitored computers
close it.

Each change applies at once and is announced with :attr:`PrivacyBox.changed` (the page
relays it as the hub's ``settings_changed``; the controller retitles every window).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.vaults import Vault, VaultRegistry
from hj_journal.ui.common.widgets import MessageLabel, field_label, text_label
from hj_journal.ui.lock.welcome_page import shared_computer_advice
from hj_journal.ui.platform.app_settings import DISGUISE_ICONS, AppSettings
from hj_journal.ui.platform.disguise import (
    default_name,
    identity_from,
    install_neutral_entry,
    neutral_entry_paths,
    neutral_icon,
    remove_neutral_entry,
)


class PrivacyBox(QWidget):
    """See the module docstring."""

    changed = Signal()

    def __init__(
        self,
        settings: AppSettings,
        registry: VaultRegistry,
        vault: Vault,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings, self._registry, self._vault = settings, registry, vault
        self._loading = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self._build_disguise(column)
        self._build_lock_screen(column)
        self._build_quick_exit(column)
        self.message = MessageLabel()
        column.addWidget(self.message)
        self._load()
        self._connect_signals()

    # ------------------------------------------------------------------ building

    def _build_disguise(self, column: QVBoxLayout) -> None:
        self.disguise = QCheckBox(self.tr("Show this app under a &neutral name and icon"))
        self.disguise.setAccessibleName(self.tr("Show this app under a neutral name and icon"))
        column.addWidget(self.disguise)
        column.addWidget(
            text_label(
                self.tr(
                    "The window, the task bar, the lock screen, About and the names of the "
                    "files you save then use this name, and nothing on the lock screen "
                    "speaks of a journal. It cannot hide the app's package or program name "
                    "(hj-journal) or its folder of files: see “What a disguise cannot hide” "
                    "in the README."
                ),
                "muted",
            )
        )
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.name = QLineEdit()
        self.name.setPlaceholderText(default_name())  # "Notes", in the app's language
        self.name.setMaxLength(40)
        self.name.setMinimumWidth(220)
        form.addRow(field_label(self.tr("Na&me"), self.name), self.name)
        icons = QWidget()
        icon_row = QHBoxLayout(icons)
        icon_row.setContentsMargins(0, 0, 0, 0)
        icon_row.setSpacing(16)
        self.icon_group = QButtonGroup(self)
        self.icon_buttons: dict[str, QRadioButton] = {}
        names = {
            "notepad": self.tr("Notepad"),
            "grid": self.tr("Grid"),
            "circle": self.tr("Circle"),
        }
        for key in DISGUISE_ICONS:
            button = QRadioButton(names[key])
            button.setIcon(neutral_icon(key))
            side = max(24, round(button.fontMetrics().height() * 1.5))  # grows with the text
            button.setIconSize(QSize(side, side))
            button.setAccessibleName(self.tr("Icon: {name}").format(name=names[key]))
            self.icon_group.addButton(button)
            self.icon_buttons[key] = button
            icon_row.addWidget(button)
        icon_row.addStretch(1)
        icon_label = field_label(self.tr("Icon"), icons)
        icon_label.setBuddy(self.icon_buttons[DISGUISE_ICONS[0]])
        form.addRow(icon_label, icons)
        column.addLayout(form)
        entry_row = QHBoxLayout()
        self.install_entry = QPushButton(self.tr("Add it to this computer's app menu"))
        self.install_entry.setAutoDefault(False)
        self.install_entry.setToolTip(
            self.tr(
                "Writes a “Notes” menu entry with the plain icon into your own folders "
                "(~/.local/share); nothing else is changed."
            )
        )
        self.remove_entry = QPushButton(self.tr("Remove it from the menu"))
        self.remove_entry.setAutoDefault(False)
        entry_row.addWidget(self.install_entry)
        entry_row.addWidget(self.remove_entry)
        entry_row.addStretch(1)
        column.addLayout(entry_row)

    def _build_lock_screen(self, column: QVBoxLayout) -> None:
        column.addSpacing(6)
        self.unlisted = QCheckBox(self.tr("&Don't list my vaults on the lock screen"))
        self.unlisted.setAccessibleName(self.tr("Don't list my vaults on the lock screen"))
        column.addWidget(self.unlisted)
        column.addWidget(
            text_label(
                self.tr(
                    "The lock screen then shows one passphrase field, with no names and no "
                    "count: the passphrase you type decides which vault opens. Opening takes "
                    "about two seconds however many vaults there are, so the wait tells no "
                    "one how many you keep (with more than about nine vaults it takes "
                    "longer). The vaults' names leave the list "
                    "on this computer: this vault keeps its name inside it, and a vault "
                    "that is locked now can be named again when it is open."
                ),
                "muted",
            )
        )

    def _build_quick_exit(self, column: QVBoxLayout) -> None:
        column.addSpacing(6)
        self.quick_hide = QRadioButton(self.tr("Quick exit &hides the app"))
        self.quick_neutral = QRadioButton(self.tr("Quick exit leaves an &empty notes page"))
        self.quick_group = QButtonGroup(self)
        for button in (self.quick_hide, self.quick_neutral):
            button.setAccessibleName(button.text().replace("&", ""))
            self.quick_group.addButton(button)
            column.addWidget(button)
        column.addWidget(
            text_label(
                self.tr(
                    "Either way, what you were writing is saved and the vault locks at once. "
                    "The empty page is an ordinary blank window called “Notes”; closing it "
                    "closes the app, and nothing typed into it is kept."
                ),
                "muted",
            )
        )

    def _connect_signals(self) -> None:
        self.disguise.toggled.connect(self._disguise_toggled)
        self.name.editingFinished.connect(self._name_changed)
        self.icon_group.buttonToggled.connect(self._icon_changed)
        self.install_entry.clicked.connect(self._install_entry)
        self.remove_entry.clicked.connect(self._remove_entry)
        self.unlisted.toggled.connect(self._unlisted_toggled)
        self.quick_neutral.toggled.connect(self._quick_exit_changed)

    def _load(self) -> None:
        self._loading = True
        settings = self._settings
        self.disguise.setChecked(settings.disguise_on)
        self.name.setText(settings.disguise_name)  # empty: none chosen
        self.icon_buttons[settings.disguise_icon].setChecked(True)
        self.unlisted.setChecked(settings.unlisted_vaults)
        (self.quick_neutral if settings.quick_exit_neutral else self.quick_hide).setChecked(True)
        self._loading = False
        self._enable()

    def _enable(self) -> None:
        on = self.disguise.isChecked()
        for widget in (self.name, *self.icon_buttons.values(), self.install_entry):
            widget.setEnabled(on)
        self.remove_entry.setVisible(neutral_entry_paths()[0].is_file())

    # ------------------------------------------------------------------ changes

    @Slot(bool)
    def _disguise_toggled(self, on: bool) -> None:
        if self._loading:
            return
        self._settings.disguise_on = on
        self._enable()
        self.message.show_message(
            self.tr("From now on this app shows itself as “{name}”.").format(
                name=self._shown_name()
            )
            if on
            else self.tr("The app shows its own name again.")
        )
        self.changed.emit()

    @Slot()
    def _name_changed(self) -> None:
        if self._loading or self.name.text().strip() == self._stored_name():
            return
        self._settings.disguise_name = self.name.text()
        self.changed.emit()

    def _stored_name(self) -> str:
        return self._settings.disguise_name  # "" when none was chosen

    def _shown_name(self) -> str:
        return self._settings.disguise_name or default_name()

    @Slot()
    def _icon_changed(self) -> None:
        if self._loading:
            return
        for key, button in self.icon_buttons.items():
            if button.isChecked() and key != self._settings.disguise_icon:
                self._settings.disguise_icon = key
                self.changed.emit()

    @Slot()
    def _install_entry(self) -> None:
        try:
            path = install_neutral_entry(identity_from(self._settings))
        except OSError:
            self.message.show_message(
                self.tr("The menu entry couldn't be written to your folders. Nothing changed.")
            )
            return
        self.message.show_message(
            self.tr("Added to the app menu as “{name}” ({path}).").format(
                name=self._shown_name(), path=str(path)
            )
        )
        self._enable()

    @Slot()
    def _remove_entry(self) -> None:
        try:
            remove_neutral_entry()
        except OSError:
            self.message.show_message(self.tr("The menu entry couldn't be removed."))
            return
        self.message.show_message(self.tr("The menu entry is gone."))
        self._enable()

    @Slot(bool)
    def _unlisted_toggled(self, on: bool) -> None:
        if self._loading:
            return
        self._settings.unlisted_vaults = on
        try:
            self._registry.set_unlisted(on, self._vault)
        except OSError:
            self.message.show_message(
                self.tr("Some vault names couldn't be moved. Try again in a moment.")
            )
        self.changed.emit()

    @Slot(bool)
    def _quick_exit_changed(self, neutral: bool) -> None:
        if self._loading:
            return
        self._settings.quick_exit_neutral = neutral
        self.changed.emit()


class SharedComputerAdvice(QWidget):
    """The two paragraphs about shared or monitored computers (also on the welcome)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addWidget(text_label(self.tr("On a shared or monitored computer")))
        for paragraph in shared_computer_advice():
            column.addWidget(text_label(paragraph, "muted"))
