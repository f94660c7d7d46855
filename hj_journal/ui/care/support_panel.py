"""The support panel: a grounding practice, your own people and resources, and lines.

Opened when PHQ-9 item 9 is answered above "Not at all", and (if the person chose a
level) after a quick check-in at or above that distress. It is calm and skippable
(docs/care.md, requirement 8): non-modal, nothing is blocked, nothing is sent, nobody is
contacted, and Close is always there.

It is never empty, even with nothing set up: top to bottom it holds one plain sentence
for immediate danger (with the chosen country's emergency number), a short 5-4-3-2-1
grounding practice to do right there, then what the person gathered themselves in
*Care map & plans* (``services.care`` and ``services.plans``), then crisis and warm
lines from the offline directory for their country (``services.support_lines``; a
calm country chooser when none is chosen yet). Each line says whether it may involve
emergency services. While it is open it follows ``hub.care_changed``, so what is added
in Care map & plans shows here at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.care.support_lines import SupportLines
from hj_journal.ui.care.labels import resource_kind_label
from hj_journal.ui.care.support_list import DirectoryLines
from hj_journal.ui.common.access import name_controls
from hj_journal.ui.coping.grounding import GroundingDialog
from hj_journal.ui.shell.hub import Hub
from hj_journal.ui.shell.section_keys import Section

if TYPE_CHECKING:  # the services load with the vault
    from hj_journal.core.care.care_map import CareMap
    from hj_journal.core.care.plans import Plans

REASON_ITEM9 = "item9"
REASON_DISTRESS = "distress"
CONTEXT = "SupportPanel"
GROUNDING_STEPS = (
    QT_TRANSLATE_NOOP("SupportPanel", "Name five things you can see around you."),
    QT_TRANSLATE_NOOP("SupportPanel", "Notice four things you can touch: a chair, your sleeve."),
    QT_TRANSLATE_NOOP("SupportPanel", "Listen for three things you can hear, near or far."),
    QT_TRANSLATE_NOOP("SupportPanel", "Notice two things you can smell, or two smells you like."),
    QT_TRANSLATE_NOOP("SupportPanel", "Notice one thing you can taste, or take a sip of water."),
)
"""The 5-4-3-2-1 practice shown inline (docs/care.md: eyes open; imagining is fine)."""


def _label(text: str, role: str | None = None, *, selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    if selectable:
        # Contact details can be selected and copied; nothing is dialled or opened.
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _humanise(key: str) -> str:
    words = key.replace("-", " ").replace("_", " ").strip()
    return words[:1].upper() + words[1:]


def _plan_text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list | tuple):
        return "\n".join(f"• {_plan_text(v)}" for v in value if _plan_text(v))
    if isinstance(value, Mapping):
        return "\n".join(_plan_text(v) for v in value.values() if _plan_text(v))
    return "" if value is None else str(value)


def _empty(layout: QLayout) -> None:
    """Take every widget and nested layout out of ``layout`` (the widgets are deleted)."""
    while (item := layout.takeAt(0)) is not None:
        widget, inner = item.widget(), item.layout()
        if widget is not None:
            widget.hide()
            widget.deleteLater()
        elif inner is not None:
            _empty(inner)
            inner.deleteLater()


class SupportPanel(QDialog):
    """A calm, non-modal panel; closing it changes nothing."""

    def __init__(
        self,
        care: CareMap | None,
        plans: Plans | None,
        lines: SupportLines | None,
        hub: Hub | None = None,
        parent: QWidget | None = None,
        *,
        reason: str = REASON_ITEM9,
    ) -> None:
        super().__init__(parent)
        self._care_map = care
        self._plans = plans
        self._hub = hub
        self._grounding: GroundingDialog | None = None
        self.setWindowTitle(self.tr("Support, if you want it"))
        self.setAccessibleName(self.tr("Support, if you want it"))
        self.setModal(False)
        self.setMinimumSize(480, 420)
        self.resize(640, 620)  # not grown to fit its content: that scrolls (see below)

        # Everything but the buttons scrolls, so the panel fits a small window at any
        # text size and Close stays in reach.
        # Without the vault's lines the built-in directory is read; a country chosen
        # then lasts only while the panel is open.
        self._lines = lines if lines is not None else SupportLines(None)
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 20, 16, 8)
        column.setSpacing(14)
        column.addWidget(_label(self.tr("Support, if you want it"), "heading"))
        self.intro_label = _label(self._intro(reason))
        column.addWidget(self.intro_label)
        column.addWidget(
            _label(
                self.tr(
                    "Nothing has been sent and nobody has been contacted: this app never "
                    "calls, texts or opens anything. You can close this whenever you like."
                ),
                "muted",
            )
        )
        self.danger_label = _label("", "notice")
        self.danger_label.setAccessibleName(self.tr("If you are in immediate danger"))
        column.addWidget(self.danger_label)
        column.addLayout(self._grounding_box())
        self.sections = QVBoxLayout()
        self.sections.setSpacing(14)
        column.addLayout(self.sections)
        column.addLayout(self._directory_box())
        column.addStretch(1)
        self.empty_note: QLabel | None = None
        self._fill()
        self._show_country()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 16)
        outer.setSpacing(12)
        outer.addWidget(scroll, 1)

        self.grounding_button = QPushButton(self.tr("A guided pause"))
        self.grounding_button.setAccessibleName(self.tr("A guided grounding pause"))
        self.grounding_button.setProperty("role", "primary")
        self.care_button = QPushButton(self.tr("Open Care map && plans"))
        self.care_button.setAccessibleName(self.tr("Open Care map and plans"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the support panel"))
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 24, 0)
        # Close on the left, as on every other flow; the calm choices on the right.
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.care_button)
        row.addWidget(self.grounding_button)
        outer.addLayout(row)
        self._buttons = row
        self.care_button.setVisible(hub is not None)

        name_controls(self)
        self.close_button.clicked.connect(self.reject)
        self.grounding_button.clicked.connect(self.open_grounding)
        self.care_button.clicked.connect(self.open_care)
        self.country_combo.currentIndexChanged.connect(self._country_chosen)
        if hub is not None:
            hub.care_changed.connect(self._care_changed)
        self.close_button.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        """As it opens, in the app's fonts: wide enough for every button's words (the
        height stays the window's: the rest scrolls)."""
        self.setMinimumWidth(max(480, self._buttons.sizeHint().width()))
        super().showEvent(event)

    def _intro(self, reason: str) -> str:
        if reason == REASON_DISTRESS:
            return self.tr(
                "You said you are carrying a lot right now. Here is some support for "
                "moments like this, in case it helps."
            )
        return self.tr(
            "You answered a question about thoughts of death or of hurting yourself. "
            "Thank you for being honest with yourself. Here is some support for hard "
            "moments, in case it helps."
        )

    # ------------------------------------------------------------------ sections

    def _fill(self) -> None:
        self.has_people = self._add_people()
        self.has_resources = self._add_resources()
        self.has_plan = self._add_safety_plan()
        if not (self.has_people or self.has_resources or self.has_plan):
            self.empty_note = _label(
                self.tr(
                    "At a calmer time you can add your own people and resources in Care "
                    "map & plans, and write a safety plan there; they will show here first."
                ),
                "muted",
            )
            self.sections.addWidget(self.empty_note)
        else:
            self.empty_note = None

    def refresh(self) -> None:
        """Read the people, resources, safety plan and chosen country again."""
        _empty(self.sections)
        self._fill()
        self._show_country()

    @Slot()
    def _care_changed(self) -> None:
        # Added or changed in Care map & plans while this panel is open: show it now.
        if self.isVisible():
            self.refresh()

    def _section(self, title: str) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(6)
        box.addWidget(_label(title, "subheading"))
        self.sections.addLayout(box)
        return box

    def _care(self) -> CareMap | None:
        return self._care_map

    def _add_people(self) -> bool:
        people = list(self._call(self._care(), "people"))
        if not people:
            return False
        box = self._section(self.tr("Your people"))
        for person in people:
            lines = [str(getattr(person, "name", ""))]
            good_at = str(getattr(person, "good_at", "") or "")
            contact = str(getattr(person, "contact", "") or "")
            if good_at:
                lines.append(self.tr("Good at: {what}").format(what=good_at))
            if contact:
                lines.append(contact)
            box.addWidget(_label("\n".join(lines), selectable=True))
        return True

    def _add_resources(self) -> bool:
        resources = list(self._call(self._care(), "resources"))
        if not resources:
            return False
        box = self._section(self.tr("Your resources"))
        for resource in resources:
            name = str(getattr(resource, "name", ""))
            kind = str(getattr(resource, "kind", "") or "")
            lines = [f"{name} · {resource_kind_label(kind)}" if kind else name]
            for field in ("contact", "notes"):
                text = str(getattr(resource, field, "") or "")
                if text:
                    lines.append(text)
            box.addWidget(_label("\n".join(lines), selectable=True))
        return True

    def _add_safety_plan(self) -> bool:
        plans = self._plans
        latest = self._call_one(plans, "latest", "safety")
        data = getattr(latest, "data", None)
        if not isinstance(data, Mapping):
            return False
        steps = [(key, _plan_text(value)) for key, value in data.items()]
        steps = [(key, text) for key, text in steps if text]
        if not steps:
            return False
        labels = self._plan_labels(plans)
        box = self._section(self.tr("Your safety plan"))
        for key, text in steps:
            box.addWidget(_label(labels.get(key, _humanise(key)), "muted"))
            box.addWidget(_label(text, selectable=True))
        return True

    def _plan_labels(self, plans: object) -> dict[str, str]:
        """Field labels from the safety plan's form, when the plans service offers it."""
        form = self._call_one(plans, "form", "safety")
        fields = getattr(form, "fields", ()) or ()
        return {
            str(getattr(f, "id", "")): str(getattr(f, "label", ""))
            for f in fields
            if getattr(f, "id", None) and getattr(f, "label", None)
        }

    @staticmethod
    def _call(service: object | None, name: str) -> Iterable[Any]:
        method = getattr(service, name, None)
        if not callable(method):
            return ()
        result = method()
        return result if isinstance(result, Iterable) else ()

    @staticmethod
    def _call_one(service: object | None, name: str, *args: object) -> Any:
        method = getattr(service, name, None)
        return method(*args) if callable(method) else None

    # ------------------------------------------------------------------ always there

    def _grounding_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(4)
        box.addWidget(_label(self.tr("Ground yourself here, eyes open"), "subheading"))
        box.addWidget(_label(self.tr("Take each step slowly. Imagining is fine too."), "muted"))
        self.grounding_steps: list[QLabel] = []
        for number, step in enumerate(GROUNDING_STEPS, start=1):
            text = QCoreApplication.translate(CONTEXT, str(step))
            label = _label(f"{number}. {text}")
            box.addWidget(label)
            self.grounding_steps.append(label)
        box.addWidget(
            _label(self.tr("Then let one breath out be a little longer than the breath in."))
        )
        return box

    def _directory_box(self) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(6)
        box.addWidget(_label(self.tr("Lines you can reach now"), "subheading"))
        self.directory_intro = _label("", "muted")
        box.addWidget(self.directory_intro)
        row = QHBoxLayout()
        self.country_label = QLabel(self.tr("&Country:"))
        self.country_combo = QComboBox()
        self.country_combo.setAccessibleName(self.tr("Support lines: country"))
        self.country_label.setBuddy(self.country_combo)
        self.country_combo.addItem(self.tr("Choose your country…"), None)
        for country in self._lines.countries():
            self.country_combo.addItem(country.name, country.code)
        row.addWidget(self.country_label)
        row.addWidget(self.country_combo)
        row.addStretch(1)
        box.addLayout(row)
        self.directory = DirectoryLines()
        box.addWidget(self.directory)
        return box

    def _show_country(self) -> None:
        """The emergency sentence and the directory's lines for the chosen country."""
        country = self._lines.chosen()
        self.country_combo.blockSignals(True)
        index = self.country_combo.findData(country.code if country else None)
        self.country_combo.setCurrentIndex(max(index, 0))
        self.country_combo.blockSignals(False)
        if country is None:
            self.danger_label.setText(
                self.tr(
                    "If you are in immediate danger, you can call your local emergency "
                    "number. Emergency services may send police."
                )
            )
            self.directory_intro.setText(
                self.tr("Choose your country to see crisis and warm lines you can reach now.")
            )
            self.directory.show_lines([])
            return
        self.danger_label.setText(
            self.tr(
                "If you are in immediate danger, you can call {number} ({country}). "
                "Emergency services may send police."
            ).format(number=country.emergency, country=country.name)
        )
        self.directory_intro.setText(
            self.tr(
                "From the app's own list, kept offline. Each one says whether it may "
                "involve emergency services."
            )
        )
        self.directory.show_lines(country.lines)

    @Slot(int)
    def _country_chosen(self, _index: int) -> None:
        self._lines.choose(self.country_combo.currentData())
        self._show_country()

    # ------------------------------------------------------------------ actions

    @Slot()
    def open_grounding(self) -> None:
        """The built-in grounding pause, on top of this panel."""
        if self._grounding is None:
            self._grounding = GroundingDialog(self)
        self._grounding.show()
        self._grounding.raise_()

    @Slot()
    def open_care(self) -> None:
        """Show the Care map & plans section (this panel stays open)."""
        if self._hub is not None:
            self._hub.request_section(Section.CARE)
