"""The guided player's model: where a strategy is, worked out from a monotonic clock.

Nothing here counts timer ticks. The player remembers when the current step began (on
a monotonic clock, so changing the computer's time never disturbs it) and how long it
has been paused, and derives everything else — the step, the breathing phase, the
seconds left, how far the pacer has grown — from the clock each time it is asked. A
user interface may poll it as often or as rarely as it likes; a slow or late timer can
make the picture jumpy but never makes the timing wrong.

Timed steps move on by themselves when their time is up, each next step starting at
the exact moment the previous one ended (so no drift builds up over 30 cycles).
Breathing phases always flow on; other timed steps can be set to wait for *Next*
instead (``auto_advance=False``). Untimed steps always wait for *Next*: the person
goes at their own pace.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from hj_journal.core.coping.library import Phase, Step, Strategy

Clock = Callable[[], float]

TOP_UP_START = 0.8
"""How full the pacer is after the first breath in, when a top-up breath follows."""


class PlayerState(StrEnum):
    """Where the player is in its life."""

    READY = "ready"  # not started yet
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"  # reached the end
    STOPPED = "stopped"  # the person stopped before the end


class Part(StrEnum):
    """Which part of the strategy a step belongs to."""

    INTRO = "intro"
    STEPS = "steps"
    CLOSING = "closing"


@dataclass(frozen=True)
class Position:
    """Where a step sits: its part, and for repeated steps the round it belongs to."""

    part: Part
    round: int  # 1-based round of the repeated steps (0 outside them)
    rounds: int  # how many rounds the strategy has


@dataclass(frozen=True)
class PlayerView:
    """Everything a screen needs to draw the player at one moment."""

    state: PlayerState
    index: int  # 0-based place in the whole sequence
    total: int  # steps in the whole sequence
    step: Step
    position: Position
    phase: Phase | None
    seconds: int | None  # length of the step; None when untimed
    elapsed: float  # seconds spent in this step (paused time not counted)
    seconds_left: int | None  # whole seconds left, rounded up; None when untimed
    count: int  # whole seconds into the step, counting from 1 (for "in… 2… 3…")
    fraction: float  # 0…1 of the step done (0 for untimed steps)
    level: float  # 0…1, how full the pacer is (breathing steps)
    waiting: bool  # the step waits for Next (untimed, or its time is up)

    @property
    def done(self) -> bool:
        """True once finished or stopped."""
        return self.state in (PlayerState.FINISHED, PlayerState.STOPPED)


def _positions(strategy: Strategy) -> tuple[Position, ...]:
    rounds = strategy.repeat
    positions = [Position(Part.INTRO, 0, rounds) for _ in strategy.intro]
    for number in range(1, rounds + 1):
        positions.extend(Position(Part.STEPS, number, rounds) for _ in strategy.steps)
    positions.extend(Position(Part.CLOSING, 0, rounds) for _ in strategy.closing)
    return tuple(positions)


def _ease(fraction: float) -> float:
    """A gentle start and end, like a breath (sine ease in-out)."""
    return 0.5 - 0.5 * math.cos(math.pi * min(max(fraction, 0.0), 1.0))


class Player:
    """Plays one strategy, step by step, against a monotonic clock.

    ``clock`` returns seconds (any origin) and must never go backwards; tests pass a
    fake one. Every method that changes the player first brings it up to date with the
    clock, so a step that ended a moment ago is treated as ended.
    """

    def __init__(
        self,
        strategy: Strategy,
        clock: Clock = time.monotonic,
        *,
        auto_advance: bool = True,
        skip_optional: bool = False,
    ) -> None:
        self.strategy = strategy
        self._clock = clock
        self._steps: tuple[Step, ...] = strategy.sequence()
        self._positions = _positions(strategy)
        self.auto_advance = auto_advance
        self.skip_optional = skip_optional
        self._state = PlayerState.READY
        self._index = self._first_index()
        self._step_start = 0.0  # clock time the current step began
        self._paused_at: float | None = None
        self._paused_for = 0.0  # pause time inside the current step
        self._ended_at: float | None = None

    # ------------------------------------------------------------------ control

    @property
    def state(self) -> PlayerState:
        """The state now (brought up to date with the clock)."""
        self._sync()
        return self._state

    def start(self) -> None:
        """Begin at the first step. Does nothing once started."""
        if self._state is PlayerState.READY:
            self._state = PlayerState.RUNNING
            self._begin_step(self._first_index(), self._clock())

    def pause(self) -> None:
        """Hold the timer where it is."""
        self._sync()
        if self._state is PlayerState.RUNNING:
            self._paused_at = self._clock()
            self._state = PlayerState.PAUSED

    def resume(self) -> None:
        """Carry on from where the pause began."""
        if self._state is PlayerState.PAUSED and self._paused_at is not None:
            self._paused_for += self._clock() - self._paused_at
            self._paused_at = None
            self._state = PlayerState.RUNNING

    def toggle_pause(self) -> None:
        """Pause when running, resume when paused (the Space key)."""
        if self.state is PlayerState.PAUSED:
            self.resume()
        else:
            self.pause()

    def stop(self) -> None:
        """End here, before the end. Finished or stopped players stay as they are."""
        self._sync()
        if self._state in (PlayerState.READY, PlayerState.RUNNING, PlayerState.PAUSED):
            self._state = PlayerState.STOPPED
            self._ended_at = self._clock()
            self._paused_at = None

    def next(self) -> None:
        """Go to the next step now; on the last step, finish."""
        self._sync()
        if self._state is PlayerState.READY:
            self.start()
            return
        if self._state not in (PlayerState.RUNNING, PlayerState.PAUSED):
            return
        following = self._next_index(self._index)
        now = self._clock()
        if following is None:
            self._finish(now)
        else:
            self._begin_step(following, now)

    def previous(self) -> None:
        """Go back one step (or to the start of the first), with its full time again."""
        self._sync()
        if self._state not in (PlayerState.RUNNING, PlayerState.PAUSED):
            return
        earlier = self._previous_index(self._index)
        self._begin_step(self._index if earlier is None else earlier, self._clock())

    # ------------------------------------------------------------------ reading

    @property
    def total(self) -> int:
        """Number of steps in the whole run (before any optional ones are left out)."""
        return len(self._steps)

    @property
    def finished(self) -> bool:
        """True when the strategy was followed to its end."""
        return self.state is PlayerState.FINISHED

    def view(self) -> PlayerView:
        """Everything about this moment, computed from the clock."""
        self._sync()
        step = self._steps[self._index]
        elapsed = self._elapsed(self._now_for_elapsed())
        seconds = step.seconds
        if seconds is None:
            fraction, seconds_left = 0.0, None
        else:
            fraction = min(elapsed / seconds, 1.0)
            seconds_left = max(0, math.ceil(seconds - elapsed - 1e-9))
        if self._state is PlayerState.FINISHED and seconds is not None:
            fraction, seconds_left = 1.0, 0
        waiting = self._state in (PlayerState.RUNNING, PlayerState.PAUSED) and (
            seconds is None or elapsed >= seconds
        )
        count = int(elapsed) + 1
        if seconds is not None:
            count = min(count, seconds)
        return PlayerView(
            state=self._state,
            index=self._index,
            total=len(self._steps),
            step=step,
            position=self._positions[self._index],
            phase=step.phase,
            seconds=seconds,
            elapsed=elapsed,
            seconds_left=seconds_left,
            count=count,
            fraction=fraction,
            level=self._level(self._index, fraction),
            waiting=waiting,
        )

    # ------------------------------------------------------------------ inside

    def _now_for_elapsed(self) -> float:
        if self._state is PlayerState.READY:
            return self._step_start
        if self._paused_at is not None:
            return self._paused_at
        if self._ended_at is not None:
            return self._ended_at
        return self._clock()

    def _elapsed(self, now: float) -> float:
        return max(0.0, now - self._step_start - self._paused_for)

    def _moves_on(self, step: Step) -> bool:
        return step.seconds is not None and (self.auto_advance or step.phase is not None)

    def _sync(self) -> None:
        """Move past every timed step whose time has run out by now."""
        if self._state is not PlayerState.RUNNING:
            return
        now = self._clock()
        while self._state is PlayerState.RUNNING:
            step = self._steps[self._index]
            if not self._moves_on(step):
                return
            assert step.seconds is not None
            ends_at = self._step_start + self._paused_for + step.seconds
            if now < ends_at:
                return
            following = self._next_index(self._index)
            if following is None:
                self._finish(ends_at)
            else:
                # The next step starts exactly when this one ended, not when we noticed.
                self._begin_step(following, ends_at)

    def _begin_step(self, index: int, at: float) -> None:
        self._index = index
        self._step_start = at
        self._paused_for = 0.0
        if self._paused_at is not None:
            self._paused_at = at

    def _finish(self, at: float) -> None:
        self._state = PlayerState.FINISHED
        self._ended_at = at
        self._paused_at = None

    def _wanted(self, index: int) -> bool:
        return not (self.skip_optional and self._steps[index].skippable)

    def _first_index(self) -> int:
        for index in range(len(self._steps)):
            if self._wanted(index):
                return index
        return 0

    def _next_index(self, index: int) -> int | None:
        for later in range(index + 1, len(self._steps)):
            if self._wanted(later):
                return later
        return None

    def _previous_index(self, index: int) -> int | None:
        for earlier in range(index - 1, -1, -1):
            if self._wanted(earlier):
                return earlier
        return None

    def _level(self, index: int, fraction: float) -> float:
        """How full the pacer is: grows on in, stays on hold, shrinks on out."""
        phase = self._steps[index].phase
        if phase is None:
            return 0.0
        if phase is Phase.IN:
            following = self._next_index(index)
            top_up_next = following is not None and self._steps[following].phase is Phase.TOP_UP
            return (TOP_UP_START if top_up_next else 1.0) * _ease(fraction)
        if phase is Phase.TOP_UP:
            return TOP_UP_START + (1.0 - TOP_UP_START) * _ease(fraction)
        if phase is Phase.HOLD:
            return 1.0
        if phase is Phase.OUT:
            return 1.0 - _ease(fraction)
        return 0.0  # HOLD_AFTER: resting with the lungs empty
