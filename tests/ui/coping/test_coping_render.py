"""Every Coping and Prompts screen renders offscreen without a Qt warning.

Set ``HJ_SCREENSHOTS=/some/folder`` to keep the PNGs (light and dark themes).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from hj_journal.ui import theme
from hj_journal.ui.context import UiContext
from hj_journal.ui.coping.form import StrategyForm
from hj_journal.ui.coping.page import CopingPage
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.prompts.card import PromptCard
from hj_journal.ui.prompts.manager import PromptsDialog

PLATFORM_NOISE = {"This plugin does not support propagateSizeHints()"}


@pytest.fixture(params=["light", "dark"] if os.environ.get("HJ_SCREENSHOTS") else ["light"])
def themed(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's theme applied, undone afterwards."""
    name = str(request.param)
    style, palette, sheet = qapp.style().name(), qapp.palette(), qapp.styleSheet()
    colours = theme.DARK if name == "dark" else theme.LIGHT
    qapp.setStyle("Fusion")
    qapp.setPalette(theme.palette_for(colours))
    qapp.setStyleSheet(theme.stylesheet_for(colours, max(qapp.font().pointSizeF(), 10.0)))
    yield name
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setStyle(style)


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    """Qt warnings raised while the test runs."""
    seen: list[str] = []

    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind != QtMsgType.QtDebugMsg and message not in PLATFORM_NOISE:
            seen.append(message)

    previous = qInstallMessageHandler(handler)
    yield seen
    qInstallMessageHandler(previous)


def shoot(qtbot, widget: QWidget, name: str, size: QSize, theme_name: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    widget.resize(size)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    folder = Path(os.environ.get("HJ_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}-{theme_name}.png"
    assert widget.grab().save(str(path))
    assert path.stat().st_size > 0


def test_library_renders(qtbot, care_ctx: UiContext, themed, qt_warnings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    care_ctx.services.coping.set_favourite("cyclic-sighing", True)
    page = CopingPage(care_ctx)
    qtbot.addWidget(page)
    shoot(qtbot, page, "coping-library", QSize(1180, 780), themed, tmp_path)
    assert not qt_warnings


@pytest.mark.parametrize("reduced", [False, True])
def test_player_renders_mid_breath(
    qtbot, care_ctx: UiContext, clock, themed, qt_warnings, tmp_path, reduced: bool
) -> None:  # type: ignore[no-untyped-def]
    strategy = care_ctx.services.coping.get("box-breathing").strategy
    dialog = PlayerDialog(
        strategy, now=care_ctx.services.coping.now, clock=clock, reduced_motion=reduced
    )
    qtbot.addWidget(dialog)
    dialog.begin()
    assert dialog.panel is not None
    dialog.panel.next()
    clock.advance(1.8)  # most of the way through the breath in
    dialog.panel.refresh()
    name = "player-reduced-motion" if reduced else "player-pacer"
    shoot(qtbot, dialog, name, QSize(600, 640), themed, tmp_path)
    dialog.panel.timer.stop()
    assert not qt_warnings


def test_player_first_and_last_pages_render(
    qtbot, care_ctx: UiContext, clock, themed, qt_warnings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    strategy = care_ctx.services.coping.get("breathing-4-7-8").strategy
    dialog = PlayerDialog(strategy, now=care_ctx.services.coping.now, clock=clock)
    qtbot.addWidget(dialog)
    shoot(qtbot, dialog, "player-before", QSize(600, 640), themed, tmp_path)
    dialog.rating_before.set_value(6)
    dialog.begin()
    assert dialog.panel is not None
    dialog.panel.stop()
    dialog.rating_after.set_value(4)
    dialog.note.setPlainText("The long breath out helped.")
    shoot(qtbot, dialog, "player-after", QSize(600, 640), themed, tmp_path)
    assert not qt_warnings


def test_strategy_form_renders(qtbot, care_ctx: UiContext, themed, qt_warnings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    strategy = care_ctx.services.coping.get("sing-or-hum").strategy
    form = StrategyForm(strategy, "Your own version")
    qtbot.addWidget(form)
    form.steps.list.setCurrentRow(1)
    shoot(qtbot, form, "coping-form", QSize(980, 700), themed, tmp_path)
    assert not qt_warnings


def test_prompt_card_renders(qtbot, care_ctx: UiContext, themed, qt_warnings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(32, 28, 32, 28)
    box.addWidget(PromptCard(care_ctx))
    box.addStretch(1)
    qtbot.addWidget(holder)
    shoot(qtbot, holder, "prompt-card", QSize(760, 320), themed, tmp_path)
    assert not qt_warnings


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_prompts_manager_renders(
    qtbot, care_ctx: UiContext, themed, qt_warnings, tmp_path, tab: int
) -> None:  # type: ignore[no-untyped-def]
    dialog = PromptsDialog(care_ctx)
    qtbot.addWidget(dialog)
    dialog.tabs.setCurrentIndex(tab)
    dialog.browser.list.setCurrentRow(12)
    shoot(qtbot, dialog, f"prompts-manager-{tab}", QSize(960, 660), themed, tmp_path)
    assert not qt_warnings
