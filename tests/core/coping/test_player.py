"""The guided player's model, driven by a fake monotonic clock."""

from __future__ import annotations

import pytest

from hj_journal.core.common.principles import Principle
from hj_journal.core.coping.library import (
    PAUSE_STRATEGY_ID,
    Kind,
    Phase,
    Step,
    Strategy,
    load_builtin_strategies,
)
from hj_journal.core.coping.player import Part, Player, PlayerState, PlayerView

BUILTINS = {strategy.id: strategy for strategy in load_builtin_strategies()}


class FakeClock:
    """A monotonic clock the test moves by hand (starts far from zero on purpose)."""

    def __init__(self, start: float = 10_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        assert seconds >= 0
        self.now += seconds


def started(strategy: Strategy, clock: FakeClock, **options: bool) -> Player:
    player = Player(strategy, clock, **options)
    player.start()
    return player


def phases_over_time(player: Player, clock: FakeClock, seconds: int) -> list[str]:
    """The phase shown at the middle of each second, as "in", "hold"…"""
    shown = []
    for _ in range(seconds):
        clock.advance(0.5)
        phase = player.view().phase
        shown.append(phase.value if phase else "-")
        clock.advance(0.5)
    return shown


def tiny(*steps: Step, repeat: int = 1, kind: Kind = Kind.GROUNDING) -> Strategy:
    return Strategy(
        id="tiny",
        title="Tiny",
        principle=Principle.SELF_CARE,
        kind=kind,
        steps=tuple(steps),
        repeat=repeat,
    )


# ---------------------------------------------------------------------- every built-in


@pytest.mark.parametrize("strategy_id", sorted(BUILTINS))
def test_every_builtin_plays_from_start_to_end(strategy_id: str) -> None:
    strategy = BUILTINS[strategy_id]
    clock = FakeClock()
    player = started(strategy, clock)
    sequence = strategy.sequence()
    visited: list[int] = []
    started_at = clock.now
    while player.state is PlayerState.RUNNING:
        view = player.view()
        assert view.step == sequence[view.index]
        assert not visited or view.index == visited[-1] + 1, "no step is skipped"
        visited.append(view.index)
        if view.seconds is None:
            assert view.waiting and view.seconds_left is None
            player.next()  # untimed: the person moves on in their own time
            continue
        assert view.seconds_left == view.seconds and not view.waiting
        clock.advance(view.seconds - 0.25)
        almost = player.view()
        assert almost.index == view.index and almost.seconds_left == 1
        assert almost.fraction == pytest.approx(1 - 0.25 / view.seconds)
        clock.advance(0.25)
    assert visited == list(range(len(sequence)))
    assert player.state is PlayerState.FINISHED and player.finished
    timed = sum(step.seconds or 0 for step in sequence)
    assert timed == strategy.total_seconds()
    assert clock.now - started_at == pytest.approx(timed)
    player.next()  # nothing past the end
    assert player.view().index == len(sequence) - 1


@pytest.mark.parametrize("strategy_id", sorted(BUILTINS))
def test_every_builtin_can_be_paused_and_stopped_anywhere(strategy_id: str) -> None:
    clock = FakeClock()
    player = started(BUILTINS[strategy_id], clock)
    player.next()
    player.pause()
    before = player.view()
    clock.advance(100)
    after = player.view()
    assert (after.index, after.elapsed) == (before.index, before.elapsed)
    player.resume()
    player.stop()
    assert player.state is PlayerState.STOPPED and not player.finished
    clock.advance(500)
    assert player.view().index == before.index


def test_a_long_run_has_no_drift_even_when_polled_rarely() -> None:
    strategy = BUILTINS["paced-breathing"]
    clock = FakeClock()
    player = started(strategy, clock)
    player.next()  # past the untimed intro
    clock.advance(10 * 29 + 4 + 3)  # 29 whole breaths, a breath in, then 3 s of out
    view = player.view()
    assert view.position.round == 30 and view.phase is Phase.OUT
    assert view.elapsed == pytest.approx(3) and view.seconds_left == 3
    clock.advance(3)
    assert player.view().position.part is Part.CLOSING


# ---------------------------------------------------------------------- timings


def test_box_breathing_is_four_four_four_four() -> None:
    clock = FakeClock()
    player = started(BUILTINS["box-breathing"], clock)
    player.next()  # the untimed intro
    shown = phases_over_time(player, clock, 32)
    assert shown == (["in"] * 4 + ["hold"] * 4 + ["out"] * 4 + ["hold_after"] * 4) * 2


def test_four_seven_eight_breathing_timings() -> None:
    clock = FakeClock()
    player = started(BUILTINS["breathing-4-7-8"], clock)
    shown = phases_over_time(player, clock, 4 + 19 * 4)
    assert shown == ["out"] * 4 + (["in"] * 4 + ["hold"] * 7 + ["out"] * 8) * 4
    assert player.view().position.part is Part.CLOSING


def test_four_seven_eight_can_leave_out_the_hold() -> None:
    clock = FakeClock()
    player = started(BUILTINS["breathing-4-7-8"], clock, skip_optional=True)
    shown = phases_over_time(player, clock, 4 + 12 * 4)
    assert shown == ["out"] * 4 + (["in"] * 4 + ["out"] * 8) * 4


def test_paced_breathing_is_four_in_six_out() -> None:
    clock = FakeClock()
    player = started(BUILTINS["paced-breathing"], clock)
    player.next()
    assert phases_over_time(player, clock, 30) == (["in"] * 4 + ["out"] * 6) * 3


def test_cyclic_sighing_has_a_top_up_and_a_long_out_breath() -> None:
    clock = FakeClock()
    player = started(BUILTINS["cyclic-sighing"], clock)
    player.next()
    assert phases_over_time(player, clock, 20) == (["in"] * 3 + ["top_up"] + ["out"] * 6) * 2


def test_the_pacer_grows_on_in_holds_and_shrinks_on_out() -> None:
    clock = FakeClock()
    player = started(BUILTINS["box-breathing"], clock)
    player.next()
    levels = []
    for _ in range(16):
        levels.append(player.view().level)
        clock.advance(1)
    assert levels[0] == pytest.approx(0.0)
    assert levels[1] < levels[2] < levels[3] < 1.0  # breathing in
    assert levels[4:8] == [1.0] * 4  # hold
    assert levels[8] == pytest.approx(1.0) and levels[9] > levels[10] > levels[11]  # out
    assert levels[12:16] == [0.0] * 4  # rest empty


def test_cyclic_sighing_tops_up_from_most_of_the_way() -> None:
    clock = FakeClock()
    player = started(BUILTINS["cyclic-sighing"], clock)
    player.next()
    clock.advance(2.999)
    assert player.view().level == pytest.approx(0.8, abs=0.01)
    clock.advance(0.5 + 0.001)
    top_up = player.view()
    assert top_up.phase is Phase.TOP_UP and 0.8 < top_up.level < 1.0


def test_counts_and_seconds_left_follow_the_clock() -> None:
    clock = FakeClock()
    player = started(BUILTINS["paced-breathing"], clock)
    player.next()
    seen = []
    for _ in range(4):
        view = player.view()
        seen.append((view.count, view.seconds_left))
        clock.advance(1)
    assert seen == [(1, 4), (2, 3), (3, 2), (4, 1)]


# ---------------------------------------------------------------------- controls


def test_pausing_for_100_seconds_does_not_advance() -> None:
    clock = FakeClock()
    player = started(BUILTINS["box-breathing"], clock)
    player.next()
    clock.advance(2.5)
    player.pause()
    assert player.state is PlayerState.PAUSED
    clock.advance(100)
    view = player.view()
    assert (view.phase, view.elapsed, view.seconds_left) == (Phase.IN, 2.5, 2)
    player.resume()
    clock.advance(1.4)
    assert player.view().phase is Phase.IN
    clock.advance(0.2)
    assert player.view().phase is Phase.HOLD
    assert player.view().elapsed == pytest.approx(0.1)


def test_space_style_toggle_pauses_and_resumes() -> None:
    clock = FakeClock()
    player = started(BUILTINS[PAUSE_STRATEGY_ID], clock)
    player.toggle_pause()
    assert player.state is PlayerState.PAUSED
    player.toggle_pause()
    assert player.state is PlayerState.RUNNING


def test_next_and_previous_restart_the_step_timer() -> None:
    clock = FakeClock()
    player = started(BUILTINS[PAUSE_STRATEGY_ID], clock)
    clock.advance(10)
    player.next()
    assert (player.view().index, player.view().elapsed) == (1, 0)
    clock.advance(5)
    player.previous()
    view = player.view()
    assert (view.index, view.elapsed, view.seconds_left) == (0, 0, 15)
    player.previous()  # already at the first step: it starts again
    assert player.view().index == 0


def test_moving_while_paused_stays_paused() -> None:
    clock = FakeClock()
    player = started(BUILTINS[PAUSE_STRATEGY_ID], clock)
    player.pause()
    player.next()
    clock.advance(60)
    view = player.view()
    assert (view.state, view.index, view.elapsed) == (PlayerState.PAUSED, 1, 0)


def test_next_on_the_last_step_finishes() -> None:
    clock = FakeClock()
    player = started(tiny(Step("Only step")), clock)
    assert player.view().waiting
    player.next()
    assert player.state is PlayerState.FINISHED
    player.stop()  # a finished practice stays finished
    assert player.finished


def test_stop_before_starting_is_stopped_not_finished() -> None:
    player = Player(tiny(Step("One")), FakeClock())
    assert player.state is PlayerState.READY
    player.stop()
    assert player.state is PlayerState.STOPPED


def test_without_auto_advance_a_timed_step_waits_at_zero() -> None:
    clock = FakeClock()
    strategy = tiny(Step("Feel your feet", seconds=10), Step("Look around", seconds=10))
    player = started(strategy, clock, auto_advance=False)
    clock.advance(30)
    view = player.view()
    assert (view.index, view.seconds_left, view.waiting, view.fraction) == (0, 0, True, 1.0)
    player.next()
    assert player.view().index == 1


def test_breathing_phases_flow_on_even_without_auto_advance() -> None:
    clock = FakeClock()
    strategy = tiny(
        Step("In", seconds=4, phase=Phase.IN),
        Step("Out", seconds=6, phase=Phase.OUT),
        kind=Kind.BREATHING,
        repeat=2,
    )
    player = started(strategy, clock, auto_advance=False)
    clock.advance(15)
    view = player.view()
    assert (view.index, view.position.round, view.phase) == (3, 2, Phase.OUT)
    clock.advance(5)
    assert player.state is PlayerState.FINISHED


def test_a_late_poll_lands_on_the_right_step() -> None:
    clock = FakeClock()
    player = started(BUILTINS["box-breathing"], clock)
    player.next()
    clock.advance(4 * 4 * 5 + 9)  # five whole boxes, then into the out-breath
    view: PlayerView = player.view()
    assert (view.position.round, view.phase, view.elapsed) == (6, Phase.OUT, pytest.approx(1))
