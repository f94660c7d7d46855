"""Copying text out of the journal, and taking it back off the clipboard on lock.

Pages copy through :meth:`ClipboardGuard.copy` (``ctx.clipboard.copy(text)``). The
guard also notices text the user copies with Ctrl+C from any of the app's own fields.
It remembers only a fingerprint of what the app put there, never the text, and on lock
clears the clipboard if it still holds one of those texts — what the user copied from
another program is left alone.
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QClipboard, QGuiApplication


def _fingerprint(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class ClipboardGuard(QObject):
    """Copies text for the app and clears it again when the vault locks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ours: set[bytes] = set()
        self._watching = False
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._clipboard.dataChanged.connect(self._on_changed)

    def copy(self, text: str) -> None:
        """Put ``text`` on the clipboard, remembering that the app placed it there."""
        self._ours.add(_fingerprint(text))
        self._clipboard.setText(text)

    def watch(self, enabled: bool) -> None:
        """Notice copies made inside the app (on while the vault is unlocked)."""
        self._watching = enabled

    def holds_ours(self) -> bool:
        """True when the clipboard holds text the app put there."""
        text = self._clipboard.text()
        return bool(text) and _fingerprint(text) in self._ours

    def clear_if_ours(self) -> bool:
        """Clear the clipboard if it holds the app's text; forget what was copied."""
        cleared = False
        text = self._clipboard.text(QClipboard.Mode.Clipboard)
        if text and _fingerprint(text) in self._ours:
            self._clipboard.clear(QClipboard.Mode.Clipboard)
            cleared = True
        # X11's primary selection holds whatever is selected in our fields.
        if self._clipboard.supportsSelection() and self._clipboard.ownsSelection():
            self._clipboard.clear(QClipboard.Mode.Selection)
            cleared = True
        self._ours.clear()
        return cleared

    @Slot()
    def _on_changed(self) -> None:
        # Ctrl+C in a QLineEdit or QTextEdit goes straight to the system clipboard; when
        # the app owns the clipboard right after a change, the text came from us.
        if not self._watching:
            return
        if self._clipboard.ownsClipboard() or QGuiApplication.focusWindow() is not None:
            text = self._clipboard.text()
            if text:
                self._ours.add(_fingerprint(text))
