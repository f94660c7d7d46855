"""The trash: entries put aside, restorable for 30 days, or deleted for good."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.journal.entries import TRASH_DAYS, Journal, TimelineFilter
from hj_journal.ui.common.widgets import hold_wrapped_height, text_label
from hj_journal.ui.journal.delegate import EntryDelegate
from hj_journal.ui.journal.dialogs import Asker
from hj_journal.ui.journal.models import TimelineModel


class TrashView(QWidget):
    """Trashed entries with Restore, Delete for good and Empty trash."""

    restored = Signal(int)  # entry id
    deleted = Signal()  # entries left for good
    closed = Signal()

    def __init__(
        self, journal: Journal, *, asker: Asker | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._asker = asker or Asker()
        self.model = TimelineModel(journal, where=TimelineFilter(trashed=True), parent=self)

        heading = text_label(self.tr("Trash"), "heading")
        explain = text_label(
            self.tr(
                "Entries you move here stay for %n day(s), then leave for good. "
                "You can bring any of them back until then.",
                "",
                TRASH_DAYS,
            )
        )
        list_label = QLabel(self.tr("Entries in the &trash"))
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(EntryDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setLayoutMode(QListView.LayoutMode.Batched)
        self.list.setBatchSize(100)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Entries in the trash"))
        list_label.setBuddy(self.list)
        self.empty_note = text_label(self.tr("The trash is empty."), "muted")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen entries"))
        self.delete_button = QPushButton(self.tr("&Delete for good…"))
        self.delete_button.setAccessibleName(self.tr("Delete the chosen entries for good"))
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.setAccessibleName(self.tr("Delete every entry in the trash for good"))
        self.back_button = QPushButton(self.tr("&Back to writing"))
        self.back_button.setAccessibleName(self.tr("Back to writing"))

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(explain)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_note)
        layout.addLayout(buttons)
        hold_wrapped_height(self)  # its sentences stay whole above the writing
        self._connect_signals()
        self._update()

    def _connect_signals(self) -> None:
        self.restore_button.clicked.connect(self.restore_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.empty_button.clicked.connect(self.empty)
        self.back_button.clicked.connect(self.closed)
        self.list.selectionModel().selectionChanged.connect(self._update)
        self.model.rowsInserted.connect(self._update)
        self.model.rowsRemoved.connect(self._update)
        self.model.modelReset.connect(self._update)

    def refresh(self) -> None:
        """Read the trash again."""
        self.model.reload()
        self.model.fetchMore()
        if self.model.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def note_trashed(self, entry_id: int) -> None:
        """An entry was just moved to the trash."""
        self.model.upsert(self._journal.summary(entry_id))

    def selected_ids(self) -> list[int]:
        """The entries chosen in the list."""
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [self.model.summary_at(r).id for r in rows]

    @Slot()
    def restore_selected(self) -> None:
        """Bring the chosen entries back to the journal."""
        for entry_id in self.selected_ids():
            self._journal.restore(entry_id)
            self.model.remove_entry(entry_id)
            self.restored.emit(entry_id)

    @Slot()
    def delete_selected(self) -> None:
        """Delete the chosen entries for good (asks once)."""
        ids = self.selected_ids()
        if ids and self._asker.confirm_delete_forever(self, len(ids)):
            self._journal.delete_forever(ids)
            for entry_id in ids:
                self.model.remove_entry(entry_id)
            self.deleted.emit()

    @Slot()
    def empty(self) -> None:
        """Delete everything in the trash for good (asks once)."""
        count = self._journal.count(TimelineFilter(trashed=True))
        if count and self._asker.confirm_delete_forever(self, count):
            self._journal.empty_trash()
            self.model.reload()
            self.model.fetchMore()
            self.deleted.emit()

    @Slot()
    def _update(self) -> None:
        has_rows = self.model.rowCount() > 0
        chosen = bool(self.list.selectionModel().selectedRows())
        self.restore_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.empty_button.setEnabled(has_rows)
        self.empty_note.setVisible(not has_rows)
        self.list.setVisible(has_rows)
