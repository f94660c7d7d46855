"""The support panel: your own people, resources and safety plan, and a grounding pause.

Opened when PHQ-9 item 9 is answered above "Not at all", and (if the person chose a
level) after a quick check-in at or above that distress. It is calm and skippable
(care.md requirement 8): nothing is blocked, nothing is sent, nobody is contacted, and
Close is always there. It shows only what the person gathered themselves in
*Care map & plans* (``services.care`` and ``services.plans``); when those are not
there, or empty, it says kindly where they can be added. While it is open it follows
``hub.care_changed``, so what is added in Care map & plans shows here at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
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

from hj_journal.ui.checkin.access import name_controls
from hj_journal.ui.grounding import GroundingDialog
from hj_journal.ui.hub import Hub

CARE_SECTION = "care"
REASON_ITEM9 = "item9"
REASON_DISTRESS = "distress"


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
        services: object,
        hub: Hub | None = None,
        parent: QWidget | None = None,
        *,
        reason: str = REASON_ITEM9,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._hub = hub
        self._grounding: GroundingDialog | None = None
        self.setWindowTitle(self.tr("Support, if you want it"))
        self.setAccessibleName(self.tr("Support, if you want it"))
        self.setModal(False)
        self.setMinimumSize(520, 480)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(12)
        outer.addWidget(_label(self.tr("Support, if you want it"), "heading"))
        self.intro_label = _label(self._intro(reason))
        outer.addWidget(self.intro_label)
        outer.addWidget(
            _label(
                self.tr(
                    "Nothing has been sent and nobody has been contacted. You can close "
                    "this whenever you like and carry on."
                ),
                "muted",
            )
        )

        body = QWidget()
        self.sections = QVBoxLayout(body)
        self.sections.setContentsMargins(0, 0, 8, 0)
        self.sections.setSpacing(14)
        self.empty_note: QLabel | None = None
        self._fill()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.grounding_button = QPushButton(self.tr("A short grounding pause"))
        self.grounding_button.setProperty("role", "primary")
        self.care_button = QPushButton(self.tr("Open Care map && plans"))
        self.care_button.setAccessibleName(self.tr("Open Care map and plans"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close the support panel"))
        row = QHBoxLayout()
        # Close on the left, as on every other flow; the calm choices on the right.
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.care_button)
        row.addWidget(self.grounding_button)
        outer.addLayout(row)
        self.care_button.setVisible(hub is not None)

        name_controls(self)
        self.close_button.clicked.connect(self.reject)
        self.grounding_button.clicked.connect(self.open_grounding)
        self.care_button.clicked.connect(self.open_care)
        if hub is not None:
            hub.care_changed.connect(self._care_changed)
        self.close_button.setFocus()

    def _intro(self, reason: str) -> str:
        if reason == REASON_DISTRESS:
            return self.tr(
                "You said you are carrying a lot right now. Here is what you gathered "
                "for moments like this, in case it helps."
            )
        return self.tr(
            "You answered a question about thoughts of death or of hurting yourself. "
            "Thank you for being honest with yourself. Here is what you gathered for "
            "hard moments, in case it helps."
        )

    # ------------------------------------------------------------------ sections

    def _fill(self) -> None:
        self.has_people = self._add_people()
        self.has_resources = self._add_resources()
        self.has_plan = self._add_safety_plan()
        if not (self.has_people or self.has_resources or self.has_plan):
            self.empty_note = _label(
                self.tr(
                    "You can add your people and resources in Care map & plans, and "
                    "write a safety plan there at a calmer time."
                ),
                "notice",
            )
            self.sections.addWidget(self.empty_note)
        else:
            self.empty_note = None
        self.sections.addStretch(1)

    def refresh(self) -> None:
        """Read the people, resources and safety plan again."""
        _empty(self.sections)
        self._fill()

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

    def _care(self) -> object | None:
        return getattr(self._services, "care", None)

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
            lines = [f"{name} · {_humanise(kind)}" if kind else name]
            for field in ("contact", "notes"):
                text = str(getattr(resource, field, "") or "")
                if text:
                    lines.append(text)
            box.addWidget(_label("\n".join(lines), selectable=True))
        return True

    def _add_safety_plan(self) -> bool:
        plans = getattr(self._services, "plans", None)
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
            self._hub.section_requested.emit(CARE_SECTION)
