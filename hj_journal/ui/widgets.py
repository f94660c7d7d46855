"""Small building blocks shared by the app's screens (labels, fields, cards)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from hj_journal.ui.icons import set_icon


def text_label(text: str, role: str | None = None, *, wrap: bool = True) -> QLabel:
    """A label with an optional theme role ("heading", "subheading", "muted", "notice")."""
    label = QLabel(text)
    label.setWordWrap(wrap)
    if role:
        label.setProperty("role", role)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def field_label(text: str, buddy: QWidget) -> QLabel:
    """A label for an input: sets the buddy (Alt+letter) and the input's accessible name."""
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setWordWrap(True)
    if not buddy.accessibleName():
        buddy.setAccessibleName(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
    return label


def grow_to_fit(window: QWidget) -> None:
    """Give a window at least the size its layout now asks for; never shrink it.

    Qt sizes a window once, from a minimum that leaves wrapped text out, so a dialog
    whose content grows later (a preview arrives, a long sentence wraps) would squeeze
    its widgets over each other. Call this after building it, or after its content grows.
    """
    hint = window.sizeHint()
    if not window.isVisible() and not window.testAttribute(Qt.WidgetAttribute.WA_Resized):
        window.resize(hint)  # not shown yet: start at the size it asks for
        return
    window.resize(max(window.width(), hint.width()), max(window.height(), hint.height()))


class Card(QFrame):
    """A softly bordered panel with generous padding."""

    def __init__(self, parent: QWidget | None = None, *, margin: int = 28) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.body = QVBoxLayout(self)
        self.body.setContentsMargins(margin, margin, margin, margin)
        self.body.setSpacing(12)


class MessageLabel(QLabel):
    """A calm message under a form; screen readers hear it when it changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setProperty("role", "notice")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, text: str) -> None:
        """Show ``text`` (and announce it)."""
        # Loaded here, not with the module: the lock screen is built before any message.
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.setText(text)
        self.setVisible(bool(text))
        if text and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self, text))

    def clear_message(self) -> None:
        """Hide the message."""
        self.clear()
        self.hide()


class PassphraseEdit(QLineEdit):
    """A passphrase field with a show/hide toggle at its end."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setClearButtonEnabled(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self._toggle = QAction(self)
        self._toggle.setCheckable(True)
        self._toggle.setShortcut(QKeySequence("Ctrl+H"))
        self._toggle.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self._toggle.toggled.connect(self._on_toggled)
        self.addAction(self._toggle, QLineEdit.ActionPosition.TrailingPosition)
        self._on_toggled(False)

    @property
    def toggle_action(self) -> QAction:
        """The show/hide action (Ctrl+H while the field has focus)."""
        return self._toggle

    @Slot(bool)
    def _on_toggled(self, shown: bool) -> None:
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        text = self.tr("Hide passphrase") if shown else self.tr("Show passphrase")
        self._toggle.setText(text)
        self._toggle.setToolTip(self.tr("{action} (Ctrl+H)").format(action=text))
        set_icon(self._toggle, "hide" if shown else "show")

    def wipe(self) -> None:
        """Empty the field, hide its text again and forget its undo history."""
        self._toggle.setChecked(False)
        # setText (unlike typing or clear) also drops the undo history of what was typed.
        self.setText("")
        self.setModified(False)
