""" "From my sessions": the summaries your practitioner shared with you, in your journal.

A list (newest session first) and the chosen summary, read as the practitioner's PDF
reads but naming no one ("shared by your practitioner"). Under it, what the summary
offers: its self-care steps added to your self-care plan with one click, each practice
opened in your coping library (``strategy_requested``, which the Journal page passes to
the Coping page through the hub), its questionnaire totals only when asked for (they
are not a diagnosis, and results stay hidden until asked, docs/care.md requirement 7),
and deleting it. *Receive from my practitioner…* adds one
(:mod:`hj_journal.ui.journal.receive_dialog`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.errors import NotFoundError
from hj_journal.core.sessions.received import SHARED_BY, Received, ReceivedSummaries, ReceivedView
from hj_journal.core.sessions.summary import summary_html
from hj_journal.ui.common.calm_dialog import confirm
from hj_journal.ui.common.widgets import (
    ElidedButton,
    FlowLayout,
    MessageLabel,
    hold_wrapped_height,
    keep_rows,
    text_label,
)
from hj_journal.ui.journal.receive_dialog import Attempt, ReceiveDialog

ID_ROLE = Qt.ItemDataRole.UserRole
AskReceive = Callable[[QWidget, Attempt], Received | None]
"""Asks for a file and its code and receives it (parent, attempt) → what happened."""
Confirm = Callable[[QWidget, str, str, str, str], bool]
"""Asks a yes-or-no question (parent, title, text, yes, no) → yes."""
TOTALS_NOTE = str(
    QT_TRANSLATE_NOOP(
        "FromSessions",
        "A total is not a diagnosis; what it means is best talked through together.",
    )
)


# The summary's print sizes (in points) made relative to the reader's own font, so the
# text grows with the app's text size like everything else on screen.
SCREEN_STYLE = """
h1 { font-size: x-large; font-weight: 600; }
h2 { font-size: large; font-weight: 600; margin-top: 12px; }
p { margin-top: 0; margin-bottom: 6px; }
p.meta, p.small { color: #57606a; }
"""


def readable_html(html: str) -> str:
    """The summary's HTML with its print style swapped for one sized by the screen font."""
    head, found, rest = html.partition("<style>")
    if not found:
        return html
    return f"{head}<style>{SCREEN_STYLE}{rest[rest.find('</style>') :]}"


def _ask_receive(parent: QWidget, attempt: Attempt) -> Received | None:
    return ReceiveDialog.ask(parent, attempt)


def _confirm(parent: QWidget, title: str, text: str, yes: str, no: str) -> bool:
    return confirm(parent, title, text, yes, no)


class _ShortList(QListWidget):
    """A list that asks for the few rows :func:`keep_rows` keeps, and no more."""

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self.minimumHeight())


