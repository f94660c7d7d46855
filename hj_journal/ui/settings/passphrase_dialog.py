"""Change the passphrase or make a new recovery key, off the GUI thread.

Changing the passphrase: current one, new one twice, strength feedback. On its own it
re-wraps the key (quick; older copies of the key file, in backups, still open with the
old passphrase); *Someone may know my passphrase* also gives the journal a fresh key, a
new recovery key and fresh backups (:func:`hj_journal.core.vaults.rotate_keys`).
After unlocking with the recovery key the current passphrase is not asked for (it was
probably forgotten); the dialog then offers *Not now* instead of *Cancel*.

A new recovery key always comes with a fresh key for the journal, so the old recovery
key opens nothing new even with an old backup; it asks for the passphrase, which goes
into the new key file unchanged.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.vaults import (
    KdfPolicy,
    KeyRotation,
    Vault,
    VaultError,
    WrongSecretError,
    rotate_keys,
)
from hj_journal.ui.common.strength import StrengthMeter
from hj_journal.ui.common.vault_errors import vault_error_text
from hj_journal.ui.common.widgets import (
    MessageLabel,
    PassphraseEdit,
    breakable_path,
    field_label,
    grow_to_fit,
    text_label,
)
from hj_journal.ui.lock.common import BusyRow
from hj_journal.ui.platform.worker import Jobs, report_unexpected


def change_passphrase(vault: Vault, current: str | None, new: str, policy: KdfPolicy) -> None:
    """Check ``current`` (unless ``None``), then re-wrap the vault's key under ``new``."""
    if current is not None and not vault.check_passphrase(current, policy=policy):
        raise WrongSecretError("That passphrase does not open this vault.")
    vault.change_passphrase(new, policy=policy)


def rotation_summary(result: KeyRotation) -> str:
    """What a key rotation did, in calm words: the key, the backups, what it cannot reach."""
    parts = [
        QCoreApplication.translate(
            "KeyRotation",
            "Your journal has a fresh key. Your old passphrase and old recovery key no longer "
            "open it, even with an older copy of its key file.",
        )
    ]
    replaced = result.backups
    if replaced is None:
        parts.append(
            QCoreApplication.translate(
                "KeyRotation",
                "A fresh backup couldn't be made just now, so your older backups were left as "
                "they are; they still open with the old passphrase and recovery key.",
            )
        )
    else:
        made = len(replaced.made)  # a plain name: lupdate misses a call in the count
        if made:
            parts.append(
                QCoreApplication.translate(
                    "KeyRotation",
                    "Your backups here were replaced by %n fresh one(s) under the new key.",
                    None,
                    made,
                )
            )
        if replaced.unreachable:
            parts.append(
                QCoreApplication.translate(
                    "KeyRotation",
                    "These backup folders weren't reachable, so the backups in them still open "
                    "with the old passphrase and recovery key: {folders}. When they are "
                    "plugged in, you can remove those backups and make new ones.",
                ).format(folders=", ".join(breakable_path(f) for f in replaced.unreachable))
            )
    parts.append(
        QCoreApplication.translate(
            "KeyRotation",
            "Copies made elsewhere (another disk, a cloud folder) still open with the old "
            "passphrase and recovery key.",
        )
    )
    return " ".join(parts)


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
        backup_root: Path | None = None,
    ) -> None:
        """``backup_root`` (the app's backup folder) offers the full key rotation."""
        super().__init__(parent)
        self._vault, self._policy, self._jobs = vault, policy, jobs
        self._require_current = require_current
        self._backup_root = backup_root
        self.rotation: KeyRotation | None = None  # set when the key was rotated
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
                    "keeps working. Older backups still open with the old passphrase."
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
        self.rotate = QCheckBox(self.tr("&Someone may know my passphrase"))
        self.rotate.setAccessibleName(self.tr("Someone may know my passphrase"))
        self.rotate_note = text_label(
            self.tr(
                "Then your journal also gets a fresh key and a new recovery key, and your "
                "backups are replaced, so the old passphrase opens nothing, even with an old "
                "backup. It takes a little longer."
            ),
            "muted",
        )
        if backup_root is not None:
            layout.addWidget(self.rotate)
            layout.addWidget(self.rotate_note)
        else:
            self.rotate.hide()
            self.rotate_note.hide()
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
        grow_to_fit(self)  # room for the wrapped sentences at large text sizes

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
        vault, policy, root = self._vault, self._policy, self._backup_root
        current = self.current.text() if self._require_current else None
        new = self.new.text()
        self._set_busy(True)
        if root is not None and self.rotate.isChecked():
            self._jobs.start(
                lambda: rotate_keys(vault, root, new, policy=policy, current_passphrase=current),
                on_done=self._rotated,
                on_error=self._failed,
                guard=self,
            )
            return
        self._jobs.start(
            lambda: change_passphrase(vault, current, new, policy),
            on_done=lambda _result: self.accept(),
            on_error=self._failed,
            guard=self,
        )

    def _rotated(self, result: KeyRotation) -> None:
        self.rotation = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WrongSecretError):
            self._problem(
                self.tr("That isn't your current passphrase. Please try again."), self.current
            )
        elif isinstance(error, VaultError):  # busy elsewhere: say so calmly, keep the form
            self._problem(vault_error_text(error), self.new)
        else:
            self._set_busy(False)
            report_unexpected(error)

    def _problem(self, text: str, field: PassphraseEdit) -> None:
        self._set_busy(False)
        self.message.show_message(text)
        grow_to_fit(self)
        field.setFocus()
        field.selectAll()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current, self.new, self.confirm, self.rotate, self.change_button):
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


