"""Hybrid logical clocks and what covers what."""

from __future__ import annotations

from hj_journal.core.sync.clock import (
    Clock,
    actor,
    covers,
    device_of,
    joined,
    milliseconds,
    parse,
    reading,
    with_dot,
)

A, B = "a" * 32, "b" * 32


def test_readings_sort_in_time_order_and_never_repeat() -> None:
    clock = Clock(A)
    first = clock.tick(1000)
    second = clock.tick(1000)
    third = clock.tick(900)  # the wall clock stepped back: the reading does not
    assert first < second < third
    assert milliseconds(third) == 1000
    assert parse(first) == (1000, 0, A)


def test_a_device_never_runs_behind_what_it_has_seen() -> None:
    ahead = Clock(B).tick(5_000_000)
    mine = Clock(A)
    mine.observe(ahead)
    assert mine.tick(1000) > ahead
    assert Clock(A, mine.last).tick(0) > ahead  # kept across a restart


def test_covering_follows_the_context_and_the_writer() -> None:
    old = reading(10, 0, A)
    new = reading(20, 0, B)
    context = with_dot({}, old)
    assert covers(new, context, old)
    assert covers(old, {}, old)
    assert not covers(old, {}, new)
    sibling = reading(15, 0, f"{A}~1")
    assert actor(sibling) == f"{A}~1" and device_of(sibling) == A
    assert not covers(new, context, sibling)  # another writer of the same device
    assert joined({A: "1"}, {A: "2", B: "1"}) == {A: "2", B: "1"}
