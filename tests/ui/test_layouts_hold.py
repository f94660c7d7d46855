"""Every screen stays whole at 100 %, 150 % and 200 % text, in a 1280×720 window and at the
1024×640 smallest size: nothing cut off, squeezed or hidden (it scrolls instead).

The sections are the ones the vault really shows (read from the registry), in a personal
and in a practice vault, with a little content so lists and the calendar have rows.
Pictures: ``HJ_JOURNAL_SCREENSHOTS=1`` keeps one per screen, size and text size.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from hj_journal.core.services import Services
from hj_journal.paths import AppPaths
from hj_journal.ui.main_window import MainWindow
from hj_journal.ui.section_registry import SECTIONS
from tests.ui import support
from tests.ui.care.care_samples import add_few
from tests.ui.journal.journal_samples import add_samples


@pytest.fixture(params=["personal", "practice"])
def vault_kind(request: pytest.FixtureRequest, services: Services) -> str:
    kind = str(request.param)
    if kind == "practice":
        services.settings.set("vault.kind", "practice")
    else:
        add_samples(services)
        add_few(services)
    return kind


def _problems(main: MainWindow) -> list[str]:
    found = support.clipped(main) + support.squeezed(main)
    sidebar = main.sidebar
    # Each section's name fits its row (on two lines at most, at large text).
    room = sidebar.viewport().width() - sidebar.iconSize().width() - 2 * 10 - 8
    metrics = sidebar.fontMetrics()
    for row in range(sidebar.count()):
        item = sidebar.item(row)
        wrapped = metrics.boundingRect(
            QRect(0, 0, room, 10_000), int(Qt.TextFlag.TextWordWrap), item.text()
        )
        words = max(metrics.horizontalAdvance(w) for w in item.text().split())
        if words > room or wrapped.height() > item.sizeHint().height() - 2 * 8:
            found.append(f"sidebar row {item.text()!r} is cut off")
    return found


@pytest.mark.parametrize("scale", support.TEXT_SIZES)
def test_every_section_holds_at_every_size(
    qtbot: Any,
    qapp: QApplication,
    services: Services,
    paths: AppPaths,
    tmp_path: Path,
    scale: int,
    vault_kind: str,
) -> None:
    problems: list[str] = []
    # The theme first, then the window, as when the app unlocks.
    with support.app_theme(qapp, "light", tmp_path / "theme.ini", scale):
        ctx = support.make_ui_ctx(services, paths, tmp_path)
        window = MainWindow(ctx, SECTIONS)
        qtbot.addWidget(window)
        try:
            for size in support.WINDOW_SIZES:
                for spec in window.specs:
                    window.show_section(spec.key)
                    name = f"layout-{vault_kind}-{spec.key}-{size.width()}x{size.height()}-{scale}"
                    support.render(qtbot, window, name, "light", size, check_layout=False)
                    # Lists filled as the page was shown are laid out on the next pass.
                    qtbot.wait(1)
                    problems += [f"{name}: {p}" for p in _problems(window)]
        finally:
            window.teardown()  # as on lock: no page is built after the vault locks
            support.close_ui_ctx(ctx)
    assert not problems, "\n".join(problems)
