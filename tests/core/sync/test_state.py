"""Read positions: which change sets of each device are applied."""

from __future__ import annotations

from hj_journal.core.sync.state import Positions


def test_positions_close_gaps_as_sets_arrive() -> None:
    positions = Positions()
    positions.add("d", 2)
    assert not positions.has("d", 1) and positions.has("d", 2)
    assert positions.upto["d"] == 0
    positions.add("d", 1)
    assert positions.upto["d"] == 2 and positions.extra["d"] == set()


def test_positions_merge_and_survive_a_round_trip() -> None:
    mine = Positions()
    mine.add("d", 1)
    theirs = Positions()
    for n in (1, 2, 3, 5):
        theirs.add("d", n)
    theirs.add("e", 1)
    mine.merge(Positions.from_json(theirs.to_json()))
    assert mine.upto == {"d": 3, "e": 1}
    assert mine.has("d", 5) and not mine.has("d", 4)
