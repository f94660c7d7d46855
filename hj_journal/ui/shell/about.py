"""Help menu dialogs: About HJ Journal (with its Healing Justice roots) and the shortcuts.

With a disguise on (:mod:`hj_journal.ui.platform.disguise`) About shows the neutral name and
icon, and keeps to what any notes app might say: its version, that nothing leaves the
computer, and its licence. The app's own name and roots return with the disguise off.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from hj_journal import __version__
from hj_journal.ui.common.widgets import grow_to_fit
from hj_journal.ui.platform.disguise import current_identity


def _close_buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setText(QCoreApplication.translate("AboutDialog", "Close"))
    close.setAccessibleName(QCoreApplication.translate("AboutDialog", "Close"))
    buttons.rejected.connect(dialog.reject)
    return buttons


class AboutDialog(QDialog):
    """What HJ Journal is, whose work it stands on, and how it keeps things private."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        identity = current_identity()
        self.setWindowTitle(self.tr("About {name}").format(name=identity.name))
        self.setAccessibleName(self.tr("About {name}").format(name=identity.name))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(14)
        top = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(identity.icon().pixmap(56, 56))
        logo.setAccessibleName(
            identity.name if identity.disguised else self.tr("HJ Journal's leaf")
        )
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        title_box = QVBoxLayout()
        title = QLabel(identity.name)
        title.setProperty("role", "heading")
        version = QLabel(self.tr("Version {version}").format(version=__version__))
        version.setProperty("role", "muted")
        title_box.addWidget(title)
        title_box.addWidget(version)
        top.addLayout(title_box, 1)
        layout.addLayout(top)
        paragraphs = self._disguised_paragraphs() if identity.disguised else self._paragraphs()
        for text, role in paragraphs:
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            if role:
                label.setProperty("role", role)
            layout.addWidget(label)
        layout.addWidget(_close_buttons(self))
        self.setMinimumWidth(520)
        grow_to_fit(self)  # tall enough for its wrapped words at any text size

    def _disguised_paragraphs(self) -> list[tuple[str, str | None]]:
        return [
            (
                self.tr(
                    "Everything stays on this computer, encrypted with your passphrase. "
                    "Nothing is sent anywhere."
                ),
                None,
            ),
            (self.tr("Free software under the GNU GPL, version 3 or later."), "muted"),
        ]

    def _paragraphs(self) -> list[tuple[str, str | None]]:
        return [
            (
                self.tr(
                    "A private self-care and well-being journal grounded in the Healing "
                    "Justice framework: intersectionality, a trauma-informed approach, "
                    "community-centred healing, alternative accountability, and self-care "
                    "and well-being."
                ),
                None,
            ),
            (
                self.tr(
                    "Everything stays on this computer, encrypted with your passphrase. "
                    "HJ Journal has no network code and sends nothing anywhere."
                ),
                None,
            ),
            (
                self.tr(
                    "HJ Journal is a companion, not a treatment, and nothing in it is a diagnosis."
                ),
                "muted",
            ),
            (self.tr("With gratitude to the work this app learns from:"), "subheading"),
            (
                "\n".join(
                    (
                        self.tr("• Cara Page and the Kindred Southern Healing Justice Collective"),
                        self.tr("• Healing Justice Lineages, by Cara Page and Erica Woodland"),
                        self.tr("• Mia Mingus, on pods and transformative accountability"),
                        self.tr("• The Creative Interventions toolkit"),
                        self.tr("• SAMHSA's principles of a trauma-informed approach"),
                    )
                ),
                None,
            ),
            (self.tr("Free software under the GNU GPL, version 3 or later."), "muted"),
        ]


class ShortcutsDialog(QDialog):
    """Every keyboard shortcut, in a table a screen reader can walk."""

    def __init__(
        self, shortcuts: Sequence[tuple[str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        intro = QLabel(
            self.tr(
                "Everything in HJ Journal can be done with the keyboard. Tab moves between "
                "controls; arrow keys move in lists."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        table = QTableWidget(len(shortcuts), 2)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setShowGrid(False)
        table.setAlternatingRowColors(True)
        for row, (action, keys) in enumerate(shortcuts):
            table.setItem(row, 0, QTableWidgetItem(action))
            table.setItem(row, 1, QTableWidgetItem(keys))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table = table
        layout.addWidget(table, 1)
        layout.addWidget(_close_buttons(self))
        # Wide enough for the longest action and keys at this text size and in this
        # language (a section name runs long in Spanish), never narrower than before.
        metrics = table.fontMetrics()
        widest = [
            max((metrics.horizontalAdvance(row[column]) for row in shortcuts), default=0)
            for column in (0, 1)
        ]
        room = sum(widest) + 4 * metrics.averageCharWidth() + 24 + 48  # cells, scroll bar, margins
        self.resize(max(480, room), 520)
