"""The app's own message boxes: calm, in its theme, with no alarming icons.

Qt's message boxes put a green tick, a blue question mark or a red cross beside the
words and size themselves by their own rules, so long sentences at large text get cut
off. These are small dialogs in the app's look instead: a short heading, wrapping text
(an optional second paragraph, optional details behind a button) and buttons whose
words say what happens. Whatever the question, Enter and Escape pick the safe answer
unless the caller says otherwise.

Use :func:`inform` for a message, :func:`confirm` for a yes-or-no question, and
:class:`CalmDialog` itself when a question has more than two answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

# How wide the words may run, in average characters: short enough to read easily,
# wide enough that a dialog is not a tall thin column (it grows with the text size).
_LINE_CHARS = 56


class CalmDialog(QDialog):
    """A heading, wrapping text and the buttons added with :meth:`add_button`."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        text: str,
        info: str = "",
        *,
        details: str = "",
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setModal(True)
        self._clicked: QAbstractButton | None = None
        self._escape: QAbstractButton | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        width = self.fontMetrics().averageCharWidth() * _LINE_CHARS
        self.heading = self._label(text, "subheading", width)
        layout.addWidget(self.heading)
        self.info = self._label(info, None, width)
        self.info.setVisible(bool(info))
        layout.addWidget(self.info)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Details"))
        self.details.hide()
        self.details_button: QPushButton | None = None
        if details:
            self.details_button = QPushButton(self.tr("Show &details"))
            self.details_button.setProperty("role", "link")
            self.details_button.clicked.connect(self._toggle_details)
            layout.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details, 1)
        self._buttons = QHBoxLayout()
        self._buttons.setSpacing(8)
        self._buttons.addStretch(1)
        layout.addSpacing(4)
        layout.addLayout(self._buttons)

    @staticmethod
    def _label(text: str, role: str | None, width: int) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setMinimumWidth(width)
        if role:
            label.setProperty("role", role)
        return label

    # ------------------------------------------------------------------ buttons

    def add_button(
        self, text: str, *, primary: bool = False, default: bool = False, escape: bool = False
    ) -> QPushButton:
        """A button that closes the dialog; ``default`` answers Enter, ``escape`` Escape."""
        button = QPushButton(text)
        if primary:
            button.setProperty("role", "primary")
        button.setAutoDefault(False)
        button.clicked.connect(lambda _=False, b=button: self._chosen(b))
        self._buttons.addWidget(button)
        if default:
            button.setDefault(True)
            button.setFocus()
        if escape:
            self._escape = button
        return button

    def text(self) -> str:
        """The heading (the question or message itself)."""
        return self.heading.text()

    def informative_text(self) -> str:
        """The paragraph under the heading."""
        return self.info.text()

    def default_button(self) -> QPushButton | None:
        """The button Enter presses."""
        for button in self.findChildren(QPushButton):
            if button.isDefault():
                return button
        return None

    def escape_button(self) -> QAbstractButton | None:
        """The button Escape (or closing the window) stands for."""
        return self._escape

    def clicked_button(self) -> QAbstractButton | None:
        """The button that closed the dialog (Escape counts as the escape button)."""
        return self._clicked

    def ask(self) -> QAbstractButton | None:
        """Show the dialog and wait; the button chosen (None: closed without one)."""
        self.exec()
        return self._clicked

    # ------------------------------------------------------------------ slots

    def _chosen(self, button: QAbstractButton) -> None:
        self._clicked = button
        self.accept()

    def reject(self) -> None:
        """Escape or the window's close button: the escape button's answer."""
        if self._clicked is None:
            self._clicked = self._escape
        super().reject()

    @Slot()
    def _toggle_details(self) -> None:
        shown = not self.details.isVisible()
        self.details.setVisible(shown)
        if self.details_button is not None:
            self.details_button.setText(
                self.tr("Hide &details") if shown else self.tr("Show &details")
            )
        self.adjustSize()


def inform(parent: QWidget | None, title: str, text: str, *, details: str = "") -> None:
    """A calm message with one button (details, when given, behind "Show details")."""
    dialog = CalmDialog(parent, title, text, details=details)
    dialog.add_button(
        QCoreApplication.translate("CalmDialog", "OK"), primary=True, default=True, escape=True
    )
    dialog.ask()
    dialog.deleteLater()


def question(
    parent: QWidget | None,
    title: str,
    text: str,
    yes_text: str,
    no_text: str,
    *,
    info: str = "",
    default_yes: bool = False,
) -> tuple[CalmDialog, QPushButton]:
    """The dialog :func:`confirm` shows (not shown yet) and its yes button."""
    dialog = CalmDialog(parent, title, text, info)
    no = dialog.add_button(no_text, default=not default_yes, escape=True)
    yes = dialog.add_button(yes_text, primary=default_yes, default=default_yes)
    no.setAccessibleDescription(
        QCoreApplication.translate("CalmDialog", "Keeps things as they are")
    )
    return dialog, yes


def confirm(
    parent: QWidget | None,
    title: str,
    text: str,
    yes_text: str,
    no_text: str,
    *,
    info: str = "",
    default_yes: bool = False,
) -> bool:
    """Ask a yes-or-no question; True only when ``yes_text`` was pressed.

    Enter and Escape answer ``no_text`` (keep things as they are) unless ``default_yes``.
    """
    dialog, yes = question(
        parent, title, text, yes_text, no_text, info=info, default_yes=default_yes
    )
    answer = dialog.ask() is yes
    dialog.deleteLater()
    return answer
