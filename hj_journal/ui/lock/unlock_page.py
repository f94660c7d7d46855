"""Unlocking: with the passphrase, or with the recovery key from the kit."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from hj_journal.core.vaults import Vault
from hj_journal.ui.common.widgets import MessageLabel, PassphraseEdit, field_label, text_label
from hj_journal.ui.lock.common import BusyRow, VaultChooser
from hj_journal.ui.platform.disguise import current_identity


class _SecretPage(QWidget):
    """What both ways of unlocking share: vault choice, a secret field, busy and message."""

    unlock_requested = Signal(object, str)  # vault, secret
    restore_requested = Signal()  # the vault is damaged: bring its newest good backup back

    def __init__(self, secret_field: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(12)
        self._vaults: list[Vault] = []
        self._preferred: Vault | None = None
        self._chooser: VaultChooser | None = None
        self._chooser_label: QLabel | None = None
        # "Don't list my vaults": no label, no count; the secret decides (vault None).
        self.unlisted = False
        self.single_vault = text_label("", "muted")
        self.secret = secret_field
        self.busy = BusyRow()
        self.message = MessageLabel()
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.secret.returnPressed.connect(self._submit)
        # Offered only when the chosen vault turned out damaged and has backups.
        self.restore_button = QPushButton(self.tr("Restore your newest backup"))
        self.restore_button.setAccessibleName(
            self.tr("Restore this vault's newest good backup as a new vault")
        )
        self.restore_button.setAutoDefault(False)
        self.restore_button.hide()
        self.restore_button.clicked.connect(self.restore_requested)

    def _add_vault_row(self) -> None:
        # The chooser joins this row when there are several vaults (see ``chooser``).
        self.layout_.addWidget(self.single_vault)

    @property
    def chooser(self) -> VaultChooser:
        """The list of vaults to choose from, above the secret field.

        Made the first time there are several vaults (or when asked for): a combo box
        is costly to build while the app starts, and most people have a single vault.
        """
        if self._chooser is None:
            return self._make_chooser()
        return self._chooser

    @property
    def chooser_label(self) -> QLabel:
        """The chooser's label ("Vault")."""
        if self._chooser_label is None:
            self._make_chooser()
        assert self._chooser_label is not None
        return self._chooser_label

    def _make_chooser(self) -> VaultChooser:
        chooser = VaultChooser()
        label = field_label(self.tr("&Vault"), chooser)
        row = self.layout_.indexOf(self.single_vault)
        self.layout_.insertWidget(row, label)
        self.layout_.insertWidget(row + 1, chooser)
        # Made after the fields below it, so it is last in the focus chain: put it
        # right after whatever Tab reaches just before the secret field.
        # The chain is a ring, so never None; the stubs allow None, hence the checks.
        previous = self.secret.previousInFocusChain()
        while (
            previous is not None
            and previous is not self.secret
            and (previous is chooser or previous.focusPolicy() == Qt.FocusPolicy.NoFocus)
        ):
            previous = previous.previousInFocusChain()
        if previous is not None and previous is not self.secret:
            QWidget.setTabOrder(previous, chooser)
        self._chooser, self._chooser_label = chooser, label
        self._show_vaults()
        return chooser

    def set_vaults(self, vaults: list[Vault], preferred: Vault | None = None) -> None:
        """Offer ``vaults``; a single vault is named rather than offered."""
        self._vaults, self._preferred = list(vaults), preferred
        if len(vaults) > 1 and self._chooser is None:
            self._make_chooser()  # shows the vaults
        else:
            self._show_vaults()

    def set_unlisted(self, unlisted: bool) -> None:
        """Show no vault at all: the passphrase alone decides which one opens."""
        self.unlisted = unlisted
        self._show_vaults()

    def _show_vaults(self) -> None:
        vaults = [] if self.unlisted else self._vaults
        several = len(vaults) > 1
        if self._chooser is not None and self._chooser_label is not None:
            self._chooser.set_vaults(vaults, self._preferred)
            self._chooser.setVisible(several)
            self._chooser_label.setVisible(several)
        self.single_vault.setVisible(len(vaults) == 1)
        if len(vaults) == 1:
            self.single_vault.setText(self.tr("Vault: {label}").format(label=vaults[0].label))
        else:
            self.single_vault.setText("")  # no label lingers, even hidden

    def current_vault(self) -> Vault | None:
        """The vault chosen (the only one, when there is only one)."""
        if self._chooser is not None:
            return self._chooser.current_vault()
        return self._vaults[0] if len(self._vaults) == 1 else None

    @Slot()
    def _submit(self) -> None:
        vault = None if self.unlisted else self.current_vault()
        if (vault is None and not self.unlisted) or not self.unlock_button.isEnabled():
            return
        if not self.secret.text():
            self.secret.setFocus()
            return
        self.message.clear_message()
        self.restore_button.hide()
        self.unlock_requested.emit(vault, self.secret.text())

    def set_busy(self, busy: bool, text: str = "") -> None:
        """Disable the form while the key is derived."""
        for widget in (self.secret, self._chooser, self.unlock_button, self.restore_button):
            if widget is not None:
                widget.setEnabled(not busy)
        if busy:
            self.busy.start(text)
        else:
            self.busy.stop()

    def show_problem(self, text: str) -> None:
        """Say what went wrong; keep the typed text, selected, for another try."""
        self.set_busy(False)
        self.message.show_message(text)
        self.secret.setFocus()
        self.secret.selectAll()

    def offer_restore(self, text: str) -> None:
        """Say the vault is damaged, and offer to bring its newest good backup back."""
        self.show_problem(text)
        self.restore_button.show()
        self.restore_button.setFocus()

    def wipe(self) -> None:
        """Forget what was typed."""
        self.secret.setText("")
        self.message.clear_message()
        self.restore_button.hide()
        self.set_busy(False)


