"""Start the desktop app: everything is wired here, nothing happens at import time."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from hj_journal.ui.platform.platform_check import (
    EXIT_MISSING_SYSTEM_PACKAGE,
    check_window_libraries,
)

FUSION = "Fusion"  # the style every theme is drawn with (hj_journal.ui.platform.theme)

if TYPE_CHECKING:  # Qt loads only after the window check in run()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication


def _install_translations(app: QApplication, paths: AppPaths, qsettings: QSettings) -> None:
    """Qt's own words (standard buttons) and ours, in the language the settings say."""
    from hj_journal.ui.platform import translations
    from hj_journal.ui.platform.app_settings import AppSettings

    language = translations.language_of(AppSettings(qsettings).language)
    translations.install(app, language, paths.cache_folder)


def run(
    paths: AppPaths,
    *,
    policy: KdfPolicy | None = None,
    window_check: Callable[[], str | None] = check_window_libraries,
) -> int:
    """Show the lock screen and run until the app quits; returns the exit code.

    Before Qt loads, ``window_check`` looks for the system libraries the window needs;
    when one is missing it prints one line naming the package and returns
    ``EXIT_MISSING_SYSTEM_PACKAGE`` (2) instead of letting Qt abort.
    """
    problem = window_check()
    if problem is not None:
        print(problem, file=sys.stderr)
        return EXIT_MISSING_SYSTEM_PACKAGE
    from PySide6.QtWidgets import QApplication

    from hj_journal.ui.platform.app_settings import confine_qt_settings, open_settings
    from hj_journal.ui.shell.controller import AppController

    paths.ensure()
    existing = QApplication.instance()
    # Made with the theme's Fusion style from the start: setting it afterwards would
    # make the desktop's default style first, then Fusion (ThemeManager).
    program = sys.argv[0] if sys.argv else "hj-journal"
    app = existing or QApplication([program, "-style", FUSION, *sys.argv[1:]])
    assert isinstance(app, QApplication)
    # The names Qt reports (applicationName, applicationDisplayName, the desktop file
    # name) and the window icon are set by the controller from the app settings
    # (hj_journal.ui.platform.disguise), before the lock screen is made.
    # No organisation name on purpose: nothing may fall back to a default QSettings.
    confine_qt_settings(paths)
    qsettings = open_settings(paths)
    _install_translations(app, paths, qsettings)
    controller = AppController(
        app,
        paths,
        qsettings,
        policy=policy or KdfPolicy.production(),
        fusion_at_start=existing is None,
    )
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
