"""The theme, looked at: disabled controls look disabled, choices are visible in every theme."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QPushButton, QRadioButton, QWidget

from hj_journal.ui.platform.app_settings import (
    AppSettings,
    Theme,
)
from hj_journal.ui.platform.theme import DARK, LIGHT, ThemeManager
from tests.ui.shell_support import (
    MakeHarness,
)

THEMES = [Theme.LIGHT, Theme.DARK, Theme.HIGH_CONTRAST]


@pytest.fixture(params=THEMES, ids=[t.value for t in THEMES])
def theme(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[Any]:
    """The app's theme applied as the app applies it; its colours."""
    settings = AppSettings(QSettings(str(tmp_path / "theme.ini"), QSettings.Format.IniFormat))
    settings.theme = request.param
    manager = ThemeManager(qapp, settings)
    manager.apply()
    yield manager.colours
    manager.restore()


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(x) for x in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


_HOLDERS: list[QWidget] = []  # kept until the test ends, so nothing is deleted early


@pytest.fixture(autouse=True)
def _let_go() -> Iterator[None]:
    yield
    for holder in _HOLDERS:
        holder.close()
        holder.deleteLater()
    _HOLDERS.clear()


def _shot(qtbot: Any, widget: QWidget) -> QImage:
    holder = widget.parentWidget() or QWidget()
    _HOLDERS.append(holder)
    widget.setParent(holder)
    widget.move(10, 10)
    holder.resize(widget.sizeHint().width() + 20, widget.sizeHint().height() + 20)
    holder.show()
    qtbot.waitExposed(holder)
    return widget.grab().toImage()


def _colours(image: QImage, width: int | None = None) -> set[str]:
    width = image.width() if width is None else width
    return {image.pixelColor(x, y).name() for x in range(width) for y in range(image.height())}


def _button_fill(qtbot: Any, enabled: bool, primary: bool) -> tuple[str, str]:
    button = QPushButton("Create vault")
    if primary:
        button.setProperty("role", "primary")
    button.setEnabled(enabled)
    image = _shot(qtbot, button)
    # The fill just inside the left edge, away from the text and the rounded corners.
    fill = image.pixelColor(6, image.height() // 2).name()
    return fill, button.palette().color(button.foregroundRole()).name()


def test_disabled_buttons_look_disabled(qtbot: Any, theme: Any) -> None:
    for primary in (False, True):
        on_fill, _ = _button_fill(qtbot, True, primary)
        off_fill, _ = _button_fill(qtbot, False, primary)
        assert off_fill == QColor(theme.disabled_bg).name()
        if primary or theme.name != "high_contrast":  # high contrast: dashed grey instead
            assert off_fill != on_fill
    primary_on, _ = _button_fill(qtbot, True, True)
    assert primary_on == QColor(theme.accent).name()


def test_disabled_buttons_say_so_in_their_text_colour(qtbot: Any, theme: Any) -> None:
    on = QPushButton("Save")
    off = QPushButton("Save")
    off.setEnabled(False)
    on_text = _colours(_shot(qtbot, on))
    off_text = _colours(_shot(qtbot, off))
    assert QColor(theme.text).name() in on_text
    assert QColor(theme.text).name() not in off_text  # grey, not the usual text colour


@pytest.mark.parametrize("kind", [QRadioButton, QCheckBox])
def test_choices_are_clearly_visible(qtbot: Any, theme: Any, kind: type) -> None:
    unchosen = kind("Not at all")
    chosen = kind("Several days")
    chosen.setChecked(True)
    window = QColor(theme.window)
    for button in (unchosen, chosen):
        # The indicator sits at the start of the button, before the words.
        image = _shot(qtbot, button)
        marks = _colours(image, width=image.height())
        best = max(_contrast(QColor(c), window) for c in marks)
        assert best >= 3.0, (kind.__name__, button.text(), theme.name)  # WCAG non-text
    chosen_marks = _colours(chosen.grab().toImage(), width=chosen.height())
    assert QColor(theme.accent).name() in chosen_marks  # chosen is not only a shape change


def test_the_system_theme_follows_the_desktop_scheme(
    qtbot: Any, make_harness: MakeHarness
) -> None:
    harness = make_harness()
    theme = harness.controller.theme
    harness.controller.settings.theme = Theme.SYSTEM
    button = harness.lock_window.quick_exit_button
    theme._on_scheme_changed(Qt.ColorScheme.Light)
    light_icon = button.icon().pixmap(24, 24).toImage()
    theme._on_scheme_changed(Qt.ColorScheme.Dark)  # what the desktop announces
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)
    assert button.icon().pixmap(24, 24).toImage() != light_icon  # repainted for the dark
    theme._on_scheme_changed(Qt.ColorScheme.Light)
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor(LIGHT.window)
    harness.controller.settings.theme = Theme.DARK
    theme.apply()
    theme._on_scheme_changed(Qt.ColorScheme.Light)  # a chosen theme stays chosen
    assert QGuiApplication.palette().color(QPalette.ColorRole.Window) == QColor(DARK.window)


@pytest.mark.parametrize("kind", ["spin", "time"])
def test_number_and_time_fields_show_their_arrows(qtbot: Any, theme: Any, kind: str) -> None:
    from PySide6.QtWidgets import QSpinBox, QStyle, QStyleOptionSpinBox, QTimeEdit

    field = QSpinBox() if kind == "spin" else QTimeEdit()
    image = _shot(qtbot, field)
    option = QStyleOptionSpinBox()
    field.initStyleOption(option) if hasattr(field, "initStyleOption") else None
    option.initFrom(field)
    option.subControls = QStyle.SubControl.SC_All
    surface = QColor(theme.surface)
    for part in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        rect = field.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, field)
        inside = rect.adjusted(3, 2, -3, -2)  # away from the field's border and the button's
        marks = [
            image.pixelColor(x, y)
            for x in range(inside.left(), inside.right() + 1)
            for y in range(inside.top(), inside.bottom() + 1)
        ]
        drawn = [c for c in marks if _contrast(c, surface) >= 3.0]
        assert rect.width() >= 12 and len(drawn) >= 4, (kind, part, theme.name, rect)


def test_an_app_made_with_fusion_keeps_its_style_and_gives_it_back_untouched(
    qapp: QApplication, tmp_path: Path
) -> None:
    # run() makes the application with Fusion; the theme then neither sets it again
    # (that would make a second style) nor changes it when it puts the look back.
    settings = AppSettings(QSettings(str(tmp_path / "theme.ini"), QSettings.Format.IniFormat))
    before = qapp.style().name()
    qapp.setStyle("Windows")  # stands for the style the app was made with
    try:
        manager = ThemeManager(qapp, settings, fusion_at_start=True)
        assert qapp.style().name() == "windows"  # not set again
        manager.apply()
        manager.restore()
        assert qapp.style().name() == "windows"
    finally:
        qapp.setStyle(before)


def test_putting_the_look_back_twice_is_harmless(qapp: QApplication, tmp_path: Path) -> None:
    # The app's shutdown, and a test's, may both put it back.
    settings = AppSettings(QSettings(str(tmp_path / "theme.ini"), QSettings.Format.IniFormat))
    manager = ThemeManager(qapp, settings)
    manager.apply()
    manager.restore()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        manager.restore()
