"""Every care screen renders offscreen without a Qt warning.

Set ``HJ_JOURNAL_SCREENSHOTS=1`` to keep the PNGs in ``screenshots/`` (every theme).
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSize

from hj_journal.core.care.plan_forms import PlanKind
from hj_journal.ui.care.page import CarePage
from hj_journal.ui.care.person_form import PersonDialog
from hj_journal.ui.care.resource_form import ResourceDialog
from hj_journal.ui.care.support_list import SupportList
from hj_journal.ui.shell.context import UiContext
from tests.ui.care.care_samples import FEW, TODAY, add_few, add_many
from tests.ui.support import PAGE_SIZE

SAMPLE_PLANS = {
    "safety": {
        "warning-signs": "Sleeping less than five hours.\nSkipping meals.",
        "on-my-own": "Box breathing; a walk by the canal; the playlist Amara made.",
        "distraction-people": "Cousin Devi — cooking together",
    },
    "self_care": {"rest": "A nap on Sundays.", "land": "The allotment", "conditions": "Rent"},
    "accountability": {"what-happened": "I snapped at Jo in the meeting."},
    "allies_barriers": {"focus": "Asking for a change at work", "allies": "Sam, the union"},
}


def _page(qtbot, ui_ctx: UiContext, asker) -> CarePage:
    page = CarePage(ui_ctx, asker=asker, today=lambda: TODAY)
    qtbot.addWidget(page)
    return page


@pytest.mark.parametrize("people", ["empty", "few", "many"])
def test_the_map_renders(qtbot, ui_ctx: UiContext, asker, shoot, qt_warnings, people: str) -> None:
    if people == "few":
        ids = add_few(ui_ctx.services)
    elif people == "many":
        ids = add_many(ui_ctx.services)
    else:
        ids = []
    page = _page(qtbot, ui_ctx, asker)
    if ids:
        page.map_panel.select(ids[0])
    shoot(page, f"care-map-{people}", PAGE_SIZE)
    assert len(page.map_panel.map.map_layout().boxes) == len(ids)
    assert not qt_warnings


def test_the_revisit_note_renders(qtbot, ui_ctx: UiContext, asker, shoot) -> None:
    add_few(ui_ctx.services)
    ui_ctx.services.care.set_revisit_months(3)
    later = date.today() + timedelta(days=200)  # the people were added today
    page = CarePage(ui_ctx, asker=asker, today=lambda: later)
    qtbot.addWidget(page)
    shoot(page, "care-map-revisit", PAGE_SIZE)
    assert page.map_panel.revisit_card.isVisible()


def test_the_person_form_renders(qtbot, ui_ctx: UiContext, shoot, qt_warnings) -> None:
    person = ui_ctx.services.care.add_person(FEW[0])
    dialog = PersonDialog(None, person)
    qtbot.addWidget(dialog)
    shoot(dialog, "care-person-form", QSize(560, 720))
    empty = PersonDialog(None)
    qtbot.addWidget(empty)
    shoot(empty, "care-person-form-new", QSize(560, 720))
    assert not qt_warnings


def test_the_resources_render(qtbot, ui_ctx: UiContext, asker, shoot, qt_warnings) -> None:
    page = _page(qtbot, ui_ctx, asker)
    page.show_resources()
    shoot(page, "care-resources-empty", PAGE_SIZE)
    page.resources_panel.add_examples()
    shoot(page, "care-resources-examples", PAGE_SIZE)
    example = ui_ctx.services.care.resources()[0]
    dialog = ResourceDialog(None, example)
    qtbot.addWidget(dialog)
    shoot(dialog, "care-resource-form", QSize(520, 420))
    assert not qt_warnings


@pytest.mark.parametrize("kind", [kind.value for kind in PlanKind])
def test_each_plan_renders(qtbot, ui_ctx: UiContext, asker, shoot, qt_warnings, kind: str) -> None:
    ui_ctx.services.plans.save(kind, SAMPLE_PLANS[kind])
    page = _page(qtbot, ui_ctx, asker)
    flow = page.show_plan(kind)
    shoot(page, f"care-plan-{kind}", PAGE_SIZE)
    flow.go_to(1)
    shoot(page, f"care-plan-{kind}-2", PAGE_SIZE)
    assert not qt_warnings


def test_earlier_versions_render(qtbot, ui_ctx: UiContext, asker, shoot) -> None:
    plans = ui_ctx.services.plans
    plans.save("safety", {"warning-signs": "First thoughts"})
    plans.save("safety", SAMPLE_PLANS["safety"])
    page = _page(qtbot, ui_ctx, asker)
    flow = page.show_plan("safety")
    flow.show_versions()
    dialog = flow.versions_dialog
    assert dialog is not None
    dialog.list.setCurrentRow(1)
    shoot(dialog, "care-plan-versions", QSize(820, 560))


def test_the_support_list_renders(qtbot, ui_ctx: UiContext, shoot) -> None:
    add_few(ui_ctx.services)
    ui_ctx.services.care.add_example_resources()
    support = SupportList.for_care(ui_ctx.services.care)
    qtbot.addWidget(support)
    shoot(support, "care-support-list", QSize(420, 360))