class NewRecoveryKeyDialog(QDialog):
    """Ask for the passphrase, then make a new recovery key with a fresh journal key."""

    def __init__(
        self,
        vault: Vault,
        policy: KdfPolicy,
        jobs: Jobs,
        backup_root: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._vault, self._policy, self._jobs = vault, policy, jobs
        self._backup_root = backup_root
        self.rotation: KeyRotation | None = None
        title = self.tr("Make a new recovery key")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(text_label(title, "heading"))
        layout.addWidget(
            text_label(
                self.tr(
                    "Your current recovery key will stop working, and your journal gets a "
                    "fresh key, so the old recovery key opens nothing new even with an old "
                    "backup. Your backups are replaced and your passphrase stays the same. "
                    "You'll see the new recovery key once, to save or print."
                ),
                "muted",
            )
        )
        self.passphrase = PassphraseEdit()
        layout.addWidget(field_label(self.tr("Your &passphrase"), self.passphrase))
        layout.addWidget(self.passphrase)
        self.message = MessageLabel()
        layout.addWidget(self.message)
        self.busy = BusyRow()
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.make_button = QPushButton(self.tr("Make a new recovery key"))
        self.make_button.setProperty("role", "primary")
        self.make_button.setDefault(True)
        row.addWidget(self.cancel_button)
        row.addStretch(1)
        row.addWidget(self.make_button)
        layout.addLayout(row)
        self.cancel_button.clicked.connect(self.reject)
        self.make_button.clicked.connect(self.submit)
        self.finished.connect(self._wipe)
        self.setMinimumWidth(500)
        grow_to_fit(self)  # room for the wrapped sentences at large text sizes

    @Slot()
    def submit(self) -> None:
        """Rotate the key in the background; the passphrase is checked under the lock."""
        if not self.make_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        if not passphrase:
            self._problem(self.tr("Please type your passphrase."))
            return
        vault, policy, root = self._vault, self._policy, self._backup_root
        self._set_busy(True)
        self._jobs.start(
            lambda: rotate_keys(
                vault, root, passphrase, policy=policy, current_passphrase=passphrase
            ),
            on_done=self._rotated,
            on_error=self._failed,
            guard=self,
        )

    def _rotated(self, result: KeyRotation) -> None:
        self.rotation = result
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, WrongSecretError):
            self._problem(self.tr("That isn't your passphrase. Please try again."))
        elif isinstance(error, VaultError):
            self._problem(vault_error_text(error))
        else:
            self._set_busy(False)
            report_unexpected(error)

    def _problem(self, text: str) -> None:
        self._set_busy(False)
        self.message.show_message(text)
        grow_to_fit(self)
        self.passphrase.setFocus()
        self.passphrase.selectAll()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.make_button):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Making a fresh key. This takes a moment…"))
        else:
            self.busy.stop()

    def reject(self) -> None:
        """Cancel — but never while the key is being changed."""
        if self.make_button.isEnabled() or not self._jobs.busy:
            super().reject()

    @Slot()
    def _wipe(self) -> None:
        self.passphrase.wipe()
