"""Every prompt, by principle and pack: read, hide, bring back, write your own.

Prompts with a content note show the note in the list and in the details first; the
prompt itself appears when the person chooses to see it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError
from hj_journal.core.common.principles import Principle
from hj_journal.core.prompts.service import Prompts, PromptView
from hj_journal.ui.common.principles import principle_name
from hj_journal.ui.common.widgets import FlowLayout, MessageLabel, field_label
from hj_journal.ui.prompts.asker import PromptsAsker

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def _label(role: str | None = None) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if role:
        label.setProperty("role", role)
    return label


class PromptBrowser(QWidget):
    """The "All prompts" tab of the prompts manager."""

    write_requested = Signal(str, str)  # key, text
    changed = Signal()  # prompts were added, changed, hidden or deleted

    def __init__(
        self, prompts: Prompts, asker: PromptsAsker, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.prompts = prompts
        self.asker = asker
        self.current: PromptView | None = None
        self._views: dict[str, PromptView] = {}
        self._build()
        self._connect_signals()
        self.reload()

    def _build(self) -> None:
        self.principle = QComboBox()
        self.pack = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find words in a prompt"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find words in a prompt"))
        self.show_hidden = QCheckBox(self.tr("Show &hidden"))
        # Two rows, so the lists keep room for their longest names in longer languages.
        filters = QGridLayout()
        filters.addWidget(field_label(self.tr("P&rinciple"), self.principle), 0, 0)
        filters.addWidget(self.principle, 0, 1)
        filters.addWidget(field_label(self.tr("P&ack"), self.pack), 0, 2)
        filters.addWidget(self.pack, 0, 3)
        filters.addWidget(self.search, 1, 0, 1, 3)
        filters.addWidget(self.show_hidden, 1, 3)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAccessibleName(self.tr("Prompts"))
        self.count = _label("muted")
        self.reveal_all = QCheckBox(self.tr("Show the &words of prompts with a content note"))
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 8, 0)
        left_box.addWidget(self.list, 1)
        left_box.addWidget(self.reveal_all)
        left_box.addWidget(self.count)

        self.meta = _label("muted")
        self.content_note = _label("notice")
        self.reveal_button = QPushButton(self.tr("S&how the prompt"))
        self.text = _label()
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.text.setFont(font)
        self.follow_ups = _label("muted")
        self.write_button = QPushButton(self.tr("&Write about this"))
        self.write_button.setProperty("role", "primary")
        self.hide_button = QPushButton()
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        actions = FlowLayout()  # wraps onto a second line rather than cut the words
        for button in (self.write_button, self.hide_button, self.edit_button, self.delete_button):
            actions.addWidget(button)
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(12, 0, 0, 0)
        for widget in (self.meta, self.content_note):
            right_box.addWidget(widget)
        right_box.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        right_box.addWidget(self.text)
        right_box.addWidget(self.follow_ups)
        right_box.addLayout(actions)
        right_box.addStretch(1)

        # The chosen prompt scrolls when its words (or a longer language) need more room
        # than the window has, rather than squeezing the lines over each other.
        right_scroll = QScrollArea()
        right_scroll.setWidgetResizable(True)
        right_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        right_scroll.setWidget(right)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right_scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.add_button = QPushButton(self.tr("Write your &own prompt…"))
        self.message = MessageLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignRight)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

    def _connect_signals(self) -> None:
        self.principle.currentIndexChanged.connect(self._fill_list)
        self.pack.currentIndexChanged.connect(self._fill_list)
        self.search.textChanged.connect(self._fill_list)
        self.show_hidden.toggled.connect(self._fill_list)
        self.reveal_all.toggled.connect(self._fill_list)
        self.list.currentItemChanged.connect(self._chosen)
        self.reveal_button.clicked.connect(self._reveal)
        self.write_button.clicked.connect(self._write)
        self.hide_button.clicked.connect(self._toggle_hidden)
        self.edit_button.clicked.connect(self._edit)
        self.delete_button.clicked.connect(self._delete)
        self.add_button.clicked.connect(self.add_own)

    # ------------------------------------------------------------------ filling

    def reload(self, select: str | None = None) -> None:
        """Read the prompts and packs again, keeping the filters."""
        keep = select or (self.current.key if self.current else None)
        counts = self.prompts.counts_by_principle()
        chosen = self.principle.currentData()
        self.principle.blockSignals(True)
        self.principle.clear()
        self.principle.addItem(
            self.tr("Every principle ({n})").format(n=sum(counts.values())), None
        )
        for principle in Principle:
            self.principle.addItem(
                f"{principle_name(principle)} ({counts[principle]})", principle.value
            )
        self.principle.setCurrentIndex(max(self.principle.findData(chosen), 0))
        self.principle.blockSignals(False)
        chosen_pack = self.pack.currentData()
        self.pack.blockSignals(True)
        self.pack.clear()
        self.pack.addItem(self.tr("Every pack"), None)
        for pack in self.prompts.packs():
            self.pack.addItem(pack.name, pack.key)
        self.pack.setCurrentIndex(max(self.pack.findData(chosen_pack), 0))
        self.pack.blockSignals(False)
        self._fill_list(keep=keep)

    @Slot()
    def _fill_list(self, *_args: object, keep: str | None = None) -> None:
        keep = keep or (self.current.key if self.current else None)
        views = self.prompts.all_prompts(
            include_hidden=self.show_hidden.isChecked(),
            principle=self.principle.currentData(),
            pack_key=self.pack.currentData(),
        )
        needle = self.search.text().casefold().strip()
        if needle:
            views = [
                v
                for v in views
                if needle in v.text.casefold() or needle in (v.content_note or "").casefold()
            ]
        self._views = {view.key: view for view in views}
        self.list.blockSignals(True)
        self.list.clear()
        select_row = 0
        for row, view in enumerate(views):
            item = QListWidgetItem(self._row_text(view))
            item.setData(KEY_ROLE, view.key)
            item.setToolTip(f"{principle_name(view.principle)} · {view.pack_name}")
            self.list.addItem(item)
            if view.key == keep:
                select_row = row
        self.list.blockSignals(False)
        shown = len(views)
        self.count.setText(self.tr("%n prompt(s) shown", "", shown))
        if views:
            self.list.setCurrentRow(select_row)
        self._show(self._views.get(self.list.currentItem().data(KEY_ROLE)) if views else None)

    def _row_text(self, view: PromptView) -> str:
        text = view.text
        if view.content_note is not None and not self.reveal_all.isChecked():
            # The prompt stays out of sight; its section or pack tells rows apart.
            text = self.tr("{where} · content note: {note}").format(
                where=view.section or view.pack_name, note=view.content_note
            )
        if view.hidden:
            text = self.tr("(hidden) {text}").format(text=text)
        return text

    @Slot(QListWidgetItem, QListWidgetItem)
    def _chosen(self, current: QListWidgetItem | None, _previous: object) -> None:
        self._show(self._views.get(current.data(KEY_ROLE)) if current is not None else None)

    def _show(self, view: PromptView | None) -> None:
        self.current = view
        has = view is not None
        for widget in (self.meta, self.write_button, self.hide_button):
            widget.setVisible(has)
        own = has and view is not None and not view.builtin
        self.edit_button.setVisible(own)
        self.delete_button.setVisible(own)
        if view is None:
            for widget in (self.content_note, self.reveal_button, self.text, self.follow_ups):
                widget.hide()
            return
        where = self.tr("built in") if view.builtin else self.tr("your own")
        self.meta.setText(f"{principle_name(view.principle)} · {view.pack_name} · {where}")
        noted = view.content_note is not None and not self.reveal_all.isChecked()
        self.content_note.setVisible(view.content_note is not None)
        self.content_note.setText(
            self.tr("Content note: {note}").format(note=view.content_note or "")
        )
        self.reveal_button.setVisible(noted)
        self.text.setText(view.text)
        self.text.setVisible(not noted)
        self.follow_ups.setText("\n".join(f"• {line}" for line in view.follow_ups))
        self.follow_ups.setVisible(not noted and bool(view.follow_ups))
        self.hide_button.setText(self.tr("&Show again") if view.hidden else self.tr("H&ide"))

    # ------------------------------------------------------------------ actions

    @Slot()
    def _reveal(self) -> None:
        if self.current is not None:
            self.reveal_button.hide()
            self.text.show()
            self.follow_ups.setVisible(bool(self.current.follow_ups))

    @Slot()
    def _write(self) -> None:
        if self.current is not None:
            self.write_requested.emit(self.current.key, self.current.text)

    @Slot()
    def _toggle_hidden(self) -> None:
        view = self.current
        if view is None:
            return
        if view.hidden:
            self.prompts.unhide(view.key)
            self.message.show_message(self.tr("That prompt can be offered again."))
        else:
            self.prompts.hide(view.key)
            self.message.show_message(
                self.tr("That prompt won't be offered again. Tick “Show hidden” to find it.")
            )
        self.reload(view.key)
        self.changed.emit()

    @Slot()
    def add_own(self) -> None:
        """Write a prompt of your own."""
        value = self.asker.edit_prompt(self, self.prompts.packs(), None)
        if value is None:
            return
        data, pack_key = value
        try:
            added = self.prompts.add_prompt(data, pack_key)
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.message.show_message(self.tr("Your prompt is saved."))
        self.show_hidden.setChecked(False)
        self.principle.setCurrentIndex(0)
        self.pack.setCurrentIndex(0)
        self.search.clear()
        self.reload(added.key)
        self.changed.emit()

    @Slot()
    def _edit(self) -> None:
        view = self.current
        if view is None or view.builtin:
            return
        value = self.asker.edit_prompt(self, self.prompts.packs(), view)
        if value is None:
            return
        try:
            self.prompts.update_prompt(view.key, value[0])
        except InputError as error:
            self.message.show_message(str(error))
            return
        self.message.show_message(self.tr("Your changes are saved."))
        self.reload(view.key)
        self.changed.emit()

    @Slot()
    def _delete(self) -> None:
        view = self.current
        if view is None or view.builtin:
            return
        if not self.asker.confirm_delete(self, self.tr("this prompt")):
            return
        self.prompts.delete_prompt(view.key)
        self.current = None
        self.message.show_message(self.tr("The prompt was deleted."))
        self.reload()
        self.changed.emit()
