"""The "Support resources" tab: the user's own crisis and non-police options, in order.

The shipped example list is added only when the user presses "Add the example list";
each example carries the badge "Example — edit or delete" until the user edits it.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from hj_journal.core.care.care_map import CareMap, ResourceView
from hj_journal.core.common.errors import NotFoundError
from hj_journal.ui.care.asker import CareAsker
from hj_journal.ui.care.keys import ListKeys
from hj_journal.ui.care.labels import example_label, resource_kind_label
from hj_journal.ui.care.models import ID_ROLE, ResourcesModel, TwoLineDelegate
from hj_journal.ui.care.resource_form import ResourceDialog
from hj_journal.ui.common.form_flow import open_form
from hj_journal.ui.common.widgets import Card, MessageLabel, field_label, text_label


class ResourceCard(Card):
    """A read-only view of one resource."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, margin=16)
        self.setAccessibleName(QCoreApplication.translate("Care", "About the resource chosen"))
        self.title = text_label("", "subheading")
        self.kind = text_label("", "muted")
        self.contact = text_label("")
        self.notes = text_label("")
        for label in (self.contact, self.notes):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for widget in (self.title, self.kind, self.contact, self.notes):
            self.body.addWidget(widget)
        self.body.addStretch(1)
        self.show_resource(None)

    def show_resource(self, resource: ResourceView | None) -> None:
        """Show one resource, or a hint when none is chosen."""
        if resource is None:
            self.title.setText(QCoreApplication.translate("Care", "Nothing chosen"))
            self.kind.setText(
                QCoreApplication.translate("Care", "Choose a resource in the list to see it here.")
            )
            self.contact.setText("")
            self.notes.setText("")
            return
        self.title.setText(resource.name)
        kind = resource_kind_label(resource.kind)
        self.kind.setText(f"{example_label()} · {kind}" if resource.is_example else kind)
        self.contact.setText(resource.contact)
        self.notes.setText(resource.notes)
        self.contact.setVisible(bool(resource.contact))
        self.notes.setVisible(bool(resource.notes))


