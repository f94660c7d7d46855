"""A client's change over time on the client's page (for the practitioner only).

- A calm notice when PHQ-9 question 9 was answered above "Not at all" in any session, so
  it is never missed (:func:`item9_text`). It lives on the practitioner's screens only:
  this page, shown only while no session runs, and the session's own practitioner view
  (:class:`Item9Notice`); never the client view, the summary or its PDF.
- One measure at a time on the chart (the questionnaires have different scales): a
  chooser, the chart with its bands (each point opens its session), what changed in plain
  words (:mod:`hj_journal.core.sessions.change_words`), and the same points as a list in
  words, where Enter opens the session too, for keyboards and screen readers.
- :attr:`ClientMeasuresPanel.overview`: every measure in one line of words each.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sessions.measures import ClientMeasures, Item9Flag, Measure, Measures
from hj_journal.ui.common.widgets import field_label, follow_current_page, keep_rows, text_label
from hj_journal.ui.sessions.client_goals import day_text
from hj_journal.ui.sessions.measures_chart import (
    MeasureChartView,
    describe_line,
    point_text,
)

ID_ROLE = Qt.ItemDataRole.UserRole
QUESTION9 = str(
    QT_TRANSLATE_NOOP(
        "Sessions",
        "PHQ-9 question 9 — thoughts of being better off dead or of hurting themselves —",
    )
)


def item9_text(flags: Sequence[Item9Flag]) -> str:
    """For the client's page: the sessions where question 9 was answered above zero."""
    if not flags:
        return ""
    when = ", ".join(
        QCoreApplication.translate("Sessions", "{day} (“{answer}”)").format(
            day=day_text(flag.session_started_at.astimezone().date()), answer=flag.answer_label
        )
        for flag in flags
    )
    sessions = len({flag.session_id for flag in flags})
    where = QCoreApplication.translate("Sessions", "in %n session(s)", None, sessions)
    return QCoreApplication.translate(
        "Sessions",
        "For you: {where}, {question} was answered above “Not at all”: {when}. This is "
        "shown only on your screens, never in the client view or the client's summary.",
    ).format(where=where, question=QCoreApplication.translate("Sessions", QUESTION9), when=when)


def session_item9_text(flags: Sequence[Item9Flag]) -> str:
    """For the practitioner's view of a session: question 9 answered above zero in it."""
    if not flags:
        return ""
    answers = " / ".join(f"“{flag.answer_label}”" for flag in flags)
    return QCoreApplication.translate(
        "Sessions",
        "For you: in this session, {question} was answered {answers}. This is shown only "
        "in your view, never to the client or in their summary.",
    ).format(question=QCoreApplication.translate("Sessions", QUESTION9), answers=answers)


