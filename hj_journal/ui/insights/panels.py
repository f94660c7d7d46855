"""The worded parts of Insights: "What helps me" and "What was present on calmer days"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from hj_journal.core.insights.service import CalmerDays, StrategyEffect
from hj_journal.ui.common.widgets import text_label

MAX_OBSERVATIONS = 8


class _ListPanel(QWidget):
    """A column of sentences, rebuilt each time the data changes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(8)

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _add(self, text: str, role: str | None = None) -> QLabel:
        label = text_label(text, role)
        self._layout.addWidget(label)
        # At once, not on the next turn of the event loop (Qt's way for a child added to a
        # shown panel): the whole report after a first look fills a panel on show.
        label.show()
        return label

    def sentences(self) -> list[str]:
        """Every sentence shown, in order (for tests and the accessible description)."""
        result = []
        for i in range(self._layout.count()):
            item = self._layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and not widget.isHidden():
                result.append(widget.text())
        return result


class WhatHelpsPanel(_ListPanel):
    """One sentence per coping strategy; those without enough practices yet are quieter."""

    def set_effects(self, effects: Sequence[StrategyEffect]) -> None:
        """Show ``effects`` (already in order: clearest patterns first)."""
        self._clear()
        if not effects:
            self._add(
                QCoreApplication.translate(
                    "Insights",
                    "When you rate your distress before and after a coping practice, what "
                    "seems to help you will show here.",
                ),
                "muted",
            )
            return
        for effect in effects:
            label = self._add(effect.sentence, None if effect.enough else "muted")
            label.setAccessibleName(effect.title)
            label.setAccessibleDescription(effect.sentence)
        self._add(
            QCoreApplication.translate(
                "Insights",
                "“Typically” means the middle of your ratings (the median), so one unusual "
                "day does not sway it. These are your own ratings, not a verdict on any practice.",
            ),
            "muted",
        )


class CalmerDaysPanel(_ListPanel):
    """Words that came up more on calmer days, as observations, never as causes."""

    def set_gathering(self) -> None:
        """Say the comparison is still being gathered (it reads every check-in)."""
        self._clear()
        self._add(QCoreApplication.translate("Insights", "Gathering your insights…"), "muted")

    def set_calmer_days(self, calmer: CalmerDays) -> None:
        """Show what was present on calmer days."""
        self._clear()
        if not calmer.enough:
            self._add(calmer.summary, "muted")
            return
        shown = calmer.leaning_calmer[:MAX_OBSERVATIONS]
        if not shown:
            self._add(
                QCoreApplication.translate("Insights", "Nothing stood out on calmer days yet."),
                "muted",
            )
        for observation in shown:
            label = self._add(observation.sentence)
            label.setAccessibleName(observation.word)
        self._add(calmer.summary, "muted")
