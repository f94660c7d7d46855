"""The guided player on screen: keys, reduced motion, ratings saved as a practice."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hj_journal.core.coping.library import PAUSE_STRATEGY_ID, Strategy
from hj_journal.core.coping.player import PlayerState
from hj_journal.ui.coping.pause import open_pause
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.coping.practice import start_practice
from hj_journal.ui.coping.rating import DistressRating
from hj_journal.ui.platform.app_settings import Key
from hj_journal.ui.shell.context import UiContext
from tests.ui import support

NOW = datetime(2024, 6, 30, 8, 0, tzinfo=UTC)


def strategy(ctx: UiContext, key: str) -> Strategy:
    return ctx.services.coping.get(key).strategy


@pytest.fixture
def box(qtbot, ui_ctx: UiContext, clock) -> PlayerDialog:  # type: ignore[no-untyped-def]
    dialog = PlayerDialog(strategy(ui_ctx, "box-breathing"), now=lambda: NOW, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def key(qtbot, dialog: PlayerDialog, which: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    assert dialog.panel is not None
    target = QApplication.focusWidget() or dialog.panel.next_button
    qtbot.keyClick(target, which)


def test_space_pauses_and_resumes_even_with_a_button_focused(
    qtbot, box: PlayerDialog, clock
) -> None:  # type: ignore[no-untyped-def]
    box.begin()
    panel = box.panel
    assert panel is not None
    panel.next_button.setFocus()
    key(qtbot, box, Qt.Key.Key_Right)  # past the untimed intro
    clock.advance(2)
    key(qtbot, box, Qt.Key.Key_Space)
    assert panel.player.state is PlayerState.PAUSED
    assert panel.paused_note.isVisibleTo(box) and panel.pause_button.text() == "Resume"
    index = panel.player.view().index
    clock.advance(100)
    panel.refresh()
    assert panel.player.view().index == index  # the Next button was not "clicked"
    key(qtbot, box, Qt.Key.Key_Space)
    assert panel.player.state is PlayerState.RUNNING


def test_arrows_move_between_steps_and_escape_stops(qtbot, box: PlayerDialog, clock) -> None:  # type: ignore[no-untyped-def]
    box.begin()
    panel = box.panel
    assert panel is not None
    key(qtbot, box, Qt.Key.Key_Right)
    key(qtbot, box, Qt.Key.Key_Right)
    assert panel.player.view().index == 2
    key(qtbot, box, Qt.Key.Key_Left)
    assert panel.player.view().index == 1
    assert panel.progress.text() == "Round 1 of 19"
    key(qtbot, box, Qt.Key.Key_Escape)
    assert panel.player.state is PlayerState.STOPPED
    assert box.pages.currentWidget() is box.after
    assert box.isVisible()  # Esc stopped the steps; it did not close the window


def test_the_pacer_follows_the_clock_and_reduced_motion_shows_words(
    qtbot, ui_ctx: UiContext, clock
) -> None:  # type: ignore[no-untyped-def]
    for reduced in (False, True):
        dialog = PlayerDialog(
            strategy(ui_ctx, "paced-breathing"),
            now=lambda: NOW,
            clock=clock,
            reduced_motion=reduced,
        )
        qtbot.addWidget(dialog)
        dialog.begin()
        panel = dialog.panel
        assert panel is not None
        panel.next()
        clock.advance(2.5)
        panel.refresh()
        if reduced:
            assert panel.visual.currentWidget() is panel.count
            assert (panel.count.phase.text(), panel.count.count.text()) == ("Breathe in", "3 of 4")
            assert panel.timer.interval() == 200  # no animation frames
        else:
            assert panel.visual.currentWidget() is panel.pacer
            assert panel.pacer._view is not None and 0.5 < panel.pacer._view.level < 1
            assert panel.timer.interval() == 33
        clock.advance(2)
        panel.refresh()
        if reduced:
            assert panel.count.phase.text() == "Breathe out"
        else:
            assert panel.pacer._view is not None and panel.pacer._view.level > 0.9
        dialog.close()


def test_the_countdown_of_a_timed_step_and_untimed_steps_wait(
    qtbot, ui_ctx: UiContext, clock
) -> None:  # type: ignore[no-untyped-def]
    dialog = PlayerDialog(strategy(ui_ctx, PAUSE_STRATEGY_ID), now=lambda: NOW, clock=clock)
    qtbot.addWidget(dialog)
    dialog.begin()
    panel = dialog.panel
    assert panel is not None
    clock.advance(6)
    panel.refresh()
    assert panel.countdown.text() == "0:09"
    clock.advance(75)  # every timed step is done; the closing words wait
    panel.refresh()
    assert panel.visual.currentWidget() is panel.own_pace
    assert panel.next_button.text() == "Finish" and not panel.timer.isActive()
    panel.next_button.click()
    assert dialog.pages.currentWidget() is dialog.after
    assert dialog.finished_all


def test_ratings_before_and_after_are_saved_as_a_practice(qtbot, ui_ctx: UiContext, clock) -> None:  # type: ignore[no-untyped-def]
    saved: list[int] = []
    ui_ctx.hub.practice_saved.connect(saved.append)
    dialog = start_practice(ui_ctx, strategy(ui_ctx, "breathing-4-7-8"), None, clock=clock)
    dialog.rating_before.set_value(7)
    dialog.skip_optional.setChecked(True)
    dialog.begin_button.click()
    panel = dialog.panel
    assert panel is not None
    clock.advance(4 + 12 * 4)  # the holds are left out
    panel.refresh()
    panel.next_button.click()  # the untimed closing words
    assert dialog.pages.currentWidget() is dialog.after
    assert "7" in dialog.before_was.text()
    focused = dialog.focusWidget()  # the keyboard goes to the after-rating first
    assert focused is dialog.rating_after or dialog.rating_after.isAncestorOf(focused)
    dialog.rating_after.set_value(3)
    dialog.note.setPlainText("Calmer.")
    dialog.save_button.click()
    practices = ui_ctx.services.coping.practices()
    assert len(practices) == 1 and saved == [practices[0].id]
    practice = practices[0]
    assert (practice.strategy_key, practice.finished) == ("breathing-4-7-8", True)
    assert (practice.distress_before, practice.distress_after, practice.note) == (7, 3, "Calmer.")


def test_ratings_are_skippable_and_a_stopped_practice_says_so(
    qtbot, ui_ctx: UiContext, clock
) -> None:  # type: ignore[no-untyped-def]
    dialog = open_pause(ui_ctx, None)
    assert dialog.panel is not None  # Pause starts straight away, no question first
    dialog.panel.stop_button.click()
    dialog.save_button.click()
    practice = ui_ctx.services.coping.practices()[0]
    assert practice.strategy_key == PAUSE_STRATEGY_ID
    assert (practice.finished, practice.distress_before, practice.distress_after) == (
        False,
        None,
        None,
    )


def test_close_without_saving_keeps_no_record(qtbot, ui_ctx: UiContext, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = start_practice(ui_ctx, strategy(ui_ctx, "tipp"), None, clock=clock)
    dialog.begin()
    assert dialog.panel is not None
    dialog.panel.stop()
    dialog.let_go_button.click()
    assert ui_ctx.services.coping.practices() == []


def test_locking_mid_practice_keeps_what_was_begun(qtbot, ui_ctx: UiContext, clock) -> None:  # type: ignore[no-untyped-def]
    dialog = start_practice(ui_ctx, strategy(ui_ctx, "orienting"), None, clock=clock)
    dialog.rating_before.set_value(5)
    dialog.begin()
    ui_ctx.hub.vault_locking.emit()
    practice = ui_ctx.services.coping.practices()[0]
    assert (practice.strategy_key, practice.finished, practice.distress_before) == (
        "orienting",
        False,
        5,
    )


def test_the_rating_is_optional_and_keyboard_operable(qtbot) -> None:  # type: ignore[no-untyped-def]
    rating = DistressRating("How much distress?")
    qtbot.addWidget(rating)
    assert rating.value() is None
    for which, expected in (
        (Qt.Key.Key_Right, 0),
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_End, 10),
        (Qt.Key.Key_Left, 9),
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_7, 7),
        (Qt.Key.Key_Delete, None),
    ):
        qtbot.keyClick(rating, which)
        assert rating.value() == expected
    rating.buttons[4].click()
    assert rating.value() == 4 and rating.buttons[4].isChecked()
    rating.buttons[4].click()  # the chosen number again: no answer
    assert rating.value() is None and not rating.buttons[4].isChecked()


@pytest.mark.parametrize(("stored", "reduced"), [(True, True), ("true", True), ("false", False)])
def test_the_app_setting_for_reduced_motion_is_followed(
    qtbot, ui_ctx: UiContext, clock, stored: object, reduced: bool
) -> None:  # type: ignore[no-untyped-def]
    ui_ctx.app_settings.qsettings.setValue(Key.REDUCED_MOTION, stored)  # as the file holds it
    dialog = start_practice(ui_ctx, strategy(ui_ctx, "box-breathing"), None, clock=clock)
    dialog.begin()
    assert dialog.panel is not None
    dialog.panel.next()
    assert dialog.panel.visual.currentWidget() is (
        dialog.panel.count if reduced else dialog.panel.pacer
    )
    dialog.let_go()


def test_closing_the_window_keeps_no_record_even_if_the_vault_locks_next(
    qtbot, ui_ctx: UiContext, clock
) -> None:  # type: ignore[no-untyped-def]
    dialog = PlayerDialog(
        strategy(ui_ctx, "orienting"), now=ui_ctx.services.coping.now, clock=clock
    )
    qtbot.addWidget(dialog)
    saved: list[object] = []
    dialog.practice_ready.connect(saved.append)
    dialog.begin()
    dialog.close()
    dialog.save_state()
    assert saved == []


def test_every_step_and_the_end_keep_their_words_whole_at_large_text(
    qtbot, qapp, ui_ctx: UiContext, clock, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    # Long steps (a practice that belongs to you, naming outside conditions) and the
    # rating at the end were squeezed at 200 % text: the window now grows to its words.
    problems: list[str] = []
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", 200):
        for item in ui_ctx.services.coping.builtin_strategies().values():
            dialog = PlayerDialog(item, now=lambda: NOW, clock=clock, ask_before=False)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            for step in range(80):
                support.settle()
                found = support.clipped(dialog) + support.squeezed(dialog)
                problems += [f"{item.id} step {step + 1}: {p}" for p in found]
                if (
                    found
                    or dialog.panel is None
                    or dialog.pages.currentWidget() is not dialog.running
                ):
                    break
                dialog.panel.next()
            dialog.close()
    assert not problems, "\n".join(problems)
