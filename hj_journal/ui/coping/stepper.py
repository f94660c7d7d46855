"""The guided player's running screen: one step at a time, with its timer.

A :class:`~hj_journal.core.coping.player.Player` keeps the time from a monotonic clock; the
QTimer here only asks it to be drawn again (often for the pacer, a few times a second
otherwise). Keys: Space pauses and resumes, Left and Right go back and on, Esc stops.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.coping.library import Strategy
from hj_journal.core.coping.player import Clock, Part, Player, PlayerState, PlayerView
from hj_journal.ui.coping.pacer import Pacer, TextCount

ANIMATION_MS = 33  # about 30 repaints a second while the circle moves
CALM_MS = 200  # enough for a countdown that changes once a second


def clock_text(seconds: int) -> str:
    """Seconds as "0:45" or "2:05"."""
    return f"{seconds // 60}:{seconds % 60:02d}"


class PlayerPanel(QWidget):
    """Shows and controls one run of a strategy. Emits :attr:`ended` once, at the end."""

    ended = Signal(bool)  # True when followed to the end, False when stopped
    step_shown = Signal()  # a new step's words are on show (they may need more room)

    def __init__(
        self,
        strategy: Strategy,
        *,
        clock: Clock = time.monotonic,
        reduced_motion: bool = False,
        auto_advance: bool = True,
        skip_optional: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.player = Player(
            strategy, clock, auto_advance=auto_advance, skip_optional=skip_optional
        )
        self.reduced_motion = reduced_motion
        self._shown_index = -1
        self._shown_state: PlayerState | None = None
        self._announced = False
        self._build(strategy)
        self._connect_signals()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self.refresh)

    def _build(self, strategy: Strategy) -> None:
        self.progress = QLabel()
        self.progress.setProperty("role", "muted")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setProperty("role", "subheading")
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setMinimumHeight(72)
        self.text.setTextFormat(Qt.TextFormat.PlainText)

        self.pacer = Pacer()
        self.count = TextCount()
        self.countdown = QLabel()
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown.setProperty("role", "heading")
        self.own_pace = QLabel(self.tr("Take your time. Press Next when you are ready."))
        self.own_pace.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.own_pace.setWordWrap(True)
        self.own_pace.setProperty("role", "muted")
        self.visual = QStackedWidget()
        for widget in (self.pacer, self.count, self.countdown, self.own_pace):
            self.visual.addWidget(widget)

        self.paused_note = QLabel(self.tr("Paused. Carry on whenever you like."))
        self.paused_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.paused_note.setProperty("role", "muted")
        self.paused_note.hide()

        self.stop_button = QPushButton(self.tr("Stop"))
        self.previous_button = QPushButton(self.tr("Back"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setProperty("role", "primary")
        self.stop_button.setAccessibleName(self.tr("Stop (Esc)"))
        self.previous_button.setAccessibleName(self.tr("Previous step (Left arrow)"))
        self.pause_button.setAccessibleName(self.tr("Pause or resume (Space)"))
        self.next_button.setAccessibleName(self.tr("Next step (Right arrow)"))
        self.stop_button.setToolTip(self.tr("Stop whenever you want (Esc)"))
        self.previous_button.setToolTip(self.tr("Previous step (Left arrow)"))
        self.pause_button.setToolTip(self.tr("Pause or resume (Space)"))
        self.next_button.setToolTip(self.tr("Next step (Right arrow)"))
        row = QHBoxLayout()
        # Stop on the left, Back and Next on the right: the same place on every flow.
        row.addWidget(self.stop_button)
        row.addStretch(1)
        row.addWidget(self.previous_button)
        row.addWidget(self.pause_button)
        row.addWidget(self.next_button)

        keys = QLabel(self.tr("Space pauses · arrows move between steps · Esc stops"))
        keys.setProperty("role", "muted")
        keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keys.setWordWrap(True)  # longer languages take two lines rather than cut it

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(self.progress)
        layout.addWidget(self.text)
        layout.addWidget(self.visual, 1)
        layout.addWidget(self.paused_note)
        layout.addLayout(row)
        layout.addWidget(keys)
        self.setTabOrder(self.next_button, self.pause_button)
        self.setTabOrder(self.pause_button, self.previous_button)
        self.setTabOrder(self.previous_button, self.stop_button)

    def _connect_signals(self) -> None:
        self.stop_button.clicked.connect(self.stop)
        self.previous_button.clicked.connect(self.previous)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(self.next)
        # Shortcuts win over a focused button, so Space always pauses (never "clicks").
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for key, slot in (
            (Qt.Key.Key_Space, self.toggle_pause),
            (Qt.Key.Key_Right, self.next),
            (Qt.Key.Key_Left, self.previous),
            (Qt.Key.Key_Escape, self.stop),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # ------------------------------------------------------------------ control

    def start(self) -> None:
        """Begin the first step and start drawing."""
        self.player.start()
        self.refresh()
        self.next_button.setFocus()

    @Slot()
    def toggle_pause(self) -> None:
        """Pause, or carry on."""
        self.player.toggle_pause()
        self.refresh()

    @Slot()
    def next(self) -> None:
        """The next step (or finish on the last)."""
        self.player.next()
        self.refresh()

    @Slot()
    def previous(self) -> None:
        """The step before, with its full time again."""
        self.player.previous()
        self.refresh()

    @Slot()
    def stop(self) -> None:
        """End here."""
        self.player.stop()
        self.refresh()

    # ------------------------------------------------------------------ drawing

    @Slot()
    def refresh(self) -> None:
        """Draw the player as it is now (called by the timer and after every action)."""
        view = self.player.view()
        if view.index != self._shown_index or view.state != self._shown_state:
            self._show_step(view)
        if view.phase is not None:
            (self.count if self.reduced_motion else self.pacer).show_view(view)
        elif view.seconds_left is not None:
            text = clock_text(view.seconds_left)
            if self.countdown.text() != text:
                self.countdown.setText(text)
                self.countdown.setAccessibleName(self.tr("{time} left").format(time=text))
        self._set_timer(view)
        if view.done and not self._announced:
            self._announced = True
            self.ended.emit(view.state is PlayerState.FINISHED)

    def _show_step(self, view: PlayerView) -> None:
        new_step = view.index != self._shown_index
        self._shown_index = view.index
        self._shown_state = view.state
        self.text.setText(view.step.text)
        self.progress.setText(self._progress_text(view))
        if view.phase is not None:
            self._show_visual(self.count if self.reduced_motion else self.pacer)
        elif view.seconds is not None:
            self._show_visual(self.countdown)
        else:
            self._show_visual(self.own_pace)
        paused = view.state is PlayerState.PAUSED
        self.paused_note.setVisible(paused)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        last = view.index == view.total - 1
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next"))
        self.previous_button.setEnabled(view.index > 0 and not view.done)
        for button in (self.pause_button, self.next_button, self.stop_button):
            button.setEnabled(not view.done)
        # Breathing phases change every few seconds; announcing each would be noise.
        if new_step and (view.phase is None or view.index == 0) and QAccessible.isActive():
            QAccessible.updateAccessibility(
                QAccessibleAnnouncementEvent(self.text, view.step.text)
            )
        if new_step:
            self.step_shown.emit()

    def _show_visual(self, shown: QWidget) -> None:
        """Show ``shown`` under the step; only it asks for room. A stack asks for its
        largest page, so a step without the circle would keep the circle's height and
        squeeze a long step's words at large text."""
        for page in (self.pacer, self.count, self.countdown, self.own_pace):
            policy = QSizePolicy.Policy.Expanding if page is shown else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.visual.setCurrentWidget(shown)
        self.visual.updateGeometry()

    def _progress_text(self, view: PlayerView) -> str:
        position = view.position
        if position.rounds > 1:
            # Breathing runs dozens of steps; the rounds are what a person follows.
            if position.part is Part.INTRO:
                return self.tr("Getting ready")
            if position.part is Part.CLOSING:
                return self.tr("Closing")
            return self.tr("Round {n} of {total}").format(n=position.round, total=position.rounds)
        return self.tr("Step {n} of {total}").format(n=view.index + 1, total=view.total)

    def _set_timer(self, view: PlayerView) -> None:
        running = view.state is PlayerState.RUNNING and not view.waiting
        if not running:
            self.timer.stop()
            return
        animating = view.phase is not None and not self.reduced_motion
        interval = ANIMATION_MS if animating else CALM_MS
        if not self.timer.isActive() or self.timer.interval() != interval:
            self.timer.start(interval)