class FromSessionsView(QWidget):
    """The summaries received, one of them read, and what it offers."""

    strategy_requested = Signal(str)  # a built-in strategy's key: open it in Coping
    closed = Signal()

    def __init__(
        self,
        received: ReceivedSummaries,
        has_strategy: Callable[[str], bool],
        *,
        ask_receive: AskReceive = _ask_receive,
        ask_confirm: Confirm = _confirm,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._received = received
        self._has_strategy = has_strategy  # is this key in your own coping library?
        self._ask_receive = ask_receive
        self._confirm = ask_confirm
        self.current: ReceivedView | None = None

        heading = text_label(
            QCoreApplication.translate("FromSessions", "From my sessions"), "heading"
        )
        explain = text_label(
            QCoreApplication.translate(
                "FromSessions",
                "Summaries your practitioner shared with you, kept encrypted in your journal.",
            )
        )
        self.receive_button = QPushButton(
            QCoreApplication.translate("FromSessions", "Re&ceive from my practitioner…")
        )
        self.receive_button.setProperty("role", "primary")
        self.back_button = QPushButton(
            QCoreApplication.translate("FromSessions", "&Back to writing")
        )
        top = FlowLayout()  # one above the other at large text, never sideways
        top.addWidget(self.receive_button)
        top.addWidget(self.back_button)
        self.message = MessageLabel()

        self.list_label = QLabel(QCoreApplication.translate("FromSessions", "&Summaries"))
        self.list = _ShortList()
        self.list.setAccessibleName(
            QCoreApplication.translate("FromSessions", "Summaries from your sessions")
        )
        self.list_label.setBuddy(self.list)
        keep_rows(self.list, 3)  # a few rows at any text size; the summary gets the rest
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.empty_note = text_label(
            QCoreApplication.translate(
                "FromSessions",
                "Nothing here yet. When your practitioner shares a session's summary with "
                "you, they give you a file and a code: choose Receive from my practitioner "
                "to add it here.",
            ),
            "muted",
        )

        self.reader = QTextBrowser()
        self.reader.setOpenLinks(False)
        self.reader.setAccessibleName(QCoreApplication.translate("FromSessions", "The summary"))
        # The page your practitioner gave you: dark text on paper, in any theme.
        self.reader.setStyleSheet("QTextBrowser { background: #ffffff; color: #1f2328; }")
        # Room for a few paragraphs at any text size: the page scrolls rather than
        # squeeze the summary to a sliver.
        self.reader.setMinimumHeight(self.reader.fontMetrics().lineSpacing() * 12)
        self.steps_button = QPushButton(
            QCoreApplication.translate("FromSessions", "&Add these steps to my self-care plan")
        )
        self.totals_button = QPushButton(
            QCoreApplication.translate("FromSessions", "Show &questionnaire totals")
        )
        self.totals_button.setCheckable(True)
        self.delete_button = QPushButton(
            QCoreApplication.translate("FromSessions", "&Delete this summary…")
        )
        self.totals = text_label("", None)
        self.totals.setAccessibleName(
            QCoreApplication.translate("FromSessions", "Questionnaire totals")
        )
        self.totals.hide()
        self.flow = FlowLayout()  # wraps onto a second line rather than squeeze the words
        for button in (self.steps_button, self.totals_button, self.delete_button):
            self.flow.addWidget(button)
        self.practice_buttons: list[ElidedButton] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        for label in (heading, explain):
            layout.addWidget(label)
        layout.addLayout(top)
        middle: tuple[QWidget, ...] = (self.message, self.list_label, self.list, self.empty_note)
        for widget in middle:
            layout.addWidget(widget)
        layout.addWidget(self.reader, 1)
        layout.addLayout(self.flow)
        layout.addWidget(self.totals)
        hold_wrapped_height(self)  # its sentences stay whole above the writing
        self._connect_signals()
        self._show(None)

    def _connect_signals(self) -> None:
        self.receive_button.clicked.connect(self.receive)
        self.back_button.clicked.connect(self.closed)
        self.list.currentItemChanged.connect(self._chosen)
        self.steps_button.clicked.connect(self.add_steps)
        self.totals_button.toggled.connect(self._show_totals)
        self.delete_button.clicked.connect(self.delete_current)

    # ------------------------------------------------------------------ public

    def refresh(self, select: int | None = None) -> None:
        """Read the list again, keeping (or choosing) the summary shown."""
        keep = select if select is not None else (self.current.id if self.current else None)
        self.list.blockSignals(True)
        self.list.clear()
        try:
            summaries = self._received.summaries()
        except NotFoundError as error:
            summaries = []
            self.message.show_message(str(error))
        for view in summaries:
            item = QListWidgetItem(view.title)
            item.setData(ID_ROLE, view.id)
            item.setToolTip(view.title)
            self.list.addItem(item)
        chosen = next((v for v in summaries if v.id == keep), summaries[0] if summaries else None)
        if chosen is not None:
            self.list.setCurrentRow(summaries.index(chosen))
        self.list.blockSignals(False)
        empty = not summaries
        self.empty_note.setVisible(empty)
        self.list.setVisible(not empty)
        self.list_label.setVisible(not empty)
        self._show(chosen)

    def clear(self) -> None:
        """Let go of every summary shown (the vault is locking)."""
        self.list.clear()
        self.reader.clear()
        self.totals.clear()
        self.message.clear_message()
        self.current = None

    @Slot()
    def receive(self) -> None:
        """Receive a file from your practitioner, then show it."""
        received = self._ask_receive(self.window(), self._attempt)
        if received is None:
            return
        self.refresh(select=received.summary.id)
        self.message.show_message(received.message)

    def _attempt(self, path: Path, code: str) -> Received:
        return self._received.receive_file(path, code)

    @Slot()
    def add_steps(self) -> None:
        """Add the shown summary's self-care steps to your self-care plan."""
        if self.current is None:
            return
        if self._received.add_steps_to_plan(self.current.id):
            self.message.show_message(
                QCoreApplication.translate(
                    "FromSessions", "The steps are in your self-care plan, under From my sessions."
                )
            )
        self._show_steps_state()

    @Slot()
    def delete_current(self) -> None:
        """Delete the shown summary from your journal, after asking."""
        if self.current is None:
            return
        title = self.current.title
        if not self._confirm(
            self,
            QCoreApplication.translate("FromSessions", "Delete this summary"),
            QCoreApplication.translate(
                "FromSessions", "Delete the summary of the {title}? It cannot be brought back."
            ).format(title=title[0].lower() + title[1:]),
            QCoreApplication.translate("FromSessions", "Delete it"),
            QCoreApplication.translate("FromSessions", "Keep it"),
        ):
            return
        self._received.delete(self.current.id)
        self.current = None
        self.refresh()
        self.message.show_message(
            QCoreApplication.translate("FromSessions", "The summary was deleted.")
        )

    # ------------------------------------------------------------------ showing one

    @Slot(QListWidgetItem, QListWidgetItem)
    def _chosen(self, item: QListWidgetItem | None, _previous: object) -> None:
        self.message.clear_message()
        if item is None:
            self._show(None)
            return
        try:
            self._show(self._received.get(int(item.data(ID_ROLE))))
        except NotFoundError as error:
            self._show(None)
            self.message.show_message(str(error))

    def _show(self, view: ReceivedView | None) -> None:
        self.current = view
        for button in self.practice_buttons:
            self.flow.removeWidget(button)
            button.hide()  # at once: deleteLater waits for the event loop
            button.deleteLater()
        self.practice_buttons = []
        self.totals_button.setChecked(False)
        self.reader.setVisible(view is not None)
        self.delete_button.setVisible(view is not None)
        if view is None:
            self.reader.clear()
            self.totals_button.hide()
            self.steps_button.hide()
            return
        content = view.content
        self.reader.setHtml(readable_html(summary_html(content.as_summary(SHARED_BY))))
        for practice in content.practices:
            if practice.strategy_key and self._has_strategy(practice.strategy_key):
                button = ElidedButton(
                    QCoreApplication.translate("FromSessions", "Open {title} in Coping").format(
                        title=practice.title
                    )
                )
                button.setAccessibleName(button.full_text())
                key = practice.strategy_key
                button.clicked.connect(lambda _=False, k=key: self.strategy_requested.emit(k))
                self.flow.insert_widget(len(self.practice_buttons), button)
                self.practice_buttons.append(button)
        self.totals_button.setVisible(bool(content.questionnaires))
        self.totals.setText(
            "\n".join(
                [
                    *(f"{q.name}: {q.value}" for q in content.questionnaires),
                    QCoreApplication.translate("FromSessions", TOTALS_NOTE),
                ]
            )
        )
        self._show_steps_state()

    def _show_steps_state(self) -> None:
        view = self.current
        has_steps = view is not None and bool(view.content.self_care_steps.strip())
        self.steps_button.setVisible(has_steps)
        if view is not None and has_steps:
            held = self._received.steps_in_plan(view.id)
            self.steps_button.setEnabled(not held)
            self.steps_button.setText(
                QCoreApplication.translate(
                    "FromSessions", "These steps are in your self-care plan"
                )
                if held
                else QCoreApplication.translate(
                    "FromSessions", "&Add these steps to my self-care plan"
                )
            )

    @Slot(bool)
    def _show_totals(self, shown: bool) -> None:
        self.totals.setVisible(shown)
        self.totals_button.setText(
            QCoreApplication.translate("FromSessions", "Hide &questionnaire totals")
            if shown
            else QCoreApplication.translate("FromSessions", "Show &questionnaire totals")
        )
