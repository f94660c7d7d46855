"""Start the desktop app: everything is wired here, nothing happens at import time."""

from __future__ import annotations

import sys
from collections.abc import Callable

from hj_journal.core.vaults import KdfPolicy
from hj_journal.paths import AppPaths
from hj_journal.ui.platform.platform_check import (
    EXIT_MISSING_SYSTEM_PACKAGE,
    check_window_libraries,
)


def _install_translations(app: object) -> None:
    """Qt's own translations (standard buttons) and ours, for the system's language."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from hj_journal.bundled import ResourcesMissingError, resource_path

    locale = QLocale.system()
    qt = QTranslator(app)  # type: ignore[arg-type]
    if qt.load(
        locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        app.installTranslator(qt)  # type: ignore[attr-defined]
    try:
        folder = resource_path("translations")
    except ResourcesMissingError:
        return
    ours = QTranslator(app)  # type: ignore[arg-type]
    if folder.is_dir() and ours.load(locale, "hj_journal", "_", str(folder)):
        app.installTranslator(ours)  # type: ignore[attr-defined]


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
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    # The names Qt reports (applicationName, applicationDisplayName, the desktop file
    # name) and the window icon are set by the controller from the app settings
    # (hj_journal.ui.platform.disguise), before the lock screen is made.
    # No organisation name on purpose: nothing may fall back to a default QSettings.
    confine_qt_settings(paths)
    _install_translations(app)
    controller = AppController(
        app, paths, open_settings(paths), policy=policy or KdfPolicy.production()
    )
    controller.start()
    try:
        return app.exec()
    finally:
        controller.shutdown()
