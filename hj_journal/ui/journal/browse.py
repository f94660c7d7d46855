"""The left side of the Journal: search, order, tag filter, the list and the calendar."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QLocale, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.journal.entries import Journal
from hj_journal.ui.common.widgets import keep_rows, text_label
from hj_journal.ui.journal.calendar import EntryCalendar
from hj_journal.ui.journal.delegate import EntryDelegate
from hj_journal.ui.journal.models import SearchModel, TimelineModel
from hj_journal.ui.journal.tags import TagFilter


def _list(model: TimelineModel | SearchModel, name: str) -> QListView:
    view = QListView()
    view.setModel(model)
    view.setItemDelegate(EntryDelegate(view))
    view.setUniformItemSizes(True)  # 50,000 rows without measuring each one
    # Batched layout: appending a page lays out new rows only, instead of walking every
    # row already loaded (which made each page cost ~150 ms at 50,000 rows).
    view.setLayoutMode(QListView.LayoutMode.Batched)
    view.setBatchSize(100)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    # Rows are drawn to the list's width (long titles end in …): no sideways scrolling.
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAccessibleName(name)
    return view


#: A range of days: the first day, or None for no limit (up to today and beyond).
DayRange = tuple[date, None] | None


class DaysFilter(QComboBox):
    """ "All days", or the entries from the past week, month or year."""

    range_chosen = Signal(object)  # DayRange

    _DAYS_BACK = (None, 7, 30, 365)

    def __init__(
        self, today: Callable[[], date] = date.today, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.setAccessibleName(self.tr("Show entries from these days"))
        self.addItem(self.tr("All days"), None)
        self.addItem(self.tr("Past 7 days"), 7)
        self.addItem(self.tr("Past 30 days"), 30)
        self.addItem(self.tr("Past 12 months"), 365)
        self.currentIndexChanged.connect(self._changed)

    def current_range(self) -> DayRange:
        """The first day shown, or None for every day."""
        back = self.currentData()
        if not isinstance(back, int):
            return None
        return (self._today() - timedelta(days=back - 1), None)

    def reset(self) -> None:
        """Back to all days, without announcing it (the caller resets its filter)."""
        self.blockSignals(True)
        self.setCurrentIndex(0)
        self.blockSignals(False)

    @Slot(int)
    def _changed(self, _index: int) -> None:
        self.range_chosen.emit(self.current_range())


class BrowsePanel(QWidget):
    """Widgets only; the page connects them to the services."""

    def __init__(
        self,
        journal: Journal,
        timeline: TimelineModel,
        results: SearchModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        heading = text_label(self.tr("Journal"), "heading")
        self.new_button = QPushButton(self.tr("&New entry"))
        self.new_button.setAccessibleName(self.tr("New entry"))
        # New entry's menu of templates (the page gives it its TemplateMenu).
        self.template_button = QPushButton(self.tr("Template"))
        self.template_button.setAccessibleName(self.tr("New entry from a template"))
        self.template_button.setToolTip(self.tr("New entry from a template"))
        self.template_button.setAutoDefault(False)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.template_button)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search your journal"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search"))
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self.order = QComboBox()
        self.order.addItem(self.tr("Newest first"), "newest")
        self.order.addItem(self.tr("Best match"), "best")
        self.order.setAccessibleName(self.tr("Order of search results"))
        self.order.setEnabled(False)  # until there is a search to order
        self.tag_filter = TagFilter()
        self.days_filter = DaysFilter()

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for row, (text, field) in enumerate(
            (
                (self.tr("Sea&rch"), self.search),
                (self.tr("&Order"), self.order),
                (self.tr("Ta&g"), self.tag_filter),
                (self.tr("&Days"), self.days_filter),
            )
        ):
            label = QLabel(text)
            label.setBuddy(field)
            grid.addWidget(label, row, 0)
            grid.addWidget(field, row, 1)
        grid.setColumnStretch(1, 1)

        self.day_note = text_label()
        self.show_all_days = QPushButton(self.tr("Show all days"))
        self.show_all_days.setAccessibleName(self.tr("Show entries from all days"))
        self.day_row = QWidget()
        day_box = QHBoxLayout(self.day_row)
        day_box.setContentsMargins(0, 0, 0, 0)
        day_box.addWidget(self.day_note, 1)
        day_box.addWidget(self.show_all_days)
        self.day_row.hide()

        # While a big vault's index gains word forms after an update (search.py, 0009).
        self.word_forms_note = text_label(role="muted")
        self.word_forms_note.setAccessibleName(self.tr("Word forms for search"))
        self.word_forms_note.hide()

        self.summary = text_label(role="muted")
        self.summary.setAccessibleName(self.tr("How many entries are shown"))

        self.timeline_list = _list(timeline, self.tr("Timeline of entries"))
        self.results_list = _list(results, self.tr("Search results"))
        keep_rows(self.timeline_list, 3)  # never shrinks to one row
        keep_rows(self.results_list, 3)
        self.empty_note = text_label(role="muted")
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lists = QStackedWidget()
        self.lists.addWidget(self.timeline_list)
        self.lists.addWidget(self.results_list)
        self.lists.addWidget(self.empty_note)
        list_label = QLabel(self.tr("&Entries"))
        list_label.setBuddy(self.timeline_list)
        self.list_label = list_label

        calendar_label = QLabel(self.tr("Ca&lendar"))
        self.calendar = EntryCalendar(journal)
        calendar_label.setBuddy(self.calendar)
        self.trash_button = QPushButton(self.tr("Tras&h"))
        self.trash_button.setAccessibleName(self.tr("Show the trash"))
        # Summaries your practitioner shared with you (from_sessions.py).
        self.sessions_button = QPushButton(self.tr("Fro&m my sessions"))
        self.sessions_button.setAccessibleName(self.tr("Show the summaries from my sessions"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 12, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addWidget(self.word_forms_note)
        layout.addWidget(self.day_row)
        layout.addWidget(self.summary)
        layout.addWidget(list_label)
        layout.addWidget(self.lists, 1)
        layout.addWidget(calendar_label)
        layout.addWidget(self.calendar)
        bottom = QHBoxLayout()
        bottom.addWidget(self.sessions_button)
        bottom.addStretch(1)
        bottom.addWidget(self.trash_button)
        layout.addLayout(bottom)

        order = [
            self.new_button,
            self.template_button,
            self.search,
            self.order,
            self.tag_filter,
            self.days_filter,
            self.show_all_days,
            self.timeline_list,
            self.results_list,
            self.calendar,
            self.sessions_button,
            self.trash_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def show_word_forms_progress(self, percent: int | None, missing: str = "forms") -> None:
        """Say under the search field how far the index has come (None: nothing missing).

        ``missing`` is what search lacks meanwhile: "forms" (it finds exact words only)
        or "entries" (entries changed by the thousand are added back, newest first).
        """
        if percent is None:
            self.word_forms_note.hide()
            self.search.setToolTip("")
            return
        if missing == "entries":
            text = self.tr(
                "Search is catching up with many changes ({percent} %). Until then it may "
                "not find every entry."
            )
        else:
            text = self.tr(
                "Search is learning word forms ({percent} %). Until then it finds the exact "
                "words you type."
            )
        text = text.format(percent=QLocale().toString(percent))
        self.word_forms_note.setText(text)
        self.word_forms_note.show()
        self.search.setToolTip(text)

    def current_list(self) -> QListView | None:
        """The list on screen (None when the empty note shows)."""
        widget = self.lists.currentWidget()
        return widget if isinstance(widget, QListView) else None
