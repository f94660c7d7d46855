"""Fixtures for every UI test: a page's context, the app's theme, pictures and Qt warnings;
and for the app shell: a controller with fast keys, fake pages, canary scans.

The helpers live in :mod:`tests.ui.support` and :mod:`tests.ui.shell_support` so that tests
import the very same objects the fixtures use.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from hj_journal.core.services import Services
from hj_journal.core.settings import VaultKind
from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.ui.platform.app_settings import confine_qt_settings, open_settings
from hj_journal.ui.platform.translations import EnglishPlurals
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.controller import AppController
from hj_journal.ui.shell.sections import SectionSpec
from tests.ui import support
from tests.ui.shell_support import FakePage, Harness, MakeHarness, create_vault, fake_sections

# ---------------------------------------------------------------------- pages and renders


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: QApplication) -> Iterator[None]:
    """Counted text reads "1 entry" / "3 entries", as the app installs at start-up."""
    translator = EnglishPlurals(qapp)
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def no_window_left_on_screen(qapp: QApplication) -> Iterator[None]:
    """Hide every window a test leaves shown, so the next test sees only its own.

    The lock window ignores a plain close (closing it quits the app), so a test that
    shows one directly would otherwise leave it on screen for the tests after it.
    """
    yield
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.hide()


@pytest.fixture
def ui_ctx(
    qapp: QApplication, services: Services, paths: AppPaths, tmp_path: Path
) -> Iterator[UiContext]:
    """What the main window hands every page, built over the test's vault.

    Afterwards it announces the lock and waits for background jobs, as the app does, so
    pages finish their reads before the ``vault`` fixture locks the vault.
    """
    ctx = support.make_ui_ctx(services, paths, tmp_path)
    yield ctx
    support.close_ui_ctx(ctx)


@pytest.fixture
def practice_ctx(ui_ctx: UiContext) -> UiContext:
    """:func:`ui_ctx` over a practice vault (clients and sessions, no personal journal)."""
    ui_ctx.services.settings.vault_kind = VaultKind.PRACTICE
    return ui_ctx


@pytest.fixture
def qt_warnings() -> Iterator[list[str]]:
    """Qt warnings raised while the test runs (a render should raise none)."""
    with support.caught_qt_warnings() as seen:
        yield seen


@pytest.fixture(params=support.themes_to_render())
def themed(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    """The app's theme applied by its own theme manager (text size included); its name.

    Light only, unless ``HJ_JOURNAL_SCREENSHOTS`` asks for pictures: then every theme.
    """
    name = str(request.param)
    with support.app_theme(qapp, name, tmp_path / "theme.ini"):
        yield name


@pytest.fixture
def shoot(qtbot: Any, themed: str, tmp_path: Path) -> support.Shoot:
    """Render a widget (at ``size``, when given) to ``<name>-<theme>.png`` and return it.

    Nothing on show may be cut off (``check_layout=False`` skips that, with a reason).
    """

    def take(
        widget: QWidget, name: str, size: QSize | None = None, *, check_layout: bool = True
    ) -> Path:
        path = support.render(
            qtbot, widget, name, themed, size, folder=tmp_path, check_layout=check_layout
        )
        assert path is not None
        return path

    return take


# ---------------------------------------------------------------------- the app shell


@pytest.fixture
def make_harness(
    qapp: QApplication, qtbot: Any, paths: AppPaths, policy: KdfPolicy
) -> Iterator[MakeHarness]:
    """Build and start an :class:`AppController` the way ``run()`` does, but fast.

    The application's look is put back afterwards as it was before the test: a
    controller made inside :func:`tests.ui.support.app_theme` (150 % text) would
    otherwise put back *that* look when it shuts down after the theme's own restore,
    and every later test would start from larger text and scale it again.
    """
    made: list[Harness] = []
    FakePage.log.clear()
    look = (QFont(qapp.font()), QPalette(qapp.palette()), qapp.styleSheet(), qapp.style().name())

    def make(
        *, sections: list[SectionSpec] | None = None, idle_ms: int = 600_000, **kw: Any
    ) -> Harness:
        confine_qt_settings(paths)
        quits: list[int] = []
        controller = AppController(
            qapp,
            paths,
            open_settings(paths),
            policy=policy,
            sections=sections if sections is not None else fake_sections(),
            idle_ms=idle_ms,
            quit_app=lambda: quits.append(1),
            watch_system=False,
            **kw,
        )
        controller.start()
        harness = Harness(controller, paths, VaultRegistry(paths.vaults_dir), quits)
        made.append(harness)
        return harness

    yield make
    for harness in made:
        harness.controller.shutdown()
        harness.controller.deleteLater()
    qtbot.wait(1)  # let deleteLater run
    font, palette, sheet, style = look
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)
    qapp.setFont(font)
    qapp.setStyle(style)


@pytest.fixture
def created_vault(paths: AppPaths, policy: KdfPolicy) -> str:
    """A locked vault called Notebook on disk; the recovery key."""
    return create_vault(paths, policy)
