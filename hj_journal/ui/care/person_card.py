"""A read-only summary of one person on the map, shown beside the list."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from hj_journal.core.care.care_map import PersonKind, PersonView
from hj_journal.ui.care.labels import PERSON_KIND_LABELS, ring_label, role_label, translated
from hj_journal.ui.common.widgets import Card, text_label


class PersonCard(Card):
    """Name, ring and whatever else the user wrote about them; empty rows are hidden."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, margin=16)
        self.setAccessibleName(QCoreApplication.translate("Care", "About the person chosen"))
        self.title = text_label("", "subheading")
        self.body.addWidget(self.title)
        self.subtitle = text_label("", "muted")
        self.body.addWidget(self.subtitle)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.body.addLayout(self.form)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("roles", QCoreApplication.translate("Care", "Turn to them")),
            ("good_at", QCoreApplication.translate("Care", "Good at")),
            ("capacity", QCoreApplication.translate("Care", "Capacity")),
            ("asked", QCoreApplication.translate("Care", "Asked")),
            ("offer", QCoreApplication.translate("Care", "What I offer")),
            ("contact", QCoreApplication.translate("Care", "Reach them")),
            ("notes", QCoreApplication.translate("Care", "Notes")),
        ):
            value = text_label("")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(text_label(label, "muted"), value)
            self.values[key] = value
        self.body.addStretch(1)
        self.show_person(None)

    def show_person(self, person: PersonView | None) -> None:
        """Show one person, or a short hint when nobody is chosen."""
        if person is None:
            self.title.setText(QCoreApplication.translate("Care", "Nobody chosen"))
            self.subtitle.setText(
                QCoreApplication.translate(
                    "Care", "Choose someone on the map or in the list to see them here."
                )
            )
            for key in self.values:
                self._set(key, "")
            return
        self.title.setText(person.name)
        kind = (
            PERSON_KIND_LABELS.get(PersonKind(person.kind), "")
            if person.kind in set(PersonKind)
            else ""
        )
        self.subtitle.setText(
            f"{ring_label(person.ring)} · {translated(kind)}" if kind else ring_label(person.ring)
        )
        self._set("roles", ", ".join(role_label(role) for role in person.roles))
        self._set("good_at", person.good_at)
        self._set("capacity", person.capacity)
        self._set(
            "asked",
            QCoreApplication.translate("Care", "Yes")
            if person.asked
            else QCoreApplication.translate("Care", "Not yet"),
        )
        self._set("offer", person.offer)
        self._set("contact", person.contact)
        self._set("notes", person.notes)

    def _set(self, key: str, text: str) -> None:
        self.values[key].setText(text)
        self.form.setRowVisible(self.values[key], bool(text))
