"""The Settings section. Every change applies at once; nothing here needs a Save button.

Appearance and idle time go to the plain app settings file (never anything personal);
the passphrase and recovery key change the vault's key file; vault names are the
vaults' own neutral labels. *Your data* opens the same dialogs as the File menu.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.arriving import ArrivingPrefs
from hj_journal.core.vaults import KeyRotation, Vault, VaultRegistry
from hj_journal.ui.care.support_setup import CountryCombo
from hj_journal.ui.common import calm_dialog
from hj_journal.ui.common.widgets import MessageLabel, field_label, limit_column, text_label
from hj_journal.ui.data.actions import DataMenu
from hj_journal.ui.lock.recovery_kit import RecoveryKitDialog
from hj_journal.ui.platform.app_settings import IDLE_CHOICES, TEXT_SCALES, Theme
from hj_journal.ui.platform.translations import LANGUAGES
from hj_journal.ui.platform.translations import SYSTEM as SYSTEM_LANGUAGE
from hj_journal.ui.settings.attachments_box import AttachmentsBox
from hj_journal.ui.settings.attempts_box import AttemptsBox
from hj_journal.ui.settings.passphrase_dialog import (
    ChangePassphraseDialog,
    NewRecoveryKeyDialog,
    rotation_summary,
)
from hj_journal.ui.settings.privacy import PrivacyBox, SharedComputerAdvice
from hj_journal.ui.settings.reminders_box import RemindersBox
from hj_journal.ui.settings.vaults_box import VaultsBox
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.sections import SectionPage
from hj_journal.ui.sync.box import SyncBox
from hj_journal.ui.today.arriving import ArrivingChoice

COLUMN_WIDTH = 680


class SettingsPage(SectionPage):
    """Appearance, privacy, passphrase and recovery key, vaults."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.settings = ctx.app_settings
        self.registry = VaultRegistry(ctx.paths.vaults_dir, unlisted=self.settings.unlisted_vaults)
        self.registry.open_vault = self._vault  # renamed while unlisted: name inside
        self._data_tools: DataMenu | None = None
        self._build()
        self._load()
        self._connect_signals()

    @property
    def _vault(self) -> Vault:
        # The vault registry and the passphrase and recovery-key dialogs work on the
        # vault itself (its key file, the name kept inside it): the one place this page
        # reaches it. Its name and folder come from ``services.data.identity``.
        return self.ctx.services.vault

    # ------------------------------------------------------------------ building

    def _section(self, column: QVBoxLayout, title: str, intro: str | None = None) -> QFormLayout:
        column.addSpacing(18)
        column.addWidget(text_label(title, "subheading"))
        if intro:
            column.addWidget(text_label(intro, "muted"))
        form = QFormLayout()
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(form)
        return form

    def _build(self) -> None:
        inner = QWidget()
        limit_column(inner, COLUMN_WIDTH)  # wider as the text grows
        column = QVBoxLayout(inner)
        column.setContentsMargins(40, 32, 40, 40)
        column.setSpacing(8)
        column.addWidget(text_label(self.tr("Settings"), "heading"))
        self.message = MessageLabel()
        column.addWidget(self.message)

        form = self._section(column, self.tr("Appearance"))
        self.theme = QComboBox()
        for text, theme in (
            (self.tr("Follow the system"), Theme.SYSTEM),
            (self.tr("Light"), Theme.LIGHT),
            (self.tr("Dark"), Theme.DARK),
            (self.tr("High contrast"), Theme.HIGH_CONTRAST),
        ):
            self.theme.addItem(text, theme.value)
        form.addRow(field_label(self.tr("&Theme"), self.theme), self.theme)
        self.text_scale = QComboBox()
        for scale in TEXT_SCALES:
            text = (
                self.tr("As the system sets it (100%)")
                if scale == 100
                else self.tr("{percent}%").format(percent=scale)
            )
            self.text_scale.addItem(text, scale)
        form.addRow(field_label(self.tr("Te&xt size"), self.text_scale), self.text_scale)
        self.language = QComboBox()
        self.language.addItem(self.tr("The same as your computer"), SYSTEM_LANGUAGE)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.setToolTip(self.tr("Used from the next time you open the app."))
        form.addRow(field_label(self.tr("&Language"), self.language), self.language)
        self.reduced_motion = QCheckBox(self.tr("Reduce motion"))
        self.reduced_motion.setAccessibleName(self.tr("Reduce motion"))
        self.reduced_motion.setToolTip(
            self.tr("Moving bars and animations give way to calm, still text.")
        )
        form.addRow("", self.reduced_motion)

        form = self._section(
            column,
            self.tr("Privacy"),
            self.tr(
                "Your journal locks itself when the keyboard and mouse have been still for "
                "this long, and when the computer sleeps or its screen locks."
            ),
        )
        self.idle = QComboBox()
        for minutes in IDLE_CHOICES:
            self.idle.addItem(self.tr("%n minute(s)", "", minutes), minutes)
        form.addRow(field_label(self.tr("&Lock after"), self.idle), self.idle)
        column.addSpacing(8)
        # Disguise, what the lock screen shows, what quick exit leaves (privacy.py).
        self.privacy = PrivacyBox(self.settings, self.registry, self._vault)
        column.addWidget(self.privacy)
        column.addSpacing(8)
        self.attempts = AttemptsBox(self.ctx.services.attempts)
        column.addWidget(self.attempts)
        column.addSpacing(8)
        self.shared_computer = SharedComputerAdvice()
        column.addWidget(self.shared_computer)

        self._section(column, self.tr("Several devices"))
        # Merges once now and every minute while the vault is open (off the GUI thread).
        self.sync_box = SyncBox(self.ctx.services.sync, self.ctx.services.journal, self.ctx.jobs)
        column.addWidget(self.sync_box)

        self._section(
            column,
            self.tr("Reminders"),
            self.tr(
                "A gentle reminder at the times you choose, through the system tray. Off "
                "unless you turn it on."
            ),
        )
        self.reminders = RemindersBox(self.settings)
        column.addWidget(self.reminders)

        if not self.ctx.services.settings.is_practice_vault:  # no Today in a practice vault
            form = self._section(
                column,
                self.tr("Today"),
                self.tr("After you unlock, Today may ask “How are you arriving?”."),
            )
            services = self.ctx.services
            self.arriving_choice = ArrivingChoice(
                ArrivingPrefs(services.settings, services.checkins)
            )
            label = field_label(self.tr("Ask how you are &arriving"), self.arriving_choice)
            form.addRow(label, self.arriving_choice)

        if not self.ctx.services.settings.is_practice_vault:  # entries: personal vaults only
            self._section(column, self.tr("Photos and files"))
            self.attachments_box = AttachmentsBox(self.ctx.services.settings)
            column.addWidget(self.attachments_box)

        form = self._section(
            column,
            self.tr("Support lines"),
            self.tr(
                "The support panel shows crisis and warm lines for this country, after your "
                "own people and resources. The app never contacts anyone."
            ),
        )
        self.support_country = CountryCombo(self.ctx.services.support_lines)
        form.addRow(
            field_label(self.tr("&Country"), self.support_country),
            self.support_country,
        )

        self._section(
            column,
            self.tr("Passphrase and recovery key"),
            self.tr(
                "Changing either one does not touch your entries. A new recovery key makes "
                "the old one stop working, and gives your journal a fresh key."
            ),
        )
        row = QHBoxLayout()
        self.change_passphrase = QPushButton(self.tr("Change passphrase…"))
        self.new_recovery_key = QPushButton(self.tr("Make a new recovery key…"))
        for button in (self.change_passphrase, self.new_recovery_key):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)

        self._section(
            column,
            self.tr("Vaults"),
            self.tr(
                "Each vault is a separate journal with its own passphrase, for example one "
                "for yourself and one for your practice."
            ),
        )
        self.vaults = VaultsBox(self.registry, self._vault)
        column.addWidget(self.vaults)
        self._build_data_section(column)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addWidget(inner, 1, Qt.AlignmentFlag.AlignTop)
        centre.addStretch(0)
        scroll.setWidget(holder)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _build_data_section(self, column: QVBoxLayout) -> None:
        """The File menu's data tools, here too: backups, export, import, wiping."""
        self.wipe_button = QPushButton(self.tr("Wipe this vault…"))
        self.wipe_button.setAccessibleName(self.tr("Wipe the vault that is open now"))
        self.wipe_button.setAutoDefault(False)
        self.vaults.add_action(self.wipe_button)
        self._section(
            column,
            self.tr("Your data"),
            self.tr(
                "Backups are encrypted copies of this vault that open with your passphrase "
                "or recovery key. Exports are not encrypted: keep them somewhere safe."
            ),
        )
        row = QHBoxLayout()
        self.back_up_button = QPushButton(self.tr("Back up now…"))
        self.backups_button = QPushButton(self.tr("Backups…"))
        self.backups_button.setAccessibleName(self.tr("Backups and automatic backups"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.import_button = QPushButton(self.tr("Import…"))
        for button in (
            self.back_up_button,
            self.backups_button,
            self.export_button,
            self.import_button,
        ):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        column.addLayout(row)
        self._update_wipe_button()

    def data_tools(self) -> DataMenu:
        """Opens the data dialogs over the main window (made on first use)."""
        if self._data_tools is None:
            self._data_tools = DataMenu(self.window(), self.ctx)
        return self._data_tools

    @Slot()
    def _update_wipe_button(self) -> None:
        # Wiping is for the vault that is open; Rename and Open first act on the chosen one.
        chosen = self.vaults.chosen_vault()
        here = chosen is not None and chosen.folder == self.ctx.services.data.identity.folder
        self.wipe_button.setEnabled(here)
        self.wipe_button.setToolTip(
            "" if here else self.tr("Only the vault that is open now can be wiped. Open it first.")
        )

    def _connect_signals(self) -> None:
        self.theme.currentIndexChanged.connect(self._theme_chosen)
        self.text_scale.currentIndexChanged.connect(self._scale_chosen)
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.reduced_motion.toggled.connect(self._motion_chosen)
        self.idle.currentIndexChanged.connect(self._idle_chosen)
        self.privacy.changed.connect(self.ctx.hub.settings_changed)
        self.reminders.changed.connect(self.ctx.hub.settings_changed)
        self.change_passphrase.clicked.connect(self.ask_change_passphrase)
        self.new_recovery_key.clicked.connect(self.ask_new_recovery_key)
        self.vaults.create_requested.connect(self._create_vault)
        self.vaults.changed.connect(self.ctx.hub.settings_changed)
        self.vaults.list.currentRowChanged.connect(self._update_wipe_button)
        self.back_up_button.clicked.connect(self._back_up_now)
        self.backups_button.clicked.connect(self._backups)
        self.export_button.clicked.connect(self._export)
        self.import_button.clicked.connect(self._import)
        self.wipe_button.clicked.connect(self._wipe)

    def _load(self) -> None:
        s = self.settings
        for combo, value in (
            (self.theme, s.theme.value),
            (self.text_scale, s.text_scale),
            (self.language, s.language),
            (self.idle, s.idle_minutes),
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(index if index >= 0 else 0)
        self.reduced_motion.setChecked(s.reduced_motion)

    def activate(self) -> None:
        """Shown again: the vault list may have changed."""
        self.vaults.refresh()
        self.message.clear_message()
        self.support_country.load()  # it may have been chosen in the support panel

    # ------------------------------------------------------------------ changes

    @Slot(int)
    def _theme_chosen(self, _index: int) -> None:
        self.settings.theme = Theme(self.theme.currentData())
        self.ctx.hub.settings_changed.emit()

    @Slot(int)
    def _scale_chosen(self, _index: int) -> None:
        self.settings.text_scale = int(self.text_scale.currentData())
        self.ctx.hub.settings_changed.emit()

    @Slot(int)
    def _language_chosen(self, _index: int) -> None:
        choice = str(self.language.currentData())
        if choice == self.settings.language:
            return
        self.settings.language = choice
        # Every window would have to be made again to change language at once, and the
        # lock screen and menus are already built: the choice applies from the next start.
        self.message.show_message(
            self.tr("The app will use {language} from the next time you open it.").format(
                language=self.language.currentText()
                if choice != SYSTEM_LANGUAGE
                else self.tr("your computer's language")
            )
        )

    @Slot(bool)
    def _motion_chosen(self, reduced: bool) -> None:
        self.settings.reduced_motion = reduced
        self.ctx.hub.settings_changed.emit()

    @Slot(int)
    def _idle_chosen(self, _index: int) -> None:
        self.settings.idle_minutes = int(self.idle.currentData())
        self.ctx.hub.settings_changed.emit()

    def change_passphrase_dialog(self) -> ChangePassphraseDialog:
        """The change-passphrase dialog, not yet shown (tests drive it directly)."""
        return ChangePassphraseDialog(
            self._vault,
            self.ctx.policy,
            self.ctx.jobs,
            self.window(),
            backup_root=self.ctx.paths.backups_dir,
        )

    @Slot()
    def ask_change_passphrase(self) -> None:
        """Open the change-passphrase dialog; after a rotation, show the new kit."""
        dialog = self.change_passphrase_dialog()
        try:
            if dialog.exec() == ChangePassphraseDialog.DialogCode.Accepted:
                self.passphrase_changed(dialog)
        finally:
            dialog.deleteLater()

    def passphrase_changed(self, dialog: ChangePassphraseDialog) -> RecoveryKitDialog | None:
        """Say what changed; after a rotation, open the new recovery kit."""
        if dialog.rotation is None:
            self.message.show_message(
                self.tr(
                    "Your passphrase has been changed. Your recovery key still works. Older "
                    "backups still open with the old passphrase."
                )
            )
            return None
        return self.show_rotation(dialog.rotation)

    def new_recovery_key_dialog(self) -> NewRecoveryKeyDialog:
        """The new-recovery-key dialog, not yet shown (tests drive it directly)."""
        return NewRecoveryKeyDialog(
            self._vault,
            self.ctx.policy,
            self.ctx.jobs,
            self.ctx.paths.backups_dir,
            self.window(),
        )

    @Slot()
    def ask_new_recovery_key(self) -> None:
        """Ask for the passphrase, make a new recovery key with a fresh key, show its kit."""
        dialog = self.new_recovery_key_dialog()
        try:
            if dialog.exec() == NewRecoveryKeyDialog.DialogCode.Accepted and dialog.rotation:
                self.show_rotation(dialog.rotation)
        finally:
            dialog.deleteLater()

    def show_rotation(self, result: KeyRotation) -> RecoveryKitDialog:
        """Say what the rotation did (backups included) and open the new recovery kit."""
        self.message.show_message(rotation_summary(result))
        dialog = RecoveryKitDialog(
            self.ctx.services.data.identity.label, result.recovery_key, self.window()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # The data dialogs return at once (Wipe asks first); the handlers take it from there.

    @Slot()
    def _back_up_now(self) -> None:
        self.data_tools().back_up_now()

    @Slot()
    def _backups(self) -> None:
        self.data_tools().backups()

    @Slot()
    def _export(self) -> None:
        self.data_tools().export()

    @Slot()
    def _import(self) -> None:
        self.data_tools().import_()

    @Slot()
    def _wipe(self) -> None:
        self.data_tools().wipe()

    @Slot()
    def _create_vault(self) -> None:
        if calm_dialog.confirm(
            self.window(),
            self.tr("Create another vault"),
            self.tr("Lock this vault and make another?"),
            self.tr("Lock and continue"),
            self.tr("Cancel"),
            info=self.tr(
                "This vault will be locked first (what you typed is kept), then the form for "
                "a new vault opens."
            ),
            default_yes=True,
        ):
            self.ctx.hub.new_vault_requested.emit()
