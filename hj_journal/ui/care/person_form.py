"""Add or edit someone on the care map. Only a name is needed; the dialog returns data.

The page opens it with :meth:`PersonDialog.open` (so nothing blocks) and saves
:meth:`PersonDialog.person_input` through the care map service when it is accepted.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.care.care_map import RINGS, PersonInput, PersonKind, PersonView, Role
from hj_journal.ui.care.labels import PERSON_KIND_LABELS, ring_label, role_label, translated
from hj_journal.ui.common.widgets import field_label, text_label


def short_text(parent: QWidget, placeholder: str = "") -> QPlainTextEdit:
    """A few lines of text where Tab moves on (keyboard users are never trapped)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 16)
    return edit


class PersonDialog(QDialog):
    """The person form. ``person`` is ``None`` to add someone new."""

    def __init__(self, parent: QWidget | None, person: PersonView | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("Care", "Edit someone on your map")
            if person
            else QCoreApplication.translate("Care", "Add to your map")
        )
        self.setAccessibleName(self.windowTitle())
        self.setMinimumWidth(520)
        outer = QVBoxLayout(self)
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Care", "Only a name is needed. Fill in the rest whenever you like."
                ),
                "muted",
            )
        )
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        form = QFormLayout()
        column.addLayout(form)
        column.addStretch(1)  # spare height goes below the form, not between its rows
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.name = QLineEdit(body)
        self.name.setPlaceholderText(QCoreApplication.translate("Care", "A name or nickname"))
        form.addRow(field_label(QCoreApplication.translate("Care", "&Name"), self.name), self.name)

        kinds = QWidget(body)
        kinds_row = QHBoxLayout(kinds)
        kinds_row.setContentsMargins(0, 0, 0, 0)
        self.kind_group = QButtonGroup(self)
        self.kind_buttons: dict[str, QRadioButton] = {}
        for kind in PersonKind:
            button = QRadioButton(translated(PERSON_KIND_LABELS[kind]), kinds)
            button.setAccessibleName(button.text())
            self.kind_group.addButton(button)
            self.kind_buttons[kind.value] = button
            kinds_row.addWidget(button)
        kinds_row.addStretch(1)
        self.kind_buttons[PersonKind.PERSON].setChecked(True)
        kinds.setAccessibleName(QCoreApplication.translate("Care", "They are"))
        form.addRow(text_label(QCoreApplication.translate("Care", "They are")), kinds)

        self.ring = QComboBox(body)
        for ring in RINGS:
            self.ring.addItem(ring_label(ring), int(ring))
        form.addRow(field_label(QCoreApplication.translate("Care", "&Ring"), self.ring), self.ring)

        self.roles_box = QGroupBox(
            QCoreApplication.translate("Care", "I would turn to them…"), body
        )
        roles_row = QVBoxLayout(self.roles_box)
        self.role_checks: dict[str, QCheckBox] = {}
        for role in Role:
            check = QCheckBox(role_label(role), self.roles_box)
            check.setAccessibleName(
                QCoreApplication.translate("Care", "I would turn to them: {role}").format(
                    role=check.text()
                )
            )
            self.role_checks[role.value] = check
            roles_row.addWidget(check)
        roles_row.addWidget(
            text_label(
                QCoreApplication.translate("Care", "They may be different people for each."),
                "muted",
            )
        )
        # Outside the inner ring the choices wait here, greyed, rather than leaving:
        # the form would otherwise jump under the pointer each time the ring changes.
        self.roles_note = text_label(
            QCoreApplication.translate("Care", "These are for people in your inner ring."), "muted"
        )
        keep_room = self.roles_note.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.roles_note.setSizePolicy(keep_room)
        roles_row.addWidget(self.roles_note)
        form.addRow(self.roles_box)

        self.good_at = short_text(
            body, QCoreApplication.translate("Care", "Listening, practical help, making me laugh…")
        )
        form.addRow(
            field_label(
                QCoreApplication.translate("Care", "What they are &good at"), self.good_at
            ),
            self.good_at,
        )
        self.capacity = QLineEdit(body)
        self.capacity.setPlaceholderText(
            QCoreApplication.translate("Care", "For example: a call most weeks; busy until spring")
        )
        form.addRow(
            field_label(QCoreApplication.translate("Care", "Their &capacity"), self.capacity),
            self.capacity,
        )
        self.asked = QCheckBox(
            QCoreApplication.translate(
                "Care", "I have &asked them whether they could be there for this"
            ),
            body,
        )
        self.asked.setAccessibleName(QCoreApplication.translate("Care", "I have asked them"))
        form.addRow(self.asked)
        self.offer = short_text(body, QCoreApplication.translate("Care", "Care goes both ways."))
        form.addRow(
            field_label(QCoreApplication.translate("Care", "What I &offer them"), self.offer),
            self.offer,
        )
        self.contact = QLineEdit(body)
        form.addRow(
            field_label(QCoreApplication.translate("Care", "How to &reach them"), self.contact),
            self.contact,
        )
        self.notes = short_text(body)
        form.addRow(
            field_label(QCoreApplication.translate("Care", "N&otes"), self.notes), self.notes
        )

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

        self.ring.currentIndexChanged.connect(self._ring_changed)
        self.name.textChanged.connect(self._name_changed)
        if person is not None:
            self._fill(person)
        self._name_changed()
        self._ring_changed()
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)
        self.resize(560, 640)

    def _fill(self, person: PersonView) -> None:
        self.name.setText(person.name)
        self.kind_buttons.get(person.kind, self.kind_buttons[PersonKind.PERSON]).setChecked(True)
        index = self.ring.findData(person.ring)
        self.ring.setCurrentIndex(max(index, 0))
        for role, check in self.role_checks.items():
            check.setChecked(role in person.roles)
        self.good_at.setPlainText(person.good_at)
        self.capacity.setText(person.capacity)
        self.asked.setChecked(person.asked)
        self.offer.setPlainText(person.offer)
        self.contact.setText(person.contact)
        self.notes.setPlainText(person.notes)

    @Slot()
    def _name_changed(self) -> None:
        self.save_button.setEnabled(bool(self.name.text().strip()))

    @Slot()
    def _ring_changed(self) -> None:
        # The "turn to them if…" choices belong to the inner ring (docs/care.md).
        inner = self.ring.currentData() == 1
        self.roles_box.setEnabled(inner)
        self.roles_note.setVisible(not inner)

    def accept(self) -> None:
        """Accept only with a name (Enter in a field presses Save)."""
        if self.name.text().strip():
            super().accept()

    def person_input(self) -> PersonInput:
        """What the form holds, ready for the care map service."""
        kind = next(
            (k for k, button in self.kind_buttons.items() if button.isChecked()),
            PersonKind.PERSON.value,
        )
        ring = int(self.ring.currentData())
        roles = (
            [r for r, check in self.role_checks.items() if check.isChecked()] if ring == 1 else []
        )
        return PersonInput(
            name=self.name.text(),
            kind=kind,
            ring=ring,
            roles=roles,
            good_at=self.good_at.toPlainText(),
            capacity=self.capacity.text(),
            asked=self.asked.isChecked(),
            offer=self.offer.toPlainText(),
            contact=self.contact.text(),
            notes=self.notes.toPlainText(),
        )
