"""The "Care map & plans" section: care map, support resources and plans, as tabs.

Other parts of the app can open a tab directly: :meth:`CarePage.show_map`,
:meth:`CarePage.show_resources` and :meth:`CarePage.show_plan`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from hj_journal.ui.care.asker import CareAsker
from hj_journal.ui.care.map_panel import MapPanel
from hj_journal.ui.care.plan_flow import PlanFlow
from hj_journal.ui.care.plans_panel import PlansPanel
from hj_journal.ui.care.resources_panel import ResourcesPanel
from hj_journal.ui.common.widgets import text_label
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.sections import SectionPage


class CarePage(SectionPage):
    """Three tabs: Care map, Support resources, Plans."""

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        asker: CareAsker | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(ctx, parent)
        services = ctx.services
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 16)
        outer.setSpacing(8)
        outer.addWidget(
            text_label(QCoreApplication.translate("Care", "Care map & plans"), "heading")
        )
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Care",
                    "The people and places that hold you, the support you can reach, and "
                    "plans written in your own words. Everything here is optional and stays "
                    "in your vault.",
                ),
                "muted",
            )
        )
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.map_panel = MapPanel(services.care, self.tabs, asker=asker, today=today)
        self.resources_panel = ResourcesPanel(services.care, self.tabs, asker=asker)
        self.plans_panel = PlansPanel(services.plans, self.tabs, today=today)
        for panel in (self.map_panel, self.resources_panel, self.plans_panel):
            panel.setContentsMargins(0, 12, 0, 0)
        self.tabs.addTab(self.map_panel, QCoreApplication.translate("Care", "Care &map"))
        self.tabs.addTab(
            self.resources_panel, QCoreApplication.translate("Care", "&Support resources")
        )
        self.tabs.addTab(self.plans_panel, QCoreApplication.translate("Care", "P&lans"))
        # Others (the support panel) hear of a saved person, resource or plan from the
        # care services themselves, through the hub's care_changed.
        outer.addWidget(self.tabs, 1)

    def activate(self) -> None:
        """Read everything again (another page may have changed it)."""
        self.map_panel.refresh()
        self.resources_panel.refresh()
        self.plans_panel.refresh()

    def save_state(self) -> None:
        """Keep any plan typed but not saved, as a new version."""
        self.plans_panel.save_unsaved()

    def show_map(self) -> None:
        """Open the Care map tab."""
        self.tabs.setCurrentWidget(self.map_panel)

    def show_resources(self) -> None:
        """Open the Support resources tab."""
        self.tabs.setCurrentWidget(self.resources_panel)

    def show_plan(self, kind: str) -> PlanFlow:
        """Open one plan's guided form."""
        self.tabs.setCurrentWidget(self.plans_panel)
        return self.plans_panel.show_plan(kind)
