"""Your own scales: define one (or import a scale file), rate it, see it over time.

Custom scales are only charted: no bands, no norms, no scoring (docs/instruments.md).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.custom_scales import CustomScales, ScaleView
from hj_journal.core.checkin.scales import CustomScale, ScaleError
from hj_journal.core.common.errors import InputError
from hj_journal.ui.checkin.charts import ChartParts, chart_view, scale_chart
from hj_journal.ui.checkin.question import plain
from hj_journal.ui.checkin.rating import ScaleChoice
from hj_journal.ui.common.access import name_controls
from hj_journal.ui.common.widgets import MessageLabel

AskPath = Callable[[QWidget], Path | None]


def _ask_scale_file(parent: QWidget) -> Path | None:
    from hj_journal.ui.common.file_dialogs import ask_open_path

    return ask_open_path(
        parent,
        QCoreApplication.translate("ScalesPanel", "Import a scale file"),
        QCoreApplication.translate("ScalesPanel", "Scale files (*.toml)"),
    )


class ScaleDialog(QDialog):
    """Define a new scale: name, question, range and anchor words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A new scale of your own"))
        form = QFormLayout()
        self.name_edit = QLineEdit()
        self.question_edit = QLineEdit()
        self.min_spin = QSpinBox()
        self.max_spin = QSpinBox()
        for spin in (self.min_spin, self.max_spin):
            spin.setRange(-100, 100)
        self.min_spin.setValue(0)
        self.max_spin.setValue(10)
        self.min_label_edit = QLineEdit()
        self.max_label_edit = QLineEdit()
        self.middle_label_edit = QLineEdit()
        self.middle_label_edit.setPlaceholderText(self.tr("Optional"))
        for label, widget in (
            (self.tr("&Name"), self.name_edit),
            (self.tr("&Question"), self.question_edit),
            (self.tr("&Lowest number"), self.min_spin),
            (self.tr("&Highest number"), self.max_spin),
            (self.tr("Word for the l&owest"), self.min_label_edit),
            (self.tr("Word for the h&ighest"), self.max_label_edit),
            (self.tr("Word for the &middle"), self.middle_label_edit),
        ):
            form.addRow(label, widget)
            widget.setAccessibleName(label.replace("&", ""))
        self.message = MessageLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain(self.tr("Your own scale is charted over time and never scored."), "muted")
        )
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        name_controls(self)
        self.scale: CustomScale | None = None

    def build(self) -> CustomScale:
        """The scale as typed (raises :class:`ScaleError` naming the field)."""
        return CustomScale(
            name=self.name_edit.text().strip(),
            question=self.question_edit.text().strip(),
            min=self.min_spin.value(),
            max=self.max_spin.value(),
            min_label=self.min_label_edit.text().strip(),
            max_label=self.max_label_edit.text().strip(),
            middle_label=self.middle_label_edit.text().strip() or None,
        )

    @Slot()
    def _accept_if_valid(self) -> None:
        try:
            self.scale = self.build()
        except ScaleError as error:
            self.message.show_message(
                self.tr("Please check this: {problem}").format(problem=error)
            )
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> CustomScale | None:
        """The new scale, or None when the person changes their mind."""
        dialog = cls(parent)
        try:
            return dialog.scale if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


