"""History: your check-ins as a list, and each questionnaire's results over time.

Questionnaire results stay out of sight until a questionnaire is chosen (results
are shown only when asked). The chart has a plain-text list beside it, so every
value can be read by a screen reader as well.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QListView,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.checkin.checkins import CheckIns, CheckInView
from hj_journal.core.checkin.questionnaires import Questionnaires
from hj_journal.ui.checkin.charts import ChartParts, chart_view, instrument_chart
from hj_journal.ui.checkin.names import history_line
from hj_journal.ui.checkin.question import plain
from hj_journal.ui.checkin.rating import signed
from hj_journal.ui.checkin.words import shown_word
from hj_journal.ui.common.dates import day_text
from hj_journal.ui.common.widgets import field_label

PAGE = 100
Index = QModelIndex | QPersistentModelIndex


def day_and_time(moment: datetime) -> str:
    """The day and the time, always both: a list of many days needs the day on each."""
    local = moment.astimezone()
    clock = QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return QCoreApplication.translate("CheckInHistory", "{day}, {time}").format(
        day=day_text(local.date()), time=clock
    )


def checkin_text(view: CheckInView) -> str:
    """One check-in in a line or two: when, the numbers given, the words, the note."""
    parts = [day_and_time(view.at)]
    if view.distress is not None:
        parts.append(
            QCoreApplication.translate("CheckInHistory", "stress {n} of 10").format(
                n=view.distress
            )
        )
    if view.mood is not None:
        parts.append(
            QCoreApplication.translate("CheckInHistory", "mood {n}").format(n=signed(view.mood))
        )
    if view.energy is not None:
        parts.append(
            QCoreApplication.translate("CheckInHistory", "energy {n} of 4").format(n=view.energy)
        )
    words = [shown_word(w) for w in (*view.emotions, *view.body_sensations, *view.context_tags)]
    line = " · ".join(parts)
    if words:
        line += "\n" + ", ".join(words)
    if view.note:
        first = view.note.strip().splitlines()[0]
        line += "\n" + (first[:120] + "…" if len(first) > 120 else first)
    return line


class CheckInHistoryModel(QAbstractListModel):
    """Check-ins, newest first, fetched a page at a time as the list scrolls."""

    def __init__(self, checkins: CheckIns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._checkins = checkins
        self.rows: list[CheckInView] = []
        self._more = True

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        view = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return checkin_text(view)
        if role == Qt.ItemDataRole.UserRole:
            return view.id
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        after = self.rows[-1] if self.rows else None
        page = self._checkins.recent(limit=PAGE, after=after)
        self._more = len(page) == PAGE
        if page:
            start = len(self.rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()

    def reload(self) -> None:
        """Start again from the newest check-in."""
        self.beginResetModel()
        self.rows = []
        self._more = True
        self.endResetModel()
        self.fetchMore()


class HistoryPanel(QWidget):
    """The History tab: check-ins, and the results of a questionnaire you choose."""

    def __init__(
        self, checkins: CheckIns, questionnaires: Questionnaires, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._questionnaires = questionnaires
        self.chart: ChartParts | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 12, 4, 4)
        layout.setSpacing(10)

        layout.addWidget(plain(self.tr("Your check-ins"), "subheading"))
        self.model = CheckInHistoryModel(checkins, self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setAccessibleName(self.tr("Your check-ins, newest first"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setSpacing(3)
        self.list.setMinimumHeight(180)
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.list, 1)
        self.empty_checkins = plain(
            self.tr("Your check-ins will be listed here when you make some."), "muted"
        )
        layout.addWidget(self.empty_checkins)

        layout.addWidget(plain(self.tr("Questionnaire results"), "subheading"))
        self.instrument_combo = QComboBox()
        self.instrument_combo.setMaximumWidth(360)
        layout.addWidget(field_label(self.tr("Show the results of"), self.instrument_combo))
        layout.addWidget(self.instrument_combo)
        self.chart_holder = QVBoxLayout()
        layout.addLayout(self.chart_holder, 2)
        self.results_list = QListWidget()
        self.results_list.setAccessibleName(self.tr("Results, newest first"))
        self.results_list.setWordWrap(True)
        self.results_list.setMaximumHeight(150)
        self.results_list.hide()
        layout.addWidget(self.results_list)
        self.instrument_combo.currentIndexChanged.connect(self._instrument_chosen)
        self.refresh()

    def refresh(self) -> None:
        """Reload the check-ins and the list of questionnaires (nothing chosen)."""
        self.model.reload()
        self.empty_checkins.setVisible(not self.model.rows)
        self.instrument_combo.blockSignals(True)
        self.instrument_combo.clear()
        self.instrument_combo.addItem(self.tr("Choose a questionnaire…"), None)
        for instrument in self._questionnaires.instruments(include_hidden=True):
            self.instrument_combo.addItem(instrument.short_name, instrument.id)
        self.instrument_combo.blockSignals(False)
        self._clear_chart()

    def show_instrument(self, instrument_id: str) -> None:
        """Show one questionnaire's chart and list (as choosing it in the box would)."""
        index = self.instrument_combo.findData(instrument_id)
        if index >= 0:
            self.instrument_combo.setCurrentIndex(index)

    @Slot(int)
    def _instrument_chosen(self, _index: int) -> None:
        instrument_id = self.instrument_combo.currentData()
        self._clear_chart()
        if not instrument_id:
            return
        questionnaires = self._questionnaires
        instrument = questionnaires.library.get(instrument_id)
        points = questionnaires.history(instrument_id)
        self.results_list.clear()
        if not points:
            self.results_list.addItem(
                self.tr("No results for {name} yet.").format(name=instrument.short_name)
            )
        for point in points:
            self.results_list.addItem(history_line(point, instrument))
        self.results_list.show()
        self.chart = instrument_chart(
            instrument,
            points,
            title=self.tr("{name} over time").format(name=instrument.short_name),
        )
        view = chart_view(
            self.chart.chart,
            self.tr("Chart of your {name} results over time").format(name=instrument.short_name),
        )
        self.chart_holder.addWidget(view)

    def _clear_chart(self) -> None:
        while self.chart_holder.count():
            item = self.chart_holder.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.chart = None
        self.results_list.hide()
