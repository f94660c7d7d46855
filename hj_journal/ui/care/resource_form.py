"""Add or edit a support resource. Only a name is needed; the dialog returns data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.care.care_map import ResourceInput, ResourceKind, ResourceView
from hj_journal.ui.care.labels import example_label, resource_kind_label
from hj_journal.ui.care.person_form import short_text
from hj_journal.ui.common.widgets import field_label, grow_to_fit, text_label


class ResourceDialog(QDialog):
    """The resource form. ``resource`` is ``None`` to add a new one."""

    def __init__(self, parent: QWidget | None, resource: ResourceView | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Care", "Edit a support resource")
            if resource
            else QCoreApplication.translate("Care", "Add a support resource")
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(480)
        outer = QVBoxLayout(self)
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Care",
                    "A line, a team, a place or a person you could reach in a hard moment. "
                    "Only a name is needed.",
                ),
                "muted",
            )
        )
        if resource is not None and resource.is_example:
            outer.addWidget(
                text_label(
                    QCoreApplication.translate(
                        "Care",
                        "{label}. Once you save your changes, it is yours and no longer marked "
                        "as an example.",
                    ).format(label=example_label()),
                    "notice",
                )
            )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        outer.addLayout(form)
        self.name = QLineEdit(self)
        form.addRow(field_label(QCoreApplication.translate("Care", "&Name"), self.name), self.name)
        self.kind = QComboBox(self)
        for kind in ResourceKind:
            self.kind.addItem(resource_kind_label(kind), kind.value)
        form.addRow(
            field_label(QCoreApplication.translate("Care", "&Kind of support"), self.kind),
            self.kind,
        )
        self.contact = QLineEdit(self)
        self.contact.setPlaceholderText(
            QCoreApplication.translate("Care", "A number, an address, opening times…")
        )
        form.addRow(
            field_label(QCoreApplication.translate("Care", "How to &reach it"), self.contact),
            self.contact,
        )
        self.notes = short_text(
            self, QCoreApplication.translate("Care", "Who answers, what to expect, what to say…")
        )
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 6 + 16)
        form.addRow(
            field_label(QCoreApplication.translate("Care", "N&otes"), self.notes), self.notes
        )

        outer.addStretch(1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            QCoreApplication.translate("Care", "Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.name.textChanged.connect(self._name_changed)
        if resource is not None:
            self.name.setText(resource.name)
            self.kind.setCurrentIndex(max(self.kind.findData(resource.kind), 0))
            self.contact.setText(resource.contact)
            self.notes.setPlainText(resource.notes)
        else:
            self.kind.setCurrentIndex(self.kind.findData(ResourceKind.OTHER.value))
        self._name_changed()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        grow_to_fit(self)  # tall enough for its wrapped words at any text size

    @Slot()
    def _name_changed(self) -> None:
        self.save_button.setEnabled(bool(self.name.text().strip()))

    def accept(self) -> None:
        """Accept only with a name."""
        if self.name.text().strip():
            super().accept()

    def resource_input(self) -> ResourceInput:
        """What the form holds, ready for the care map service."""
        return ResourceInput(
            name=self.name.text(),
            kind=str(self.kind.currentData()),
            contact=self.contact.text(),
            notes=self.notes.toPlainText(),
        )
