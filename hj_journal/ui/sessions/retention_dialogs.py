"""The dialogs of retention: how long records are kept, reviewing a record whose time
has come, keeping it for now, and the deletion log (docs/care.md, requirement 6).

They return data only; the caller hands it to
:class:`~hj_journal.core.sessions.retention.Retention`. The words stay neutral: a record
has "reached the time you chose", never "expired" or "overdue". The confirmation says
exactly what deleting removes, that it cannot be undone, and that backups made before
still hold the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.sessions.retention import (
    DeletionLogEntry,
    RecordContents,
    RetentionRule,
)
from hj_journal.core.settings import DEFAULT_RETENTION_YEARS, MAX_RETENTION_YEARS
from hj_journal.ui.common.calm_dialog import CalmDialog
from hj_journal.ui.common.dates import day_text
from hj_journal.ui.common.widgets import grow_to_fit, keep_rows, text_label


def month_text(day: date) -> str:
    """A month in words, e.g. "March 2019"."""
    # The pattern is the translator's: Spanish says "marzo de 2019".
    pattern = QCoreApplication.translate("Sessions", "MMMM yyyy", "date pattern (QLocale)")
    return QLocale().toString(QDate(day.year, day.month, 1), pattern)


def log_month_text(month: str) -> str:
    """A deletion-log month ("2019-03") in words."""
    year, number = month.split("-")
    return month_text(date(int(year), int(number), 1))


def _readable_width(dialog: QDialog) -> None:
    # Wide enough for a line of about 64 characters at the text size in use, so larger
    # text makes a wider dialog rather than a tall, narrow one.
    dialog.setMinimumWidth(max(520, dialog.fontMetrics().averageCharWidth() * 64))


def rule_words(rule: RetentionRule) -> str:
    """A rule in words: "7 years after the last session", "until you delete it"."""
    if rule.years is None:
        return QCoreApplication.translate("Sessions", "until you delete it")
    years = rule.years  # a plain name: pyside6-lupdate skips a count that is an expression
    return QCoreApplication.translate("Sessions", "%n year(s) after the last session", None, years)


# ---------------------------------------------------------------------- the rule


@dataclass(frozen=True)
class RuleChoice:
    """The rule chosen; ``None`` for a client means "as the practice keeps records"."""

    rule: RetentionRule | None


class RuleDialog(QDialog):
    """Choose how long records are kept: the practice's rule, or one client's own.

    With ``practice_rule`` the dialog is about one client (``name``) and also offers
    "as the practice keeps records".
    """

    def __init__(
        self,
        parent: QWidget | None,
        current: RetentionRule | None,
        *,
        practice_rule: RetentionRule | None = None,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        for_client = practice_rule is not None
        self.setWindowTitle(
            QCoreApplication.translate("Sessions", "How long this record is kept")
            if for_client
            else QCoreApplication.translate("Sessions", "How long records are kept")
        )
        self.setAccessibleName(self.windowTitle())
        _readable_width(self)
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        if for_client:
            lead = QCoreApplication.translate(
                "Sessions",
                "Choose how long {name}'s record is kept after their last session, if it "
                "should differ from the rest of your practice.",
            ).format(name=name)
        else:
            lead = QCoreApplication.translate(
                "Sessions", "Choose how long a client's record is kept after their last session."
            )
        outer.addWidget(text_label(lead))
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Sessions",
                    "Laws and professional bodies differ, and records of children are often "
                    "kept longer: check what applies to you. When a record's time comes, "
                    "the practice home lists it for you to review. Nothing is deleted "
                    "without asking you.",
                ),
                "muted",
            )
        )
        self.group = QButtonGroup(self)
        self.practice = QRadioButton(
            QCoreApplication.translate("Sessions", "&As the rest of the practice: {words}").format(
                words=rule_words(practice_rule or RetentionRule(DEFAULT_RETENTION_YEARS))
            )
        )
        self.practice.setVisible(for_client)
        self.for_years = QRadioButton(QCoreApplication.translate("Sessions", "&For"))
        self.years = QSpinBox(self)
        self.years.setRange(1, MAX_RETENTION_YEARS)
        self.years.setAccessibleName(
            QCoreApplication.translate("Sessions", "Years after the last session")
        )
        self.years_after = text_label(
            QCoreApplication.translate("Sessions", "years after the last session"), wrap=False
        )
        self.years_after.setBuddy(self.years)
        self.forever = QRadioButton(QCoreApplication.translate("Sessions", "&Until I delete it"))
        years_row = QHBoxLayout()
        years_row.addWidget(self.for_years)
        years_row.addWidget(self.years)
        years_row.addWidget(self.years_after)
        years_row.addStretch(1)
        for button in (self.practice, self.for_years, self.forever):
            self.group.addButton(button)
        if for_client:
            outer.addWidget(self.practice)
        outer.addLayout(years_row)
        outer.addWidget(self.forever)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

        shown = current if current is not None else practice_rule
        self.years.setValue((shown.years if shown else None) or DEFAULT_RETENTION_YEARS)
        if for_client and current is None:
            self.practice.setChecked(True)
        elif current is not None and current.years is None:
            self.forever.setChecked(True)
        else:
            self.for_years.setChecked(True)
        self.years.valueChanged.connect(lambda _value: self.for_years.setChecked(True))
        checked = self.group.checkedButton()
        if checked is not None:
            checked.setFocus()
        grow_to_fit(self)

    def choice(self) -> RuleChoice:
        """What was chosen."""
        if self.practice.isChecked():
            return RuleChoice(None)
        if self.forever.isChecked():
            return RuleChoice(RetentionRule(None))
        return RuleChoice(RetentionRule(self.years.value()))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        current: RetentionRule | None,
        *,
        practice_rule: RetentionRule | None = None,
        name: str = "",
    ) -> RuleChoice | None:
        """Show the choice; what was chosen, or None when cancelled."""
        dialog = cls(parent, current, practice_rule=practice_rule, name=name)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------- review and delete


def removed_text(contents: RecordContents) -> str:
    """What deleting removes, counted, in one paragraph."""
    name = contents.pseudonym
    if not contents.sessions:
        lead = QCoreApplication.translate(
            "Sessions", "This removes {name} and what is kept about them; there are no sessions."
        )
        return lead.format(name=name)
    if contents.first_session and contents.last_session:
        first, last = month_text(contents.first_session), month_text(contents.last_session)
        span = (
            first
            if first == last
            else QCoreApplication.translate("Sessions", "{first} to {last}").format(
                first=first, last=last
            )
        )
    else:
        span = ""
    count = contents.sessions  # a plain name, for pyside6-lupdate
    parts = [
        QCoreApplication.translate("Sessions", "%n session(s)", None, count)
        + (QCoreApplication.translate("Sessions", " ({span})").format(span=span) if span else "")
        + QCoreApplication.translate(
            "Sessions", " with their notes, private notes and consent records"
        ),
    ]
    for count, text in (
        (contents.amendments, QT_TRANSLATE_NOOP("Sessions", "%n amendment(s) to signed notes")),
        (contents.goals, QT_TRANSLATE_NOOP("Sessions", "%n care goal(s)")),
        (contents.checkins, QT_TRANSLATE_NOOP("Sessions", "%n check-in(s)")),
        (contents.questionnaires, QT_TRANSLATE_NOOP("Sessions", "%n questionnaire(s)")),
        (contents.practices, QT_TRANSLATE_NOOP("Sessions", "%n practice(s) done together")),
        (contents.scale_ratings, QT_TRANSLATE_NOOP("Sessions", "%n rating(s) on your own scales")),
    ):
        if count:
            parts.append(QCoreApplication.translate("Sessions", str(text), None, count))
    return QCoreApplication.translate(
        "Sessions", "This removes {name} and everything recorded with them: {parts}."
    ).format(name=name, parts="; ".join(parts))


class DeleteRecordDialog(CalmDialog):
    """ "Delete this record for good?": what goes, what stays, and what cannot be undone."""

    def __init__(self, parent: QWidget | None, contents: RecordContents) -> None:
        info = "\n\n".join(
            (
                removed_text(contents)
                + " "
                + QCoreApplication.translate("Sessions", "This cannot be undone."),
                QCoreApplication.translate(
                    "Sessions",
                    "Backups made before now still hold this record until they are replaced "
                    "or removed, and summaries or exports you saved as files stay as they "
                    "are.",
                ),
                QCoreApplication.translate(
                    "Sessions",
                    "The deletion log keeps one line: the date, the rule, the months of the "
                    "first and last sessions and how many there were. Never the name or "
                    "anything written.",
                ),
            )
        )
        super().__init__(
            parent,
            QCoreApplication.translate("Sessions", "Review a record"),
            QCoreApplication.translate("Sessions", "Delete {name}'s record for good?").format(
                name=contents.pseudonym
            ),
            info,
        )
        self.keep_button = self.add_button(
            QCoreApplication.translate("Sessions", "&Keep the record"), default=True, escape=True
        )
        self.keep_button.setAccessibleDescription(
            QCoreApplication.translate("Sessions", "Keeps things as they are")
        )
        self.delete_button = self.add_button(
            QCoreApplication.translate("Sessions", "&Delete for good")
        )
        grow_to_fit(self)

    @classmethod
    def confirm(cls, parent: QWidget | None, contents: RecordContents) -> bool:
        """True only when "Delete for good" was pressed."""
        dialog = cls(parent, contents)
        try:
            return dialog.ask() is dialog.delete_button
        finally:
            dialog.deleteLater()


class KeepChoice(Enum):
    """What "Keep for now" chose."""

    ONE_MORE_YEAR = "one_more_year"
    OWN_RULE = "own_rule"


class KeepDialog(CalmDialog):
    """Keep a record for now: one more year, or a rule of the client's own."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(
            parent,
            QCoreApplication.translate("Sessions", "Keep for now"),
            QCoreApplication.translate("Sessions", "Keep {name}'s record for now?").format(
                name=name
            ),
            QCoreApplication.translate(
                "Sessions",
                "Keep it at least one more year, and the practice home brings it up again "
                "then. Or choose a rule of this client's own.",
            ),
        )
        self.cancel_button = self.add_button(
            QCoreApplication.translate("Sessions", "Cancel"), escape=True
        )
        self.rule_button = self.add_button(
            QCoreApplication.translate("Sessions", "Choose a &rule…")
        )
        self.year_button = self.add_button(
            QCoreApplication.translate("Sessions", "Keep one more &year"),
            primary=True,
            default=True,
        )
        grow_to_fit(self)

    @classmethod
    def choose(cls, parent: QWidget | None, name: str) -> KeepChoice | None:
        """What was chosen, or None when cancelled."""
        dialog = cls(parent, name)
        try:
            chosen = dialog.ask()
            if chosen is dialog.year_button:
                return KeepChoice.ONE_MORE_YEAR
            if chosen is dialog.rule_button:
                return KeepChoice.OWN_RULE
            return None
        finally:
            dialog.deleteLater()


