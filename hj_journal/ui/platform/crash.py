"""When something unexpected happens: keep the draft, log without content, say so calmly.

:class:`CrashHandler` replaces ``sys.excepthook`` while the app runs. On an unexpected
error it first asks every page to save what was typed (so the draft survives even if
the app then closes), then writes a content-free log line
(:func:`hj_journal.errorlog.log_unexpected`), then shows the calm
:class:`~hj_journal.ui.platform.crash_dialog.CrashDialog` without blocking. The next unlock
offers the saved draft back (the Journal page does that).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from hj_journal.ui.platform.crash_dialog import CrashDialog

# The log writer and the dialog load when first needed (the app warms them up once the
# lock screen is painted), so installing the handler at start-up costs next to nothing.

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


class CrashHandler:
    """Installs itself as ``sys.excepthook``; see the module docstring."""

    def __init__(
        self,
        log_dir: Path,
        *,
        save_all: Callable[[], None],
        lock: Callable[[], None],
        parent_window: Callable[[], QWidget | None] = lambda: None,
    ) -> None:
        self._log_dir = log_dir
        self._save_all = save_all
        self._lock = lock
        self._parent_window = parent_window
        self._previous: ExceptHook | None = None
        self._handling = False
        self.dialog: CrashDialog | None = None  # the dialog on screen, if any
        self.last_log: Path | None = None

    def install(self) -> None:
        """Become ``sys.excepthook``."""
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self.handle

    def uninstall(self) -> None:
        """Give ``sys.excepthook`` back."""
        if self._previous is not None:
            sys.excepthook = self._previous
            self._previous = None

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Save drafts, log without content and show the calm dialog."""
        if issubclass(exc_type, KeyboardInterrupt) or self._handling:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._handling = True
        try:
            # Saving comes first: if anything below goes wrong, the draft is safe.
            try:
                self._save_all()
            except Exception as inner:  # logged below, without content
                self._log(type(inner), inner.__traceback__)
            self._log(exc_type, tb)
            self._show()
        finally:
            self._handling = False

    def _log(self, exc_type: type[BaseException], tb: TracebackType | None) -> None:
        from hj_journal.errorlog import log_unexpected

        try:
            self.last_log = log_unexpected(self._log_dir, exc_type, tb)
        except OSError:
            # A full or read-only disk must not turn one problem into two.
            self.last_log = None

    def _show(self) -> None:
        from hj_journal.ui.platform.crash_dialog import CrashDialog

        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog is enough, however many errors follow
        dialog = CrashDialog(self.last_log, self._parent_window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._lock)
        dialog.destroyed.connect(self._forget_dialog)
        self.dialog = dialog
        dialog.open()  # never blocks: the app keeps running underneath

    def _forget_dialog(self) -> None:
        self.dialog = None


def __getattr__(name: str) -> object:
    """``CrashDialog`` is still importable from here (it lives in its own module)."""
    if name == "CrashDialog":
        from hj_journal.ui.platform.crash_dialog import CrashDialog

        return CrashDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
