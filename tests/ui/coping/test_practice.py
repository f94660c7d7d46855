"""Saving a practice with its ratings says that it was saved (and nothing pops up on lock)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from hj_journal.ui.common.calm_dialog import CalmDialog
from hj_journal.ui.coping.practice import start_practice
from hj_journal.ui.shell.context import UiContext


def shown_notes() -> list[CalmDialog]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CalmDialog) and w.isVisible()
    ]


def _practise(ui_ctx: UiContext, clock, before: int | None, after: int | None):  # type: ignore[no-untyped-def]
    dialog = start_practice(
        ui_ctx, ui_ctx.services.coping.get("orienting").strategy, None, clock=clock
    )
    dialog.rating_before.set_value(before)
    dialog.begin()
    assert dialog.panel is not None
    dialog.panel.stop()
    dialog.rating_after.set_value(after)
    return dialog


def test_saving_the_ratings_says_they_were_saved(qtbot, ui_ctx: UiContext, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = _practise(ui_ctx, clock, 7, 3)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(shown_notes()))
    (note,) = shown_notes()
    assert note.heading.text() == "Your practice is saved."
    assert note.info.text() == "With your ratings: 7 before, 3 after."
    assert not note.isModal()  # it says so without holding anything up
    note.close()


def test_a_practice_without_ratings_is_saved_and_says_so_kindly(
    qtbot, ui_ctx: UiContext, clock
) -> None:  # type: ignore[no-untyped-def]
    dialog = _practise(ui_ctx, clock, None, None)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(shown_notes()))
    (note,) = shown_notes()
    assert note.heading.text() == "Your practice is saved."
    assert "missed" not in note.info.text()
    note.close()


def test_nothing_is_shown_when_locking_saves_the_practice(qtbot, ui_ctx: UiContext, clock) -> None:  # type: ignore[no-untyped-def]
    _practise(ui_ctx, clock, 5, None)
    ui_ctx.hub.vault_locking.emit()
    assert len(ui_ctx.services.coping.practices()) == 1
    QApplication.processEvents()
    assert shown_notes() == []
