"""Change the passphrase: current one, new one twice, strength feedback, off the GUI thread.

After unlocking with the recovery key the current passphrase is not asked for (it was
probably forgotten); the dialog then offers *Not now* instead of *Cancel*.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from hj_journal.core.vaults import KdfPolicy, Vault, WrongSecretError
from hj_journal.ui.lock.common import BusyRow
from hj_journal.ui.lock.strength import StrengthMeter
from hj_journal.ui.widgets import MessageLabel, PassphraseEdit, field_label, text_label
from hj_journal.ui.worker import Jobs, report_unexpected


def change_passphrase(vault: Vault, current: str | None, new: str, policy: KdfPolicy) -> None:
    """Check ``current`` (unless ``None``), then re-wrap the vault's key under ``new``."""
    if current is not None and not vault.check_passphrase(current, policy=policy):
        raise WrongSecretError("That passphrase does not open this vault.")
    vault.change_passphrase(new, policy=policy)


class ChangePassphraseDialog(QDialog):
    """See the module docstring."""

    def __init__(
        self,
        vault: Vault,
        policy: KdfPolicy,
        jobs: Jobs,
        parent: QWidget | None = None,
        *,
        require_current: bool = True,
    ) -> None:
        super().__init__(parent)
        self._vault, self._policy, self._jobs = vault, policy, jobs
        self._require_current = require_current
        title = (
            self.tr("Change your passphrase")
            if require_current
            else self.tr("Choose a new passphrase")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(text_label(title, "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Your entries stay as they are; only the lock changes. Your recovery key "
                    "keeps working."
                )
                if require_current
                else self.tr(
                    "You opened your vault with the recovery key. If you have forgotten your "
                    "passphrase, you can choose a new one now. Your recovery key keeps working."
                ),
                "muted",
            )
        )
        self.current = PassphraseEdit()
        self.new = PassphraseEdit()
        self.confirm = PassphraseEdit()
        if require_current:
            layout.addWidget(field_label(self.tr("&Current passphrase"), self.current))
            layout.addWidget(self.current)
        else:
            self.current.hide()
        layout.addWidget(field_label(self.tr("&New passphrase"), self.new))
        layout.addWidget(self.new)
        self.meter = StrengthMeter()
        layout.addWidget(self.meter)
        layout.addWidget(field_label(self.tr("New passphrase &again"), self.confirm))
        layout.addWidget(self.confirm)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        self.busy = BusyRow()
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(
            self.tr("Cancel") if require_current else self.tr("Not now")
        )
        self.cancel_button.setAutoDefault(False)
        self.change_button = QPushButton(
            self.tr("Change passphrase") if require_current else self.tr("Save new passphrase")
        )
        self.change_button.setProperty("role", "primary")
        self.change_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.change_button)
        layout.addLayout(row)
        self.new.textChanged.connect(self.meter.update_for)
        self.cancel_button.clicked.connect(self.reject)
        self.change_button.clicked.connect(self.submit)
        self.finished.connect(self._wipe)
        self.setMinimumWidth(500)

    @Slot()
    def submit(self) -> None:
        """Check the form, then change the passphrase in the background."""
        if not self.change_button.isEnabled():
            return
        if self._require_current and not self.current.text():
            self._problem(self.tr("Please type your current passphrase."), self.current)
            return
        if not self.meter.strength.acceptable:
            self._problem(
                self.tr("Please choose a new passphrase that is harder to guess."), self.new
            )
            return
        if self.new.text() != self.confirm.text():
            self._problem(
                self.tr("The two new passphrases are different. Please type the same one twice."),
                self.confirm,
            )
            return
        vault, policy = self._vault, self._policy
        current = self.current.text() if self._require_current else None
        new = self.new.text()
        self._set_busy(True)
        self._jobs.start(
            lambda: change_passphrase(vault, current, new, policy),
            on_done=lambda _result: self.accept(),
            on_error=self._failed,
            guard=self,
        )

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WrongSecretError):
            self._problem(
                self.tr("That isn't your current passphrase. Please try again."), self.current
            )
        else:
            self._set_busy(False)
            report_unexpected(error)

    def _problem(self, text: str, field: PassphraseEdit) -> None:
        self._set_busy(False)
        self.message.show_message(text)
        field.setFocus()
        field.selectAll()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current, self.new, self.confirm, self.change_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Changing the lock. This takes a moment…"))
        else:
            self.busy.stop()

    def reject(self) -> None:
        """Cancel — but never while the key file is being rewritten."""
        if self.change_button.isEnabled() or not self._jobs.busy:
            super().reject()

    @Slot()
    def _wipe(self) -> None:
        for field in (self.current, self.new, self.confirm):
            field.wipe()
