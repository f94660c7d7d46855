"""Edit a strategy's steps: a list on top, the chosen step's details underneath.

Each step belongs to a part — once before, repeated, or once at the end — and may have
seconds (0 means "at your own pace"), a breathing phase for the pacer, and an
"optional" mark. The list always shows the parts in the order they are done.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.coping.library import Phase, Step
from hj_journal.core.coping.player import Part
from hj_journal.ui.common.widgets import FlowLayout, field_label
from hj_journal.ui.coping.labels import phase_name

_PART_ORDER = (Part.INTRO, Part.STEPS, Part.CLOSING)
_PART_NAMES = {
    Part.INTRO: QT_TRANSLATE_NOOP("StepsEditor", "Once, before"),
    Part.STEPS: QT_TRANSLATE_NOOP("StepsEditor", "Repeated"),
    Part.CLOSING: QT_TRANSLATE_NOOP("StepsEditor", "Once, at the end"),
}


def part_name(part: Part) -> str:
    """A part in the user's words."""
    return QCoreApplication.translate("StepsEditor", str(_PART_NAMES[part]))


@dataclass
class _Row:
    part: Part
    step: Step


class StepsEditor(QWidget):
    """The steps of one strategy, editable. :meth:`parts` gives them back."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._loading = False
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Steps"))
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.add_button = QPushButton(self.tr("&Add a step"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.up_button = QPushButton(self.tr("Move u&p"))
        self.down_button = QPushButton(self.tr("Move &down"))
        buttons = FlowLayout()  # wraps onto a second line rather than cut the words
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)

        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("What to do in this step, in your own words"))
        self.text.setMaximumHeight(90)
        self.part = QComboBox()
        for part in _PART_ORDER:
            self.part.addItem(part_name(part), part.value)
        self.seconds = QSpinBox()
        self.seconds.setRange(0, 3600)
        self.seconds.setMaximumWidth(200)
        self.seconds.setSpecialValueText(self.tr("At your own pace"))
        self.seconds.setSuffix(self.tr(" s"))
        self.phase = QComboBox()
        self.phase.addItem(self.tr("Not a breathing step"), "")
        for phase in Phase:
            self.phase.addItem(phase_name(phase), phase.value)
        self.optional = QCheckBox(self.tr("This step can be l&eft out"))
        form = QFormLayout()
        form.addRow(field_label(self.tr("Step te&xt"), self.text), self.text)
        form.addRow(field_label(self.tr("&When"), self.part), self.part)
        form.addRow(field_label(self.tr("&Seconds"), self.seconds), self.seconds)
        form.addRow(field_label(self.tr("&Breath"), self.phase), self.phase)
        form.addRow("", self.optional)
        self.optional.setAccessibleName(self.tr("This step can be left out"))
        self.details = QWidget()
        self.details.setLayout(form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.details)
        self._connect_signals()
        self._refresh_list(-1)

    def _connect_signals(self) -> None:
        self.list.currentRowChanged.connect(self._row_chosen)
        self.add_button.clicked.connect(self.add_step)
        self.remove_button.clicked.connect(self.remove_step)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.text.textChanged.connect(self._edited)
        self.part.currentIndexChanged.connect(self._part_changed)
        self.seconds.valueChanged.connect(self._edited)
        self.phase.currentIndexChanged.connect(self._edited)
        self.optional.toggled.connect(self._edited)

    # ------------------------------------------------------------------ data

    def set_parts(
        self, intro: tuple[Step, ...], steps: tuple[Step, ...], closing: tuple[Step, ...]
    ) -> None:
        """Show these steps."""
        self._rows = (
            [_Row(Part.INTRO, s) for s in intro]
            + [_Row(Part.STEPS, s) for s in steps]
            + [_Row(Part.CLOSING, s) for s in closing]
        )
        self._refresh_list(0 if self._rows else -1)

    def parts(self) -> tuple[tuple[Step, ...], tuple[Step, ...], tuple[Step, ...]]:
        """The steps as (before, repeated, at the end)."""
        return tuple(  # type: ignore[return-value]
            tuple(row.step for row in self._rows if row.part is part) for part in _PART_ORDER
        )

    # ------------------------------------------------------------------ actions

    @Slot()
    def add_step(self) -> None:
        """A new, empty step after the chosen one (in the same part)."""
        current = self.list.currentRow()
        part = self._rows[current].part if current >= 0 else Part.STEPS
        position = current + 1 if current >= 0 else len(self._rows)
        self._rows.insert(position, _Row(part, Step(text="")))
        self._refresh_list(position)
        self.text.setFocus()
        self.changed.emit()

    @Slot()
    def remove_step(self) -> None:
        """Remove the chosen step."""
        current = self.list.currentRow()
        if current < 0:
            return
        del self._rows[current]
        self._refresh_list(min(current, len(self._rows) - 1))
        self.changed.emit()

    def _move(self, offset: int) -> None:
        current = self.list.currentRow()
        target = current + offset
        if current < 0 or not 0 <= target < len(self._rows):
            return
        if self._rows[target].part is not self._rows[current].part:
            return  # parts stay in their order; change the part to move across
        self._rows[current], self._rows[target] = self._rows[target], self._rows[current]
        self._refresh_list(target)
        self.changed.emit()

    # ------------------------------------------------------------------ inside

    def _refresh_list(self, select: int) -> None:
        self._loading = True
        self.list.clear()
        for number, row in enumerate(self._rows, start=1):
            self.list.addItem(self._row_text(number, row))
        self._loading = False
        has = 0 <= select < len(self._rows)
        self.details.setEnabled(has)
        self.remove_button.setEnabled(has)
        self.up_button.setEnabled(has)
        self.down_button.setEnabled(has)
        if has:
            self.list.setCurrentRow(select)
        else:
            self._show_row(None)

    def _row_text(self, number: int, row: _Row) -> str:
        text = " ".join(row.step.text.split()) or self.tr("(no words yet)")
        extra = [part_name(row.part)]
        if row.step.seconds:
            extra.append(self.tr("{n} s").format(n=row.step.seconds))
        if row.step.phase is not None:
            extra.append(phase_name(row.step.phase))
        if row.step.skippable:
            extra.append(self.tr("optional"))
        return f"{number}. {text}  ({', '.join(extra)})"

    @Slot(int)
    def _row_chosen(self, row: int) -> None:
        if self._loading:
            return
        self._show_row(self._rows[row] if 0 <= row < len(self._rows) else None)

    def _show_row(self, row: _Row | None) -> None:
        self._loading = True
        step = row.step if row is not None else Step(text="")
        self.text.setPlainText(step.text)
        self.part.setCurrentIndex(_PART_ORDER.index(row.part) if row is not None else 1)
        self.seconds.setValue(step.seconds or 0)
        self.phase.setCurrentIndex(self.phase.findData(step.phase.value if step.phase else ""))
        self.optional.setChecked(step.skippable)
        self._loading = False

    @Slot()
    def _edited(self) -> None:
        current = self.list.currentRow()
        if self._loading or current < 0:
            return
        phase_value = self.phase.currentData()
        self._rows[current].step = replace(
            self._rows[current].step,
            text=self.text.toPlainText(),
            seconds=self.seconds.value() or None,
            phase=Phase(phase_value) if phase_value else None,
            skippable=self.optional.isChecked(),
        )
        item = self.list.item(current)
        if item is not None:
            item.setText(self._row_text(current + 1, self._rows[current]))
        self.changed.emit()

    @Slot(int)
    def _part_changed(self, _index: int) -> None:
        current = self.list.currentRow()
        if self._loading or current < 0:
            return
        row = self._rows[current]
        row.part = Part(self.part.currentData())
        # Keep the parts in the order they are done: move the row to the end of its part.
        del self._rows[current]
        position = max(
            (
                i + 1
                for i, r in enumerate(self._rows)
                if _PART_ORDER.index(r.part) <= _PART_ORDER.index(row.part)
            ),
            default=0,
        )
        self._rows.insert(position, row)
        self._refresh_list(position)
        self.changed.emit()
