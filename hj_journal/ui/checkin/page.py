"""The Check-in section: a quick check-in, questionnaires, your own scales and history.

Four tabs in a fixed order. Saving goes through the core services; the page only
decides when to offer the support panel — after PHQ-9 item 9 is answered above
"Not at all", and after a quick check-in at or above the distress level the person
chose (off unless they choose one) — and asks the window for the Coping section when
a coping exercise is wanted.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.checkins import CheckInView
from hj_journal.core.checkin.instruments.schema import Instrument
from hj_journal.core.checkin.prefs import CheckInPreferences
from hj_journal.core.checkin.questionnaires import ResponseView
from hj_journal.ui.care.support_panel import REASON_DISTRESS, REASON_ITEM9, SupportPanel
from hj_journal.ui.checkin.flow import QuestionnaireFlow
from hj_journal.ui.checkin.history import HistoryPanel
from hj_journal.ui.checkin.question import plain
from hj_journal.ui.checkin.quick import QuickCheckInCard
from hj_journal.ui.checkin.scales_tab import ScalesPanel
from hj_journal.ui.checkin.settings_dialog import QuestionnaireSettingsDialog
from hj_journal.ui.common.access import name_controls
from hj_journal.ui.common.widgets import Card, scrolled_column
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.section_keys import Section
from hj_journal.ui.shell.sections import SectionPage

COLUMN = 760
AROUND = (4, 12, 4, 12)  # room around a tab's column: left, top, right, bottom


class CheckInPage(SectionPage):
    """Check-in: quick check-in, questionnaires, your own scales, history."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAccessibleName(self.tr("Check-in"))
        self.flow: QuestionnaireFlow | None = None
        self.support_panel: SupportPanel | None = None
        services = ctx.services

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.quick = QuickCheckInCard(services.checkins, services.checkin_words)
        self.tabs.addTab(
            scrolled_column(self.quick, COLUMN, margins=AROUND), self.tr("Quick check-in")
        )

        self.questionnaires = QStackedWidget()
        self.list_box = QWidget()
        self.list_column = QVBoxLayout(self.list_box)
        self.list_column.setContentsMargins(0, 0, 0, 0)
        self.list_column.setSpacing(12)
        self.questionnaires.addWidget(scrolled_column(self.list_box, COLUMN, margins=AROUND))
        self.tabs.addTab(self.questionnaires, self.tr("Questionnaires"))

        self.scales = ScalesPanel(services.scales)
        self.tabs.addTab(self.scales, self.tr("Your own scales"))
        self.history = HistoryPanel(services.checkins, services.questionnaires)
        self.tabs.addTab(self.history, self.tr("History"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 12)
        layout.setSpacing(8)
        layout.addWidget(plain(self.tr("Check-in"), "heading"))
        layout.addWidget(
            plain(
                self.tr(
                    "Notice how you are, in ten seconds or in more detail. Every question "
                    "can be skipped, and results stay hidden until you ask for them."
                ),
                "muted",
            )
        )
        layout.addWidget(self.tabs, 1)
        self._connect_signals()
        self.refresh_questionnaires()

    def _connect_signals(self) -> None:
        self.quick.saved.connect(self._checkin_saved)

    # ------------------------------------------------------------------ page contract

    def activate(self) -> None:
        """Show what changed elsewhere (new check-ins, settings)."""
        if self.flow is None:
            self.refresh_questionnaires()
        self.history.refresh()

    def save_state(self) -> None:
        """Nothing to keep: check-ins and answers are saved only when you choose Save."""

    # ------------------------------------------------------------------ questionnaires

    def refresh_questionnaires(self) -> None:
        """Rebuild the list of questionnaires (hidden ones are left out)."""
        while self.list_column.count():
            item = self.list_column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.list_column.addWidget(
            plain(
                self.tr(
                    "Standard questionnaires you can take when you choose to. They are "
                    "a way of noticing, never a diagnosis."
                ),
                "muted",
            )
        )
        self.start_buttons: dict[str, QPushButton] = {}
        shown = self.ctx.services.questionnaires.instruments()
        for instrument in shown:
            self.list_column.addWidget(self._instrument_card(instrument))
        if not shown:
            self.list_column.addWidget(
                plain(
                    self.tr(
                        "Every questionnaire is hidden. You can show them again in "
                        "Questionnaire settings."
                    )
                )
            )
        self.settings_button = QPushButton(self.tr("Questionnaire settings…"))
        self.settings_button.clicked.connect(self.edit_settings)
        row = QWidget()
        row_box = QHBoxLayout(row)
        row_box.setContentsMargins(0, 0, 0, 0)
        row_box.addWidget(self.settings_button)
        row_box.addStretch(1)
        self.list_column.addWidget(row)
        self.list_column.addStretch(1)
        name_controls(self.list_box)

    def _instrument_card(self, instrument: Instrument) -> QWidget:
        form = self.ctx.services.questionnaires.form(instrument.id)
        card = Card(margin=18)
        name = instrument.variant(form.form_id)
        short = name.short_name if name is not None else instrument.short_name
        card.body.addWidget(plain(f"{short} · {instrument.title}", "subheading"))
        questions = len(form.asked_items)
        card.body.addWidget(
            plain(
                self.tr(
                    "%n question(s) about how things have been {recall}.", "", questions
                ).format(recall=instrument.recall_period),
                "muted",
            )
        )
        begin = QPushButton(self.tr("Begin"))
        begin.setAccessibleName(self.tr("Begin {name}").format(name=short))
        begin.clicked.connect(lambda: self.start(instrument.id))
        history = QPushButton(self.tr("Your history"))
        history.setAccessibleName(self.tr("Your {name} history").format(name=short))
        history.clicked.connect(lambda: self.show_history(instrument.id))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(history)
        row.addWidget(begin)
        card.body.addLayout(row)
        self.start_buttons[instrument.id] = begin
        return card

    def start(self, instrument_id: str) -> QuestionnaireFlow:
        """Open a questionnaire at its introduction."""
        self._close_flow()
        self.tabs.setCurrentWidget(self.questionnaires)
        services = self.ctx.services
        self.flow = QuestionnaireFlow(
            services.questionnaires, services.checkin_prefs, instrument_id
        )
        self.flow.closed.connect(self._close_flow)
        self.flow.saved.connect(self._response_saved)
        self.flow.coping_requested.connect(self.offer_coping)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(4, 12, 4, 4)
        box.addWidget(self.flow)
        self.questionnaires.addWidget(holder)
        self.questionnaires.setCurrentWidget(holder)
        self.flow.next_button.setFocus()
        return self.flow

    @Slot()
    def _close_flow(self) -> None:
        if self.flow is None:
            return
        holder = self.flow.parentWidget()
        self.flow = None
        self.questionnaires.setCurrentIndex(0)
        if holder is not None:
            self.questionnaires.removeWidget(holder)
            holder.hide()
            holder.deleteLater()
        self.refresh_questionnaires()

    @Slot(object)
    def _response_saved(self, response: ResponseView) -> None:
        self.history.refresh()
        if "item9" in response.score.flags:
            self.open_support(REASON_ITEM9)

    def show_history(self, instrument_id: str) -> None:
        """The History tab with one questionnaire chosen."""
        self.tabs.setCurrentWidget(self.history)
        self.history.show_instrument(instrument_id)

    @Slot()
    def edit_settings(self) -> None:
        """Questionnaire settings; saved through the service when the dialog returns."""
        services = self.ctx.services
        chosen = QuestionnaireSettingsDialog.ask(
            self,
            services.questionnaires.instruments(include_hidden=True),
            services.checkin_prefs.load(),
        )
        if chosen is not None:
            self.apply_settings(chosen)

    def apply_settings(self, prefs: CheckInPreferences) -> None:
        """Save new preferences and show their effect."""
        self.ctx.services.checkin_prefs.save(prefs)
        self.refresh_questionnaires()

    # ------------------------------------------------------------------ quick check-in

    @Slot(object)
    def _checkin_saved(self, view: CheckInView) -> None:
        self.history.refresh()
        if self.ctx.services.checkin_prefs.load().offers_support_at(view.distress):
            self.open_support(REASON_DISTRESS)

    # ------------------------------------------------------------------ support and coping

    def open_support(self, reason: str) -> SupportPanel:
        """Show the support panel (non-modal; closing it changes nothing)."""
        if self.support_panel is not None:
            self.support_panel.close()
            self.support_panel.deleteLater()
        services = self.ctx.services
        self.support_panel = SupportPanel(
            services.care,
            services.plans,
            services.support_lines,
            self.ctx.hub,
            self,
            reason=reason,
        )
        self.support_panel.show()
        self.support_panel.raise_()
        return self.support_panel

    @Slot()
    def offer_coping(self) -> None:
        """Ask the window for the Coping section."""
        self.ctx.hub.request_section(Section.COPING)
