"""Care resources (practice vaults only): the support resources part of care, alone.

A practitioner keeps crisis lines, warm lines, non-police teams and community places to
share with the people they support, in the order they would suggest them. The personal
care map and the self-care, safety and repair plans are left out: they describe one
person's own life and support, which a practice vault never holds (a client's own plan
is made with them in a session, as agreements and self-care steps, and goes home in
their summary).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget

from hj_journal.ui.care.asker import CareAsker
from hj_journal.ui.care.resources_panel import ResourcesPanel
from hj_journal.ui.common.widgets import text_label
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.sections import SectionPage


class CareResourcesPage(SectionPage):
    """The support resources list, framed for a practitioner."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, asker: CareAsker | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.heading = text_label(
            QCoreApplication.translate("Practice", "Care resources"), "heading"
        )
        self.lead = text_label(
            QCoreApplication.translate(
                "Practice",
                "Crisis lines, warm lines, teams that come without police, and community "
                "places you may share with the people you support, in the order you would "
                "suggest them. They stay in this vault.",
            ),
            "muted",
        )
        self.resources_panel = ResourcesPanel(ctx.services.care, self, asker=asker)
        column = QVBoxLayout(self)
        column.setContentsMargins(24, 20, 24, 16)
        column.setSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.lead)
        column.addWidget(self.resources_panel, 1)

    def activate(self) -> None:
        """Read the resources again."""
        self.resources_panel.refresh()
