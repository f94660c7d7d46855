"""The list of support to reach for: your inner ring and your resources, examples labelled."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hj_journal.ui.care.support_list import SupportList
from hj_journal.ui.shell.context import UiContext
from tests.ui.care.care_samples import add_few


def test_the_support_list_shows_inner_ring_people_and_resources(qtbot, ui_ctx: UiContext) -> None:
    support = SupportList()
    qtbot.addWidget(support)
    assert "Nothing here yet" in support.texts()[0]
    add_few(ui_ctx.services)
    ui_ctx.services.care.add_example_resources()
    support.show_support(ui_ctx.services.care.people(), ui_ctx.services.care.resources())
    texts = support.texts()
    assert texts[0] == "People you would turn to"
    assert "Amara" in texts and "Signal" in texts
    assert "Cousin Devi" not in texts  # the middle ring is not the first call
    assert "Your support resources" in texts
    assert "Peer warm line" in texts
    assert any(t.startswith("Example — edit or delete") for t in texts)
    QApplication.processEvents()
