"""The "Care map" tab: the drawn map, the same people as a list, and their details.

The list is the keyboard path (Enter edits, Delete removes); the map follows it and a
click on the map chooses the person in the list. An opt-in reminder to look the map
over again appears at the top only when the user asked for one and it is due.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListView,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.care.care_map import RINGS, CareMap, PersonView
from hj_journal.core.common.errors import NotFoundError
from hj_journal.ui.care.asker import CareAsker
from hj_journal.ui.care.keys import ListKeys
from hj_journal.ui.care.labels import ring_label, ring_short
from hj_journal.ui.care.map_widget import CareMapWidget
from hj_journal.ui.care.models import ID_ROLE, PeopleModel, TwoLineDelegate
from hj_journal.ui.care.person_card import PersonCard
from hj_journal.ui.care.person_form import PersonDialog
from hj_journal.ui.common.form_flow import open_form
from hj_journal.ui.common.widgets import Card, MessageLabel, field_label, text_label

REVISIT_CHOICES = (0, 3, 6, 12)


class MapPanel(QWidget):
    """Map, list, details and the revisit reminder."""

    changed = Signal()  # someone was added, edited or removed

    def __init__(
        self,
        care: CareMap,
        parent: QWidget | None = None,
        *,
        asker: CareAsker | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._care = care
        self._asker = asker or CareAsker()
        self._today = today
        self.person_dialog: PersonDialog | None = None
        self.model = PeopleModel(self)
        self._build()
        self._connect_signals()
        self.refresh()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)
        self.revisit_card = Card(self, margin=14)
        row = QHBoxLayout()
        self.revisit_card.body.addLayout(row)
        row.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Care",
                    "Your care map is here if you would like to look it over. People, "
                    "needs and capacity change with time.",
                )
            ),
            1,
        )
        self.revisit_done = QPushButton(
            QCoreApplication.translate("Care", "I have looked it over"), self.revisit_card
        )
        row.addWidget(self.revisit_done)
        outer.addWidget(self.revisit_card)

        columns = QHBoxLayout()
        columns.setSpacing(16)
        outer.addLayout(columns, 1)

        left = QVBoxLayout()
        self.map = CareMapWidget(self)
        self.map_scroll = QScrollArea(self)
        self.map_scroll.setWidget(self.map)
        self.map_scroll.setWidgetResizable(True)
        self.map_scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.map_scroll.setAccessibleName(QCoreApplication.translate("Care", "Care map"))
        left.addWidget(self.map_scroll, 1)
        self.legend = text_label(
            "   ·   ".join(
                QCoreApplication.translate("Care", "{ring}: {meaning}").format(
                    ring=ring_short(ring), meaning=ring_label(ring)
                )
                for ring in RINGS
            ),
            "muted",
        )
        left.addWidget(self.legend)
        columns.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(2)
        right.addWidget(
            field_label(QCoreApplication.translate("Care", "&People on your map"), self.list)
        )
        self.empty_note = text_label(
            QCoreApplication.translate(
                "Care",
                "Your map is empty for now. Add the people, groups and places that are "
                "part of your care, one at a time. A name is enough to begin.",
            ),
            "muted",
        )
        right.addWidget(self.empty_note)
        right.addWidget(self.list, 2)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("Care", "&Add someone…"), self)
        self.add_button.setProperty("role", "primary")
        self.edit_button = QPushButton(QCoreApplication.translate("Care", "&Edit…"), self)
        self.remove_button = QPushButton(QCoreApplication.translate("Care", "Re&move…"), self)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        self.message = MessageLabel(self)
        right.addWidget(self.message)
        self.card = PersonCard(self)
        right.addWidget(self.card, 1)
        revisit_row = QHBoxLayout()
        self.revisit_months = QComboBox(self)
        for months in REVISIT_CHOICES:
            self.revisit_months.addItem(self._revisit_text(months), months)
        revisit_label = field_label(
            QCoreApplication.translate("Care", "Re&mind me to look over my map"),
            self.revisit_months,
        )
        revisit_label.setWordWrap(False)
        revisit_row.addWidget(revisit_label)
        revisit_row.addWidget(self.revisit_months)
        revisit_row.addStretch(1)
        right.addLayout(revisit_row)
        columns.addLayout(right, 2)
        self.setTabOrder(self.list, self.add_button)

    @staticmethod
    def _revisit_text(months: int) -> str:
        if months == 0:
            return QCoreApplication.translate("Care", "Off")
        if months == 12:
            return QCoreApplication.translate("Care", "Once a year")
        return QCoreApplication.translate("Care", "Every %n month(s)", None, months)

    def _connect_signals(self) -> None:
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(lambda _index: self.edit_person())
        self.map.person_selected.connect(self.select)
        self.map.person_activated.connect(self.edit_person)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(lambda: self.edit_person())
        self.remove_button.clicked.connect(lambda: self.remove_person())
        none = Qt.KeyboardModifier.NoModifier
        self.keys = ListKeys(self.list, {(Qt.Key.Key_Delete, none): self.remove_person})
        self.revisit_done.clicked.connect(self._revisited)
        self.revisit_months.activated.connect(self._revisit_chosen)

    # ------------------------------------------------------------------ state

    def refresh(self) -> None:
        """Read the map again, keeping the chosen person when they are still there."""
        chosen = self.current_id()
        people = self._care.people()
        self.model.set_people(people)
        self.map.set_people(people)
        self.empty_note.setVisible(not people)
        self.card.setVisible(bool(people))
        self._show_revisit()
        if chosen is not None:
            self.select(chosen)
        else:
            self._current_changed()
            self.centre_map()

    def centre_map(self) -> None:
        """Scroll so that "You" is in the middle of the view."""
        self.map_scroll.ensureVisible(
            self.map.width() // 2,
            self.map.height() // 2,
            self.map_scroll.viewport().width() // 2,
            self.map_scroll.viewport().height() // 2,
        )

    def current_id(self) -> int | None:
        """The person chosen in the list, if any."""
        index = self.list.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def current_person(self) -> PersonView | None:
        """The person chosen, if any."""
        person_id = self.current_id()
        return next((p for p in self.model.people() if p.id == person_id), None)

    @Slot(int)
    def select(self, person_id: int) -> None:
        """Choose someone in the list (and so on the map)."""
        row = self.model.row_of(person_id)
        if row is None:
            self.list.setCurrentIndex(self.model.index(-1))
            self._current_changed()
            return
        self.list.selectionModel().setCurrentIndex(
            self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )

    @Slot()
    def _current_changed(self, *_args: object) -> None:
        person = self.current_person()
        self.map.set_current(person.id if person else None)
        self.card.show_person(person)
        self.edit_button.setEnabled(person is not None)
        self.remove_button.setEnabled(person is not None)
        if person is not None:
            box = self.map.box_in_widget(person.id)
            self.map_scroll.ensureVisible(int(box.center().x()), int(box.center().y()), 80, 40)

    def _show_revisit(self) -> None:
        months = self._care.revisit_months()
        index = self.revisit_months.findData(months)
        if index < 0:
            self.revisit_months.addItem(self._revisit_text(months), months)
            index = self.revisit_months.count() - 1
        self.revisit_months.setCurrentIndex(index)
        self.revisit_card.setVisible(self._care.revisit_due(self._today()))

    @Slot()
    def _revisited(self) -> None:
        self._care.mark_revisited(self._today())
        self.revisit_card.hide()

    @Slot(int)
    def _revisit_chosen(self, index: int) -> None:
        self._care.set_revisit_months(int(self.revisit_months.itemData(index)))
        if self._care.revisit_months() and self._care.last_revisited() is None:
            self._care.mark_revisited(self._today())
        self._show_revisit()

    # ------------------------------------------------------------------ actions

    @Slot()
    def add_person(self) -> None:
        """Open the form for someone new."""
        self._open_form(None)

    @Slot()
    def edit_person(self, person_id: int | None = None) -> None:
        """Open the form for the chosen person (or ``person_id``)."""
        if person_id is not None:
            self.select(person_id)
        person = self.current_person()
        if person is not None:
            self._open_form(person)

    def _open_form(self, person: PersonView | None) -> None:
        dialog = PersonDialog(self, person)

        def save() -> PersonView:
            data = dialog.person_input()
            if person is None:
                return self._care.add_person(data)
            return self._care.update_person(person.id, data)

        open_form(self, dialog, save, lambda shown: setattr(self, "person_dialog", shown))

    @Slot()
    def remove_person(self) -> None:
        """Take the chosen person off the map, after asking."""
        person = self.current_person()
        if person is None or not self._asker.confirm_remove_person(self, person.name):
            return
        row = self.model.row_of(person.id) or 0
        # Already gone is fine: the refresh below shows the map as it is.
        with contextlib.suppress(NotFoundError):
            self._care.delete_person(person.id)
        self.refresh()
        people = self.model.people()
        if people:
            self.select(people[min(row, len(people) - 1)].id)
        self.list.setFocus()
        self.changed.emit()
