"""The Journal section: browse on the left, write (or tidy the trash, or read what your
practitioner shared from your sessions) on the right.

Public methods for the main window's menus and for other pages: :meth:`new_entry`
(Ctrl+N), :meth:`focus_search` (Ctrl+F), :meth:`open_entry`, :meth:`open_draft`,
:meth:`start_prompt`, :meth:`show_trash` and :meth:`show_from_sessions`. Other pages can
also reach these through the hub's ``journal_links`` without holding the page. What the
journal service saves or trashes it announces itself; the page hears it on the hub like
every other page.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import cast

from PySide6.QtCore import QModelIndex, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.journal.entries import (
    EntryView,
    Order,
    SearchIndexProgress,
    TimelineFilter,
)
from hj_journal.core.vaults import VaultLockedError
from hj_journal.ui.common.dates import day_text
from hj_journal.ui.common.widgets import AdaptiveSplitter, follow_current_page, text_label
from hj_journal.ui.journal.attachments import AttachmentAsker
from hj_journal.ui.journal.browse import BrowsePanel
from hj_journal.ui.journal.dialogs import Asker, Unsaved
from hj_journal.ui.journal.editor import AUTOSAVE_MS, EntryEditor
from hj_journal.ui.journal.from_sessions import FromSessionsView
from hj_journal.ui.journal.models import ENTRY_ID_ROLE, SearchModel, TimelineModel
from hj_journal.ui.journal.search import DEBOUNCE_MS, SearchRunner
from hj_journal.ui.journal.template_menu import TemplateMenu
from hj_journal.ui.journal.templates_dialog import EntryTemplatesDialog
from hj_journal.ui.journal.trash import TrashView
from hj_journal.ui.platform.worker import Jobs, report_unexpected
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.section_keys import Section
from hj_journal.ui.shell.sections import SectionPage
from hj_journal.ui.sync.marker import TwoVersionsMarker


class JournalPage(SectionPage):
    """Timeline, calendar, tags and search beside the editor."""

    tags_loaded = Signal()  # the tag filter and tag completion are up to date

    def __init__(
        self,
        ctx: UiContext,
        parent: QWidget | None = None,
        *,
        asker: Asker | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        debounce_ms: int = DEBOUNCE_MS,
        page_size: int = 100,
        attachment_asker: AttachmentAsker | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self._journal = ctx.services.journal
        self._asker = asker or Asker()
        self._last_trashed: int | None = None
        # Counting tags reads every tag row (a third of a second at 50,000 entries), so
        # it runs in the background; a second request while one runs is remembered.
        self._jobs = Jobs(self, max_threads=1)
        self._tags_state = "idle"  # "idle", "loading", or "again" (reload when done)
        self._adding_word_forms = False  # True while the index gains word forms (0009)
        self.timeline = TimelineModel(self._journal, page_size=page_size, parent=self)
        self.results = SearchModel(self)
        self.runner = SearchRunner(
            self._journal, self.results, debounce_ms=debounce_ms, parent=self
        )
        self.browse = BrowsePanel(self._journal, self.timeline, self.results)
        self.two_versions = TwoVersionsMarker(ctx.services.sync, ctx.services.journal)
        self.editor = EntryEditor(
            ctx.services.journal,
            ctx.services.drafts,
            asker=self._asker,
            autosave_ms=autosave_ms,
            attachments=ctx.services.attachments,
            attachment_asker=attachment_asker,
            jobs=ctx.jobs,
            marker=self.two_versions,
        )
        self.trash = TrashView(self._journal, asker=self._asker)
        self.from_sessions = FromSessionsView(ctx.services.received, self._has_strategy)
        self.template_menu = TemplateMenu(ctx.services.entry_templates, self)
        self.browse.template_button.setMenu(self.template_menu)
        self._build()
        self._connect_signals()
        self.timeline.fetchMore()
        self._mark_two_versions()
        self._refresh_tags()
        self._update_summary()
        self._add_word_forms()
        draft = ctx.services.drafts.load()
        if draft is not None:
            self.editor.load_draft(draft)  # nothing typed is ever hidden or overwritten

    def _build(self) -> None:
        self.notice = QFrame()
        self.notice.setProperty("role", "card")
        self.notice_text = text_label()
        self.notice_restore = QPushButton(self.tr("Restore it"))
        self.notice_restore.setAccessibleName(self.tr("Restore the entry from the trash"))
        row = QHBoxLayout(self.notice)
        row.setContentsMargins(24, 8, 24, 8)
        row.addWidget(self.notice_text, 1)
        row.addWidget(self.notice_restore)
        self.notice.hide()

        self.stack = QStackedWidget()
        self.stack.addWidget(self.editor)
        self.stack.addWidget(self.trash)
        self.stack.addWidget(self.from_sessions)
        follow_current_page(self.stack)  # the trash's buttons don't widen the editor
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.notice)
        right_box.addWidget(self.stack, 1)

        # Side by side when there is room; the list above the editor when there is not.
        self.splitter = AdaptiveSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.browse)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        # No fixed minimum width for the list side: the calendar and the filters decide
        # it, so at large text they are never squeezed (the window scrolls instead).
        self.splitter.setSizes([380, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        QWidget.setTabOrder(self.browse.trash_button, self.editor.title)

    def _connect_signals(self) -> None:
        hub, browse = self.ctx.hub, self.browse
        hub.entry_saved.connect(self._entry_saved)
        hub.entry_trashed.connect(self._entry_trashed)
        hub.entries_changed.connect(self._entries_changed)
        hub.entries_changed.connect(self.two_versions.refresh)  # merged from elsewhere
        for signal in (hub.entries_changed, hub.entry_saved, self.two_versions.settled):
            signal.connect(self._mark_two_versions)
        hub.attachment_added.connect(self._files_changed)
        hub.attachment_removed.connect(self._files_changed)
        hub.vault_locking.connect(self._locking)
        links = hub.journal_links
        links.entry_requested.connect(self.open_entry)
        links.draft_requested.connect(self.open_draft)
        links.new_entry_requested.connect(self.start_prompt)
        links.draft_discarded.connect(self.editor.forget_draft)
        browse.new_button.clicked.connect(self.new_entry)
        self.template_menu.blank_chosen.connect(self.new_entry)
        self.template_menu.template_chosen.connect(self.start_template)
        self.template_menu.manage_requested.connect(self.manage_templates)
        browse.search.textChanged.connect(self._search_typed)
        browse.order.currentIndexChanged.connect(self._order_changed)
        browse.tag_filter.tag_chosen.connect(self._tag_chosen)
        browse.days_filter.range_chosen.connect(self._days_chosen)
        browse.calendar.day_chosen.connect(self._day_chosen)
        browse.show_all_days.clicked.connect(self._all_days)
        browse.trash_button.clicked.connect(self.show_trash)
        browse.sessions_button.clicked.connect(self.show_from_sessions)
        for view in (browse.timeline_list, browse.results_list):
            view.clicked.connect(self._row_chosen)
            view.activated.connect(self._row_chosen)
        self.timeline.modelReset.connect(self._update_summary)
        self.timeline.rowsInserted.connect(self._update_summary)
        self.timeline.rowsRemoved.connect(self._update_summary)
        self.runner.total_changed.connect(self._search_total)
        self.runner.results_shown.connect(self._results_shown)
        self.editor.saved.connect(self._editor_saved)
        self.editor.trash_requested.connect(self._trash_entry)
        self.trash.restored.connect(self._restored)
        self.trash.deleted.connect(self._trash_emptied)
        self.trash.closed.connect(self._show_editor)
        self.from_sessions.closed.connect(self._show_editor)
        self.from_sessions.strategy_requested.connect(self._open_strategy)
        self.notice_restore.clicked.connect(self._restore_last)

    # ------------------------------------------------------------------ public

    def activate(self) -> None:
        """Shown again: bring tags and calendar marks up to date."""
        self._refresh_tags()
        self.browse.calendar.refresh()

    def save_state(self) -> None:
        """Keep what is typed (navigation, lock, quick exit, crash)."""
        self.editor.save_draft_now()
        self._clear_notice()  # a notice is about the moment it came from, not the next visit

    @Slot()
    def new_entry(self) -> None:
        """Start a new entry (Ctrl+N)."""
        self.start_prompt("", "")

    @Slot(str, str)
    def start_prompt(self, prompt_key: str, prompt_text: str) -> None:
        """Start a new entry answering a prompt ("" for none)."""
        if not self._leave_editor():
            return
        self._show_editor()
        self.editor.new_entry(prompt_key or None, prompt_text or None)
        self.editor.title.setFocus()

    @Slot(str)
    def start_template(self, key: str) -> None:
        """Start a new entry from a template: its title, tags and headings, dated today."""
        if not self._leave_editor():
            return
        self._show_editor()
        try:
            filled = self.ctx.services.entry_templates.apply(
                key, date.today(), lambda day: day_text(day, long=True)
            )
        except NotFoundError:
            self._show_notice(self.tr("That template isn't here any more."))
            return
        self.editor.new_from_template(filled.title, filled.tags, filled.body)
        self.editor.focus_body()

    @Slot()
    def manage_templates(self) -> None:
        """Open your entry templates (New entry's menu ▸ Manage templates…)."""
        EntryTemplatesDialog.show_for(self.ctx.services.entry_templates, self.window())

    @Slot()
    def focus_search(self) -> None:
        """Put the cursor in the search field (Ctrl+F)."""
        self.browse.search.setFocus()
        self.browse.search.selectAll()

    @Slot(int)
    def open_entry(self, entry_id: int) -> None:
        """Show a saved entry in the editor."""
        if entry_id == self.editor.entry_id:
            self._show_editor()
            self.editor.focus_body()
            return
        if not self._leave_editor():
            return
        self._show_editor()
        try:
            self.editor.open_entry(entry_id)
        except NotFoundError:
            self._show_notice(self.tr("That entry isn't in your journal any more."))
            return
        self.editor.focus_body()

    @Slot()
    def open_draft(self) -> None:
        """Continue the kept draft, if there is one."""
        self._show_editor()
        draft = self.ctx.services.drafts.load()
        if draft is not None and not self.editor.has_unsaved:
            self.editor.load_draft(draft)
        self.editor.focus_body()

    @Slot()
    def show_trash(self) -> None:
        """Show the trash instead of the editor."""
        self.editor.save_draft_now()
        self.trash.refresh()
        self.stack.setCurrentWidget(self.trash)
        self.trash.list.setFocus()

    @Slot()
    def show_from_sessions(self) -> None:
        """Show the summaries your practitioner shared with you instead of the editor."""
        self.editor.save_draft_now()
        self.from_sessions.refresh()
        self.stack.setCurrentWidget(self.from_sessions)
        self.from_sessions.receive_button.setFocus()

    @Slot(str)
    def _open_strategy(self, key: str) -> None:
        # A practice from a session, in your own coping library (the Coping page listens).
        self.ctx.hub.coping_links.strategy_requested.emit(key)
        self.ctx.hub.request_section(Section.COPING)

    def _has_strategy(self, key: str) -> bool:
        try:
            self.ctx.services.coping.get(key)
        except NotFoundError:
            return False
        return True

    # ------------------------------------------------------------------ editor

    def _leave_editor(self) -> bool:
        """True when the editor may show something else (asks about unsaved writing)."""
        if not self.editor.has_unsaved:
            return True
        choice = self._asker.unsaved_writing(self)
        if choice is Unsaved.SAVE:
            return self.editor.save() is not None
        if choice is Unsaved.DISCARD:
            self.editor.discard_draft()
            return True
        self.editor.focus_body()
        return False

    @Slot()
    def _show_editor(self) -> None:
        self.stack.setCurrentWidget(self.editor)

    @Slot(QModelIndex)
    def _row_chosen(self, index: QModelIndex) -> None:
        entry_id = index.data(ENTRY_ID_ROLE)
        if isinstance(entry_id, int):
            self.open_entry(entry_id)

    @Slot(object)
    def _editor_saved(self, entry: EntryView) -> None:
        self.notice.hide()  # the journal service announces the save (hub.entry_saved)

    @Slot(int)
    def _trash_entry(self, entry_id: int) -> None:
        if self.editor.has_unsaved and not self._leave_editor():
            return
        self._journal.trash(entry_id)
        self.editor.new_entry()
        self._last_trashed = entry_id
        self._show_notice(
            self.tr("Moved to the trash. You can restore it for 30 days."), restore=True
        )

    @Slot()
    def _restore_last(self) -> None:
        entry_id = self._last_trashed
        if entry_id is not None:
            self._journal.restore(entry_id)
            self._restored(entry_id)
            self.open_entry(entry_id)
        self._clear_notice()

    @Slot(int)
    def _restored(self, entry_id: int) -> None:
        self.trash.model.remove_entry(entry_id)
        if entry_id == self._last_trashed:
            self._clear_notice()  # "Moved to the trash" is no longer true

    def _clear_notice(self) -> None:
        self.notice.hide()
        self._last_trashed = None

    def _show_notice(self, text: str, *, restore: bool = False) -> None:
        self.notice_text.setText(text)
        self.notice_restore.setVisible(restore)
        self.notice.show()

    # ------------------------------------------------------------------ hub

    @Slot(int)
    def _entry_saved(self, entry_id: int) -> None:
        try:
            row = self._journal.summary(entry_id)
        except NotFoundError:
            return
        self.timeline.upsert(row)
        self.results.refresh_entry(row)
        # The whole month on screen, not only the new day: the entry may have moved
        # away from a day shown there (one small query).
        self.browse.calendar.refresh()
        self._refresh_tags()

    @Slot(int)
    def _entry_trashed(self, entry_id: int) -> None:
        self.timeline.remove_entry(entry_id)
        self.results.remove_entry(entry_id)
        self.browse.calendar.refresh()
        self._refresh_tags()

    @Slot(int, int)
    def _files_changed(self, entry_id: int, _attachment_id: int) -> None:
        """A file was added to or taken out of an entry, here or elsewhere."""
        if self.editor.strip is not None and entry_id == self.editor.entry_id:
            self.editor.strip.refresh()

    def _mark_two_versions(self, *_signal_args: object) -> None:
        """The rows of entries edited on two devices say so (ui/sync/marker.py)."""
        ids = self.ctx.services.sync.entry_ids_with_two_versions()
        self.timeline.set_two_versions(ids)
        self.results.set_two_versions(ids)

    @Slot()
    def _entries_changed(self) -> None:
        if self.editor.strip is not None:  # an import may have added files to this entry
            self.editor.strip.refresh()
        self.timeline.reload()
        self.timeline.fetchMore()
        self.runner.run_now()
        self.browse.calendar.refresh()
        self._refresh_tags()
        if not self._adding_word_forms:  # a big merge from another device leaves forms to add
            self._add_word_forms()

    @Slot()
    def _trash_emptied(self) -> None:
        self._update_summary()
        if self._last_trashed is not None:
            try:
                self._journal.summary(self._last_trashed)
            except NotFoundError:  # deleted for good: nothing is left to restore
                self._clear_notice()

    @Slot()
    def _locking(self) -> None:
        # Keep what was typed, then let go of every piece of content this page holds.
        self._adding_word_forms = False  # the next unlock carries on where this stopped
        self.save_state()
        self.runner.shutdown()
        self._jobs.wait()
        self.editor.wipe()
        for model in (self.timeline, self.results, self.trash.model):
            model.clear()
        self.from_sessions.clear()
        self.browse.search.clear()
        self.browse.tag_filter.set_tags([])
        self.browse.days_filter.reset()
        self.runner.set_filter(TimelineFilter())
        self.notice.hide()

    # ------------------------------------------------------------------ word forms

    def _add_word_forms(self) -> None:
        """Bring the search index up to date a few hundred entries at a time.

        After an update or a big merge, import or join. Each step is one short
        transaction in the background; the search field says how far it has come when
        search may miss something meanwhile.
        """
        self._adding_word_forms = True
        self._jobs.start(
            self._journal.add_word_forms,
            on_done=self._word_forms_added,
            on_error=self._word_forms_failed,
            guard=self,
        )

    def _word_forms_added(self, progress: SearchIndexProgress) -> None:
        lacking = not progress.finished and progress.meanwhile != "nothing"
        self.browse.show_word_forms_progress(
            progress.percent if lacking else None, progress.meanwhile
        )
        if not progress.finished and self._adding_word_forms:
            self._add_word_forms()
        else:
            self._adding_word_forms = False
            if progress.finished and self.runner.text:
                self.runner.run_now()  # the same words, now with their forms

    def _word_forms_failed(self, error: BaseException) -> None:
        self._adding_word_forms = False
        self.browse.show_word_forms_progress(None)
        if not isinstance(error, VaultLockedError):  # locking mid-way is expected
            report_unexpected(error)

    # ------------------------------------------------------------------ browsing

    def _refresh_tags(self) -> None:
        if self._tags_state != "idle":
            self._tags_state = "again"
            return
        self._tags_state = "loading"
        self._jobs.start(
            self._journal.tags, on_done=self._tags_loaded, on_error=self._tags_failed, guard=self
        )

    def _tags_loaded(self, tags: list[tuple[str, int]]) -> None:
        again = self._tags_state == "again"
        self._tags_state = "idle"
        self.browse.tag_filter.set_tags(tags)
        self.editor.tags.set_known_tags([name for name, _ in tags])
        self.tags_loaded.emit()
        if again:
            self._refresh_tags()

    def _tags_failed(self, error: BaseException) -> None:
        self._tags_state = "idle"
        if not isinstance(error, VaultLockedError):  # locking mid-way is expected
            report_unexpected(error)

    @Slot(str)
    def _search_typed(self, text: str) -> None:
        searching = bool(text.strip())
        self.browse.order.setEnabled(searching)
        if searching:
            self.browse.lists.setCurrentWidget(self.browse.results_list)
            self.browse.list_label.setBuddy(self.browse.results_list)
        self.runner.set_text(text)
        if not searching:
            self._update_summary()

    @Slot(int)
    def _order_changed(self, _index: int) -> None:
        self.runner.set_order(cast(Order, self.browse.order.currentData()))

    @Slot(int)
    def _search_total(self, total: int) -> None:
        summary = self.browse.summary
        summary.setVisible(True)
        if total < 0:
            summary.setText(self.tr("Searching…"))
        elif total == 0:
            self._show_no_matches()
        else:
            summary.setText(self.tr("%n entr(y matches|ies match).", "", total))

    @Slot(int)
    def _results_shown(self, _generation: int) -> None:
        rows = self.results.rowCount()
        if rows == 0:
            self._show_no_matches()
            return
        self.browse.lists.setCurrentWidget(self.browse.results_list)
        if self.runner.total is None:
            self.browse.summary.setText(
                self.tr("%1 or more entries match; counting…").replace("%1", str(rows))
            )

    def _show_no_matches(self) -> None:
        self.browse.summary.setText(self.tr("No entries match."))
        where = self.runner.where
        if where.tag or where.day_from:
            text = self.tr(
                "Nothing matches that with the tag or days chosen. "
                "Try all tags or all days, or other words."
            )
        else:
            text = self.tr("Nothing matches that yet. Try fewer or different words.")
        self.browse.empty_note.setText(text)
        self.browse.lists.setCurrentWidget(self.browse.empty_note)

    def _narrow(self, where: TimelineFilter) -> None:
        """One tag and range of days for both the timeline and search."""
        self.timeline.set_filter(where)
        self.runner.set_filter(where)
        self.timeline.fetchMore()

    @Slot(object)
    def _tag_chosen(self, tag: str | None) -> None:
        self._narrow(replace(self.timeline.where, tag=tag))

    @Slot(object)
    def _days_chosen(self, days: tuple[date, None] | None) -> None:
        self.browse.day_row.hide()
        first = days[0] if days else None
        self._narrow(replace(self.timeline.where, day_from=first, day_to=None))

    @Slot(object)
    def _day_chosen(self, day: date) -> None:
        # A day from the calendar narrows what is shown, search results included.
        self.browse.days_filter.reset()
        self._narrow(replace(self.timeline.where, day_from=day, day_to=day))
        self.browse.day_note.setText(
            self.tr("Entries from %1").replace("%1", day_text(day, long=True))
        )
        self.browse.day_row.show()

    @Slot()
    def _all_days(self) -> None:
        self.browse.days_filter.reset()
        self._narrow(replace(self.timeline.where, day_from=None, day_to=None))
        self.browse.day_row.hide()
        self.browse.timeline_list.setFocus()

    @Slot()
    def _update_summary(self) -> None:
        if self.runner.text:
            return
        browse = self.browse
        has_rows = self.timeline.rowCount() > 0
        where = self.timeline.where
        if has_rows:
            browse.lists.setCurrentWidget(browse.timeline_list)
            browse.list_label.setBuddy(browse.timeline_list)
        elif where.tag or where.day_from:
            browse.empty_note.setText(self.tr("No entries here."))
            browse.lists.setCurrentWidget(browse.empty_note)
        else:
            browse.empty_note.setText(
                self.tr("Your journal is here when you want it. Choose New entry to begin.")
            )
            browse.lists.setCurrentWidget(browse.empty_note)
        browse.summary.setText("")
        browse.summary.setVisible(False)
