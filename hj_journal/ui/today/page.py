"""The Today section: a calm first page after unlocking.

Top to bottom: the date; unsaved writing offered back (only when there is some);
"How are you arriving?" (optional); today's prompt; the latest few entries; and, only
for those who turn it on, entries from this day in earlier years.

Opening an entry or the draft asks for the Journal section through the hub and then
tells the Journal what to open through the hub's ``journal_links``.
Today's prompt is the prompt library's own card (:mod:`hj_journal.ui.prompts.card`),
drawn from the principles the person chose; its *Write about this* opens the Journal
editor with the prompt linked, through the same links.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.arriving import ArrivingPrefs
from hj_journal.ui.common.dates import day_text
from hj_journal.ui.common.widgets import limit_column, text_label
from hj_journal.ui.journal.dialogs import Asker
from hj_journal.ui.prompts.card import PromptCard
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.section_keys import Section
from hj_journal.ui.shell.sections import SectionPage
from hj_journal.ui.today.arriving import ArrivingCard
from hj_journal.ui.today.cards import DraftCard, EntryLinks, card, heading

LATEST_COUNT = 5
COLUMN_WIDTH = 720


class TodayPage(SectionPage):
    """Arriving check-in, today's prompt, the draft and recent entries."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, asker: Asker | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self._asker = asker or Asker()
        self._links = ctx.hub.journal_links
        self._build()
        self._connect_signals()
        draft = ctx.services.drafts.load()
        if draft is not None and not draft.is_empty:
            self.draft_card.offer(draft)  # after a crash, a quick exit or a lock
        self.refresh()

    def _build(self) -> None:
        title = text_label(self.tr("Today"), "heading")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        title.setFont(font)
        self.date_label = text_label(day_text(date.today(), long=True), "muted")

        self.draft_card = DraftCard()
        services = self.ctx.services
        arriving = ArrivingPrefs(services.settings, services.checkins)
        self.arriving = ArrivingCard(services.checkins, prefs=arriving)
        if not arriving.should_ask():  # built after each unlock; asked as often as chosen
            self.arriving.hide()
        self.prompt_card = PromptCard(self.ctx)  # writes through the Journal's links

        self.latest_card = card()
        latest_box = QVBoxLayout(self.latest_card)
        latest_box.setContentsMargins(20, 16, 20, 16)
        latest_box.setSpacing(8)
        latest_box.addWidget(heading(self.tr("Latest entries")))
        self.latest = EntryLinks(
            self.tr("Nothing here yet. Your journal is here when you want it.")
        )
        latest_box.addWidget(self.latest)

        self.on_this_day_card = card()
        day_box = QVBoxLayout(self.on_this_day_card)
        day_box.setContentsMargins(20, 16, 20, 16)
        day_box.setSpacing(8)
        day_box.addWidget(heading(self.tr("On this day")))
        self.on_this_day_toggle = QCheckBox(
            self.tr("&Show entries from this date in earlier years")
        )
        self.on_this_day_toggle.setAccessibleName(self.tr("Show “On this day”"))
        self.on_this_day = EntryLinks(self.tr("Nothing from this date in earlier years."))
        day_box.addWidget(self.on_this_day_toggle)
        day_box.addWidget(self.on_this_day)

        column = QWidget()
        limit_column(column, COLUMN_WIDTH)  # wider as the text grows
        box = QVBoxLayout(column)
        box.setContentsMargins(32, 28, 32, 28)
        box.setSpacing(18)
        box.addWidget(title)
        box.addWidget(self.date_label)
        box.addWidget(self.draft_card)
        box.addWidget(self.arriving)
        box.addWidget(self.prompt_card)
        box.addWidget(self.latest_card)
        box.addWidget(self.on_this_day_card)
        self.support_setup_link = QPushButton(self.tr("Set up your support (two minutes)"))
        self.support_setup_link.setProperty("role", "link")
        self.support_setup_link.setAccessibleName(self.tr("Set up your support"))
        box.addWidget(self.support_setup_link, 0, Qt.AlignmentFlag.AlignLeft)
        if self.ctx.services.settings.is_practice_vault:
            self.support_setup_link.hide()  # a practice vault keeps no personal care map
        box.addStretch(1)

        # Centred between two stretches rather than by alignment: an aligned widget is
        # measured at the holder's width but laid out at its own, so wrapped text would
        # be given too little height and clip.
        holder = QWidget()
        centre = QHBoxLayout(holder)
        centre.setContentsMargins(0, 0, 0, 0)
        centre.addStretch(1)
        centre.addWidget(column, 100)
        centre.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(holder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect_signals(self) -> None:
        hub = self.ctx.hub
        hub.entry_saved.connect(self._entries_moved)
        hub.entry_trashed.connect(self._entries_moved)
        hub.entries_changed.connect(self.refresh)
        hub.vault_locking.connect(self._locking)
        self.draft_card.continue_requested.connect(self.continue_draft)
        self.draft_card.discard_requested.connect(self._discard_draft)
        self.latest.entry_chosen.connect(self.open_entry)
        self.on_this_day.entry_chosen.connect(self.open_entry)
        self.on_this_day_toggle.toggled.connect(self._toggle_on_this_day)
        self.support_setup_link.clicked.connect(self.open_support_setup)

    # ------------------------------------------------------------------ public

    def activate(self) -> None:
        """Shown again: the draft, prompt, latest entries and "On this day" may have changed."""
        self.prompt_card.refresh()
        self.refresh()

    def refresh(self) -> None:
        """Read what the page shows."""
        services = self.ctx.services
        draft = services.drafts.load()
        if draft is None or draft.is_empty:
            self.draft_card.hide()
        elif not self.draft_card.offering:
            self.draft_card.quiet(draft)
        self.latest.set_entries(services.journal.latest(LATEST_COUNT))
        wanted = services.settings.on_this_day
        self.on_this_day_toggle.blockSignals(True)
        self.on_this_day_toggle.setChecked(wanted)
        self.on_this_day_toggle.blockSignals(False)
        self.on_this_day.setVisible(wanted)
        if wanted:
            self.on_this_day.set_entries(services.journal.on_this_day(date.today()))

    @Slot(int)
    def open_entry(self, entry_id: int) -> None:
        """Show an entry in the Journal."""
        self.ctx.hub.request_section(Section.JOURNAL)
        self._links.entry_requested.emit(entry_id)

    @Slot()
    def continue_draft(self) -> None:
        """Continue the unsaved writing in the Journal."""
        draft = self.ctx.services.drafts.load()
        if draft is not None:
            self.draft_card.quiet(draft)
        self.ctx.hub.request_section(Section.JOURNAL)
        self._links.draft_requested.emit()

    # ------------------------------------------------------------------ slots

    @Slot()
    def open_support_setup(self) -> None:
        """The optional "Set up your support" step (also offered after creating a vault)."""
        from hj_journal.ui.care.support_setup import open_support_setup

        self.support_setup = open_support_setup(self.ctx, self)

    @Slot()
    def _discard_draft(self) -> None:
        if self._asker.confirm_discard(self):
            self.ctx.services.drafts.discard()
            self.draft_card.hide()
            self._links.draft_discarded.emit()

    @Slot(bool)
    def _toggle_on_this_day(self, wanted: bool) -> None:
        self.ctx.services.settings.on_this_day = bool(wanted)
        self.refresh()

    @Slot(int)
    def _entries_moved(self, _entry_id: int) -> None:
        self.refresh()

    @Slot()
    def _locking(self) -> None:
        # Titles and draft words leave the screen before the vault locks.
        self.latest.set_entries([])
        self.on_this_day.set_entries([])
        self.draft_card.message.clear()
        self.draft_card.hide()
