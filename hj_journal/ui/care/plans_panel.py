"""The "Plans" tab: the four kinds of plan on the left, the chosen one's guided form."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.care.plans import Plans
from hj_journal.ui.care.labels import day_text
from hj_journal.ui.care.models import SUBTITLE_ROLE, TwoLineDelegate
from hj_journal.ui.care.plan_flow import PlanFlow
from hj_journal.ui.common.widgets import field_label

KIND_ROLE = Qt.ItemDataRole.UserRole + 10  # clear of the models' roles


class PlansPanel(QWidget):
    """Choose a plan; its form opens beside the list, kept while the page lives."""

    saved = Signal(str)

    def __init__(
        self,
        plans: Plans,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._plans = plans
        self._today = today
        self.flows: dict[str, PlanFlow] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(16)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setMaximumWidth(280)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setItemDelegate(TwoLineDelegate(self.list))
        left.addWidget(field_label(QCoreApplication.translate("Care", "Your &plans"), self.list))
        left.addWidget(self.list, 1)
        outer.addLayout(left)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)
        for form in plans.forms():
            item = QListWidgetItem(form.title)
            item.setData(KIND_ROLE, form.kind.value)
            item.setToolTip(form.summary)
            self.list.addItem(item)
        self.refresh()
        self.list.currentRowChanged.connect(self._row_changed)
        self.list.setCurrentRow(0)

    def refresh(self) -> None:
        """Update each plan's line in the list (when it was last saved)."""
        saved = {plan.kind: plan for plan in self._plans.plans()}
        for row in range(self.list.count()):
            item = self.list.item(row)
            kind = str(item.data(KIND_ROLE))
            form = self._plans.form(kind)
            latest = self._plans.latest(kind) if kind in saved else None
            when = (
                QCoreApplication.translate("Care", "Saved {day}").format(
                    day=day_text(latest.saved_at)
                )
                if latest
                else QCoreApplication.translate("Care", "Nothing saved yet")
            )
            private = QCoreApplication.translate("Care", " · private") if form.private else ""
            item.setData(SUBTITLE_ROLE, f"{when}{private}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{form.title}, {when}{private}")

    @Slot(int)
    def _row_changed(self, row: int) -> None:
        item = self.list.item(row)
        if item is not None:
            self.show_plan(str(item.data(KIND_ROLE)))

    def flow(self, kind: str) -> PlanFlow:
        """The form of one kind (built the first time it is asked for)."""
        if kind not in self.flows:
            flow = PlanFlow(self._plans, kind, self, today=self._today)
            flow.saved.connect(self._flow_saved)
            flow.open_plan_requested.connect(self.show_plan)
            self.flows[kind] = flow
            self.stack.addWidget(flow)
        return self.flows[kind]

    @Slot(str)
    def show_plan(self, kind: str) -> PlanFlow:
        """Show one plan's form."""
        flow = self.flow(kind)
        self.stack.setCurrentWidget(flow)
        for row in range(self.list.count()):
            if self.list.item(row).data(KIND_ROLE) == kind and self.list.currentRow() != row:
                self.list.setCurrentRow(row)
        return flow

    @Slot(str)
    def _flow_saved(self, kind: str) -> None:
        self.refresh()
        self.saved.emit(kind)

    def save_unsaved(self) -> None:
        """Keep what was typed in any open form as a new version (on leave and lock)."""
        for flow in self.flows.values():
            if flow.is_dirty():
                flow.save()
