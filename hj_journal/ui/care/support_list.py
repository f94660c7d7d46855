"""A compact list of the user's own support: inner-ring people and support resources.

Built for the support panel and the safety bar to reuse::

    support = SupportList(parent)
    support.show_support(services.care.people(), services.care.resources())

It only shows; it never contacts anyone and never opens anything on its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hj_journal.core.care import CareMap, PersonView, ResourceView, Ring
from hj_journal.ui.care.labels import example_label, resource_kind_label, tr
from hj_journal.ui.widgets import text_label


class SupportList(QWidget):
    """People you would turn to, then your support resources, one line each."""

    def __init__(self, parent: QWidget | None = None, *, max_people: int = 6) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Your support"))
        self._max_people = max_people
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.rows: list[QLabel] = []
        self.show_support([], [])

    @classmethod
    def for_care(cls, care: CareMap, parent: QWidget | None = None) -> SupportList:
        """A list filled from the care map service."""
        support = cls(parent)
        support.show_support(care.people(), care.resources())
        return support

    def show_support(
        self, people: Sequence[PersonView], resources: Sequence[ResourceView]
    ) -> None:
        """Show these people (only the inner ring) and resources (in their order)."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None  # spacing has none
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        inner = [p for p in people if p.ring == Ring.TURN_TO][: self._max_people]
        if not inner and not resources:
            self._add(
                tr(
                    "Nothing here yet. You can add people and support resources under "
                    "Care map & plans."
                ),
                "muted",
            )
        if inner:
            self._add(tr("People you would turn to"), "subheading")
            for person in inner:
                self._add_item(person.name, person.contact)
        if resources:
            if inner:
                self._layout.addSpacing(8)
            self._add(tr("Your support resources"), "subheading")
            for resource in resources:
                detail = resource.contact or resource_kind_label(resource.kind)
                if resource.is_example:
                    detail = f"{example_label()} · {resource_kind_label(resource.kind)}"
                self._add_item(resource.name, detail)
        self._layout.addStretch(1)

    def _add_item(self, name: str, detail: str) -> None:
        self._add(name)
        if detail:
            self._add(detail, "muted")
            self._layout.addSpacing(4)

    def _add(self, text: str, role: str | None = None) -> None:
        label = text_label(text, role)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(label)
        self.rows.append(label)

    def texts(self) -> list[str]:
        """What each line says, headings included (for tests and summaries)."""
        return [label.text() for label in self.rows]
