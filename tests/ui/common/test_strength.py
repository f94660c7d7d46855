"""The passphrase strength meter: plain words as you type, and a height that never changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from hj_journal.ui.common.strength import StrengthMeter


def _meter(qtbot: Any) -> StrengthMeter:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.resize(420, meter.sizeHint().height())
    meter.show()
    qtbot.waitExposed(meter)
    return meter


def test_the_meter_says_in_plain_words_how_strong_a_passphrase_is(qtbot: Any) -> None:
    meter = _meter(qtbot)
    assert meter.summary.text() == "Strength appears here as you type."
    assert meter.bar.value() == 0 and meter.hints.text()  # a friendly suggestion waits
    meter.update_for("password")
    assert meter.summary.text() == "This one would be too easy to guess."
    assert "most common" in meter.hints.text()
    meter.update_for("harbour lantern violet dusk")
    assert meter.summary.text().startswith("Strength: ")
    assert meter.strength.acceptable and meter.bar.value() == meter.strength.score
    assert meter.bar.accessibleDescription() == meter.summary.text()


def test_what_sits_below_the_meter_never_moves_whatever_it_says(qtbot: Any) -> None:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    meter = StrengthMeter()
    below = QLineEdit()
    layout.addWidget(meter)
    layout.addWidget(below)
    layout.addStretch(1)
    form.resize(420, 600)
    form.show()
    qtbot.waitExposed(form)
    QApplication.processEvents()  # the layout request a longer text posts
    where = below.y()
    for typed in ("a", "abcd1234", "password", "zzzzzzzzzzzz", "harbour lantern violet dusk", ""):
        meter.update_for(typed)
        QApplication.processEvents()
        assert below.y() == where, typed
