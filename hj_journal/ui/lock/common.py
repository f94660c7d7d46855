"""Pieces the lock screen's pages share: the vault chooser and the calm busy row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QWidget,
)

from hj_journal.core.vaults import Vault


class VaultChooser(QComboBox):
    """Pick one of the vaults by its neutral label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vaults: list[Vault] = []

    def set_vaults(self, vaults: list[Vault], preferred: Vault | None = None) -> None:
        """Fill the list; select ``preferred``, else the default vault, else the first."""
        self._vaults = list(vaults)
        self.blockSignals(True)
        self.clear()
        for vault in self._vaults:
            self.addItem(vault.label)
        wanted = 0
        for index, vault in enumerate(self._vaults):
            if preferred is not None and vault.folder == preferred.folder:
                wanted = index
                break
            if preferred is None and vault.is_default:
                wanted = index
        self.setCurrentIndex(wanted if self._vaults else -1)
        self.blockSignals(False)

    def current_vault(self) -> Vault | None:
        """The chosen vault."""
        index = self.currentIndex()
        return self._vaults[index] if 0 <= index < len(self._vaults) else None


class BusyRow(QWidget):
    """A quiet progress line while keys are derived ("Opening your journal…")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 4, 0, 4)
        row.setSpacing(12)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # no fake percentages: it takes about a second
        self.bar.setTextVisible(False)
        self.bar.setFixedWidth(120)
        self.bar.setAccessibleName(self.tr("Working"))
        self.text = QLabel()
        self.text.setProperty("role", "muted")
        row.addWidget(self.bar)
        row.addWidget(self.text, 1)
        self.reduced_motion = False
        self.hide()

    def start(self, text: str) -> None:
        """Show ``text``; the moving bar only when motion is welcome."""
        self.text.setText(text)
        self.bar.setVisible(not self.reduced_motion)
        self.show()

    def stop(self) -> None:
        """Hide the row."""
        self.hide()
