"""Write or change a strategy of your own: a practice, a prayer, a song, a movement.

``StrategyForm.ask(parent, strategy)`` returns the strategy as typed, already checked
by the same rules as the built-in files (:func:`hj_journal.core.coping.service.checked`), or
``None`` when the person changes their mind. Saving is the caller's job.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.common.principles import Principle
from hj_journal.core.coping.library import Kind, Step, Strategy
from hj_journal.core.coping.service import StrategyError, checked
from hj_journal.ui.common.principles import principle_name
from hj_journal.ui.common.widgets import MessageLabel, field_label
from hj_journal.ui.coping.labels import kind_name
from hj_journal.ui.coping.steps_editor import StepsEditor

NEW_ID = "your-strategy"


def blank_strategy() -> Strategy:
    """Where a new strategy starts: one empty step, to be filled in."""
    return Strategy(
        id=NEW_ID,
        title="",
        principle=Principle.SELF_CARE,
        kind=Kind.CULTURAL,
        steps=(Step(text=""),),
        eyes_open_ok=True,
    )


class StrategyForm(QDialog):
    """The form. Use :meth:`ask`."""

    def __init__(self, strategy: Strategy, heading: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(heading)
        # A starting size, not a minimum: a minimum would override the layout's own and
        # squeeze the fields at large text or in longer languages; the fields scroll.
        self.resize(980, 700)
        self._original = strategy
        self.result_strategy: Strategy | None = None
        self._build(heading)
        self._load(strategy)

    def _build(self, heading: str) -> None:
        self.title = QLineEdit()
        self.title.setMaxLength(120)
        self.title.setPlaceholderText(self.tr("For example: Morning prayer"))
        self.summary = QLineEdit()
        self.summary.setMaxLength(300)
        self.summary.setPlaceholderText(self.tr("One line about it (optional)"))
        self.principle = QComboBox()
        for principle in Principle:
            self.principle.addItem(principle_name(principle), principle.value)
        self.kind = QComboBox()
        for kind in Kind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.low = QSpinBox()
        self.high = QSpinBox()
        for spin in (self.low, self.high):
            spin.setRange(0, 600)
            spin.setSpecialValueText(self.tr("—"))
            spin.setSuffix(self.tr(" min"))
        self.low.setAccessibleName(self.tr("Shortest usual length in minutes (optional)"))
        self.high.setAccessibleName(self.tr("Longest usual length in minutes (optional)"))
        minutes = QHBoxLayout()
        minutes.addWidget(self.low)
        to = QLabel(self.tr("to"))
        minutes.addWidget(to)
        minutes.addWidget(self.high)
        minutes.addStretch(1)
        self.repeat = QSpinBox()
        self.repeat.setRange(1, 500)
        self.repeat.setMaximumWidth(120)
        self.content_note = QLineEdit()
        self.content_note.setMaxLength(500)
        self.content_note.setPlaceholderText(self.tr("Shown before the steps (optional)"))
        self.cautions = QPlainTextEdit()
        self.cautions.setTabChangesFocus(True)
        self.cautions.setPlaceholderText(self.tr("One per line (optional)"))
        self.cautions.setMaximumHeight(80)
        self.basis = QLineEdit()
        self.basis.setMaxLength(500)
        self.basis.setPlaceholderText(self.tr("Who taught you, or where it is from (optional)"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(field_label(self.tr("&Title"), self.title), self.title)
        form.addRow(field_label(self.tr("Summar&y"), self.summary), self.summary)
        form.addRow(field_label(self.tr("Pri&nciple"), self.principle), self.principle)
        form.addRow(field_label(self.tr("&Kind"), self.kind), self.kind)
        form.addRow(field_label(self.tr("Usual &length"), self.low), minutes)
        form.addRow(
            field_label(self.tr("R&ounds of the repeated steps"), self.repeat), self.repeat
        )
        form.addRow(field_label(self.tr("&Content note"), self.content_note), self.content_note)
        form.addRow(field_label(self.tr("Ca&utions"), self.cautions), self.cautions)
        form.addRow(field_label(self.tr("Where it comes &from"), self.basis), self.basis)

        self.steps = StepsEditor()
        steps_box = QVBoxLayout()
        steps_heading = QLabel(self.tr("Steps"))
        steps_heading.setProperty("role", "subheading")
        steps_box.addWidget(steps_heading)
        hint = QLabel(
            self.tr(
                "Give a step seconds to show a timer. Breathing steps also need a breath "
                "(in, hold, out…) so the pacer can follow them."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        steps_box.addWidget(hint)
        steps_box.addWidget(self.steps, 1)

        fields = QWidget()
        columns = QHBoxLayout(fields)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.setSpacing(24)
        columns.addLayout(form, 5)
        columns.addLayout(steps_box, 6)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(fields)

        self.message = MessageLabel()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.save_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        self.save_button.clicked.connect(self._save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)

        title = QLabel(heading)
        title.setProperty("role", "heading")
        intro = QLabel(
            self.tr(
                "Your own practices belong here too: a prayer, a song, a movement, "
                "something from your family or your land. Only the title and one step "
                "are needed."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.title.setFocus()

    def _load(self, strategy: Strategy) -> None:
        self.title.setText(strategy.title)
        self.summary.setText(strategy.summary)
        self.principle.setCurrentIndex(self.principle.findData(strategy.principle.value))
        self.kind.setCurrentIndex(self.kind.findData(strategy.kind.value))
        low, high = strategy.minutes or (0, 0)
        self.low.setValue(low)
        self.high.setValue(high)
        self.repeat.setValue(strategy.repeat)
        self.content_note.setText(strategy.content_note or "")
        self.cautions.setPlainText("\n".join(strategy.cautions))
        self.basis.setText(strategy.basis)
        self.steps.set_parts(strategy.intro, strategy.steps, strategy.closing)
        for field in (self.title, self.summary, self.content_note, self.basis):
            field.setCursorPosition(0)  # show how each line begins, not how it ends

    def strategy(self) -> Strategy:
        """What the form holds now (not yet checked)."""
        intro, steps, closing = self.steps.parts()
        low, high = self.low.value(), self.high.value()
        minutes = None
        if low or high:
            minutes = (low or high, high or low)
        return Strategy(
            id=self._original.id,
            title=" ".join(self.title.text().split()),
            principle=Principle(self.principle.currentData()),
            kind=Kind(self.kind.currentData()),
            steps=steps,
            summary=" ".join(self.summary.text().split()),
            repeat=self.repeat.value(),
            intro=intro,
            closing=closing,
            minutes=minutes,
            cautions=tuple(
                line.strip() for line in self.cautions.toPlainText().splitlines() if line.strip()
            ),
            content_note=self.content_note.text().strip() or None,
            eyes_open_ok=True,
            basis=" ".join(self.basis.text().split()),
        )

    @Slot()
    def _save(self) -> None:
        draft = self.strategy()
        if not draft.title:
            self.message.show_message(self.tr("Give your strategy a title."))
            self.title.setFocus()
            return
        try:
            self.result_strategy = checked(draft)
        except StrategyError as error:
            self.message.show_message(str(error))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, strategy: Strategy | None = None, *, heading: str = ""
    ) -> Strategy | None:
        """Show the form; the checked strategy, or ``None`` if cancelled."""
        form = cls(strategy or blank_strategy(), heading or cls.tr_heading(strategy), parent)
        form.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        accepted = form.exec() == QDialog.DialogCode.Accepted
        result = form.result_strategy if accepted else None
        form.deleteLater()
        return result

    @staticmethod
    def tr_heading(strategy: Strategy | None) -> str:
        """ "Your own strategy" or "Change your strategy"."""
        if strategy is None:
            return QCoreApplication.translate("StrategyForm", "Your own strategy")
        return QCoreApplication.translate("StrategyForm", "Change your strategy")
