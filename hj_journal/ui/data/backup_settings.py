"""The vault's backup settings: automatic or not, how many to keep, and where.

Changes are stored at once through the vault settings service (they live inside the
encrypted vault, so a chosen folder's path is never written in plain text).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.data.backup import Backups
from hj_journal.ui.common.widgets import FlowLayout, text_label
from hj_journal.ui.data.common import ask_folder


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class BackupSettingsBox(QGroupBox):
    """See the module docstring. ``folder_changed`` fires after a new folder is chosen."""

    folder_changed = Signal()

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Automatic backups"))
        self._backups = backups
        settings = backups.settings
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        # A check box cannot wrap its words: the short choice, then the detail beneath
        # it (which wraps at any text size).
        self.auto = QCheckBox(self.tr("Back up automatically"))
        when = self.tr("When you unlock and when you lock, if something changed.")
        self.auto.setAccessibleName(self.tr("Back up automatically"))
        self.auto.setAccessibleDescription(when)
        self.auto.setChecked(settings.backup_auto)
        layout.addWidget(self.auto)
        layout.addWidget(text_label(when, "muted"))

        keep = FlowLayout(spacing=6)  # wraps at large text rather than run off the edge
        self.daily = self._spin(settings.backup_keep_daily, 60)
        self.weekly = self._spin(settings.backup_keep_weekly, 52)
        self.daily.setAccessibleName(self.tr("Days to keep"))
        self.weekly.setAccessibleName(self.tr("Weeks to keep"))
        keep.addWidget(_label(self.tr("&Keep the newest from the last"), self.daily))
        keep.addWidget(self.daily)
        keep.addWidget(_label(self.tr("days and"), self.weekly))
        keep.addWidget(self.weekly)
        keep.addWidget(QLabel(self.tr("weeks before that.")))
        layout.addLayout(keep)

        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_label.setProperty("role", "muted")
        layout.addWidget(self.folder_label)
        where = QHBoxLayout()
        self.choose = QPushButton(self.tr("Choose folder…"))
        self.choose.setAutoDefault(False)
        self.default = QPushButton(self.tr("Use the app's folder"))
        self.default.setAutoDefault(False)
        where.addWidget(self.choose)
        where.addWidget(self.default)
        where.addStretch(1)
        layout.addLayout(where)
        self._show_folder()

        self.auto.toggled.connect(self._auto_toggled)
        self.daily.valueChanged.connect(self._keep_changed)
        self.weekly.valueChanged.connect(self._keep_changed)
        self.choose.clicked.connect(lambda _checked=False: self.choose_folder())
        self.default.clicked.connect(self.use_default_folder)

    @staticmethod
    def _spin(value: int, most: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, most)
        spin.setValue(value)  # held to the range
        return spin

    def _show_folder(self) -> None:
        chosen = self._backups.settings.backup_folder
        if chosen:
            text = self.tr("Backups are kept in %1").replace("%1", str(chosen))
        else:
            text = self.tr("Backups are kept in HJ Journal's own folder on this computer.")
        self.folder_label.setText(text)
        self.default.setEnabled(bool(chosen))

    @Slot(bool)
    def _auto_toggled(self, on: bool) -> None:
        self._backups.settings.backup_auto = bool(on)

    @Slot()
    def _keep_changed(self) -> None:
        self._backups.settings.backup_keep_daily = self.daily.value()
        self._backups.settings.backup_keep_weekly = self.weekly.value()

    def choose_folder(self, folder: Path | None = None) -> None:
        """Pick a folder (a USB stick, say) for automatic backups."""
        folder = folder or ask_folder(self, self.tr("Where should backups be kept?"))
        if folder is None:
            return
        self._backups.settings.backup_folder = Path(folder)
        self._show_folder()
        self.folder_changed.emit()

    @Slot()
    def use_default_folder(self) -> None:
        """Go back to the app's own folder."""
        self._backups.settings.backup_folder = None
        self._show_folder()
        self.folder_changed.emit()
