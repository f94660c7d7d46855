"""The rest of the app hears when a person, resource or plan changes on Care map & plans."""

from __future__ import annotations

from typing import Any

from hj_journal.core.care.care_map import PersonInput, ResourceInput
from hj_journal.ui.care.page import CarePage
from hj_journal.ui.shell.context import UiContext
from tests.ui.care.care_samples import TODAY


def _page(qtbot: Any, ui_ctx: UiContext, asker: Any) -> CarePage:
    page = CarePage(ui_ctx, asker=asker, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1180, 780)
    page.show()
    qtbot.waitExposed(page)
    return page


def _heard(ui_ctx: UiContext) -> list[int]:
    heard: list[int] = []
    ui_ctx.hub.care_changed.connect(lambda: heard.append(1))
    return heard


def test_saving_and_removing_a_person_is_announced(
    qtbot: Any, ui_ctx: UiContext, asker: Any
) -> None:
    page = _page(qtbot, ui_ctx, asker)
    heard = _heard(ui_ctx)
    panel = page.map_panel
    panel.add_person()
    dialog = panel.person_dialog
    assert dialog is not None
    dialog.name.setText("Amara")
    dialog.accept()
    qtbot.waitUntil(lambda: panel.person_dialog is None)
    assert len(heard) == 1
    panel.remove_person()  # the asker says yes
    assert ui_ctx.services.care.people() == []
    assert len(heard) == 2
    asker.answer = False
    jo = ui_ctx.services.care.add_person(PersonInput(name="Jo"))
    assert len(heard) == 3  # whoever saves, the care map announces it
    panel.refresh()
    panel.select(jo.id)
    panel.remove_person()  # kept after all: nothing changed, nothing announced
    assert asker.asked[-1] == "person Jo"
    assert len(heard) == 3


def test_saving_and_removing_a_resource_is_announced(
    qtbot: Any, ui_ctx: UiContext, asker: Any
) -> None:
    ui_ctx.services.care.add_resource(ResourceInput("Peer line"))
    page = _page(qtbot, ui_ctx, asker)
    heard = _heard(ui_ctx)
    panel = page.resources_panel
    panel.select(ui_ctx.services.care.resources()[0].id)
    panel.remove_resource()
    assert ui_ctx.services.care.resources() == []
    assert len(heard) == 1
    panel.add_examples()
    assert len(heard) == 2


def test_saving_a_plan_is_announced(qtbot: Any, ui_ctx: UiContext, asker: Any) -> None:
    page = _page(qtbot, ui_ctx, asker)
    heard = _heard(ui_ctx)
    flow = page.show_plan("safety")
    first = flow.form.sections[0].fields[0].id
    flow.editors[first].setPlainText("Skipping meals")
    assert flow.save() is not None
    assert len(heard) == 1