class Item9Notice(QWidget):
    """A calm notice (the theme's notice colours, no alarm) that holds its text only
    while shown: hiding it empties it, so a client view never holds the words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = text_label("", "notice")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.label)
        self.hide()

    def show_text(self, text: str) -> None:
        """Show ``text`` (nothing to show hides the notice)."""
        self.label.setText(text)
        # Named only while it has something to say, so an empty notice hints at nothing.
        self.label.setAccessibleName(
            QCoreApplication.translate("Sessions", "PHQ-9 question 9, for you") if text else ""
        )
        self.setVisible(bool(text))

    def clear(self) -> None:
        """Hide and forget the words."""
        self.show_text("")

    def text(self) -> str:
        """The words shown."""
        return self.label.text()


class SessionItem9Notice(Item9Notice):
    """The notice in a session's practitioner view: read afresh each time that view is
    shown, emptied whenever the client view is on."""

    def __init__(self, measures: Measures, session_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measures = measures
        self._session_id = session_id

    def follow_view(self, client_view: bool) -> None:
        """Show what this session's PHQ-9 said, in the practitioner's own view only."""
        if client_view:
            self.clear()
            return
        self.show_text(session_item9_text(self._measures.item9_for_session(self._session_id)))


class ClientMeasuresPanel(QWidget):
    """Questionnaires and distress across one client's sessions, for the practitioner."""

    session_requested = Signal(int)  # a point (or its row in words) was chosen

    def __init__(self, measures: Measures, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._measures = measures
        self.found: ClientMeasures | None = None

        self.lead = text_label(
            QCoreApplication.translate(
                "Sessions",
                "Questionnaire results and distress across sessions, for you. A score is "
                "not a diagnosis; the sentences say what the numbers did.",
            ),
            "muted",
        )
        self.item9 = Item9Notice()
        self.chooser = QComboBox()
        chooser_row = QHBoxLayout()
        chooser_row.setContentsMargins(0, 0, 0, 0)
        chooser_row.addWidget(
            field_label(QCoreApplication.translate("Sessions", "S&how:"), self.chooser)
        )
        chooser_row.addWidget(self.chooser)
        chooser_row.addStretch(1)
        self.chart = MeasureChartView()
        self.sentences = text_label("")
        self.sentences.setAccessibleName(QCoreApplication.translate("Sessions", "What changed"))
        self.points = QListWidget()
        self.points.setAccessibleName(
            QCoreApplication.translate("Sessions", "Results by session (Enter opens the session)")
        )
        self.points.setWordWrap(True)
        keep_rows(self.points, 3)
        self.points.setMaximumHeight(self.points.fontMetrics().lineSpacing() * 8 + 24)
        self.overview = text_label("")
        self.overview.setAccessibleName(
            QCoreApplication.translate("Sessions", "Questionnaire results across sessions")
        )
        self.empty = text_label(
            QCoreApplication.translate(
                "Sessions", "No questionnaires or distress ratings in sessions yet."
            ),
            "muted",
        )

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        body.addLayout(chooser_row)
        body.addWidget(self.chart)
        body.addWidget(self.sentences)
        body.addWidget(
            text_label(
                QCoreApplication.translate("Sessions", "Each session, in words"), "subheading"
            )
        )
        body.addWidget(self.points)
        body.addWidget(
            text_label(QCoreApplication.translate("Sessions", "All measures"), "subheading")
        )
        body.addWidget(self.overview)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 12, 12, 12)  # room inside the tab's frame
        column.setSpacing(8)
        column.addWidget(self.lead)
        column.addWidget(self.empty)
        column.addWidget(self.body)
        self._connect_signals()
        self.show_client(None)

    def _connect_signals(self) -> None:
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.chart.session_clicked.connect(self.session_requested)
        self.points.itemActivated.connect(self._point_activated)

    # ------------------------------------------------------------------ data

    def show_client(self, client_id: int | None) -> ClientMeasures | None:
        """Read and show one client's measures (None: nobody); returns what was read."""
        self.found = self._measures.for_client(client_id) if client_id is not None else None
        measures = self.found.measures if self.found else ()
        self.item9.show_text(item9_text(self.found.item9) if self.found else "")
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for measure in measures:
            self.chooser.addItem(measure.name, measure.key)
        self.chooser.blockSignals(False)
        self.overview.setText(
            "\n".join(describe_line(m, line) for m in measures for line in m.lines)
        )
        self.body.setVisible(bool(measures))
        self.empty.setVisible(not measures)
        self._chosen(0 if measures else -1)
        return self.found

    def measure(self) -> Measure | None:
        """The measure on the chart."""
        key = self.chooser.currentData()
        return self.found.measure(str(key)) if self.found and key else None

    def choose(self, key: str) -> None:
        """Put one measure on the chart (``phq9``, ``distress``…)."""
        index = self.chooser.findData(key)
        if index >= 0:
            self.chooser.setCurrentIndex(index)

    @Slot(int)
    def _chosen(self, _index: int) -> None:
        measure = self.measure()
        self.chart.show_measure(measure)
        self.sentences.setText("\n".join(measure.sentences) if measure else "")
        self.points.clear()
        if measure is None:
            return
        for line in measure.lines:
            for point in line.points:
                item = QListWidgetItem(point_text(measure, line, point))
                item.setData(ID_ROLE, point.session_id)
                self.points.addItem(item)

    @Slot(QListWidgetItem)
    def _point_activated(self, item: QListWidgetItem) -> None:
        self.session_requested.emit(int(item.data(ID_ROLE)))


def goals_and_measures_tabs(goals: QWidget, measures: QWidget) -> QTabWidget:
    """The client's page's two tabs, each only as tall as its own content needs."""
    tabs = QTabWidget()
    tabs.setAccessibleName(
        QCoreApplication.translate("Sessions", "The client's care goals and change over time")
    )
    tabs.addTab(goals, QCoreApplication.translate("Sessions", "Care goals"))
    tabs.addTab(measures, QCoreApplication.translate("Sessions", "Change over time (for you)"))
    stack = tabs.findChild(QStackedWidget)
    if stack is not None:  # a short tab leaves no empty space under it
        follow_current_page(stack)
    return tabs
