"""The Coping section: the library (built-in and your own) and the guided player.

Browse by principle, kind and time ("I have 2 minutes"), favourites first; hide a
built-in (and bring it back with "Show hidden"); write, change, delete, import and
export your own strategies. *Begin* opens the guided player. The page also takes over
the safety bar's *Pause* (the main window calls :meth:`CopingPage.offer_pause`).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.common.principles import Principle
from hj_journal.core.coping.library import Kind, Strategy
from hj_journal.core.coping.service import LibraryItem, StrategyError
from hj_journal.ui.common.principles import principle_name
from hj_journal.ui.common.widgets import AdaptiveSplitter, MessageLabel, field_label, keep_rows
from hj_journal.ui.coping.asker import CopingAsker
from hj_journal.ui.coping.details import StrategyDetails
from hj_journal.ui.coping.labels import TIME_CHOICES, kind_name, time_choice_text
from hj_journal.ui.coping.models import StrategyDelegate, StrategyListModel
from hj_journal.ui.coping.pause import open_pause
from hj_journal.ui.coping.player import PlayerDialog
from hj_journal.ui.coping.practice import start_practice
from hj_journal.ui.shell.context import UiContext
from hj_journal.ui.shell.sections import SectionPage


class CopingPage(SectionPage):
    """The coping library and its guided player."""

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, asker: CopingAsker | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.asker = asker or CopingAsker(self)
        self.model = StrategyListModel(self)
        self.last_player: PlayerDialog | None = None
        self._build()
        self._connect_signals()
        self.reload()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        title = QLabel(self.tr("Coping"))
        title.setProperty("role", "heading")
        intro = QLabel(
            self.tr(
                "Practices to follow step by step, including your own. Each one can be "
                "paused or stopped at any time, and none needs your eyes closed."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.add_button = QPushButton(self.tr("&Add your own…"))
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.setToolTip(self.tr("Add a strategy from a file someone shared"))
        header = QHBoxLayout()
        header_text = QVBoxLayout()
        header_text.addWidget(title)
        header_text.addWidget(intro)
        header.addLayout(header_text, 1)
        header.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignBottom)
        header.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.message = MessageLabel()

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find by name"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Find a strategy by name"))
        self.principle = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every kind"), None)
        for kind in Kind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.time = QComboBox()
        for minutes in TIME_CHOICES:
            self.time.addItem(time_choice_text(minutes), minutes)
        self.favourites_only = QCheckBox(self.tr("&Favourites only"))
        self.show_hidden = QCheckBox(self.tr("Show &hidden"))
        self.show_hidden.setToolTip(self.tr("Show strategies you hid, so you can bring them back"))
        filters = QVBoxLayout()
        filters.setSpacing(6)
        filters.addWidget(self.search)
        # A grid: the captions' column is as wide as the longest one in the language
        # shown (a caption is one word, which wrapping cannot shorten), the lists align.
        choices = QGridLayout()
        choices.setColumnStretch(1, 1)
        for row, (label, combo) in enumerate(
            (
                (self.tr("&Principle"), self.principle),
                (self.tr("&Kind"), self.kind),
                (self.tr("&Time"), self.time),
            )
        ):
            caption = field_label(label, combo)
            caption.setWordWrap(False)
            choices.addWidget(caption, row, 0)
            choices.addWidget(combo, row, 1)
        filters.addLayout(choices)
        checks = QHBoxLayout()
        checks.addWidget(self.favourites_only)
        checks.addWidget(self.show_hidden)
        checks.addStretch(1)
        filters.addLayout(checks)

        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setItemDelegate(StrategyDelegate(self.list))
        self.list.setAccessibleName(self.tr("Strategies"))
        self.list.setUniformItemSizes(True)
        keep_rows(self.list, 3)  # never shrinks to one row at large text
        self.count = QLabel()
        self.count.setProperty("role", "muted")
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 8, 0)
        left_box.addLayout(filters)
        left_box.addWidget(self.list, 1)
        left_box.addWidget(self.count)
        # No fixed minimum: the filters decide it, so large text is never squeezed.

        self.details = StrategyDetails()
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(12, 0, 0, 0)
        right_box.addWidget(self.details)

        splitter = AdaptiveSplitter()  # one above the other when there is no room
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(12)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._filters_changed)
        for combo in (self.principle, self.kind, self.time):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.favourites_only.toggled.connect(self._filters_changed)
        self.show_hidden.toggled.connect(self._filters_changed)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        self.add_button.clicked.connect(self.add_own)
        self.import_button.clicked.connect(self.import_file)
        details = self.details
        details.begin_requested.connect(self.begin)
        details.favourite_toggled.connect(self._set_favourite)
        details.hidden_toggled.connect(self._set_hidden)
        details.edit_requested.connect(self.edit_current)
        details.copy_requested.connect(self.copy_current)
        details.delete_requested.connect(self.delete_current)
        details.export_requested.connect(self.export_current)
        self.ctx.hub.coping_links.strategy_requested.connect(self.show_strategy)

    # ------------------------------------------------------------------ public

    def activate(self) -> None:
        """Shown again: choices may have changed elsewhere."""
        self.reload()

    def offer_pause(self) -> None:
        """The safety bar's Pause: the short grounding practice, straight away."""
        self.last_player = open_pause(self.ctx, self.window())

    def reload(self, select_key: str | None = None) -> None:
        """Read the library again, keeping the filters and (if possible) the selection."""
        key = select_key or self._current_key()
        self._fill_principles()
        self._apply_filters(key)

    @Slot(str)
    def show_strategy(self, key: str) -> None:
        """Show the strategy ``key`` (another page asked), with no filter hiding it."""
        try:
            item = self.ctx.services.coping.get(key)
        except NotFoundError:
            self.message.show_message(self.tr("That strategy is no longer in your library."))
            return
        if item.hidden and not self.show_hidden.isChecked():
            self.show_hidden.blockSignals(True)
            self.show_hidden.setChecked(True)
            self.show_hidden.blockSignals(False)
        self._show_everything(key)

    def current_item(self) -> LibraryItem | None:
        """The strategy shown on the right."""
        return self.details.item

    # ------------------------------------------------------------------ filters

    def _fill_principles(self) -> None:
        counts = self.ctx.services.coping.counts_by_principle(
            include_hidden=self.show_hidden.isChecked()
        )
        chosen = self.principle.currentData()
        self.principle.blockSignals(True)
        self.principle.clear()
        total = sum(counts.values())
        self.principle.addItem(self.tr("Every principle ({n})").format(n=total), None)
        for principle in Principle:
            self.principle.addItem(
                f"{principle_name(principle)} ({counts[principle]})", principle.value
            )
        index = self.principle.findData(chosen)
        self.principle.setCurrentIndex(max(index, 0))
        self.principle.blockSignals(False)

    @Slot()
    def _filters_changed(self) -> None:
        if self.sender() is self.show_hidden:
            self._fill_principles()
        self._apply_filters(self._current_key())

    def _apply_filters(self, keep_key: str | None) -> None:
        principle = self.principle.currentData()
        kind = self.kind.currentData()
        items = self.ctx.services.coping.browse(
            principles=[principle] if principle else None,
            kinds=[kind] if kind else None,
            max_minutes=self.time.currentData(),
            favourites_only=self.favourites_only.isChecked(),
            include_hidden=self.show_hidden.isChecked(),
            text=self.search.text(),
        )
        self.model.set_items(items)
        shown = len(items)
        if shown:
            self.count.setText(self.tr("%n strateg(y|ies) shown", "", shown))
        else:
            self.count.setText(self.tr("Nothing matches these choices. Try fewer filters."))
        row = self.model.row_of(keep_key) if keep_key else -1
        if row < 0 and items:
            row = 0
        if row >= 0:
            self.list.setCurrentIndex(self.model.index(row))
        self.details.show_item(self.model.item(row) if row >= 0 else None)

    def _current_key(self) -> str | None:
        item = self.details.item
        return item.key if item is not None else None

    @Slot(QModelIndex, QModelIndex)
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.show_item(self.model.item(current.row()) if current.isValid() else None)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.begin()

    # ------------------------------------------------------------------ actions

    @Slot()
    def begin(self) -> None:
        """Open the guided player on the chosen strategy."""
        item = self.details.item
        if item is not None:
            self.last_player = start_practice(self.ctx, item.strategy, self.window())

    @Slot(bool)
    def _set_favourite(self, favourite: bool) -> None:
        item = self.details.item
        if item is not None:
            self.ctx.services.coping.set_favourite(item.key, favourite)
            self.reload(item.key)

    @Slot(bool)
    def _set_hidden(self, hidden: bool) -> None:
        item = self.details.item
        if item is None:
            return
        self.ctx.services.coping.set_hidden(item.key, hidden)
        if hidden:
            self.message.show_message(
                self.tr("“{title}” is hidden. Tick “Show hidden” to bring it back.").format(
                    title=item.strategy.title
                )
            )
        else:
            self.message.show_message(
                self.tr("“{title}” is back in the library.").format(title=item.strategy.title)
            )
        self.reload(item.key)

    @Slot()
    def add_own(self) -> None:
        """Write a new strategy of your own."""
        strategy = self.asker.edit_strategy(self, None, self.tr("Your own strategy"))
        if strategy is not None:
            self._save_new(strategy)

    @Slot()
    def copy_current(self) -> None:
        """Start your own strategy from a built-in one."""
        item = self.details.item
        if item is None:
            return
        strategy = self.asker.edit_strategy(self, item.strategy, self.tr("Your own version"))
        if strategy is not None:
            self._save_new(strategy)

    def _save_new(self, strategy: Strategy) -> None:
        try:
            added = self.ctx.services.coping.add_own(strategy)
        except StrategyError as error:
            self.message.show_message(str(error))
            return
        self.message.show_message(
            self.tr("“{title}” is in your library.").format(title=added.strategy.title)
        )
        self._show_everything(added.key)

    @Slot()
    def edit_current(self) -> None:
        """Change one of your own strategies."""
        item = self.details.item
        if item is None or item.builtin:
            return
        strategy = self.asker.edit_strategy(self, item.strategy, self.tr("Change your strategy"))
        if strategy is None:
            return
        try:
            self.ctx.services.coping.update_own(item.key, strategy)
        except (StrategyError, NotFoundError) as error:
            self.message.show_message(str(error))
            return
        self.message.show_message(self.tr("Your changes are saved."))
        self.reload(item.key)

    @Slot()
    def delete_current(self) -> None:
        """Delete one of your own strategies, after asking."""
        item = self.details.item
        if item is None or item.builtin:
            return
        if not self.asker.confirm_delete(self, item.strategy.title):
            return
        self.ctx.services.coping.delete_own(item.key)
        self.message.show_message(
            self.tr("“{title}” was deleted.").format(title=item.strategy.title)
        )
        self.reload()

    @Slot()
    def export_current(self) -> None:
        """Save the chosen strategy as a file to share."""
        item = self.details.item
        if item is None:
            return
        coping = self.ctx.services.coping
        path = self.asker.save_path(self, coping.file_name(item.key))
        if path is None:
            return
        try:
            path.write_text(coping.export_text(item.key), encoding="utf-8")
        except OSError as error:
            self.message.show_message(
                self.tr("The file could not be saved ({reason}).").format(
                    reason=error.strerror or type(error).__name__
                )
            )
            return
        self.message.show_message(self.tr("Saved as {name}.").format(name=path.name))

    @Slot()
    def import_file(self) -> None:
        """Add a strategy from a file (checked like the built-ins, never run)."""
        path = self.asker.open_path(self)
        if path is None:
            return
        try:
            data = path.read_bytes()
            added = self.ctx.services.coping.import_strategy(data, path.name)
        except OSError as error:
            self.message.show_message(
                self.tr("The file could not be read ({reason}).").format(
                    reason=error.strerror or type(error).__name__
                )
            )
            return
        except InputError as error:
            problems = getattr(error, "problems", ())
            details = "\n".join(str(p) for p in problems) or str(error)
            self.asker.tell(
                self,
                self.tr("This file can't be added"),
                self.tr("Nothing was added. What needs changing in the file:") + "\n\n" + details,
            )
            return
        self.message.show_message(
            self.tr("“{title}” was added to your library.").format(title=added.strategy.title)
        )
        self._show_everything(added.key)

    def _show_everything(self, key: str) -> None:
        """Clear filters that would hide ``key``, then show it."""
        for widget in (self.favourites_only,):
            widget.blockSignals(True)
            widget.setChecked(False)
            widget.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo in (self.principle, self.kind, self.time):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.reload(key)