class UnlockPage(_SecretPage):
    """Choose a vault and type its passphrase."""

    recovery_requested = Signal()
    create_requested = Signal()
    join_requested = Signal()  # a vault kept in a synced folder, from another device

    def __init__(self, parent: QWidget | None = None) -> None:
        passphrase = PassphraseEdit()
        super().__init__(passphrase, parent)
        self.passphrase = passphrase
        self.layout_.addWidget(text_label(self.tr("Welcome back"), "heading"))
        locked = (
            self.tr("Type your passphrase to open your notes.")
            if current_identity().disguised
            else self.tr("Your journal is locked. Type your passphrase to open it.")
        )
        self.layout_.addWidget(text_label(locked, "muted"))
        self._add_vault_row()
        self.layout_.addWidget(field_label(self.tr("&Passphrase"), self.passphrase))
        self.layout_.addWidget(self.passphrase)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.busy)
        row = QHBoxLayout()
        self.recovery_button = QPushButton(self.tr("Use your recovery key"))
        self.recovery_button.setProperty("role", "link")
        self.recovery_button.setAccessibleName(self.tr("Unlock with your recovery key instead"))
        self.create_button = QPushButton(self.tr("Create a new vault"))
        self.create_button.setProperty("role", "link")
        self.create_button.setAccessibleName(self.tr("Create a new vault"))
        self.join_button = QPushButton(self.tr("Join a vault from a synced folder"))
        self.join_button.setProperty("role", "link")
        self.join_button.setAccessibleName(self.tr("Join a vault from a synced folder"))
        for button in (self.recovery_button, self.create_button, self.join_button):
            button.setAutoDefault(False)
        # The other ways in, stacked, so that longer words (Spanish) never squeeze them.
        links = QVBoxLayout()
        links.setSpacing(0)
        links.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        links.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignLeft)
        links.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        # Unlock on its own row, the other ways below it: nothing sits beside a link, so a
        # long one (Spanish) keeps the card's whole width.
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        self.layout_.addLayout(row)
        self.layout_.addLayout(links)
        self.recovery_button.clicked.connect(self.recovery_requested)
        self.create_button.clicked.connect(self.create_requested)
        self.join_button.clicked.connect(self.join_requested)

    def wipe(self) -> None:
        """Forget the passphrase typed so far (and hide it again)."""
        self.passphrase.wipe()
        super().wipe()


class RecoveryPage(_SecretPage):
    """Unlock with the recovery key when the passphrase is forgotten."""

    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        key_field = QLineEdit()
        key_field.setProperty("role", "mono")
        key_field.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        super().__init__(key_field, parent)
        self.layout_.addWidget(text_label(self.tr("Use your recovery key"), "heading"))
        self.layout_.addWidget(
            text_label(
                self.tr(
                    "Type the key from your recovery kit. Capital letters, spaces and dashes "
                    "don't matter. Afterwards you can choose a new passphrase."
                ),
                "muted",
            )
        )
        self._add_vault_row()
        self.layout_.addWidget(field_label(self.tr("&Recovery key"), self.secret))
        self.layout_.addWidget(self.secret)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.layout_.addWidget(self.busy)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAutoDefault(False)
        self.back_button.setAccessibleName(self.tr("Back to the passphrase"))
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.unlock_button)
        self.layout_.addLayout(row)
        self.back_button.clicked.connect(self.back_requested)
