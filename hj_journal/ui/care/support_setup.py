"""An optional two-minute "Set up your support" step, and the country chooser.

Offered once after a personal vault is created (never for a practice vault) and
reachable from Today at any time. Four things, each optional: one person you could
turn to (they go on the care map's inner ring), one resource, a first line of a safety
plan ("things I can do on my own"), and the country whose crisis and warm lines the
support panel shows. *Skip* is always there and saves nothing; *Save* keeps only what
was filled in, through the core care, plan and support-line services::

    dialog = open_support_setup(ctx, parent)      # non-modal; the services announce saves

:class:`CountryCombo` is the same country chooser, for Settings.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.care.care_map import CareMap, PersonInput, ResourceInput, ResourceKind, Ring
from hj_journal.core.care.plans import Plans
from hj_journal.core.care.support_lines import SupportLines
from hj_journal.ui.common.widgets import field_label, text_label
from hj_journal.ui.shell.context import UiContext

SAFETY_FIELD = "on-my-own"
"""The safety plan field the first line goes into ("Things I can do on my own")."""


@dataclass(frozen=True)
class SupportSetup:
    """What was typed in the step; empty strings are left out when saving."""

    person: str = ""
    person_contact: str = ""
    resource: str = ""
    resource_contact: str = ""
    safety_line: str = ""
    country: str | None = None

    @property
    def is_empty(self) -> bool:
        """True when nothing at all was filled in."""
        return not (
            self.person.strip()
            or self.resource.strip()
            or self.safety_line.strip()
            or self.country
        )


def apply_setup(
    setup: SupportSetup, care: CareMap, plans: Plans, lines: SupportLines
) -> list[str]:
    """Save what was filled in; the names of what was saved ("person", "resource"…)."""
    saved: list[str] = []
    if setup.person.strip():
        care.add_person(
            PersonInput(
                name=setup.person.strip(),
                ring=Ring.TURN_TO,
                contact=setup.person_contact.strip(),
            )
        )
        saved.append("person")
    if setup.resource.strip():
        care.add_resource(
            ResourceInput(
                name=setup.resource.strip(),
                kind=ResourceKind.OTHER,
                contact=setup.resource_contact.strip(),
            )
        )
        saved.append("resource")
    if setup.safety_line.strip():
        # A new version keeps everything already in the plan; the line is added to it.
        latest = plans.latest("safety")
        data = {str(k): str(v) for k, v in (latest.data if latest else {}).items()}
        before = data.get(SAFETY_FIELD, "").strip()
        line = setup.safety_line.strip()
        data[SAFETY_FIELD] = f"{before}\n{line}" if before else line
        plans.save("safety", data)
        saved.append("safety_plan")
    if setup.country and setup.country != lines.chosen_code():
        lines.choose(setup.country)
        saved.append("country")
    return saved


class CountryCombo(QComboBox):
    """Choose the country of the support directory; the choice is kept at once."""

    chosen = Signal()

    def __init__(self, lines: SupportLines, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setAccessibleName(QCoreApplication.translate("Care", "Support lines: country"))
        self.addItem(QCoreApplication.translate("Care", "Not chosen"), None)
        for country in lines.countries():
            self.addItem(country.name, country.code)
        self.load()
        self.currentIndexChanged.connect(self._changed)

    def load(self) -> None:
        """Show the country kept in the vault."""
        self.blockSignals(True)
        self.setCurrentIndex(max(self.findData(self._lines.chosen_code()), 0))
        self.blockSignals(False)

    @Slot(int)
    def _changed(self, _index: int) -> None:
        self._lines.choose(self.currentData())
        self.chosen.emit()


class SupportSetupDialog(QDialog):
    """The optional step. Skip and Save sit where Close and Next sit on every flow."""

    def __init__(
        self,
        care: CareMap,
        plans: Plans,
        lines: SupportLines,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._care, self._plans, self._lines = care, plans, lines
        self.saved: list[str] = []
        self.setWindowTitle(QCoreApplication.translate("Care", "Set up your support"))
        self.setAccessibleName(QCoreApplication.translate("Care", "Set up your support"))
        self.setModal(False)
        self.setMinimumSize(460, 380)
        self.resize(600, 600)

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 20, 24, 12)
        column.setSpacing(10)
        column.addWidget(
            text_label(QCoreApplication.translate("Care", "Set up your support"), "heading")
        )
        column.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Care",
                    "Two minutes, if you want them. Every part is optional: fill in what "
                    "feels right, or skip this. You can come back to it from Today.",
                )
            )
        )
        column.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Care",
                    "What you add stays in this vault. The support panel shows it first "
                    "on a hard day, before the crisis and warm lines of your country.",
                ),
                "muted",
            )
        )

        self.person = QLineEdit()
        self.person.setPlaceholderText(QCoreApplication.translate("Care", "A name or a nickname"))
        self.person_contact = QLineEdit()
        self.resource = QLineEdit()
        self.resource.setPlaceholderText(
            QCoreApplication.translate("Care", "A line, a place, a group or a healer")
        )
        self.resource_contact = QLineEdit()
        self.safety_line = QLineEdit()
        self.safety_line.setPlaceholderText(
            QCoreApplication.translate("Care", "A walk, music, a shower, a prayer…")
        )
        self.country = QComboBox()
        self.country.addItem(QCoreApplication.translate("Care", "Not chosen"), None)
        for country in lines.countries():
            self.country.addItem(country.name, country.code)
        self.country.setCurrentIndex(max(self.country.findData(lines.chosen_code()), 0))
        self.country.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        for title, intro, rows in (
            (
                QCoreApplication.translate("Care", "One person"),
                QCoreApplication.translate("Care", "Someone you could turn to on a hard day."),
                (
                    (QCoreApplication.translate("Care", "&Name"), self.person),
                    (
                        QCoreApplication.translate("Care", "How to &reach them"),
                        self.person_contact,
                    ),
                ),
            ),
            (
                QCoreApplication.translate("Care", "One resource"),
                QCoreApplication.translate(
                    "Care", "A place or line you trust, including options without police."
                ),
                (
                    (QCoreApplication.translate("Care", "N&ame of the resource"), self.resource),
                    (
                        QCoreApplication.translate("Care", "How to reach &it"),
                        self.resource_contact,
                    ),
                ),
            ),
            (
                QCoreApplication.translate("Care", "A first line of a safety plan"),
                QCoreApplication.translate(
                    "Care", "One thing you can do on your own when things get hard."
                ),
                ((QCoreApplication.translate("Care", "&One thing I can do"), self.safety_line),),
            ),
            (
                QCoreApplication.translate("Care", "Your country"),
                QCoreApplication.translate(
                    "Care", "So the support panel can show crisis and warm lines you can reach."
                ),
                ((QCoreApplication.translate("Care", "Support lines: &country"), self.country),),
            ),
        ):
            column.addSpacing(6)
            column.addWidget(text_label(title, "subheading"))
            column.addWidget(text_label(intro, "muted"))
            # Each label above its field: nothing to line up or squeeze at large text.
            for label, widget in rows:
                column.addWidget(field_label(label, widget))
                column.addWidget(widget)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.skip_button = QPushButton(QCoreApplication.translate("Care", "Skip"))
        self.skip_button.setAccessibleName(
            QCoreApplication.translate("Care", "Skip setting up your support")
        )
        self.skip_button.setAutoDefault(False)
        self.save_button = QPushButton(QCoreApplication.translate("Care", "Save"))
        self.save_button.setAccessibleName(QCoreApplication.translate("Care", "Save your support"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        row = QHBoxLayout()
        row.setContentsMargins(24, 8, 24, 16)
        row.addWidget(self.skip_button)
        row.addStretch(1)
        row.addWidget(self.save_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll, 1)
        outer.addLayout(row)

        self.skip_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.person.setFocus()

    def setup(self) -> SupportSetup:
        """What is in the fields now."""
        return SupportSetup(
            person=self.person.text(),
            person_contact=self.person_contact.text(),
            resource=self.resource.text(),
            resource_contact=self.resource_contact.text(),
            safety_line=self.safety_line.text(),
            country=self.country.currentData(),
        )

    @Slot()
    def save(self) -> None:
        """Keep what was filled in and close (an empty form saves nothing)."""
        self.saved = apply_setup(self.setup(), self._care, self._plans, self._lines)
        self.accept()


def open_support_setup(ctx: UiContext, parent: QWidget | None = None) -> SupportSetupDialog:
    """Show the step over ``parent`` (non-modal).

    What it saves the care services announce themselves (the hub's ``care_changed``).
    """
    services = ctx.services
    dialog = SupportSetupDialog(services.care, services.plans, services.support_lines, parent)
    dialog.show()
    dialog.raise_()
    return dialog
