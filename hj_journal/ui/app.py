"""Start the desktop app (a placeholder until the lock screen and main window land)."""

from __future__ import annotations

import sys

from hj_journal.paths import AppPaths


def run(paths: AppPaths) -> int:
    """Show the app's window and run until it closes."""
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel("HJ Journal")
    label.setWindowTitle("HJ Journal")
    label.resize(480, 320)
    label.show()
    return app.exec()
