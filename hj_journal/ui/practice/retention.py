"""The practice home's "Keeping records" card: the practice's retention rule, the records
whose time has come, and the deletion log (:mod:`hj_journal.core.sessions.retention`).

Each record listed can be reviewed (a calm confirmation that says exactly what deleting
removes, and that a backup may still hold it) or kept for now (at least one more year, or
a rule of the client's own). Nothing is ever deleted without that confirmation. The
words are neutral: a record has reached the time the practitioner chose.

Like the rest of the practice home, the card names no client while a session is open
(the page hides it and calls :meth:`RetentionCard.clear`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QListWidgetItem, QPushButton, QWidget

from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.core.sessions.retention import (
    DeletionLogEntry,
    RecordContents,
    RecordDue,
    Retention,
    RetentionRule,
    SecureDeleteOffError,
    add_years,
)
from hj_journal.ui.common.widgets import Card, MessageLabel, text_label
from hj_journal.ui.sessions.retention_dialogs import (
    DeleteRecordDialog,
    DeletionLogDialog,
    KeepChoice,
    KeepDialog,
    RuleChoice,
    RuleDialog,
    kept_until_text,
    month_text,
    rule_words,
)

if TYPE_CHECKING:
    from hj_journal.ui.practice.page import FittedList

ID_ROLE = Qt.ItemDataRole.UserRole

AskRule = Callable[..., RuleChoice | None]
ConfirmDelete = Callable[[QWidget, RecordContents], bool]
ChooseKeep = Callable[[QWidget, str], KeepChoice | None]
ShowLog = Callable[[QWidget, tuple[DeletionLogEntry, ...]], None]


def practice_rule_text(rule: RetentionRule) -> str:
    """The practice's rule as a sentence."""
    if rule.years is None:
        return QCoreApplication.translate(
            "Practice", "You keep each client's record until you delete it."
        )
    return QCoreApplication.translate(
        "Practice", "You keep each client's record for {words}."
    ).format(words=rule_words(rule))


def due_heading(due: tuple[RecordDue, ...], practice: RetentionRule) -> str:
    """ "Records you chose to keep for 7 years after the last session: 2 have reached that
    time." (a set time, when some clients have rules of their own)."""
    if not due:
        return QCoreApplication.translate("Practice", "No record has reached the time you chose.")
    rules = {item.rule for item in due}
    words = (
        rule_words(practice)
        if rules == {practice}
        else QCoreApplication.translate("Practice", "a set time after the last session")
    )
    count = len(due)  # a plain name: pyside6-lupdate skips a count that is an expression
    return QCoreApplication.translate(
        "Practice",
        "Records you chose to keep for {words}: %n (has|have) reached that time.",
        None,
        count,
    ).format(words=words)


def due_row_text(item: RecordDue) -> str:
    """One record in the list: who, when the last session was, how many sessions."""
    if item.last_session is None:
        text = QCoreApplication.translate(
            "Practice", "{name} — no sessions; the record was made in {month}"
        ).format(name=item.pseudonym, month=month_text(item.counted_from))
    else:
        count = item.sessions  # a plain name, for pyside6-lupdate
        text = QCoreApplication.translate(
            "Practice", "{name} — last session in {month}, {sessions}"
        ).format(
            name=item.pseudonym,
            month=month_text(item.last_session),
            sessions=QCoreApplication.translate("Practice", "%n session(s)", None, count),
        )
    if item.own_rule:
        text += QCoreApplication.translate("Practice", " — their own rule: {words}").format(
            words=rule_words(item.rule)
        )
    return text


def log_rule_text(item: RecordDue) -> str:
    """The rule a record is deleted under, as the deletion log keeps it."""
    words = rule_words(item.rule)
    return (
        QCoreApplication.translate("Practice", "{words} (the client's own rule)").format(
            words=words
        )
        if item.own_rule
        else words
    )


