"""Buttons that already say what they do are named by what they say, mnemonics left out."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QCheckBox, QPushButton, QRadioButton, QVBoxLayout, QWidget

from hj_journal.ui.common.access import name_controls, spoken


@pytest.mark.parametrize(
    ("text", "said"),
    [("&Next", "Next"), ("Save && close", "Save & close"), ("  Re&move…  ", "Remove…"), ("", "")],
)
def test_the_spoken_text_leaves_the_mnemonic_marks_out(text: str, said: str) -> None:
    assert spoken(text) == said


def test_unnamed_controls_take_their_text_and_named_ones_keep_their_names(qtbot: Any) -> None:
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    plain = QPushButton("&Back")
    named = QPushButton("&Skip")
    named.setAccessibleName("Skip this question")
    check = QCheckBox("Show &all")
    radio = QRadioButton("&Yes")
    blank = QPushButton("")
    for widget in (plain, named, check, radio, blank):
        layout.addWidget(widget)
    name_controls(root)
    assert [w.accessibleName() for w in (plain, named, check, radio, blank)] == [
        "Back",
        "Skip this question",
        "Show all",
        "Yes",
        "",
    ]
