"""The care map tab: add, edit and remove people by keyboard; the map follows the list."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt

from hj_journal.ui.care.map_panel import MapPanel
from hj_journal.ui.care.models import SUBTITLE_ROLE
from hj_journal.ui.care.page import CarePage
from hj_journal.ui.care.person_form import PersonDialog
from hj_journal.ui.shell.context import UiContext
from tests.ui.care.care_samples import TODAY, add_few


def _page(qtbot, ui_ctx: UiContext, asker, today=lambda: TODAY) -> CarePage:
    page = CarePage(ui_ctx, asker=asker, today=today)
    qtbot.addWidget(page)
    page.resize(1180, 780)
    page.show()
    qtbot.waitExposed(page)
    return page


def _names_in_list(panel: MapPanel) -> list[str]:
    model = panel.model
    return [model.index(row).data() for row in range(model.rowCount())]


def _dialog(panel: MapPanel) -> PersonDialog:
    dialog = panel.person_dialog
    assert dialog is not None
    assert dialog.isVisible()
    return dialog


def test_add_a_person_by_keyboard(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _page(qtbot, ui_ctx, asker)
    panel = page.map_panel
    assert panel.empty_note.isVisible()
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    dialog = _dialog(panel)
    assert not dialog.save_button.isEnabled()  # a name is the one thing needed
    qtbot.keyClicks(dialog.name, "Amara")
    qtbot.keyClick(dialog.ring, Qt.Key.Key_Down)  # the middle ring
    assert dialog.ring.currentData() == 2
    qtbot.keyClick(dialog.asked, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: panel.person_dialog is None)

    (person,) = ui_ctx.services.care.people()
    assert (person.name, person.ring, person.asked) == ("Amara", 2, True)
    assert _names_in_list(panel) == ["Amara"]
    assert panel.model.index(0).data(SUBTITLE_ROLE) == "Middle ring"
    assert person.id in panel.map.map_layout().boxes
    assert panel.map.label_text(person.id) == "Amara"
    assert panel.current_id() == person.id
    assert panel.map.current() == person.id
    assert panel.card.title.text() == "Amara"
    assert not panel.empty_note.isVisible()


def test_a_cancelled_form_saves_nothing(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _page(qtbot, ui_ctx, asker)
    page.map_panel.add_person()
    dialog = _dialog(page.map_panel)
    qtbot.keyClicks(dialog.name, "Not saved")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.map_panel.person_dialog is None)
    assert ui_ctx.services.care.people() == []


def test_edit_from_the_list_with_enter(qtbot, ui_ctx: UiContext, asker) -> None:
    ids = add_few(ui_ctx.services)
    page = _page(qtbot, ui_ctx, asker)
    panel = page.map_panel
    panel.select(ids[1])  # Jo
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    dialog = _dialog(panel)
    assert dialog.name.text() == "Jo"
    assert dialog.role_checks["caused_harm"].isChecked()
    dialog.capacity.setFocus()
    qtbot.keyClicks(dialog.capacity, "Weekends")
    qtbot.keyClick(dialog.capacity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.person_dialog is None)
    assert ui_ctx.services.care.person(ids[1]).capacity == "Weekends"
    assert ui_ctx.services.care.person(ids[1]).roles == ("caused_harm",)
    assert panel.current_id() == ids[1]
    assert panel.card.values["capacity"].text() == "Weekends"


def test_remove_with_delete_after_asking(qtbot, ui_ctx: UiContext, asker) -> None:
    ids = add_few(ui_ctx.services)
    page = _page(qtbot, ui_ctx, asker)
    panel = page.map_panel
    panel.select(ids[0])
    panel.list.setFocus()
    asker.answer = False
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert asker.asked == ["person Amara"]
    assert len(ui_ctx.services.care.people()) == 6
    asker.answer = True
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert "Amara" not in _names_in_list(panel)
    assert ids[0] not in panel.map.map_layout().boxes
    assert len(ui_ctx.services.care.people()) == 5
    assert panel.current_id() is not None  # the next person is chosen, not nobody


def test_a_click_on_the_map_chooses_the_person_and_a_double_click_opens_them(
    qtbot, ui_ctx: UiContext, asker
) -> None:
    ids = add_few(ui_ctx.services)
    page = _page(qtbot, ui_ctx, asker)
    panel = page.map_panel
    box = panel.map.box_in_widget(ids[2])
    point = QPoint(int(box.center().x()), int(box.center().y()))
    qtbot.mouseClick(panel.map, Qt.MouseButton.LeftButton, pos=point)
    assert panel.current_id() == ids[2]
    assert panel.card.title.text() == "Cousin Devi"
    assert panel.person_dialog is None
    qtbot.mouseDClick(panel.map, Qt.MouseButton.LeftButton, pos=point)
    assert _dialog(panel).name.text() == "Cousin Devi"


def test_the_map_is_keyboard_operable_too(qtbot, ui_ctx: UiContext, asker) -> None:
    add_few(ui_ctx.services)
    page = _page(qtbot, ui_ctx, asker)
    panel = page.map_panel
    order = panel.map.map_layout().order
    panel.map.setFocus()
    qtbot.keyClick(panel.map, Qt.Key.Key_Right)
    assert panel.current_id() == order[0]
    qtbot.keyClick(panel.map, Qt.Key.Key_Right)
    assert panel.current_id() == order[1]
    qtbot.keyClick(panel.map, Qt.Key.Key_Left)
    qtbot.keyClick(panel.map, Qt.Key.Key_Left)
    assert panel.current_id() == order[-1]  # it wraps around
    qtbot.keyClick(panel.map, Qt.Key.Key_Return)
    assert _dialog(panel).name.text() == ui_ctx.services.care.person(order[-1]).name


def test_the_revisit_reminder_is_opt_in_and_calm(qtbot, ui_ctx: UiContext, asker) -> None:
    add_few(ui_ctx.services)
    later = date.today() + timedelta(days=400)
    page = _page(qtbot, ui_ctx, asker, today=lambda: later)
    panel = page.map_panel
    assert not panel.revisit_card.isVisible()  # off by default
    assert panel.revisit_months.currentData() == 0
    panel.revisit_months.setCurrentIndex(panel.revisit_months.findData(6))
    panel.revisit_months.activated.emit(panel.revisit_months.currentIndex())
    assert ui_ctx.services.care.revisit_months() == 6
    panel.refresh()
    assert panel.revisit_card.isVisible()
    qtbot.mouseClick(panel.revisit_done, Qt.MouseButton.LeftButton)
    assert not panel.revisit_card.isVisible()
    assert ui_ctx.services.care.last_revisited() == later
