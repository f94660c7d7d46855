"""The support panel is never empty: grounding, an emergency sentence and lines to reach."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget

from hj_journal.core.care.care_map import PersonInput, ResourceInput
from hj_journal.core.care.support_lines import SupportLines
from hj_journal.ui.care.support_panel import SupportPanel
from hj_journal.ui.shell.context import UiContext
from tests.ui import support

SMALL_WINDOW = QSize(1024, 640)


def _texts(panel: SupportPanel) -> str:
    return "\n".join(label.text() for label in panel.findChildren(QLabel) if not label.isHidden())


def _top(widget: QWidget, panel: SupportPanel) -> int:
    return widget.mapTo(panel, QPoint(0, 0)).y()


def test_with_nothing_set_up_it_holds_grounding_danger_and_a_country_chooser(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    panel = SupportPanel(
        ui_ctx.services.care, ui_ctx.services.plans, ui_ctx.services.support_lines, ui_ctx.hub
    )
    qtbot.addWidget(panel)
    panel.show()
    text = _texts(panel)
    # A practice you can do right there, not only a button.
    assert len(panel.grounding_steps) == 5
    for words in ("five things you can see", "four things", "three things", "two things"):
        assert words in text
    assert "one thing you can taste" in text.lower()
    # One plain sentence for immediate danger, and that emergency lines may send police.
    assert "immediate danger" in panel.danger_label.text()
    assert "police" in panel.danger_label.text()
    # No country yet: a calm chooser in the panel, no lines guessed.
    assert panel.country_combo.isVisibleTo(panel)
    assert panel.country_combo.currentData() is None
    assert panel.directory.lines == ()
    assert "this app never calls, texts or opens anything" in text
    assert not panel.isModal()


def test_choosing_a_country_in_the_panel_shows_its_lines_and_keeps_the_choice(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    panel = SupportPanel(
        ui_ctx.services.care, ui_ctx.services.plans, ui_ctx.services.support_lines, ui_ctx.hub
    )
    qtbot.addWidget(panel)
    panel.show()
    panel.country_combo.setCurrentIndex(panel.country_combo.findData("GB"))
    assert "999" in panel.danger_label.text()
    qtbot.waitUntil(lambda: "Call 116 123" in _texts(panel))  # new rows show on the next turn
    assert "Samaritans" in _texts(panel) and "Text SHOUT to 85258" in _texts(panel)
    assert ui_ctx.services.settings.support_country == "GB"
    assert SupportLines(ui_ctx.services.settings).chosen_code() == "GB"


def test_a_chosen_country_shows_lines_each_saying_whether_it_may_involve_emergency_services(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    ui_ctx.services.support_lines.choose("US")
    panel = SupportPanel(
        ui_ctx.services.care, ui_ctx.services.plans, ui_ctx.services.support_lines, ui_ctx.hub
    )
    qtbot.addWidget(panel)
    panel.show()
    assert "911" in panel.danger_label.text()
    texts = panel.directory.texts()
    assert "Call 988 · Text 988 · Chat: 988lifeline.org" in texts
    assert "Text HOME to 741741" in texts
    emergency = [t for t in texts if "emergency services or police" in t]
    assert len(emergency) == len(panel.directory.lines) == 3
    trans = next(t for t in emergency if "Does not involve" in t)
    assert "unless you ask" in trans
    assert sum("May involve emergency services" in t for t in emergency) == 2


def test_your_own_people_and_resources_come_before_the_directory(
    qtbot: Any, ui_ctx: UiContext
) -> None:
    ui_ctx.services.care.add_person(PersonInput(name="Amara", contact="07700 900123"))
    ui_ctx.services.care.add_resource(ResourceInput(name="Neighbourhood warm line"))
    ui_ctx.services.support_lines.choose("NZ")
    panel = SupportPanel(
        ui_ctx.services.care, ui_ctx.services.plans, ui_ctx.services.support_lines, ui_ctx.hub
    )
    qtbot.addWidget(panel)
    panel.resize(700, 3000)  # everything on show, so positions can be compared
    panel.show()
    qtbot.waitExposed(panel)
    labels = {label.text(): label for label in panel.findChildren(QLabel)}
    person = next(v for k, v in labels.items() if k.startswith("Amara"))
    resource = next(v for k, v in labels.items() if k.startswith("Neighbourhood warm line"))
    first_line = panel.directory.rows[0]
    assert first_line.text().startswith("1737")
    assert _top(person, panel) < _top(resource, panel) < _top(first_line, panel)
    assert panel.empty_note is None


@pytest.mark.parametrize("scale", [100, 200])
@pytest.mark.parametrize("theme", ["light", "high_contrast"])
def test_the_panel_fits_and_scrolls_in_a_small_window(
    qtbot: Any, ui_ctx: UiContext, qapp: Any, tmp_path: Path, scale: int, theme: str
) -> None:
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", scale):
        for name, country, own in (
            ("empty", None, False),
            ("country", "CA", False),
            ("own-people", "AU", True),
        ):
            if own:
                ui_ctx.services.care.add_person(
                    PersonInput(name="Amara", contact="07700 900123", good_at="listening")
                )
            ui_ctx.services.support_lines.choose(country)
            panel = SupportPanel(
                ui_ctx.services.care,
                ui_ctx.services.plans,
                ui_ctx.services.support_lines,
                ui_ctx.hub,
            )
            qtbot.addWidget(panel)
            shot = f"support-panel-{name}-{scale}"
            support.render(qtbot, panel, shot, theme, SMALL_WINDOW, folder=tmp_path)
            assert panel.width() <= SMALL_WINDOW.width(), (name, scale)
            assert panel.height() <= SMALL_WINDOW.height(), (name, scale)
            # The lines further down are reached by scrolling, and are not cut off there.
            scroll = panel.findChild(QScrollArea)
            assert scroll is not None
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum())
            QApplication.processEvents()
            assert support.clipped(panel) == [], shot
            folder = support.screenshot_folder()
            if folder is not None:
                panel.grab().save(str(folder / f"{shot}-scrolled-{theme}.png"))
            panel.close()
