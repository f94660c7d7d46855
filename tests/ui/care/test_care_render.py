"""Every care screen renders offscreen without a Qt warning.

Set ``HJ_SCREENSHOTS=/some/folder`` to keep the PNGs for review.
"""

from __future__ import annotations

import os
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.plan_forms import PlanKind
from hj_journal.ui.care.page import CarePage
from hj_journal.ui.care.person_form import PersonDialog
from hj_journal.ui.care.resource_form import ResourceDialog
from hj_journal.ui.care.support_list import SupportList
from hj_journal.ui.context import UiContext
from tests.ui.care.care_samples import FEW, TODAY, add_few, add_many

SIZE = QSize(1180, 780)

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


def _shoot(qtbot, widget: QWidget, name: str, tmp_path: Path, size: QSize = SIZE) -> Path:
    widget.resize(size)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()  # let layouts settle before the picture is taken
    folder = Path(os.environ.get("HJ_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"care-{name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 0
    return path


def _page(qtbot, ui_ctx: UiContext, asker) -> CarePage:
    page = CarePage(ui_ctx, asker=asker, today=lambda: TODAY)
    qtbot.addWidget(page)
    return page


@pytest.mark.parametrize("people", ["empty", "few", "many"])
def test_the_map_renders(
    qtbot, ui_ctx: UiContext, asker, themed, qt_warnings, tmp_path, people: str
) -> None:
    if people == "few":
        ids = add_few(ui_ctx.services)
    elif people == "many":
        ids = add_many(ui_ctx.services)
    else:
        ids = []
    page = _page(qtbot, ui_ctx, asker)
    if ids:
        page.map_panel.select(ids[0])
    _shoot(qtbot, page, f"map-{people}", tmp_path)
    assert len(page.map_panel.map.map_layout().boxes) == len(ids)
    assert not qt_warnings


def test_the_revisit_note_renders(qtbot, ui_ctx: UiContext, asker, themed, tmp_path) -> None:
    add_few(ui_ctx.services)
    ui_ctx.services.care.set_revisit_months(3)
    later = date.today() + timedelta(days=200)  # the people were added today
    page = CarePage(ui_ctx, asker=asker, today=lambda: later)
    qtbot.addWidget(page)
    _shoot(qtbot, page, "map-revisit", tmp_path)
    assert page.map_panel.revisit_card.isVisible()


def test_the_person_form_renders(qtbot, ui_ctx: UiContext, themed, qt_warnings, tmp_path) -> None:
    person = ui_ctx.services.care.add_person(FEW[0])
    dialog = PersonDialog(None, person)
    qtbot.addWidget(dialog)
    _shoot(qtbot, dialog, "person-form", tmp_path, QSize(560, 720))
    empty = PersonDialog(None)
    qtbot.addWidget(empty)
    _shoot(qtbot, empty, "person-form-new", tmp_path, QSize(560, 720))
    assert not qt_warnings


def test_the_resources_render(
    qtbot, ui_ctx: UiContext, asker, themed, qt_warnings, tmp_path
) -> None:
    page = _page(qtbot, ui_ctx, asker)
    page.show_resources()
    _shoot(qtbot, page, "resources-empty", tmp_path)
    page.resources_panel.add_examples()
    _shoot(qtbot, page, "resources-examples", tmp_path)
    example = ui_ctx.services.care.resources()[0]
    dialog = ResourceDialog(None, example)
    qtbot.addWidget(dialog)
    _shoot(qtbot, dialog, "resource-form", tmp_path, QSize(520, 420))
    assert not qt_warnings


@pytest.mark.parametrize("kind", [kind.value for kind in PlanKind])
def test_each_plan_renders(
    qtbot, ui_ctx: UiContext, asker, themed, qt_warnings, tmp_path, kind: str
) -> None:
    ui_ctx.services.plans.save(kind, SAMPLE_PLANS[kind])
    page = _page(qtbot, ui_ctx, asker)
    flow = page.show_plan(kind)
    _shoot(qtbot, page, f"plan-{kind}", tmp_path)
    flow.go_to(1)
    _shoot(qtbot, page, f"plan-{kind}-2", tmp_path)
    assert not qt_warnings


def test_earlier_versions_render(qtbot, ui_ctx: UiContext, asker, themed, tmp_path) -> None:
    plans = ui_ctx.services.plans
    plans.save("safety", {"warning-signs": "First thoughts"})
    plans.save("safety", SAMPLE_PLANS["safety"])
    page = _page(qtbot, ui_ctx, asker)
    flow = page.show_plan("safety")
    flow.show_versions()
    dialog = flow.versions_dialog
    assert dialog is not None
    dialog.list.setCurrentRow(1)
    _shoot(qtbot, dialog, "plan-versions", tmp_path, QSize(820, 560))


def test_the_support_list_renders(qtbot, ui_ctx: UiContext, themed, tmp_path) -> None:
    add_few(ui_ctx.services)
    ui_ctx.services.care.add_example_resources()
    support = SupportList.for_care(ui_ctx.services.care)
    qtbot.addWidget(support)
    _shoot(qtbot, support, "support-list", tmp_path, QSize(420, 360))
