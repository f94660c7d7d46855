"""The disguise's screens at 100 % and 200 % text, light and high contrast: nothing cut off.

Pictures are kept when ``HJ_JOURNAL_SCREENSHOTS`` names a folder (see tests/ui/support.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from hj_journal.core.vaults import KdfPolicy, VaultRegistry
from hj_journal.paths import AppPaths
from hj_journal.ui.lock.window import LockWindow
from hj_journal.ui.platform.app_settings import AppSettings, open_settings
from hj_journal.ui.platform.disguise import Identity, apply_identity
from hj_journal.ui.platform.quick_exit import NeutralScreen
from hj_journal.ui.platform.worker import Jobs
from hj_journal.ui.settings.privacy import PrivacyBox, SharedComputerAdvice
from hj_journal.ui.shell.about import AboutDialog
from tests.ui import support
from tests.ui.shell_support import PASSPHRASE

LOOKS = [(theme, scale) for theme in ("light", "high_contrast") for scale in (100, 200)]


@pytest.fixture(params=LOOKS, ids=[f"{t}-{s}" for t, s in LOOKS])
def look(request: pytest.FixtureRequest, qapp: QApplication, tmp_path: Path) -> Iterator[str]:
    theme, scale = request.param
    with support.app_theme(qapp, theme, tmp_path / "theme.ini", text_scale=scale):
        yield f"{theme}-{scale}"
    apply_identity(Identity())


def _shoot(qtbot: Any, widget: Any, name: str, look: str, tmp_path: Path, size: QSize) -> None:
    qtbot.addWidget(widget)
    support.render(qtbot, widget, f"disguise-{name}", look, size, folder=tmp_path)


def test_the_lock_screen_in_disguise(
    qtbot: Any, look: str, tmp_path: Path, paths: AppPaths, policy: KdfPolicy
) -> None:
    apply_identity(Identity(True, "Notes", "grid"))
    registry = VaultRegistry(paths.vaults_dir, unlisted=True)
    window = LockWindow(registry, policy, Jobs())
    window.welcome.advice_button.click()
    window.stack.setCurrentWidget(window.welcome)
    _shoot(qtbot, window, "welcome", look, tmp_path, QSize(1000, 900))
    registry.create("Kitchen", PASSPHRASE, policy=policy)[0].lock()
    window.reset()
    window.unlock.show_problem(window._unlisted_wrong_text(False))
    _shoot(qtbot, window, "unlisted-unlock", look, tmp_path, QSize(1000, 700))


def test_creating_a_vault_offers_the_disguise(
    qtbot: Any, look: str, tmp_path: Path, paths: AppPaths, policy: KdfPolicy
) -> None:
    window = LockWindow(VaultRegistry(paths.vaults_dir), policy, Jobs())
    window.show_create()
    _shoot(qtbot, window, "create", look, tmp_path, QSize(1000, 1000))


def test_settings_privacy_and_the_neutral_screen(
    qtbot: Any, look: str, tmp_path: Path, paths: AppPaths, policy: KdfPolicy
) -> None:
    registry = VaultRegistry(paths.vaults_dir)
    vault, _ = registry.create("Kitchen", PASSPHRASE, policy=policy)
    try:
        paths.ensure()
        settings = AppSettings(open_settings(paths))
        settings.disguise_on = True
        from PySide6.QtWidgets import QVBoxLayout, QWidget

        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(24, 24, 24, 24)
        column.addWidget(PrivacyBox(settings, registry, vault))
        column.addWidget(SharedComputerAdvice())
        width = 720 if look.endswith("100") else 1200
        holder.setFixedWidth(width)
        _shoot(qtbot, holder, "privacy", look, tmp_path, QSize(width, holder.sizeHint().height()))
    finally:
        vault.lock()
    apply_identity(Identity(True, "Notes", "notepad"))
    _shoot(qtbot, NeutralScreen(), "neutral-screen", look, tmp_path, QSize(700, 450))
    about = AboutDialog()
    _shoot(qtbot, about, "about", look, tmp_path, about.sizeHint().expandedTo(QSize(520, 300)))