class RetentionCard(Card):
    """The rule, the records whose time has come, and the deletion log."""

    changed = Signal()  # a record was deleted or kept: other lists may change too

    def __init__(
        self,
        retention: Retention,
        due_list: FittedList,
        parent: QWidget | None = None,
        *,
        ask_rule: AskRule = RuleDialog.ask,
        confirm_delete: ConfirmDelete = DeleteRecordDialog.confirm,
        choose_keep: ChooseKeep = KeepDialog.choose,
        show_log: ShowLog = DeletionLogDialog.show_log,
    ) -> None:
        super().__init__(parent, margin=20)
        self._retention = retention
        self._ask_rule = ask_rule
        self._confirm_delete = confirm_delete
        self._choose_keep = choose_keep
        self._show_log = show_log
        self.due: tuple[RecordDue, ...] = ()

        self.rule_text = text_label("")
        self.due_text = text_label("", "muted")
        self.due_list = due_list
        self.review_button = QPushButton(QCoreApplication.translate("Practice", "Re&view…"))
        self.keep_button = QPushButton(QCoreApplication.translate("Practice", "Keep &for now…"))
        self.rule_button = QPushButton(
            QCoreApplication.translate("Practice", "How long records are &kept…")
        )
        self.log_button = QPushButton(QCoreApplication.translate("Practice", "Deletion &log…"))
        self.message = MessageLabel()
        self.body.addWidget(
            text_label(QCoreApplication.translate("Practice", "Keeping records"), "subheading")
        )
        self.body.addWidget(self.rule_text)
        self.body.addWidget(self.due_text)
        self.body.addWidget(self.due_list)
        self.body.addLayout(_row(self.review_button, self.keep_button))
        self.body.addWidget(self.message)
        self.body.addLayout(_row(self.rule_button, self.log_button))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.review_button.clicked.connect(self.review)
        self.keep_button.clicked.connect(self.keep_for_now)
        self.rule_button.clicked.connect(self.change_rule)
        self.log_button.clicked.connect(self.open_log)
        self.due_list.itemActivated.connect(lambda _item: self.review())

    # ------------------------------------------------------------------ showing

    def refresh(self) -> None:
        """Read the rule and the records due again."""
        practice = self._retention.practice_rule
        self.due = self._retention.due()
        self.rule_text.setText(practice_rule_text(practice))
        self.due_text.setText(due_heading(self.due, practice))
        self.due_list.clear()
        for item in self.due:
            row = QListWidgetItem(due_row_text(item))
            row.setData(ID_ROLE, item.client_id)
            self.due_list.addItem(row)
        has_rows = bool(self.due)
        for widget in (self.due_list, self.review_button, self.keep_button):
            widget.setVisible(has_rows)
        if has_rows:
            self.due_list.setCurrentRow(0)
            self.due_list.fit()

    def clear(self) -> None:
        """Name no client (a session is open). The message names none, so it stays."""
        self.due = ()
        self.due_list.clear()

    def _chosen(self) -> RecordDue | None:
        item = self.due_list.currentItem()
        if item is None:
            return None
        client_id = int(item.data(ID_ROLE))
        return next((d for d in self.due if d.client_id == client_id), None)

    # ------------------------------------------------------------------ actions

    @Slot()
    def review(self) -> None:
        """Show what deleting the chosen record removes, and delete it if asked."""
        item = self._chosen()
        if item is None:
            return
        try:
            contents = self._retention.contents(item.client_id)
            if not self._confirm_delete(self, contents):
                return
            self._retention.delete_client_record(item.client_id, log_rule_text(item))
        except (InputError, NotFoundError, SecureDeleteOffError) as error:
            self.refresh()
            self.message.show_message(str(error))
            return
        self.refresh()
        self.message.show_message(
            QCoreApplication.translate(
                "Practice", "The record was deleted for good. The deletion log has one more line."
            )
        )
        self.changed.emit()

    @Slot()
    def keep_for_now(self) -> None:
        """Keep the chosen record one more year, or give the client a rule of their own."""
        item = self._chosen()
        if item is None:
            return
        choice = self._choose_keep(self, item.pseudonym)
        if choice is KeepChoice.ONE_MORE_YEAR:
            rule = self._retention.keep_for_now(item.client_id)
            text = (
                kept_until_text(add_years(item.counted_from, rule.years))
                if rule.years is not None
                else QCoreApplication.translate(
                    "Practice", "The record is kept until you delete it."
                )
            )
        elif choice is KeepChoice.OWN_RULE:
            chosen = self._ask_rule(
                self,
                self._retention.client_rule(item.client_id),
                practice_rule=self._retention.practice_rule,
                name=item.pseudonym,
            )
            if chosen is None:
                return
            self._retention.set_client_rule(item.client_id, chosen.rule)
            text = QCoreApplication.translate(
                "Practice", "The record now follows the rule you chose."
            )
        else:
            return
        self.refresh()
        self.message.show_message(text)
        self.changed.emit()

    @Slot()
    def change_rule(self) -> None:
        """Choose how long the practice keeps records."""
        chosen = self._ask_rule(self, self._retention.practice_rule)
        if chosen is None or chosen.rule is None:
            return
        self._retention.set_practice_rule(chosen.rule)
        self.message.clear_message()
        self.refresh()
        self.changed.emit()

    @Slot()
    def open_log(self) -> None:
        """Show the deletion log."""
        self._show_log(self, self._retention.deletion_log())


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
