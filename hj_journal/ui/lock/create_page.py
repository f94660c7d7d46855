"""Creating a vault: label, passphrase twice, strength feedback."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.ui.common.strength import StrengthMeter
from hj_journal.ui.common.widgets import MessageLabel, PassphraseEdit, field_label, text_label
from hj_journal.ui.lock.common import BusyRow
from hj_journal.ui.platform.disguise import current_identity, default_name


class CreatePage(QWidget):
    """Name the vault, choose its passphrase (twice), see how strong it is."""

    create_requested = Signal(str, str, bool)  # label, passphrase, practice vault
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(text_label(self.tr("Create a vault"), "heading"))

        identity = current_identity()
        # With a disguise on, the page speaks of notes and the default name is neutral.
        self._default_label = identity.name if identity.disguised else self.tr("Journal")
        self.label_edit = QLineEdit()
        self.label_edit.setPlaceholderText(self._default_label)
        self.label_edit.setMaxLength(60)
        layout.addWidget(field_label(self.tr("&Name shown on the lock screen"), self.label_edit))
        layout.addWidget(self.label_edit)
        layout.addWidget(
            text_label(
                self.tr("Anyone who opens the app can see this name, so a neutral one is best."),
                "muted",
            )
        )

        self.passphrase = PassphraseEdit()
        self.confirm = PassphraseEdit()
        layout.addSpacing(6)
        layout.addWidget(field_label(self.tr("&Passphrase"), self.passphrase))
        layout.addWidget(self.passphrase)
        self.meter = StrengthMeter()
        layout.addWidget(self.meter)
        layout.addWidget(field_label(self.tr("Passphrase &again"), self.confirm))
        layout.addWidget(self.confirm)

        layout.addSpacing(6)
        self.practice = QCheckBox(self.tr("This vault is for my practice with &clients"))
        self.practice.setAccessibleName(self.tr("This vault is for my practice with clients"))
        explain = (
            self.tr(
                "Optional: it adds Sessions, for one-on-one work with clients under "
                "pseudonyms. Your own notes are best kept in a separate vault."
            )
            if identity.disguised
            else self.tr(
                "Optional: it adds Sessions, for one-on-one work with clients under "
                "pseudonyms. Your own journal is best kept in a separate vault."
            )
        )
        self.practice.setAccessibleDescription(explain)
        self.practice_note = text_label(explain, "muted")
        # Lined up with the check box's words, so it reads as part of the choice.
        self.practice.ensurePolished()
        option = QStyleOptionButton()
        self.practice.initStyleOption(option)
        words = self.practice.style().subElementRect(
            QStyle.SubElement.SE_CheckBoxContents, option, self.practice
        )
        self.practice_note.setContentsMargins(max(words.left(), 0), 0, 0, 0)
        layout.addWidget(self.practice)
        layout.addWidget(self.practice_note)
        # Optional, offered once here and always in Settings → Privacy.
        # The same word the disguise then shows, in this language (never stored).
        neutral = default_name()
        self.disguise = QCheckBox(
            self.tr("Show this app as “{name}”, with a plain &icon").format(name=neutral)
        )
        self.disguise.setAccessibleName(
            self.tr("Show this app as {name}, with a plain icon").format(name=neutral)
        )
        disguise_explain = self.tr(
            "Optional: the window, the task bar and the lock screen then show a neutral "
            "name. You can change it or turn it off in Settings → Privacy."
        )
        self.disguise.setAccessibleDescription(disguise_explain)
        self.disguise_note = text_label(disguise_explain, "muted")
        self.disguise_note.setContentsMargins(max(words.left(), 0), 0, 0, 0)
        layout.addWidget(self.disguise)
        layout.addWidget(self.disguise_note)

        self.message = MessageLabel()
        layout.addWidget(self.message)
        self.busy = BusyRow()
        layout.addWidget(self.busy)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setAutoDefault(False)
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setProperty("role", "primary")
        self.create_button.setDefault(True)
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.create_button)
        layout.addLayout(row)

        self.passphrase.textChanged.connect(self.meter.update_for)
        # A message leaves as soon as what it asked for is done (never lingers).
        self._still_true: Callable[[], bool] | None = None
        for edit in (self.label_edit, self.passphrase, self.confirm):
            edit.textChanged.connect(self._recheck_message)
        self.create_button.clicked.connect(self._submit)
        self.confirm.returnPressed.connect(self._submit)
        self.back_button.clicked.connect(self.back_requested)

    def offer_disguise(self, offered: bool) -> None:
        """Show the disguise choice (not when a disguise is already on)."""
        self.disguise.setVisible(offered)
        self.disguise_note.setVisible(offered)
        if not offered:
            self.disguise.setChecked(False)

    def disguise_wanted(self) -> bool:
        """True when the person ticked "Show this app as Notes"."""
        return self.disguise.isChecked() and not self.disguise.isHidden()

    @Slot()
    def _submit(self) -> None:
        if not self.create_button.isEnabled():
            return
        passphrase = self.passphrase.text()
        strength = self.meter.strength
        if not strength.acceptable:
            self.show_problem(
                self.tr("Please choose a passphrase that is harder to guess. {hint}").format(
                    hint=self.meter.hints.text().split("\n")[0]
                ),
                self.passphrase,
            )
            self._still_true = lambda: not self.meter.strength.acceptable
            return
        if passphrase != self.confirm.text():
            self.show_problem(
                self.tr("The two passphrases are different. Please type the same one twice."),
                self.confirm,
            )
            self._still_true = lambda: self.passphrase.text() != self.confirm.text()
            return
        self.message.clear_message()
        label = self.label_edit.text().strip() or self._default_label
        self.create_requested.emit(label, passphrase, self.practice.isChecked())

    def show_problem(self, text: str, field: QLineEdit | None = None) -> None:
        """Say calmly what needs changing, and put the cursor where it can be changed."""
        self.set_busy(False)
        self.message.show_message(text)
        target = field or self.label_edit
        target.setFocus()
        target.selectAll()
        # Until told more precisely (see _submit), it holds while that field is unchanged.
        typed = target.text()
        self._still_true = lambda: target.text() == typed

    @Slot()
    def _recheck_message(self) -> None:
        if self._still_true is not None and not self._still_true():
            self._still_true = None
            self.message.clear_message()

    def set_busy(self, busy: bool) -> None:
        """Disable the form while the vault is created."""
        for widget in (
            self.label_edit,
            self.passphrase,
            self.confirm,
            self.practice,
            self.disguise,
            self.create_button,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        if busy:
            self.busy.start(self.tr("Creating your vault. This takes a moment…"))
        else:
            self.busy.stop()

    def wipe(self) -> None:
        """Forget everything typed."""
        self.label_edit.setText("")
        self.passphrase.wipe()
        self.confirm.wipe()
        self.practice.setChecked(False)
        self.disguise.setChecked(False)
        self.message.clear_message()
        self.set_busy(False)
