"""Compact lists of support: the user's own people and resources, and directory lines.

Built for the support panel and the safety bar to reuse::

    support = SupportList(parent)
    support.show_support(services.care.people(), services.care.resources())
    lines = DirectoryLines(parent)
    lines.show_lines(services.support_lines.lines("GB"))

They only show; they never contact anyone and never open anything on their own. Each
directory line says plainly whether it may involve emergency services or police.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hj_journal.core.care.care_map import CareMap, PersonView, ResourceView, Ring
from hj_journal.core.care.support_lines import SupportLine
from hj_journal.ui.care.labels import example_label, resource_kind_label
from hj_journal.ui.common.widgets import text_label


class SupportList(QWidget):
    """People you would turn to, then your support resources, one line each."""

    def __init__(self, parent: QWidget | None = None, *, max_people: int = 6) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("Care", "Your support"))
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
                QCoreApplication.translate(
                    "Care",
                    "Nothing here yet. You can add people and support resources under "
                    "Care map & plans.",
                ),
                "muted",
            )
        if inner:
            self._add(QCoreApplication.translate("Care", "People you would turn to"), "subheading")
            for person in inner:
                self._add_item(person.name, person.contact)
        if resources:
            if inner:
                self._layout.addSpacing(8)
            self._add(QCoreApplication.translate("Care", "Your support resources"), "subheading")
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


def _domain(url: str) -> str:
    """``https://www.example.org/a/b`` → ``example.org`` (a long address would not wrap)."""
    host = url.split("://", 1)[-1].split("/", 1)[0]
    return host.removeprefix("www.")


def line_ways(line: SupportLine) -> list[str]:
    """How to reach a line, one short phrase each ("Call 988", "Text HOME to 741741")."""
    ways = []
    if line.call:
        ways.append(QCoreApplication.translate("Care", "Call {number}").format(number=line.call))
    if line.text and line.text_keyword:
        ways.append(
            QCoreApplication.translate("Care", "Text {word} to {number}").format(
                word=line.text_keyword, number=line.text
            )
        )
    elif line.text:
        ways.append(QCoreApplication.translate("Care", "Text {number}").format(number=line.text))
    if line.chat:
        ways.append(
            QCoreApplication.translate("Care", "Chat: {address}").format(address=line.chat)
        )
    if line.email:
        ways.append(
            QCoreApplication.translate("Care", "Email: {address}").format(address=line.email)
        )
    return ways


def emergency_words(line: SupportLine) -> str:
    """The plain sentence on emergency services, then the line's own note."""
    if line.may_involve_emergency_services:
        lead = QCoreApplication.translate(
            "Care", "May involve emergency services or police without your consent."
        )
    else:
        lead = QCoreApplication.translate(
            "Care", "Does not involve emergency services or police unless you ask."
        )
    return f"{lead} {line.emergency_note}"


class DirectoryLines(QWidget):
    """Crisis and warm lines from the directory, each as a short block of text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("Care", "Crisis and warm lines"))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.rows: list[QLabel] = []
        self.lines: tuple[SupportLine, ...] = ()

    def show_lines(self, lines: Sequence[SupportLine]) -> None:
        """Show these lines in their order (nothing for an empty list)."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = []
        self.lines = tuple(lines)
        for number, line in enumerate(self.lines):
            if number:
                self._layout.addSpacing(12)
            title = line.name if not line.audience else f"{line.name} · {line.audience}"
            self._add(title, "subheading")
            self._add(" · ".join(line_ways(line)))
            self._add(line.hours, "muted")
            if line.languages:
                self._add(
                    QCoreApplication.translate("Care", "Languages: {list}").format(
                        list=", ".join(line.languages)
                    ),
                    "muted",
                )
            self._add(line.description)
            self._add(emergency_words(line), "notice")
            day = QDate(line.checked.year, line.checked.month, line.checked.day)
            pattern = QCoreApplication.translate("Care", "d MMMM yyyy", "date pattern (QLocale)")
            checked = QLocale().toString(day, pattern)
            self._add(
                QCoreApplication.translate("Care", "Checked {date} · source: {site}").format(
                    date=checked, site=_domain(line.source)
                ),
                "muted",
            )

    def _add(self, text: str, role: str | None = None) -> None:
        label = text_label(text, role)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._layout.addWidget(label)
        self.rows.append(label)

    def texts(self) -> list[str]:
        """What each line says (for tests and summaries)."""
        return [label.text() for label in self.rows]
