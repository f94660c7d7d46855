"""The number ratings: a second click clears, the keyboard moves and clears, 0–10 is optional."""

from __future__ import annotations

from PySide6.QtCore import Qt

from hj_journal.ui.checkin.rating import QuickRatingWidget, ScaleChoice


def test_a_second_click_clears_and_the_keyboard_moves_and_clears(qtbot) -> None:
    scale = ScaleChoice(-3, 3, {-3: "low", 3: "high"}, name="Mood", show_sign=True)
    qtbot.addWidget(scale)
    scale.button(-1).click()
    assert scale.value() == -1  # -1 is a real value here, not "nothing chosen"
    scale.button(-1).click()
    assert scale.value() is None
    scale.button(0).click()
    qtbot.keyClick(scale.button(0), Qt.Key.Key_Left)
    assert scale.value() == -1
    qtbot.keyClick(scale.button(-1), Qt.Key.Key_Delete)
    assert scale.value() is None
    assert [scale.button(v).text() for v in (-3, 0, 3)] == ["−3", "0", "+3"]


def test_the_reusable_rating_is_optional_and_clearable(qtbot) -> None:
    rating = QuickRatingWidget("Before you begin, how much stress? (optional)")
    qtbot.addWidget(rating)
    assert rating.value() is None
    assert not rating.clear_button.isEnabled()
    with qtbot.waitSignal(rating.changed) as changed:
        rating.scale.button(6).click()
    assert changed.args == [6]
    assert rating.value() == 6
    assert rating.clear_button.isEnabled()
    rating.clear_button.click()
    assert rating.value() is None
    assert "5 of 0 to 10, some stress" in rating.scale.button(5).accessibleName()
