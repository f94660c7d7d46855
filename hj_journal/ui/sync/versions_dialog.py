"""An entry edited on two devices: both texts side by side; keep one, or merge them."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sync.service import OtherVersion
from hj_journal.ui.common.widgets import FlowLayout, field_label, grow_to_fit, text_label


@dataclass(frozen=True)
class ChosenText:
    """What to keep: the body the entry will have from now on."""

    body: str


class TwoVersionsDialog(QDialog):
    """The text shown here beside the other device's; the merged text is editable."""

    def __init__(
        self, title: str, shown: str, other: OtherVersion, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edited on two devices"))
        self.setAccessibleName(self.tr("Edited on two devices"))
        column = QVBoxLayout(self)
        column.addWidget(
            text_label(
                self.tr("“{title}” was edited on two devices").format(
                    title=title or self.tr("Untitled")
                ),
                "subheading",
            )
        )
        column.addWidget(
            text_label(
                self.tr(
                    "Both versions are kept until you choose. Keep one, or put them "
                    "together below and keep that."
                ),
                "muted",
            )
        )
        row = QHBoxLayout()
        self.here = self._text(shown, self.tr("The version shown here"), row)
        self.there = self._text(other.body, self.tr("The other device's version"), row)
        column.addLayout(row)
        self.merged = QPlainTextEdit(shown.rstrip() + "\n\n" + other.body.lstrip())
        self.merged.setAccessibleName(self.tr("Both, put together"))
        column.addWidget(field_label(self.tr("&Both, put together"), self.merged))
        column.addWidget(self.merged)
        # The choices wrap onto a second line rather than widen the window past the
        # screen (large text, a longer language); the row asks for no width of its own.
        row_of_buttons = FlowLayout()
        buttons = QWidget()
        buttons.setLayout(row_of_buttons)
        buttons.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.keep_here = QPushButton(self.tr("Keep the version shown here"))
        self.keep_there = QPushButton(self.tr("Keep the other version"))
        self.keep_merged = QPushButton(self.tr("Keep both, put together"))
        later = QPushButton(self.tr("Decide later"))
        for button in (self.keep_here, self.keep_there, self.keep_merged, later):
            button.setAutoDefault(False)
            row_of_buttons.addWidget(button)
        later.clicked.connect(self.reject)
        self.keep_here.clicked.connect(lambda: self._choose(self.here.toPlainText()))
        self.keep_there.clicked.connect(lambda: self._choose(self.there.toPlainText()))
        self.keep_merged.clicked.connect(lambda: self._choose(self.merged.toPlainText()))
        column.addWidget(buttons)
        self.chosen: ChosenText | None = None
        # Room for both texts side by side, but never wider than the screen.
        room = self.screen().availableGeometry().width() * 9 // 10
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 80, room))
        grow_to_fit(self)

    def _text(self, text: str, label: str, row: QHBoxLayout) -> QPlainTextEdit:
        box = QVBoxLayout()
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        view.setAccessibleName(label)
        box.addWidget(field_label(label, view))
        box.addWidget(view)
        row.addLayout(box)
        return view

    def _choose(self, body: str) -> None:
        self.chosen = ChosenText(body)
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, shown: str, other: OtherVersion
    ) -> ChosenText | None:
        """The text to keep, or None to decide later."""
        dialog = cls(title, shown, other, parent)
        dialog.exec()
        return dialog.chosen
