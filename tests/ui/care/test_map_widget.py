"""The drawn care map: nobody on it overlaps, long names are shortened, the map keeps its room."""

from __future__ import annotations

from hj_journal.core.care.care_map import PersonInput
from hj_journal.ui.care.map_widget import CareMapWidget
from hj_journal.ui.shell.context import UiContext
from tests.ui.care.care_samples import add_many


def test_the_map_widget_places_0_1_and_30_people_apart(qtbot, ui_ctx: UiContext) -> None:
    widget = CareMapWidget()
    qtbot.addWidget(widget)
    assert widget.map_layout().boxes == {}
    care = ui_ctx.services.care
    one = care.add_person(PersonInput("Ama"))
    widget.set_people(care.people())
    assert list(widget.map_layout().boxes) == [one.id]
    add_many(ui_ctx.services, 29)
    people = care.people()
    widget.set_people(people)
    boxes = [widget.box_in_widget(p.id) for p in people]
    assert len(boxes) == 30
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not a.intersects(b)
    # Long names are shortened on the map, never the list.
    long_id = next(p.id for p in people if p.name.startswith("Ana Beatriz"))
    assert widget.label_text(long_id).endswith("…")
    assert widget.minimumSizeHint().width() >= 2 * widget.map_layout().extent
