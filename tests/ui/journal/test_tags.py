"""The tag filter: each tag with its count, filtering the timeline, new tags as they appear."""

from __future__ import annotations

from datetime import date

from hj_journal.ui.shell.context import UiContext


def test_tag_filter_lists_counts_and_filters(
    make, qtbot, ui_ctx: UiContext, asker, add_entries
) -> None:
    add_entries(3, tags=["rest"])
    add_entries(1, start=date(2023, 1, 1), tags=["work", "rest"])
    page = make()
    combo = page.browse.tag_filter
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "All tags",
        "rest (4)",
        "work (1)",
    ]
    combo.setCurrentIndex(combo.findData("work"))
    assert page.timeline.rowCount() == 1
    assert page.timeline.where.tag == "work"
    combo.setCurrentIndex(0)
    assert page.timeline.rowCount() == 4
    # A new tag appears in the filter once an entry carries it.
    page.editor.tags.setText("garden")
    page.editor.body.setPlainText("Planted beans.")
    with qtbot.waitSignal(page.tags_loaded, timeout=5000):
        page.editor.save()
    assert combo.findData("garden") > 0