# ---------------------------------------------------------------------- the log


def log_line_text(entry: DeletionLogEntry) -> str:
    """One line of the log in words: "15 June 2026 — 7 years after … — March 2018 to …"."""
    when = day_text(entry.deleted_at.astimezone().date(), long=True)
    if entry.first_month and entry.last_month:
        first, last = log_month_text(entry.first_month), log_month_text(entry.last_month)
        span = (
            first
            if first == last
            else QCoreApplication.translate("Sessions", "{first} to {last}").format(
                first=first, last=last
            )
        )
        count = entry.sessions  # a plain name, for pyside6-lupdate
        sessions = QCoreApplication.translate(
            "Sessions", "%n session(s)", None, count
        ) + QCoreApplication.translate("Sessions", ", {span}").format(span=span)
    else:
        sessions = QCoreApplication.translate("Sessions", "no sessions")
    return f"{when} — {entry.rule} — {sessions}"


class DeletionLogDialog(QDialog):
    """The deletion log, read-only."""

    def __init__(self, parent: QWidget | None, entries: tuple[DeletionLogEntry, ...]) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Sessions", "Deletion log"))
        self.setAccessibleName(self.windowTitle())
        _readable_width(self)
        outer = QVBoxLayout(self)
        outer.setSpacing(12)
        outer.addWidget(
            text_label(
                QCoreApplication.translate(
                    "Sessions",
                    "One line for each client record deleted under a retention rule: when, "
                    "under which rule, the months of the first and last sessions and how "
                    "many there were. It never holds a name or anything written.",
                ),
                "muted",
            )
        )
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("Sessions", "Records deleted"))
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for entry in entries:
            self.list.addItem(QListWidgetItem(log_line_text(entry)))
        keep_rows(self.list, 4)
        self.empty = text_label(
            QCoreApplication.translate(
                "Sessions", "No record has been deleted under a retention rule."
            )
        )
        self.list.setVisible(bool(entries))
        self.empty.setVisible(not entries)
        outer.addWidget(self.list, 1)
        outer.addWidget(self.empty)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        grow_to_fit(self)

    def lines(self) -> list[str]:
        """The lines shown (for tests)."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    @classmethod
    def show_log(cls, parent: QWidget | None, entries: tuple[DeletionLogEntry, ...]) -> None:
        """Show the log until it is closed."""
        dialog = cls(parent, entries)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def kept_until_text(due_again: date) -> str:
    """After "Keep one more year": when the record comes up again."""
    return QCoreApplication.translate(
        "Sessions", "The record is kept. It comes up again in {month}."
    ).format(month=month_text(due_again))
