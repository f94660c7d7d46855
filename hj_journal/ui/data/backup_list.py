"""The list of backups as a thin table model over :class:`BackupInfo` rows."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from hj_journal.core.data.backup import BackupInfo
from hj_journal.ui.data.common import human_size, reason_text, when_text

Index = QModelIndex | QPersistentModelIndex


class BackupListModel(QAbstractTableModel):
    """Made · Size · Why, newest first."""

    COLUMNS = ("made", "size", "why")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[BackupInfo] = []

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        """Show these backups (a short list: a reset is fine)."""
        self.beginResetModel()
        self._rows = list(backups)
        self.endResetModel()

    def backup(self, row: int) -> BackupInfo | None:
        """The backup shown in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("BackupListModel", "Made"),
            QCoreApplication.translate("BackupListModel", "Size"),
            QCoreApplication.translate("BackupListModel", "Why"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        info = self.backup(index.row()) if index.isValid() else None
        if info is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "made":
                return when_text(info.created)
            if column == "size":
                return human_size(info.size)
            if info.problem:
                return QCoreApplication.translate("BackupListModel", "Can't be read")
            why = reason_text(info.reason)
            return why + (
                " · " + QCoreApplication.translate("BackupListModel", "kept") if info.keep else ""
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == "why":
            if info.problem:
                return info.problem
            if info.keep:
                return QCoreApplication.translate(
                    "BackupListModel", "Kept until you remove it: rotation leaves it alone."
                )
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
