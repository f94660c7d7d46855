"""The entry editor: title, date, tags, content note, the writing, Save and drafts.

The writing itself is Markdown source in a plain-text editor, with a rendered preview
(:mod:`hj_journal.ui.journal.writing`).

Why a plain-text editor and not a rich ``QTextEdit`` with ``setMarkdown``/``toMarkdown``:
Qt's Markdown writer re-creates the text from its own document model, so a round trip
changes what the user wrote (list markers, emphasis characters, escapes, blank lines,
hard breaks and raw HTML all come back different). Keeping the source in a
``QPlainTextEdit`` stores exactly what was typed, character for character; the
*Preview* tab renders it with ``QTextDocument.setMarkdown`` (GitHub dialect, raw HTML
off, links not followed).

Nothing typed is lost: a change starts a short timer (3 s by default) and the draft is
written when it fires, or at the latest every 15 s while typing goes on, and at once
whenever :meth:`EntryEditor.save_draft_now` is called (navigation, lock, quick exit).
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QElapsedTimer, QLocale, Qt, QTime, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.journal.attachments import Attachments, AttachmentView
from hj_journal.core.journal.drafts import Drafts, DraftState
from hj_journal.core.journal.entries import EntryInput, EntryView, Journal, word_count
from hj_journal.ui.common.date_field import DateField
from hj_journal.ui.common.dates import moment_text, pydate, qdate
from hj_journal.ui.common.widgets import text_label
from hj_journal.ui.journal.attachments import AttachmentAsker, AttachmentStrip, attachment_link
from hj_journal.ui.journal.dialogs import Asker
from hj_journal.ui.journal.tags import TagsEdit
from hj_journal.ui.journal.writing import WritingTabs
from hj_journal.ui.platform.worker import Jobs
from hj_journal.ui.sync.marker import TwoVersionsMarker

AUTOSAVE_MS = 3000
MAX_WAIT_MS = 15000
TEXT_COLUMNS = 76  # a readable line length for the writing area, in characters
# Ordinary prose, to measure how wide that many characters are in the body's font.
SAMPLE_LINE = "the walk by the river was slow and kind, and I noticed how much I needed it. "


class EntryEditor(QWidget):
    """Title, date, tags, content note and the Markdown body of one entry."""

    saved = Signal(object)  # EntryView
    trash_requested = Signal(int)
    draft_saved = Signal()

    def __init__(
        self,
        journal: Journal,
        drafts: Drafts,
        *,
        asker: Asker | None = None,
        autosave_ms: int = AUTOSAVE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        attachments: Attachments | None = None,
        attachment_asker: AttachmentAsker | None = None,
        jobs: Jobs | None = None,
        marker: TwoVersionsMarker | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._marker = marker  # "edited on two devices", when the vault is kept in step
        self._attachments = attachments
        self._jobs = jobs  # large photos are added and decoded in the background
        self._attachment_asker = attachment_asker
        self._drafts = drafts
        self._asker = asker or Asker()
        self._max_wait_ms = max_wait_ms
        self._entry: EntryView | None = None
        self._prompt_key: str | None = None
        self._dirty = False  # changed since the last draft or save
        self._unsaved = False  # holds writing that is not saved as an entry
        self._loading = False
        self._dirty_since = QElapsedTimer()
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(autosave_ms)
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(150)
        self._build()
        self._connect_signals()
        self.new_entry()

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("A title, if you like"))
        self.title.setAccessibleName(self.tr("Title"))
        # Typed as you would write it; Tab leaves it whole; a future date is noted.
        self.date = DateField(note_future=True)
        self.date.setAccessibleName(self.tr("Date of the entry"))
        self.tags = TagsEdit()
        self.tags.setPlaceholderText(self.tr("rest, family, work — separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional — shown before the entry's words"))
        self.note.setAccessibleName(self.tr("Content note"))

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in (
            (self.tr("&Title"), self.title),
            (self.tr("D&ate"), self.date),
            (self.tr("Ta&gs"), self.tags),
            (self.tr("Content &note"), self.note),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.prompt = text_label(role="subheading")
        self.prompt.setAccessibleName(self.tr("Prompt"))
        self.prompt.hide()

        self.tabs = WritingTabs()
        self.body, self.preview = self.tabs.body, self.tabs.preview
        self.cover, self.cover_text = self.tabs.cover, self.tabs.cover_text
        self.reveal, self.write_stack = self.tabs.reveal, self.tabs.write_stack
        body_label = QLabel(self.tr("&Entry"))
        body_label.setBuddy(self.body)
        # Photos and files (none when the editor is built without the service).
        self.strip: AttachmentStrip | None = None
        if self._attachments is not None:
            self.strip = AttachmentStrip(
                self._attachments,
                asker=self._attachment_asker,
                entry_for_adding=self._entry_for_adding,
                jobs=self._jobs,
            )
            self.tabs.preview_images = self.strip.images

        self.words = text_label(role="muted", wrap=False)
        self.words.setAccessibleName(self.tr("Word count"))
        self.status = text_label(role="muted")
        self.status.setAccessibleName(self.tr("Save status"))
        self.discard_button = QPushButton(self.tr("Discard changes…"))
        self.discard_button.setAccessibleName(self.tr("Discard unsaved changes"))
        self.trash_button = QPushButton(self.tr("Move to trash"))
        self.trash_button.setAccessibleName(self.tr("Move this entry to the trash"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save entry"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        self.save_button.setProperty("role", "primary")

        info = QVBoxLayout()
        info.setSpacing(2)
        info.addWidget(self.words)
        info.addWidget(self.status)
        actions = QHBoxLayout()
        actions.setSpacing(10)
        actions.addLayout(info, 1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.trash_button)
        actions.addWidget(self.save_button)

        column = QWidget()
        column.setObjectName("editorColumn")
        inner = QVBoxLayout(column)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.prompt)
        if self._marker is not None:
            inner.addWidget(self._marker)
            self._marker.before_choosing = self._save_before_choosing
            self._marker.settled.connect(self._versions_settled)
        inner.addWidget(body_label)
        inner.addWidget(self.tabs, 1)
        if self.strip is not None:
            inner.addWidget(self.strip)
        inner.addLayout(actions)
        sample = (SAMPLE_LINE * 2)[:TEXT_COLUMNS]
        width = QFontMetrics(self.body.font()).horizontalAdvance(sample) + 48
        column.setMaximumWidth(max(width, 520))
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.addStretch(1)
        outer.addWidget(column, 100)
        outer.addStretch(1)
        QWidget.setTabOrder(self.title, self.date)
        QWidget.setTabOrder(self.date, self.tags)
        QWidget.setTabOrder(self.tags, self.note)
        QWidget.setTabOrder(self.note, self.tabs)
        QWidget.setTabOrder(self.tabs, self.body)
        QWidget.setTabOrder(self.body, self.discard_button)
        QWidget.setTabOrder(self.discard_button, self.trash_button)
        QWidget.setTabOrder(self.trash_button, self.save_button)

    def _connect_signals(self) -> None:
        for edit in (self.title, self.tags, self.note):
            edit.textChanged.connect(self._changed)
        self.date.dateChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._body_changed)
        self._count_timer.timeout.connect(self._update_words)
        self._autosave.timeout.connect(self.save_draft_now)
        self.save_button.clicked.connect(self.save)
        self.trash_button.clicked.connect(self._trash)
        self.discard_button.clicked.connect(self._ask_discard)
        if self.strip is not None:
            self.strip.image_added.connect(self._link_image)
            self.strip.changed.connect(self.tabs.refresh_preview_soon)
            self.body.image_pasted.connect(self.strip.add_image)
            self.body.files_dropped.connect(self.strip.add_paths)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)

    # ------------------------------------------------------------------ state

    @property
    def entry_id(self) -> int | None:
        """The saved entry being edited, or None for a new one."""
        return self._entry.id if self._entry else None

    @property
    def has_unsaved(self) -> bool:
        """True when the editor holds writing that is not saved as an entry."""
        return (self._unsaved or self._dirty) and not self.is_blank

    @property
    def is_blank(self) -> bool:
        """A new entry with nothing in it."""
        return self._entry is None and self.state().is_empty

    def state(self) -> DraftState:
        """What the editor holds, as a draft."""
        note = self.note.text().strip()
        return DraftState(
            title=self.title.text(),
            body=self.body.toPlainText(),
            tags=self.tags.tags(),
            entry_date=pydate(self.date.date()),
            content_note=note or None,
            prompt_key=self._prompt_key,
            entry_uuid=self._entry.uuid if self._entry else None,
        )

    def _fill(
        self,
        *,
        title: str,
        body: str,
        tags: tuple[str, ...],
        day: date,
        note: str | None,
        prompt_text: str | None = None,
    ) -> None:
        self._loading = True
        try:
            self.title.setText(title)
            self.body.setPlainText(body)  # also empties the undo history
            self.tags.set_tags(tags)
            self.date.setDate(qdate(day))
            self.note.setText(note or "")
            self.prompt.setText(prompt_text or "")
            self.prompt.setVisible(bool(prompt_text))
        finally:
            self._loading = False
        self._dirty = False
        self._dirty_since.invalidate()
        self._autosave.stop()
        self.tabs.cover_with(note)
        self._update_words()
        self._update_buttons()
        self._show_files()
        if self._marker is not None:
            self._marker.show_for(self._entry.id if self._entry is not None else None)

    def _save_before_choosing(self) -> bool:
        # The version shown beside the other device's is what you see, typed or not.
        return not self.has_unsaved or self.save() is not None

    @Slot(int)
    def _versions_settled(self, entry_id: int) -> None:
        if self.entry_id == entry_id:  # the journal service announced the new text
            self.open_entry(entry_id)

    def new_entry(self, prompt_key: str | None = None, prompt_text: str | None = None) -> None:
        """Start a new, empty entry dated today (optionally answering a prompt)."""
        self._entry = None
        self._prompt_key = prompt_key
        self._unsaved = False
        self._fill(
            title="", body="", tags=(), day=date.today(), note=None, prompt_text=prompt_text
        )
        self.status.setText("")

    def new_from_template(self, title: str, tags: tuple[str, ...], body: str) -> None:
        """Start a new entry dated today with a template's words in it.

        The words are the template's, not yet the writer's: nothing is unsaved until
        something is typed, so leaving an untouched template asks nothing.
        """
        self.new_entry()
        self._fill(title=title, body=body, tags=tags, day=date.today(), note=None)
        self.title.setCursorPosition(0)  # the title's start shows, however long it is
        # Writing starts on the line under the first heading, where the first prompt is.
        lines = body.split("\n")
        heading = next((n for n, line in enumerate(lines) if line.startswith("#")), None)
        block = self.body.document().findBlockByNumber(heading + 1 if heading is not None else 0)
        if block.isValid():
            cursor = self.body.textCursor()
            cursor.setPosition(block.position())
            self.body.setTextCursor(cursor)

    def open_entry(self, entry_id: int) -> None:
        """Show a saved entry. Raises NotFoundError if it no longer exists."""
        entry = self._journal.get(entry_id)
        self._entry = entry
        self._prompt_key = entry.prompt_key
        self._unsaved = False
        self._fill(
            title=entry.title,
            body=entry.body,
            tags=entry.tags,
            day=entry.entry_date,
            note=entry.content_note,
        )
        self.status.setText(self.tr("Saved at %1").replace("%1", moment_text(entry.updated_at)))

    def load_draft(self, draft: DraftState) -> None:
        """Continue a kept draft (of a new entry, or of changes to a saved one)."""
        entry = None
        if draft.entry_uuid:
            entry = self._journal.find_by_uuid(draft.entry_uuid)
        self._entry = entry
        self._prompt_key = draft.prompt_key
        self._fill(
            title=draft.title,
            body=draft.body,
            tags=draft.tags,
            day=draft.entry_date or date.today(),
            note=None,
        )
        self._loading = True
        self.note.setText(draft.content_note or "")  # the writer's own note: no cover
        self._loading = False
        self._unsaved = True
        when = moment_text(draft.updated_at) if draft.updated_at else ""
        self.status.setText(
            self.tr("Unsaved writing from %1, kept as a draft.").replace("%1", when)
        )
        self._update_buttons()

    # ------------------------------------------------------------------ saving

    @Slot()
    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        if not self._dirty_since.isValid():
            self._dirty_since.start()
        if self._dirty_since.elapsed() >= self._max_wait_ms:
            self.save_draft_now()  # long unbroken typing still gets kept
        else:
            self._autosave.start()
        self._update_buttons()

    @Slot()
    def save_draft_now(self) -> None:
        """Write the draft now if anything changed since it was last written."""
        self._autosave.stop()
        if not self._dirty:
            return
        state = self.state()
        if state.is_empty and state.entry_uuid is None:
            self._drafts.discard()
            self._unsaved = False
        else:
            self._drafts.save(state)
            self._unsaved = True
            clock = datetime.now().astimezone()
            shown = QLocale().toString(
                QTime(clock.hour, clock.minute), QLocale.FormatType.ShortFormat
            )  # as this language writes a time of day
            self.status.setText(self.tr("Draft kept at %1.").replace("%1", shown))
        self._dirty = False
        self._dirty_since.invalidate()
        self._update_buttons()
        self.draft_saved.emit()

    @Slot()
    def save(self) -> EntryView | None:
        """Save the entry (new or changed) and let go of the draft."""
        state = self.state()
        if self._entry is None and state.is_empty:
            self.status.setText(self.tr("There's nothing to save yet."))
            return None
        data = EntryInput(
            entry_date=state.entry_date or date.today(),
            title=state.title,
            body=state.body,
            tags=self.tags.typed_tags(),
            content_note=state.content_note,
            prompt_key=state.prompt_key,
            mood=self._entry.mood if self._entry else None,
            pinned=self._entry.pinned if self._entry else False,
        )
        journal = self._journal
        try:
            if self._entry is None:
                saved = journal.create(data)
            else:
                saved = journal.update(self._entry.id, data)
        except (InputError, NotFoundError) as error:
            self.save_draft_now()
            self.status.setText(str(error))
            return None
        self._autosave.stop()
        self._drafts.discard()
        self._entry = saved
        self._show_files()
        self._dirty = self._unsaved = False
        self._dirty_since.invalidate()
        self.status.setText(self.tr("Saved at %1").replace("%1", moment_text(saved.updated_at)))
        self._update_buttons()
        self.saved.emit(saved)
        return saved

    def discard_draft(self) -> None:
        """Let go of unsaved writing: back to the saved entry, or a new empty one."""
        self._autosave.stop()
        self._drafts.discard()
        self._dirty = self._unsaved = False
        if self._entry is not None:
            try:
                self.open_entry(self._entry.id)
                return
            except NotFoundError:
                pass
        self.new_entry()

    def wipe(self) -> None:
        """Empty every field and the undo history (the vault is locking; save first)."""
        self._autosave.stop()
        self._count_timer.stop()
        self._loading = True
        try:
            for edit in (self.title, self.tags, self.note):
                edit.clear()
            self.body.setPlainText("")
            self.body.document().clearUndoRedoStacks()
            self.tabs.wipe()
            self.prompt.clear()
            self.status.clear()
            self.tags.set_known_tags([])
        finally:
            self._loading = False
        self._entry = None
        self._dirty = self._unsaved = False
        if self.strip is not None:
            self.strip.wipe()
        self.tabs.preview_entry_id = None

    def forget_draft(self) -> None:
        """The kept draft was discarded elsewhere: stop showing it unless it changed."""
        if self._unsaved and not self._dirty:
            self._unsaved = False
            self.discard_draft()

    @Slot()
    def _ask_discard(self) -> None:
        if self.has_unsaved and self._asker.confirm_discard(self):
            self.discard_draft()

    @Slot()
    def _trash(self) -> None:
        if self._entry is not None:
            self.trash_requested.emit(self._entry.id)

    # ------------------------------------------------------------------ small things

    @Slot()
    def _body_changed(self) -> None:
        # Counting is instant for everyday entries; very long ones wait for a pause.
        if self.body.document().characterCount() < 50_000:
            self._update_words()
        else:
            self._count_timer.start()

    @Slot()
    def _update_words(self) -> None:
        count = word_count(self.body.toPlainText())
        self.words.setText(self.tr("%n word(s)", "", count))

    def _update_buttons(self) -> None:
        self.trash_button.setEnabled(self._entry is not None)
        self.discard_button.setEnabled(self.has_unsaved)

    # ------------------------------------------------------------------ photos and files

    def _show_files(self) -> None:
        entry_id = self._entry.id if self._entry else None
        self.tabs.preview_entry_id = entry_id
        if self.strip is not None:
            self.strip.show_entry(entry_id)

    def _entry_for_adding(self) -> int | None:
        """The entry files go into: a new one is saved first (None if there is nothing)."""
        if self._entry is None:
            self.save()
        return self._entry.id if self._entry else None

    @Slot(object)
    def _link_image(self, item: AttachmentView) -> None:
        """Show a photo just added where the cursor is, in Preview (a Markdown link)."""
        cursor = self.body.textCursor()
        before = "" if cursor.atBlockStart() else "\n"
        cursor.insertText(f"{before}{attachment_link(item)}\n")
        self.body.setTextCursor(cursor)

    def focus_body(self) -> None:
        """Put the cursor in the writing area (or on the content note's button)."""
        self.tabs.focus_writing()
