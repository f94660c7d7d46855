"""The short, kind panel shown for a section whose page is still being built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from hj_journal.ui.common.widgets import Card, text_label
from hj_journal.ui.platform.icons import set_icon
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.sections import SectionPage


class ComingPage(SectionPage):
    """Says what will be here, without making anyone wait for it."""

    def __init__(
        self, ctx: UiContext, title: str, description: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(title)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addStretch(1)
        card = Card()
        card.setMaximumWidth(560)
        card.setMinimumWidth(320)
        picture = QLabel()
        set_icon(picture, "coming", 40)
        picture.setAccessibleName(self.tr("A small seedling"))
        card.body.addWidget(picture, 0, Qt.AlignmentFlag.AlignLeft)
        card.body.addWidget(text_label(title, "heading"))
        card.body.addWidget(text_label(self.tr("This part of HJ Journal is on its way.")))
        card.body.addWidget(text_label(description, "muted"))
        # Stretches rather than an alignment flag: wrapped text then gets its height.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
