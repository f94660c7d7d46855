"""The guided player: before (optional rating), the steps, after (optional rating, note).

The dialog is not modal, so the safety bar's Quick exit and Lock stay one click
away. It never saves anything itself: when the person chooses *Save* it emits
:attr:`PlayerDialog.practice_ready` with a :class:`PracticeInput` for the caller to
hand to the coping service (:func:`hj_journal.ui.coping.practice.start_practice`).

While the steps are on screen (running or paused) the player holds the idle lock off,
when it is given ``idle`` holds, and says so in one quiet line; the hold is released
when the steps end (finished or stopped) and however the dialog closes or is destroyed.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from hj_journal.core.coping.library import Strategy
from hj_journal.core.coping.player import Clock
from hj_journal.core.coping.service import PracticeInput
from hj_journal.ui.coping.labels import meta_line
from hj_journal.ui.coping.rating import distress_rating
from hj_journal.ui.coping.stepper import PlayerPanel
from hj_journal.ui.platform.idle import IdleHold, IdleHolds


def _label(text: str, role: str | None = None) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        label.setProperty("role", role)
    return label


def _focus_first(widget: QWidget) -> None:
    """Give the keyboard to ``widget``, or to the first child that takes Tab focus."""
    candidates = [widget, *widget.findChildren(QWidget)]
    for candidate in candidates:
        policy = candidate.focusPolicy()
        if policy & Qt.FocusPolicy.TabFocus and candidate.isVisibleTo(widget.window()):
            candidate.setFocus(Qt.FocusReason.OtherFocusReason)
            return


class PlayerDialog(QDialog):
    """Follow one strategy step by step; optionally rate distress before and after."""

    practice_ready = Signal(object)  # PracticeInput, when the person chooses Save

    def __init__(
        self,
        strategy: Strategy,
        *,
        now: Callable[[], datetime],
        clock: Clock = time.monotonic,
        reduced_motion: bool = False,
        auto_advance: bool = True,
        ask_before: bool = True,
        session_id: int | None = None,
        idle: IdleHolds | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.strategy = strategy
        self._idle = idle
        self.idle_hold: IdleHold | None = None
        self._now = now
        self._clock = clock
        self._reduced_motion = reduced_motion
        self._session_id = session_id
        self.started_at: datetime | None = None
        self.ended_at: datetime | None = None
        self.finished_all = False
        self._settled = False  # saved or let go: nothing more to keep
        self.panel: PlayerPanel | None = None
        self.setModal(False)
        self.setWindowTitle(strategy.title)
        self.setAccessibleName(self.tr("Guided practice: {title}").format(title=strategy.title))
        self.setMinimumSize(560, 600)
        self.pages = QStackedWidget()
        self.before = self._build_before(auto_advance)
        self.running = QWidget()
        self.running_box = QVBoxLayout(self.running)
        self.running_box.setContentsMargins(0, 0, 0, 0)
        self.stays_open = _label(
            self.tr("The journal stays open while this practice runs."), "muted"
        )
        self.stays_open.setVisible(idle is not None)
        self.running_box.addWidget(self.stays_open)
        self.after = self._build_after()
        for page in (self.before, self.running, self.after):
            self.pages.addWidget(page)
        heading = _label(strategy.title, "heading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.pages, 1)
        if ask_before:
            self.begin_button.setFocus()
        else:
            self.begin()

    # ------------------------------------------------------------------ pages

    def _build_before(self, auto_advance: bool) -> QWidget:
        strategy = self.strategy
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        box.addWidget(_label(meta_line(strategy), "muted"))
        if strategy.content_note:
            box.addWidget(
                _label(
                    self.tr("Content note: {note}").format(note=strategy.content_note), "notice"
                )
            )
        if strategy.summary:
            box.addWidget(_label(strategy.summary))
        box.addWidget(
            _label(
                self.tr(
                    "Nothing here needs your eyes closed: keep them open and let your gaze "
                    "rest wherever feels comfortable. You can pause or stop at any time."
                ),
                "muted",
            )
        )
        for caution in strategy.cautions:
            box.addWidget(_label("• " + caution))
        self.skip_optional = QCheckBox(self.tr("Leave out the steps marked as optional"))
        self.skip_optional.setVisible(any(s.skippable for s in strategy.sequence()))
        self.auto_advance = QCheckBox(self.tr("Move on by itself when a step's time is up"))
        self.auto_advance.setChecked(auto_advance)
        self.auto_advance.setVisible(
            any(s.seconds is not None and s.phase is None for s in strategy.sequence())
        )
        box.addWidget(self.skip_optional)
        box.addWidget(self.auto_advance)
        self.rating_before = distress_rating(
            self.tr("If you like: how much distress do you feel right now?")
        )
        box.addSpacing(6)
        box.addWidget(self.rating_before)
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)

        self.close_button = QPushButton(self.tr("Close"))
        self.begin_button = QPushButton(self.tr("Begin"))
        self.begin_button.setProperty("role", "primary")
        self.begin_button.setDefault(True)
        self.close_button.clicked.connect(self.close)
        self.begin_button.clicked.connect(self.begin)
        return self._page(scroll, self.close_button, self.begin_button)

    def _build_after(self) -> QWidget:
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(10)
        self.after_heading = _label("", "subheading")
        self.before_was = _label("", "muted")
        self.rating_after = distress_rating(
            self.tr("If you like: how much distress do you feel now?")
        )
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Anything you noticed (optional)"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(110)
        note_label = QLabel(self.tr("A &note for yourself"))
        note_label.setBuddy(self.note)
        self.note.setAccessibleName(self.tr("A note for yourself"))
        for widget in (
            self.after_heading,
            self.before_was,
            self.rating_after,
            note_label,
            self.note,
        ):
            box.addWidget(widget)
        box.addStretch(1)
        self.let_go_button = QPushButton(self.tr("Close without saving"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setProperty("role", "primary")
        self.let_go_button.clicked.connect(self.let_go)
        self.save_button.clicked.connect(self.save)
        return self._page(body, self.let_go_button, self.save_button)

    @staticmethod
    def _page(body: QWidget, left: QPushButton, right: QPushButton) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(body, 1)
        row = QHBoxLayout()
        row.addWidget(left)
        row.addStretch(1)
        row.addWidget(right)
        layout.addLayout(row)
        return page

    # ------------------------------------------------------------------ flow

    @Slot()
    def begin(self) -> None:
        """Leave the first page and start the steps."""
        if self.panel is not None:
            return
        self.started_at = self._now()
        self.panel = PlayerPanel(
            self.strategy,
            clock=self._clock,
            reduced_motion=self._reduced_motion,
            auto_advance=self.auto_advance.isChecked(),
            skip_optional=self.skip_optional.isChecked(),
        )
        self.panel.ended.connect(self._ended)
        self.panel.step_shown.connect(self._make_room)
        self.running_box.addWidget(self.panel, 1)
        self.pages.setCurrentWidget(self.running)
        if self._idle is not None:
            self.idle_hold = self._idle.hold("guided practice")
            # Released on every way out; destroyed covers a window torn down on lock.
            self.destroyed.connect(self.idle_hold.release)
        self.panel.start()
        self._make_room()

    @Slot()
    def _make_room(self) -> None:
        """Grow the window to the size its words need (large text, a longer language:
        the step, the key hint and the quiet line may each take more lines), never
        shrink it and never past the screen, so the step is never squeezed by the lines
        around it. Called as the steps begin, at each new step and at the end."""
        layout = self.layout()
        if not self.isWindow() or layout is None:
            return
        self.ensurePolished()  # the theme's fonts decide how the text wraps
        layout.invalidate()
        layout.activate()
        room = self.screen().availableGeometry() if self.screen() else None
        # At least as wide as the layout's smallest (the rating's row at large text).
        width = max(self.width(), self.minimumWidth(), layout.minimumSize().width())
        if room is not None:
            width = min(width, room.width())
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else 0
        height = max(self.height(), self.minimumHeight(), needed)
        if room is not None:
            height = min(height, room.height())
        self.resize(width, height)

    def _release_hold(self) -> None:
        if self.idle_hold is not None:
            self.idle_hold.release()

    @Slot(bool)
    def _ended(self, finished: bool) -> None:
        self._release_hold()
        self.ended_at = self._now()
        self.finished_all = finished
        if finished:
            self.after_heading.setText(
                self.tr("You reached the end. Take a moment before moving on.")
            )
        else:
            self.after_heading.setText(
                self.tr("You stopped here. Stopping when you need to is part of the practice.")
            )
        before = self.rating_before.value()
        self.before_was.setVisible(before is not None)
        if before is not None:
            self.before_was.setText(self.tr("Before you began, you chose {n}.").format(n=before))
        self.pages.setCurrentWidget(self.after)
        self._make_room()
        _focus_first(self.rating_after)

    def practice(self) -> PracticeInput | None:
        """What would be saved now (``None`` before the steps began)."""
        if self.started_at is None:
            return None
        return PracticeInput(
            strategy_key=self.strategy.id,
            strategy_title=self.strategy.title,
            started_at=self.started_at,
            ended_at=self.ended_at or self._now(),
            finished=self.finished_all,
            distress_before=self.rating_before.value(),
            distress_after=self.rating_after.value(),
            note=self.note.toPlainText().strip(),
            session_id=self._session_id,
        )

    @Slot()
    def save(self) -> None:
        """Hand the practice to whoever opened the player, then close."""
        data = self.practice()
        if data is not None and not self._settled:
            self._settled = True
            self.practice_ready.emit(data)
        self.close()

    @Slot()
    def let_go(self) -> None:
        """Close without keeping a record."""
        self._settled = True
        self.close()

    @Slot()
    def save_state(self) -> None:
        """The vault is about to lock: keep what was begun, then close."""
        if self.panel is not None and not self._settled:
            self.panel.player.stop()
            self.save()
        else:
            self.close()

    # ------------------------------------------------------------------ Qt

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc closes the first page; on the last, it is the same as closing unsaved."""
        if event.key() == Qt.Key.Key_Escape and self.pages.currentWidget() is self.after:
            self.let_go()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the window is closing without saving (see :meth:`done`)."""
        self._settled = True
        super().closeEvent(event)

    def done(self, result: int) -> None:
        """However the dialog closes, the steps stop first (nothing keeps ticking).

        Closing the window without *Save* keeps no record, as *Close without saving*.
        """
        self._settled = True
        self._release_hold()
        if self.panel is not None:
            self.panel.player.stop()
            self.panel.timer.stop()
        super().done(result)