class ResourcesPanel(QWidget):
    """List, order and edit the support resources."""

    changed = Signal()

    def __init__(
        self, care: CareMap, parent: QWidget | None = None, *, asker: CareAsker | None = None
    ) -> None:
        super().__init__(parent)
        self._care = care
        self._asker = asker or CareAsker()
        self.resource_dialog: ResourceDialog | None = None
        self.model = ResourcesModel(self)
        self._build()
        self._connect_signals()
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Care",
                    "The people, lines, teams and places you would want to reach in a hard "
                    "moment, in the order you would try them. They are shown when you ask "
                    "for support. They stay on this device, and nothing is looked up online.",
                ),
                "muted",
            )
        )
        outer.addSpacing(8)
        columns = QHBoxLayout()
        columns.setSpacing(16)
        outer.addLayout(columns, 1)
        left = QVBoxLayout()
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setSpacing(2)
        left.addWidget(
            field_label(QCoreApplication.translate("Care", "Your &support resources"), self.list)
        )
        self.empty_note = text_label(
            QCoreApplication.translate(
                "Care",
                "Nothing here yet. Add your own, or start from a short example list of "
                "kinds of support (a warm line, crisis support without police, a trusted "
                "friend) and make it yours.",
            ),
            "muted",
        )
        left.addWidget(self.empty_note)
        left.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("Care", "&Add…"), self)
        self.add_button.setProperty("role", "primary")
        self.edit_button = QPushButton(QCoreApplication.translate("Care", "&Edit…"), self)
        self.up_button = QPushButton(QCoreApplication.translate("Care", "Move &up"), self)
        self.down_button = QPushButton(QCoreApplication.translate("Care", "Move do&wn"), self)
        self.remove_button = QPushButton(QCoreApplication.translate("Care", "Re&move…"), self)
        buttons = (
            self.add_button,
            self.edit_button,
            self.up_button,
            self.down_button,
            self.remove_button,
        )
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        left.addLayout(row)
        examples_row = QHBoxLayout()
        self.examples_button = QPushButton(
            QCoreApplication.translate("Care", "Add the e&xample list"), self
        )
        self.examples_button.setToolTip(
            QCoreApplication.translate(
                "Care", "Adds a few placeholders, each marked “{label}”."
            ).format(label=example_label())
        )
        examples_row.addWidget(self.examples_button)
        examples_row.addStretch(1)
        left.addLayout(examples_row)
        self.message = MessageLabel(self)
        left.addWidget(self.message)
        columns.addLayout(left, 3)
        self.card = ResourceCard(self)
        columns.addWidget(self.card, 2)

    def _connect_signals(self) -> None:
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(lambda _index: self.edit_resource())
        self.add_button.clicked.connect(self.add_resource)
        self.edit_button.clicked.connect(lambda: self.edit_resource())
        self.up_button.clicked.connect(lambda: self.move_chosen(-1))
        self.down_button.clicked.connect(lambda: self.move_chosen(1))
        self.remove_button.clicked.connect(lambda: self.remove_resource())
        self.examples_button.clicked.connect(self.add_examples)
        none, alt = Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier
        self.keys = ListKeys(
            self.list,
            {
                (Qt.Key.Key_Delete, none): self.remove_resource,
                (Qt.Key.Key_Up, alt): lambda: self.move_chosen(-1),
                (Qt.Key.Key_Down, alt): lambda: self.move_chosen(1),
            },
        )

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        """Read the list again, keeping the chosen resource when it is still there."""
        chosen = self.current_id()
        resources = self._care.resources()
        self.model.set_resources(resources)
        self.empty_note.setVisible(not resources)
        self.card.setVisible(bool(resources))
        self.examples_button.setVisible(not any(r.is_example for r in resources))
        self.select(chosen)

    def current_id(self) -> int | None:
        """The resource chosen in the list, if any."""
        index = self.list.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def current_resource(self) -> ResourceView | None:
        """The resource chosen, if any."""
        chosen = self.current_id()
        return next((r for r in self.model.resources() if r.id == chosen), None)

    def select(self, resource_id: int | None) -> None:
        """Choose a resource in the list."""
        row = None if resource_id is None else self.model.row_of(resource_id)
        if row is None:
            self.list.setCurrentIndex(self.model.index(-1))
        else:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._current_changed()

    @Slot()
    def _current_changed(self, *_args: object) -> None:
        resource = self.current_resource()
        self.card.show_resource(resource)
        row = self.model.row_of(resource.id) if resource else None
        for button in (self.edit_button, self.remove_button):
            button.setEnabled(resource is not None)
        self.up_button.setEnabled(row is not None and row > 0)
        self.down_button.setEnabled(row is not None and row < self.model.rowCount() - 1)

    # ------------------------------------------------------------------ actions

    @Slot()
    def add_resource(self) -> None:
        """Open the form for a new resource."""
        self._open_form(None)

    def edit_resource(self) -> None:
        """Open the form for the chosen resource."""
        resource = self.current_resource()
        if resource is not None:
            self._open_form(resource)

    def _open_form(self, resource: ResourceView | None) -> None:
        dialog = ResourceDialog(self, resource)

        def save() -> ResourceView:
            data = dialog.resource_input()
            if resource is None:
                return self._care.add_resource(data)
            return self._care.update_resource(resource.id, data)

        open_form(self, dialog, save, lambda shown: setattr(self, "resource_dialog", shown))

    def move_chosen(self, steps: int) -> None:
        """Move the chosen resource up (negative) or down the list."""
        chosen = self.current_id()
        if chosen is None:
            return
        with contextlib.suppress(NotFoundError):  # gone meanwhile: the refresh shows it
            self._care.move_resource(chosen, steps)
        self.refresh()
        self.changed.emit()

    @Slot()
    def add_examples(self) -> None:
        """Add the shipped example list (never twice)."""
        added = self._care.add_example_resources()
        self.refresh()
        if added:
            self.select(added[0].id)
            self.message.show_message(
                QCoreApplication.translate(
                    "Care",
                    "The examples are at the end of your list, marked “{label}”. Add the "
                    "details that fit where you live, or remove the ones you do not need.",
                ).format(label=example_label())
            )
        self.list.setFocus()
        self.changed.emit()

    def remove_resource(self) -> None:
        """Remove the chosen resource, after asking."""
        resource = self.current_resource()
        if resource is None or not self._asker.confirm_remove_resource(self, resource.name):
            return
        row = self.model.row_of(resource.id) or 0
        with contextlib.suppress(NotFoundError):  # gone meanwhile: the refresh shows it
            self._care.delete_resource(resource.id)
        self.refresh()
        remaining = self.model.resources()
        if remaining:
            self.select(remaining[min(row, len(remaining) - 1)].id)
        self.list.setFocus()
        self.changed.emit()
