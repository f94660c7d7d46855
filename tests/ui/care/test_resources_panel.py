"""The support resources tab: add, edit, reorder, remove; the example list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hj_journal.core.care.care_map import ResourceInput
from hj_journal.ui.care.models import SUBTITLE_ROLE
from hj_journal.ui.care.page import CarePage
from hj_journal.ui.care.resources_panel import ResourcesPanel
from hj_journal.ui.shell.context import UiContext
from tests.ui.care.care_samples import TODAY


def _page(qtbot, ui_ctx: UiContext, asker) -> CarePage:
    page = CarePage(ui_ctx, asker=asker, today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1180, 780)
    page.show_resources()
    page.show()
    qtbot.waitExposed(page)
    return page


def _names(panel: ResourcesPanel) -> list[str]:
    return [panel.model.index(row).data() for row in range(panel.model.rowCount())]


def test_add_a_resource_by_keyboard(qtbot, ui_ctx: UiContext, asker) -> None:
    page = _page(qtbot, ui_ctx, asker)
    panel = page.resources_panel
    assert panel.empty_note.isVisible()
    qtbot.keyClick(panel.add_button, Qt.Key.Key_Space)
    dialog = panel.resource_dialog
    assert dialog is not None
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Night peer line")
    dialog.kind.setCurrentIndex(dialog.kind.findData("peer_support"))
    dialog.contact.setFocus()
    qtbot.keyClicks(dialog.contact, "Text after 6 pm")
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.resource_dialog is None)
    (saved,) = ui_ctx.services.care.resources()
    assert (saved.name, saved.kind, saved.contact) == (
        "Night peer line",
        "peer_support",
        "Text after 6 pm",
    )
    assert _names(panel) == ["Night peer line"]
    assert panel.current_id() == saved.id
    assert not panel.empty_note.isVisible()


def test_reorder_with_buttons_and_alt_arrows(qtbot, ui_ctx: UiContext, asker) -> None:
    care = ui_ctx.services.care
    for name in ("One", "Two", "Three"):
        care.add_resource(ResourceInput(name))
    page = _page(qtbot, ui_ctx, asker)
    panel = page.resources_panel
    panel.select(care.resources()[2].id)
    assert not panel.down_button.isEnabled()
    qtbot.mouseClick(panel.up_button, Qt.MouseButton.LeftButton)
    assert _names(panel) == ["One", "Three", "Two"]
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert _names(panel) == ["Three", "One", "Two"]
    assert panel.current_resource().name == "Three"  # type: ignore[union-attr]
    assert not panel.up_button.isEnabled()
    qtbot.keyClick(panel.list, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert [r.name for r in care.resources()] == ["One", "Three", "Two"]


def test_edit_and_remove(qtbot, ui_ctx: UiContext, asker) -> None:
    care = ui_ctx.services.care
    care.add_resource(ResourceInput("Clinic"))
    care.add_resource(ResourceInput("Jo"))
    page = _page(qtbot, ui_ctx, asker)
    panel = page.resources_panel
    panel.select(care.resources()[0].id)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    dialog = panel.resource_dialog
    assert dialog is not None
    assert dialog.name.text() == "Clinic"
    dialog.name.selectAll()
    qtbot.keyClicks(dialog.name, "Walk-in clinic")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.resource_dialog is None)
    assert _names(panel) == ["Walk-in clinic", "Jo"]
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert asker.asked == ["resource Walk-in clinic"]
    assert _names(panel) == ["Jo"]
    assert panel.current_resource().name == "Jo"  # type: ignore[union-attr]


def test_the_example_list_is_added_once_and_clearly_labelled(
    qtbot, ui_ctx: UiContext, asker
) -> None:
    ui_ctx.services.care.add_resource(ResourceInput("My sister"))
    page = _page(qtbot, ui_ctx, asker)
    panel = page.resources_panel
    assert panel.examples_button.isVisible()
    qtbot.mouseClick(panel.examples_button, Qt.MouseButton.LeftButton)
    names = _names(panel)
    assert names[0] == "My sister"
    assert len(names) == 6
    assert not panel.examples_button.isVisible()  # never twice
    labels = [panel.model.index(r).data(SUBTITLE_ROLE) for r in range(panel.model.rowCount())]
    assert not labels[0].startswith("Example")
    assert all(label.startswith("Example — edit or delete") for label in labels[1:])
    assert panel.card.kind.text().startswith("Example — edit or delete")
    assert "marked" in panel.message.text()
    # Editing an example makes it the user's own.
    panel.select(ui_ctx.services.care.resources()[1].id)
    panel.edit_resource()
    dialog = panel.resource_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.contact, "Line at the community centre")
    qtbot.keyClick(dialog.contact, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.resource_dialog is None)
    assert not ui_ctx.services.care.resources()[1].is_example
    assert not panel.model.index(1).data(SUBTITLE_ROLE).startswith("Example")
