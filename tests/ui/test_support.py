"""The shared UI test helpers notice what they are there to notice."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from hj_journal.ui.platform.theme import LIGHT, palette_for
from tests.helpers import REPO
from tests.ui import support


def test_the_walk_names_buttons_by_their_text_and_leaves_qt_parts_alone(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    QPushButton("&Save", holder)
    icon_only = QToolButton(holder)
    icon_only.setObjectName("icon_only")
    combo = QComboBox(holder)
    combo.setEditable(True)  # Qt puts a line edit of its own inside
    combo.setAccessibleName("Order")
    spin = QSpinBox(holder)
    spin.setAccessibleName("Minutes")
    assert support.unnamed_controls(holder) == ["QToolButton 'icon_only' in QWidget"]
    icon_only.setAccessibleName("Close")
    assert support.unnamed_controls(holder) == []


def test_clipped_notices_cut_off_text_and_a_widget_outside_its_parent(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(300, 200)
    label = QLabel("Words that wrap over more than one line at this width, surely. " * 3, holder)
    label.setWordWrap(True)
    label.setGeometry(0, 0, 120, 14)
    outside = QPushButton("Skip", holder)
    outside.setGeometry(250, 150, 120, 40)
    holder.show()
    qtbot.waitExposed(holder)
    found = support.clipped(holder)
    assert len(found) == 2
    assert "QLabel" in found[0] and "needs" in found[0]
    assert "'Skip'" in found[1] and "reaches outside" in found[1]
    label.setGeometry(0, 0, 290, label.heightForWidth(290))
    outside.setGeometry(10, 150, 120, 40)
    assert support.clipped(holder) == []


def test_the_screenshot_variable_names_the_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(support.SCREENSHOTS_ENV, raising=False)
    assert support.screenshot_folder() is None
    assert support.themes_to_render() == ["light"]
    monkeypatch.setenv(support.SCREENSHOTS_ENV, "1")
    assert support.screenshot_folder() == REPO / "screenshots"
    assert support.themes_to_render() == ["light", "dark", "high_contrast"]
    monkeypatch.setenv(support.SCREENSHOTS_ENV, "/tmp/pictures")
    assert support.screenshot_folder() == Path("/tmp/pictures")


def test_the_theme_is_the_apps_own_and_is_undone(qapp: QApplication, tmp_path: Path) -> None:
    before = qapp.font().pointSizeF(), qapp.styleSheet()
    with support.app_theme(qapp, "light", tmp_path / "theme.ini") as manager:
        assert manager.colours is LIGHT
        assert qapp.palette().window().color() == palette_for(LIGHT).window().color()
        assert qapp.styleSheet()  # the app's stylesheet, not a copy of it
        assert qapp.font().pointSizeF() >= 10.0  # the text size the app sets
    assert (qapp.font().pointSizeF(), qapp.styleSheet()) == before


def test_a_render_is_saved_under_the_theme_name(
    qtbot: Any, shoot: support.Shoot, themed: str
) -> None:
    widget = QLabel("A calm picture")
    qtbot.addWidget(widget)
    path = shoot(widget, "support-label", support.PAGE_SIZE)
    assert path.name == f"support-label-{themed}.png"
    assert path.stat().st_size > 1000
