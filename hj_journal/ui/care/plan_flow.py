"""A guided plan: one section at a time, Back / Next always in the same place.

Every field is optional. "Save" keeps a new version and the earlier ones stay;
"Earlier versions" shows them read-only. The flow never moves on by itself.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.care.care_map import add_months
from hj_journal.core.care.plan_forms import Lines, PlanField, PlanSection
from hj_journal.core.care.plans import Plans, PlanVersionView
from hj_journal.core.common.errors import InputError, NotFoundError
from hj_journal.ui.care.labels import moment_text
from hj_journal.ui.care.plan_versions import EarlierVersionsDialog
from hj_journal.ui.common.date_field import DateField
from hj_journal.ui.common.widgets import MessageLabel, field_label, text_label

Editor = QLineEdit | QPlainTextEdit


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PlanFlow(QWidget):
    """The form of one kind of plan, filled with its latest saved version."""

    saved = Signal(str)  # the plan's kind
    open_plan_requested = Signal(str)  # a section links to another plan

    def __init__(
        self,
        plans: Plans,
        kind: str,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self._plans = plans
        self._today = today
        self.form = plans.form(kind)
        self.kind = self.form.kind.value
        self.editors: dict[str, Editor] = {}
        self.versions_dialog: EarlierVersionsDialog | None = None
        self._saved_data: dict[str, str] = {}
        self._saved_follow_up: date | None = None
        self._build()
        self._connect_signals()
        self.reload()

    # ------------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(10)
        outer.addWidget(text_label(self.form.title, "heading"))
        self.private_note: QLabel | None = None
        if self.form.private:
            self.private_note = text_label(
                QCoreApplication.translate(
                    "Care",
                    "This reflection is private. It stays in your vault and is never part "
                    "of any export summary for others.",
                ),
                "notice",
            )
            outer.addWidget(self.private_note)
        if self.form.content_note:
            outer.addWidget(
                text_label(
                    QCoreApplication.translate("Care", "Content note: ") + self.form.content_note,
                    "notice",
                )
            )
        outer.addWidget(text_label(self.form.intro, "muted"))

        middle = QHBoxLayout()
        middle.setSpacing(16)
        self.steps = QListWidget(self)
        self.steps.setAccessibleName(QCoreApplication.translate("Care", "Sections of this plan"))
        self.steps.setMaximumWidth(240)
        self.steps.setSpacing(3)
        for number, section in enumerate(self.form.sections, 1):
            self.steps.addItem(f"{number}. {section.title}")
        middle.addWidget(self.steps)
        self.stack = QStackedWidget(self)
        for section in self.form.sections:
            self.stack.addWidget(self._section_page(section))
        middle.addWidget(self.stack, 1)
        outer.addLayout(middle, 1)

        follow = QHBoxLayout()
        self.follow_up = QCheckBox(
            QCoreApplication.translate("Care", "&Look at this again on"), self
        )
        self.follow_up.setAccessibleName(
            QCoreApplication.translate("Care", "Look at this plan again on a day you choose")
        )
        self.follow_up_date = DateField(self)  # typed or picked; Tab leaves it whole
        self.follow_up_date.setAccessibleName(
            QCoreApplication.translate("Care", "Day to look at this plan again")
        )
        follow.addWidget(self.follow_up)
        follow.addWidget(self.follow_up_date)
        follow.addStretch(1)
        self.status = MessageLabel(self)
        self.status.setProperty("role", "muted")  # a quiet status line, not a notice
        follow.addWidget(self.status, 2)
        outer.addLayout(follow)

        footer = QHBoxLayout()
        self.back_button = QPushButton(QCoreApplication.translate("Care", "&Back"), self)
        self.progress = QLabel(self)
        self.progress.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress.setMinimumWidth(70)
        self.next_button = QPushButton(QCoreApplication.translate("Care", "&Next"), self)
        self.versions_button = QPushButton(
            QCoreApplication.translate("Care", "Earlier &versions…"), self
        )
        self.save_button = QPushButton(QCoreApplication.translate("Care", "&Save"), self)
        self.save_button.setProperty("role", "primary")
        self.save_button.setToolTip(
            QCoreApplication.translate("Care", "Keeps a new version; earlier versions stay.")
        )
        for widget in (self.back_button, self.progress, self.next_button):
            footer.addWidget(widget)
        footer.addStretch(1)
        footer.addWidget(self.versions_button)
        footer.addWidget(self.save_button)
        outer.addLayout(footer)

    def _section_page(self, section: PlanSection) -> QWidget:
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page = QWidget(scroll)
        column = QVBoxLayout(page)
        column.setSpacing(8)
        column.addWidget(text_label(section.title, "subheading"))
        if section.intro:
            column.addWidget(text_label(section.intro, "muted"))
        for plan_field in section.fields:
            self._add_field(column, page, plan_field, alone=len(section.fields) == 1)
        if section.link is not None:
            linked = self._plans.form(section.link)
            button = QPushButton(
                QCoreApplication.translate("Care", "Open my {plan}").format(
                    plan=linked.title.lower()
                ),
                page,
            )
            button.clicked.connect(
                lambda _=False, k=linked.kind.value: self.open_plan_requested.emit(k)
            )
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            column.addLayout(row)
        column.addStretch(1)
        scroll.setWidget(page)
        return scroll

    def _add_field(
        self, column: QVBoxLayout, page: QWidget, plan_field: PlanField, *, alone: bool
    ) -> None:
        editor: Editor
        if plan_field.lines is Lines.ONE:
            editor = QLineEdit(page)
        else:
            editor = QPlainTextEdit(page)
            editor.setTabChangesFocus(True)
            lines = editor.fontMetrics().lineSpacing()
            if alone:  # the one question of its section may take the room there is
                editor.setMinimumHeight(lines * 6 + 16)
            else:  # several questions stay visible together; long answers scroll inside
                editor.setFixedHeight(lines * 5 + 16)
        editor.setAccessibleName(plan_field.label)
        column.addSpacing(6)
        column.addWidget(field_label(plan_field.question, editor))
        if plan_field.hint:
            hint = text_label(plan_field.hint, "muted")
            editor.setAccessibleDescription(plan_field.hint)
            column.addWidget(hint)
        column.addWidget(editor)
        self.editors[plan_field.id] = editor

    def _connect_signals(self) -> None:
        self.steps.currentRowChanged.connect(self.go_to)
        self.back_button.clicked.connect(lambda: self.go_to(self.section_index() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.section_index() + 1))
        self.save_button.clicked.connect(self.save)
        self.versions_button.clicked.connect(self.show_versions)
        self.follow_up.toggled.connect(self.follow_up_date.setEnabled)

    # ------------------------------------------------------------------ navigation

    def section_index(self) -> int:
        """The section shown (0-based)."""
        return self.stack.currentIndex()

    @Slot(int)
    def go_to(self, index: int) -> None:
        """Show one section. Nothing is saved or skipped by moving."""
        count = self.stack.count()
        if not 0 <= index < count:
            return
        self.stack.setCurrentIndex(index)
        if self.steps.currentRow() != index:
            self.steps.setCurrentRow(index)
        self.progress.setText(
            QCoreApplication.translate("Care", "{n} of {total}").format(n=index + 1, total=count)
        )
        self.progress.setAccessibleName(
            QCoreApplication.translate("Care", "Section {n} of {total}").format(
                n=index + 1, total=count
            )
        )
        # Disabled rather than hidden, so nothing on screen moves.
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)

    # ------------------------------------------------------------------ content

    def data(self) -> dict[str, str]:
        """Everything typed, by field id (blank fields included)."""
        return {
            key: editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
            for key, editor in self.editors.items()
        }

    def load(self, data: dict[str, object]) -> None:
        """Fill the form (fields the data does not mention are emptied)."""
        for key, editor in self.editors.items():
            value = data.get(key, "")
            text = value if isinstance(value, str) else ""
            if isinstance(editor, QLineEdit):
                editor.setText(text)
            else:
                editor.setPlainText(text)

    def follow_up_on(self) -> date | None:
        """The follow-up day chosen, if any."""
        if not self.follow_up.isChecked():
            return None
        chosen = self.follow_up_date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def reload(self) -> None:
        """Show the latest saved version (or an empty form) and its follow-up day."""
        latest = self._plans.latest(self.kind)
        plan = self._plans.plan(self.kind)
        self._saved_data = dict(latest.data) if latest else {}
        self._saved_follow_up = plan.follow_up_on if plan else None
        self.load(dict(self._saved_data))
        day = self._saved_follow_up or add_months(self._today(), 1)
        self.follow_up_date.setDate(_qdate(day))
        self.follow_up.setChecked(self._saved_follow_up is not None)
        self.follow_up_date.setEnabled(self._saved_follow_up is not None)
        self.versions_button.setEnabled(latest is not None)
        self._show_last_saved(latest)
        self.go_to(max(self.section_index(), 0))

    def _show_last_saved(self, latest: PlanVersionView | None) -> None:
        if latest is None:
            self.status.show_message(
                QCoreApplication.translate(
                    "Care", "Nothing saved yet. Every question can be skipped."
                )
            )
        else:
            self.status.show_message(
                QCoreApplication.translate("Care", "Last saved {moment}.").format(
                    moment=moment_text(latest.saved_at)
                )
            )

    def is_dirty(self) -> bool:
        """Whether anything differs from the last saved version."""
        try:
            typed = self._plans.clean(self.kind, self.data())
        except InputError:
            return True
        return typed != self._saved_data or self.follow_up_on() != self._saved_follow_up

    @Slot()
    def save(self) -> PlanVersionView | None:
        """Keep a new version, unless nothing changed since the last one."""
        if self._plans.latest(self.kind) is not None and not self.is_dirty():
            self.status.show_message(
                QCoreApplication.translate("Care", "Nothing new since your last saved version.")
            )
            return None
        try:
            version = self._plans.save(self.kind, self.data(), follow_up_on=self.follow_up_on())
        except InputError as error:
            self.status.show_message(str(error))
            return None
        self._saved_data = dict(version.data)
        self._saved_follow_up = self.follow_up_on()
        self.versions_button.setEnabled(True)
        self.status.show_message(
            QCoreApplication.translate(
                "Care", "Saved {moment}. Earlier versions are kept."
            ).format(moment=moment_text(version.saved_at))
        )
        self.saved.emit(self.kind)
        return version

    @Slot()
    def show_versions(self) -> None:
        """Open the earlier versions, read-only."""
        plan = self._plans.plan(self.kind)
        if plan is None:
            return
        try:
            versions = self._plans.versions(plan.id)
        except NotFoundError:
            self.reload()
            return
        dialog = EarlierVersionsDialog(self, self.form, versions)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.use_requested.connect(self._start_from)
        dialog.destroyed.connect(lambda: setattr(self, "versions_dialog", None))
        self.versions_dialog = dialog
        dialog.open()

    @Slot(dict)
    def _start_from(self, data: dict[str, object]) -> None:
        self.load(data)
        self.go_to(0)
        self.status.show_message(
            QCoreApplication.translate(
                "Care", "The form now holds that earlier version. Save to keep it as the newest."
            )
        )
