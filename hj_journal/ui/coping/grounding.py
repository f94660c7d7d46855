"""A short grounding pause: a few calm steps, eyes open, closed whenever you like.

This is what *Pause* opens until the coping library offers its own exercises (a page
that defines ``offer_pause()`` takes Pause over; see :mod:`hj_journal.ui.shell.main_window`).
Nothing is recorded. There is no timer and no auto-advance: you move on when you want.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hj_journal.ui.common.widgets import grow_to_fit

CONTEXT = "GroundingDialog"
STEPS = (
    QT_TRANSLATE_NOOP(
        "GroundingDialog",
        "Let your feet rest on the floor, or notice where your body is supported. "
        "Keep your eyes open and let them rest somewhere comfortable.",
    ),
    QT_TRANSLATE_NOOP("GroundingDialog", "Look around you and name five things you can see."),
    QT_TRANSLATE_NOOP(
        "GroundingDialog",
        "Notice four things you can touch: the chair, your clothes, the air on your skin.",
    ),
    QT_TRANSLATE_NOOP("GroundingDialog", "Listen for three things you can hear, near or far."),
    QT_TRANSLATE_NOOP(
        "GroundingDialog", "Notice two things you can smell, or remember two smells you like."
    ),
    QT_TRANSLATE_NOOP(
        "GroundingDialog", "Notice one thing you can taste, or take a sip of water if it's near."
    ),
    QT_TRANSLATE_NOOP(
        "GroundingDialog",
        "Let one breath out be a little longer than the breath in. "
        "You can come back to this pause whenever you want.",
    ),
)


class GroundingDialog(QDialog):
    """Step through :data:`STEPS` with Back and Next; Close is always there."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("A short pause"))
        self.setAccessibleName(self.tr("A short grounding pause"))
        self.setModal(False)
        self.step = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(16)
        heading = QLabel(self.tr("A short pause"))
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        intro = QLabel(self.tr("Go at your own pace. You can stop whenever you like."))
        intro.setProperty("role", "muted")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.progress = QLabel()
        self.progress.setProperty("role", "muted")
        layout.addWidget(self.progress)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setProperty("role", "lead")
        self.text.setMinimumHeight(90)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout.addWidget(self.text, 1)
        row = QHBoxLayout()
        self.close_button = QPushButton(self.tr("Close"))
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))
        self.close_button.setAccessibleName(self.tr("Close the pause"))
        self.back_button.setAccessibleName(self.tr("Previous step"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.setProperty("role", "primary")
        # Close on the left, Back and Next on the right: the same on every flow.
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        self.close_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.forward)
        self.setMinimumSize(540, 340)
        self._show_step()
        grow_to_fit(self)  # tall enough for its wrapped words at any text size

    @Slot()
    def forward(self) -> None:
        """Next step; on the last one, Next becomes Finish and closes."""
        if self.step >= len(STEPS) - 1:
            self.accept()
            return
        self.step += 1
        self._show_step()

    @Slot()
    def back(self) -> None:
        """The previous step."""
        if self.step > 0:
            self.step -= 1
            self._show_step()

    def _show_step(self) -> None:
        self.progress.setText(self.tr("{n} of {total}").format(n=self.step + 1, total=len(STEPS)))
        # str(): QT_TRANSLATE_NOOP hands back the text itself; PySide6's stubs say object.
        step_text = QCoreApplication.translate(CONTEXT, str(STEPS[self.step]))
        self.text.setText(step_text)
        self.text.setAccessibleName(step_text)
        self.back_button.setEnabled(self.step > 0)
        last = self.step == len(STEPS) - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.setFocus()