class ScalesPanel(QWidget):
    """The "Your own scales" tab."""

    def __init__(
        self,
        scales: CustomScales,
        parent: QWidget | None = None,
        *,
        ask_scale: Callable[[QWidget], CustomScale | None] = ScaleDialog.ask,
        ask_path: AskPath = _ask_scale_file,
    ) -> None:
        super().__init__(parent)
        self._scales = scales
        self._ask_scale = ask_scale
        self._ask_path = ask_path
        self.chart: ChartParts | None = None
        self.choice: ScaleChoice | None = None

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Your own scales"))
        self.list.setMaximumWidth(260)
        self.new_button = QPushButton(self.tr("New scale…"))
        self.import_button = QPushButton(self.tr("Import a scale file…"))
        left = QVBoxLayout()
        left.addWidget(self.list, 1)
        left.addWidget(self.new_button)
        left.addWidget(self.import_button)

        self.detail = QVBoxLayout()
        self.message = MessageLabel()
        right = QVBoxLayout()
        right.addLayout(self.detail, 1)
        right.addWidget(self.message)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 12, 4, 4)
        row.setSpacing(16)
        row.addLayout(left)
        row.addLayout(right, 1)

        name_controls(self)
        self.new_button.clicked.connect(self.new_scale)
        self.import_button.clicked.connect(self.import_scale)
        self.list.currentItemChanged.connect(self._chosen)
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the list of scales."""
        self.list.blockSignals(True)
        self.list.clear()
        for view in self._scales.all():
            item = QListWidgetItem(view.name)
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.list.addItem(item)
            if view.id == select_id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._chosen(self.list.currentItem())

    @Slot()
    def new_scale(self) -> None:
        """Define a new scale and save it."""
        scale = self._ask_scale(self)
        if scale is not None:
            self.refresh(self._scales.add(scale).id)

    @Slot()
    def import_scale(self) -> None:
        """Import a scale TOML file."""
        path = self._ask_path(self)
        if path is None:
            return
        try:
            view = self._scales.import_file(path)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.message.clear_message()
        self.refresh(view.id)

    def current(self) -> ScaleView | None:
        """The chosen scale."""
        item = self.list.currentItem()
        return None if item is None else self._scales.get(int(item.data(Qt.ItemDataRole.UserRole)))

    @Slot(QListWidgetItem)
    def _chosen(self, _item: QListWidgetItem | None = None) -> None:
        while self.detail.count():
            entry = self.detail.takeAt(0)
            widget = entry.widget() if entry is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.choice, self.chart = None, None
        view = self.current()
        if view is None:
            self.detail.addWidget(
                plain(
                    self.tr(
                        "Make a scale of your own — for example how rested, connected or "
                        "safe you feel — and rate it whenever you like."
                    ),
                    "muted",
                )
            )
            return
        scale = view.scale
        anchors = {scale.min: scale.min_label, scale.max: scale.max_label}
        if scale.middle_label and float(scale.middle).is_integer():
            anchors[int(scale.middle)] = scale.middle_label
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(plain(scale.name, "subheading"))
        column.addWidget(plain(scale.question))
        self.choice = ScaleChoice(scale.min, scale.max, anchors, name=scale.question or scale.name)
        column.addWidget(self.choice)
        self.rate_button = QPushButton(self.tr("Save rating"))
        self.rate_button.setProperty("role", "primary")
        self.rate_button.clicked.connect(self.save_rating)
        self.hide_button = QPushButton(self.tr("Hide this scale"))
        self.hide_button.setProperty("role", "link")
        self.hide_button.setToolTip(self.tr("Your ratings stay; the scale leaves this list."))
        self.hide_button.clicked.connect(self.hide_scale)
        buttons = QHBoxLayout()
        buttons.addWidget(self.hide_button)
        buttons.addStretch(1)
        buttons.addWidget(self.rate_button)
        column.addLayout(buttons)
        ratings = [(r.at, r.value) for r in self._scales.ratings(view.id)]
        self.chart = scale_chart(scale.name, scale.min, scale.max, ratings)
        column.addWidget(
            chart_view(
                self.chart.chart, self.tr("Your ratings of {name}").format(name=scale.name)
            ),
            1,
        )
        self.detail.addWidget(box)
        name_controls(box)

    @Slot()
    def hide_scale(self) -> None:
        """Take the current scale off the list (its ratings are kept)."""
        view = self.current()
        if view is not None:
            self._scales.set_hidden(view.id, True)
            self.refresh()

    @Slot()
    def save_rating(self) -> None:
        """Save the chosen number on the current scale."""
        view = self.current()
        value = self.choice.value() if self.choice is not None else None
        if view is None or value is None:
            self.message.show_message(self.tr("Choose a number first, if you want to."))
            return
        self._scales.rate(view.id, value)
        self.message.show_message(self.tr("Saved."))
        self.refresh(view.id)
