"""Settings → Photos and files: the largest file an entry takes, and whether photos keep
their location and camera details.

Both are the vault's own settings (:class:`~hj_journal.core.settings.VaultSettings`,
inside the encrypted vault), since whether you keep a photo's location says something
about you. Each change is stored at once and counts from the next file you add; files
already in entries stay as they are, and the box says so.
"""

from __future__ import annotations

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QCheckBox, QFormLayout, QSpinBox, QVBoxLayout, QWidget

from hj_journal.core.settings import MAX_ATTACHMENT_MB, VaultSettings
from hj_journal.ui.common.widgets import field_label, text_label


class AttachmentsBox(QWidget):
    """See the module docstring."""

    changed = Signal()  # a setting was stored

    def __init__(self, settings: VaultSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.limit = QSpinBox()
        self.limit.setRange(1, MAX_ATTACHMENT_MB)
        self.limit.setSuffix(self.tr(" MB"))
        # Stored when you press Enter, use the arrows or leave the field, not per digit.
        self.limit.setKeyboardTracking(False)
        self.limit.setValue(settings.attachment_limit_mb)
        self.limit.setToolTip(
            self.tr("A larger file is not added to the entry, and the app says so.")
        )
        self.keep_metadata = QCheckBox(self.tr("Keep the details in photos"))
        self.keep_metadata.setAccessibleName(self.tr("Keep the details in photos"))
        self.keep_metadata.setChecked(settings.attachment_keep_metadata)
        about = text_label(
            self.tr(
                "Unless you choose this, the place a photo was taken, the camera and the "
                "time are taken out when you add it. Photos already in your entries stay "
                "as they are."
            ),
            "muted",
        )
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(12)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(field_label(self.tr("Largest &file in an entry"), self.limit), self.limit)
        form.addRow("", self.keep_metadata)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        column.addLayout(form)
        column.addWidget(about)
        self.limit.valueChanged.connect(self._limit_chosen)
        self.keep_metadata.toggled.connect(self._keep_chosen)

    @Slot(int)
    def _limit_chosen(self, megabytes: int) -> None:
        if megabytes != self._settings.attachment_limit_mb:
            self._settings.attachment_limit_mb = megabytes
            self.changed.emit()

    @Slot(bool)
    def _keep_chosen(self, keep: bool) -> None:
        if keep != self._settings.attachment_keep_metadata:
            self._settings.attachment_keep_metadata = keep
            self.changed.emit()
