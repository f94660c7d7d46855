"""The plans tab's guided flow: each plan saves and reopens; Back and Next stay put."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hj_journal.core.care.plan_forms import PlanKind
from hj_journal.ui.care.models import SUBTITLE_ROLE
from hj_journal.ui.care.page import CarePage
from hj_journal.ui.care.plan_flow import PlanFlow
from hj_journal.ui.shell.context import UiContext
from tests.ui.care.care_samples import TODAY

KINDS = [kind.value for kind in PlanKind]


def _page(qtbot, ui_ctx: UiContext, asker) -> CarePage:
    page = CarePage(ui_ctx, asker=asker, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1180, 780)
    page.show()
    qtbot.waitExposed(page)
    return page


def _type(qtbot, flow: PlanFlow, field_id: str, text: str) -> None:
    editor = flow.editors[field_id]
    editor.setFocus()
    editor.clear()
    qtbot.keyClicks(editor, text)


def _last_section_field(flow: PlanFlow) -> str:
    return flow.form.sections[-1].fields[-1].id


@pytest.mark.parametrize("kind", KINDS)
def test_each_plan_saves_half_filled_and_reopens_with_its_content(
    qtbot, ui_ctx: UiContext, asker, kind: str
) -> None:
    page = _page(qtbot, ui_ctx, asker)
    flow = page.show_plan(kind)
    assert flow.kind == kind
    assert flow.progress.text() == f"1 of {len(flow.form.sections)}"
    first = flow.form.sections[0].fields[0].id
    _type(qtbot, flow, first, "First answer")
    # Walk to the last section with Next, as a keyboard user would.
    for _ in range(len(flow.form.sections) - 1):
        qtbot.keyClick(flow.next_button, Qt.Key.Key_Space)
    assert flow.section_index() == len(flow.form.sections) - 1
    last = _last_section_field(flow)
    _type(qtbot, flow, last, "Last answer")
    assert flow.is_dirty()
    qtbot.keyClick(flow.save_button, Qt.Key.Key_Space)
    assert not flow.is_dirty()
    saved = ui_ctx.services.plans.latest(kind)
    assert saved is not None
    assert saved.data == {first: "First answer", last: "Last answer"}  # the rest stays empty
    assert page.plans_panel.list.currentItem().data(SUBTITLE_ROLE).startswith("Saved ")

    # A fresh page (as after a lock and unlock) shows the same content.
    again = _page(qtbot, ui_ctx, asker)
    reopened = again.show_plan(kind)
    assert reopened.data()[first] == "First answer"
    assert reopened.data()[last] == "Last answer"
    assert reopened.section_index() == 0


def test_back_and_next_stay_in_place_and_never_skip(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _page(qtbot, ui_ctx, asker)
    flow = page.show_plan("safety")
    back, forward = flow.back_button.geometry(), flow.next_button.geometry()
    assert not flow.back_button.isEnabled()
    for index in range(1, 6):
        qtbot.mouseClick(flow.next_button, Qt.MouseButton.LeftButton)
        assert flow.section_index() == index
        assert flow.progress.text() == f"{index + 1} of 6"
        assert (flow.back_button.geometry(), flow.next_button.geometry()) == (back, forward)
    assert not flow.next_button.isEnabled()
    assert flow.next_button.isVisible()  # disabled, never hidden
    qtbot.mouseClick(flow.back_button, Qt.MouseButton.LeftButton)
    assert flow.section_index() == 4
    flow.steps.setCurrentRow(1)  # the section list jumps too
    assert flow.section_index() == 1


def test_saving_twice_keeps_both_versions_and_earlier_ones_show(
    qtbot, ui_ctx: UiContext, asker
) -> None:
    page = _page(qtbot, ui_ctx, asker)
    flow = page.show_plan("allies_barriers")
    assert not flow.versions_button.isEnabled()  # nothing saved yet
    _type(qtbot, flow, "allies", "Sam")
    flow.save()
    _type(qtbot, flow, "allies", "Sam and the union")
    flow.save()
    assert flow.save() is None  # nothing new: no empty extra version
    plan = ui_ctx.services.plans.plan("allies_barriers")
    assert plan is not None
    assert plan.version_count == 2

    qtbot.mouseClick(flow.versions_button, Qt.MouseButton.LeftButton)
    dialog = flow.versions_dialog
    assert dialog is not None
    assert dialog.list.count() == 2
    assert "Sam and the union" in dialog.viewer.toPlainText()
    assert not dialog.use_button.isEnabled()  # the newest is already in the form
    dialog.list.setCurrentRow(1)
    assert "Sam" in dialog.viewer.toPlainText()
    assert "union" not in dialog.viewer.toPlainText()
    assert dialog.viewer.isReadOnly()
    qtbot.mouseClick(dialog.use_button, Qt.MouseButton.LeftButton)
    assert flow.data()["allies"] == "Sam"
    assert flow.is_dirty()
    assert ui_ctx.services.plans.plan("allies_barriers").version_count == 2  # type: ignore[union-attr]


def test_only_the_accountability_reflection_says_it_is_private(
    qtbot, ui_ctx: UiContext, asker
) -> None:
    page = _page(qtbot, ui_ctx, asker)
    for kind in KINDS:
        flow = page.show_plan(kind)
        if kind == "accountability":
            assert flow.private_note is not None
            assert "never part of any export summary" in flow.private_note.text()
            assert flow.private_note.isVisible()
        else:
            assert flow.private_note is None


def test_the_self_care_plan_opens_the_safety_plan(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _page(qtbot, ui_ctx, asker)
    flow = page.show_plan("self_care")
    flow.open_plan_requested.emit("safety")
    assert page.plans_panel.stack.currentWidget() is page.plans_panel.flows["safety"]
    assert page.plans_panel.list.currentItem().text() == "Safety plan"


def test_typing_is_kept_when_the_page_is_left(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _page(qtbot, ui_ctx, asker)
    flow = page.show_plan("accountability")
    _type(qtbot, flow, "one-change", "Pause before replying")
    page.save_state()
    latest = ui_ctx.services.plans.latest("accountability")
    assert latest is not None
    assert latest.data == {"one-change": "Pause before replying"}
    page.save_state()  # nothing new: no second version
    assert ui_ctx.services.plans.plan("accountability").version_count == 1  # type: ignore[union-attr]


def test_a_follow_up_day_is_saved_with_the_plan(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _page(qtbot, ui_ctx, asker)
    flow = page.show_plan("accountability")
    assert not flow.follow_up_date.isEnabled()
    flow.follow_up.setChecked(True)
    assert flow.follow_up_on() == TODAY.replace(month=7)  # a month on, by default
    flow.save()
    assert ui_ctx.services.plans.plan("accountability").follow_up_on == TODAY.replace(month=7)  # type: ignore[union-attr]
    flow.follow_up.setChecked(False)
    assert flow.is_dirty()
    flow.save()
    assert ui_ctx.services.plans.plan("accountability").follow_up_on is None  # type: ignore[union-attr]
