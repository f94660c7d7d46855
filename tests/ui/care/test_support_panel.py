"""The support panel: opened by PHQ-9 item 9 above 0; calm, skippable, contacts nobody."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from hj_journal.ui.care.support_panel import REASON_ITEM9, SupportPanel
from hj_journal.ui.checkin.page import CheckInPage
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.hub import Hub


@dataclass
class FakePerson:
    name: str
    contact: str = ""
    good_at: str = ""


@dataclass
class FakeResource:
    name: str
    kind: str = "other"
    contact: str = ""
    notes: str = ""


@dataclass
class FakeCare:
    people_list: list[FakePerson] = field(default_factory=list)
    resource_list: list[FakeResource] = field(default_factory=list)
    calls: list[str] = field(default_factory=list)

    def people(self) -> list[FakePerson]:
        self.calls.append("people")
        return self.people_list

    def resources(self) -> list[FakeResource]:
        self.calls.append("resources")
        return self.resource_list


@dataclass
class FakePlanVersion:
    data: dict[str, Any]


@dataclass
class FakePlans:
    plan: FakePlanVersion | None

    def latest(self, kind: str) -> FakePlanVersion | None:
        return self.plan if kind == "safety" else None


def _texts(panel: SupportPanel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel))


def test_without_a_care_map_it_says_where_to_add_people(qtbot) -> None:
    panel = SupportPanel(None, None, None, Hub())
    qtbot.addWidget(panel)
    assert panel.empty_note is not None
    assert "Care map & plans" in panel.empty_note.text()
    assert not (panel.has_people or panel.has_resources or panel.has_plan)
    assert "nobody has been contacted" in _texts(panel)


def test_an_empty_care_map_says_the_same(qtbot) -> None:
    panel = SupportPanel(FakeCare(), FakePlans(None), None)
    qtbot.addWidget(panel)
    assert panel.empty_note is not None
    assert not panel.care_button.isVisibleTo(panel)  # no hub, no way to switch sections


def test_your_people_resources_and_safety_plan_are_shown(qtbot) -> None:
    care = FakeCare(
        [FakePerson("Amara", "07700 900123", "listening without fixing")],
        [FakeResource("Neighbourhood warm line", "non_police_crisis", "0800 000 000", "evenings")],
    )
    plans = FakePlans(
        FakePlanVersion(
            {
                "warning-signs": "Not sleeping; pulling away",
                "on-my-own": "A walk by the canal",
                "surroundings": "",
            }
        )
    )
    hub = Hub()
    panel = SupportPanel(care, plans, None, hub)
    qtbot.addWidget(panel)
    text = _texts(panel)
    assert panel.empty_note is None
    for expected in (
        "Amara",
        "07700 900123",
        "listening without fixing",
        "Neighbourhood warm line · Crisis support without police",
        "0800 000 000",
        "Not sleeping; pulling away",
        "A walk by the canal",
        "Warning signs",
    ):
        assert expected in text
    with qtbot.waitSignal(hub.section_requested) as asked:
        panel.care_button.click()
    assert asked.args == ["care"]
    panel.grounding_button.click()
    assert panel._grounding is not None and panel._grounding.isVisible()
    panel._grounding.close()


def test_real_care_services_fill_the_panel(qtbot, ui_ctx: UiContext) -> None:
    care = getattr(ui_ctx.services, "care", None)
    if care is None:
        pytest.skip("the care map is not in this tree")
    from hj_journal.core.care.care_map import PersonInput, ResourceInput

    care.add_person(PersonInput(name="Jo", contact="jo@example.org", good_at="walks"))
    care.add_resource(ResourceInput(name="Peer line", kind="peer_support"))
    ui_ctx.services.plans.save("safety", {"warning-signs": "Skipping meals"})
    panel = SupportPanel(
        ui_ctx.services.care, ui_ctx.services.plans, ui_ctx.services.support_lines, ui_ctx.hub
    )
    qtbot.addWidget(panel)
    text = _texts(panel)
    assert "Jo" in text and "Peer line" in text and "Skipping meals" in text
    assert panel.has_people and panel.has_resources and panel.has_plan


def _finish_phq9(page: CheckInPage, item9: int) -> None:
    flow = page.start("phq9")
    flow.forward()
    for question in flow.questions[:8]:
        question.choose(0)
    flow.questions[8].choose(item9)
    while flow.response is None:
        flow.forward()


def test_item9_above_zero_opens_the_panel_and_it_closes_without_anything_happening(
    qtbot, ui_ctx: UiContext
) -> None:
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    asked: list[str] = []
    ui_ctx.hub.section_requested.connect(asked.append)
    _finish_phq9(page, 1)
    panel = page.support_panel
    assert panel is not None and panel.isVisible()
    assert not panel.isModal()  # nothing is blocked
    assert "thoughts of death" in panel.intro_label.text()
    panel.close_button.click()
    assert not panel.isVisible()
    assert asked == []  # no section switched, nothing opened, nobody contacted
    assert page.flow is not None and page.flow.see_results_button.isVisibleTo(page)
    saved = ui_ctx.services.questionnaires.latest("phq9")
    assert saved is not None and "item9" in saved.score.flags


def test_item9_at_zero_does_not_open_the_panel(qtbot, ui_ctx: UiContext) -> None:
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    _finish_phq9(page, 0)
    assert page.support_panel is None


def test_other_questionnaires_never_open_the_panel(qtbot, ui_ctx: UiContext) -> None:
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    flow = page.start("gad7")
    flow.forward()
    for question in flow.pages:
        question.choose(3)
    while flow.response is None:
        flow.forward()
    assert page.support_panel is None


def test_support_panel_renders(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    care = FakeCare(
        [
            FakePerson("Amara", "07700 900123", "listening without fixing"),
            FakePerson("Uncle Ray", "", "cooking together"),
        ],
        [
            FakeResource("Neighbourhood warm line", "warm_line", "0800 000 000", "6pm–midnight"),
            FakeResource("Community crisis team (no police)", "non_police_crisis", "555 0134"),
        ],
    )
    plans = FakePlans(
        FakePlanVersion(
            {
                "warning-signs": "Not sleeping; pulling away from people",
                "on-my-own": "A walk by the canal; the playlist Sami made",
                "ask-for-help": "Amara, then Uncle Ray",
            }
        )
    )
    panel = SupportPanel(care, plans, None, ui_ctx.hub, reason=REASON_ITEM9)
    qtbot.addWidget(panel)
    shoot(panel, "checkin-support-panel")
    empty = SupportPanel(None, None, None, ui_ctx.hub)
    qtbot.addWidget(empty)
    shoot(empty, "checkin-support-panel-empty")
    assert not qt_warnings


def test_saving_a_questionnaire_is_announced_with_its_id(qtbot, ui_ctx: UiContext) -> None:
    page = CheckInPage(ui_ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(ui_ctx.hub.response_saved, timeout=3000) as saved:
        _finish_phq9(page, 0)
    response = ui_ctx.services.questionnaires.latest("phq9")
    assert response is not None and saved.args == [response.id]


def test_an_open_panel_shows_what_is_added_in_care_map_and_plans(qtbot, ui_ctx: UiContext) -> None:
    from hj_journal.core.care.care_map import PersonInput

    panel = SupportPanel(
        ui_ctx.services.care, ui_ctx.services.plans, ui_ctx.services.support_lines, ui_ctx.hub
    )
    qtbot.addWidget(panel)
    panel.show()
    assert panel.empty_note is not None and not panel.has_people
    ui_ctx.services.care.add_person(PersonInput(name="Amara", good_at="listening"))
    ui_ctx.hub.care_changed.emit()  # as Care map & plans does after saving
    assert panel.has_people and panel.empty_note is None
    qtbot.waitUntil(lambda: "Amara" in _shown_texts(panel))
    assert "add your people" not in _shown_texts(panel)
    # A closed panel does not read again; it is rebuilt when opened next time.
    panel.close()
    ui_ctx.services.care.add_person(PersonInput(name="Jo"))
    ui_ctx.hub.care_changed.emit()
    assert "Jo" not in _shown_texts(panel)


def _shown_texts(panel: SupportPanel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel) if not label.isHidden())
