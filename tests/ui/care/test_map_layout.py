"""The care map's layout: every name on its ring, wholly inside its band, none touching another."""

from __future__ import annotations

import math
from itertools import combinations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hj_journal.ui.care.map_layout import Box, Label, MapLayout, layout_map

GAP = 8.0


def _labels(rings: list[int], widths: list[float] | None = None) -> list[Label]:
    widths = widths or [60 + (i * 37) % 110 for i in range(len(rings))]
    return [Label(i, ring, widths[i], 28.0) for i, ring in enumerate(rings)]


def _assert_clear(layout: MapLayout, labels: list[Label]) -> None:
    assert set(layout.boxes) == {label.key for label in labels}
    boxes = list(layout.boxes.items())
    for (a, box_a), (b, box_b) in combinations(boxes, 2):
        assert not box_a.overlaps(box_b, GAP - 0.01), (a, b)
    for key, box in boxes:
        assert not box.overlaps(layout.you, GAP - 0.01), key
        assert box.reach() <= layout.extent, key
    for label in labels:
        box = layout.boxes[label.key]
        assert (box.width, box.height) == (label.width, label.height)


def _distance(box: Box) -> float:
    return math.hypot(*box.centre)


def test_an_empty_map_still_has_three_rings_around_you() -> None:
    layout = layout_map([])
    assert layout.boxes == {}
    assert len(layout.ring_radii) == len(layout.band_radii) == 3
    assert layout.ring_radii[0] < layout.ring_radii[1] < layout.ring_radii[2]
    assert layout.band_radii[0] < layout.band_radii[1] < layout.band_radii[2]
    assert layout.extent >= layout.band_radii[2]


def test_one_person_sits_on_their_ring_above_you() -> None:
    labels = [Label(7, 1, 90.0, 28.0)]
    layout = layout_map(labels)
    _assert_clear(layout, labels)
    cx, cy = layout.boxes[7].centre
    assert cx == pytest.approx(0.0, abs=1e-6)
    assert cy < 0  # at the top
    assert _distance(layout.boxes[7]) == pytest.approx(layout.ring_radii[0])
    assert layout.order == (7,)


@pytest.mark.parametrize(
    "rings",
    [
        [1] * 30,
        [2] * 30,
        [3] * 30,
        [1, 2, 3] * 10,
        [1] * 12 + [2] * 12 + [3] * 6,
        [1, 1, 3],
    ],
    ids=["all-inner", "all-middle", "all-outer", "mixed", "crowded-inner", "few"],
)
def test_thirty_people_never_overlap(rings: list[int]) -> None:
    labels = _labels(rings)
    layout = layout_map(labels)
    _assert_clear(layout, labels)


def test_rings_keep_their_order_from_the_centre() -> None:
    labels = _labels([1, 2, 3] * 10)
    layout = layout_map(labels)
    by_ring: dict[int, list[float]] = {1: [], 2: [], 3: []}
    for label in labels:
        by_ring[label.ring].append(_distance(layout.boxes[label.key]))
    # Every name of an inner ring is closer to you than every name further out.
    assert max(by_ring[1]) < min(by_ring[2])
    assert max(by_ring[2]) < min(by_ring[3])
    # And each ring's names sit inside that ring's band.
    for ring, distances in by_ring.items():
        assert max(distances) < layout.band_radii[ring - 1]


def test_the_reading_order_goes_ring_by_ring() -> None:
    labels = _labels([3, 1, 2, 1])
    layout = layout_map(labels)
    rings = [next(lb.ring for lb in labels if lb.key == key) for key in layout.order]
    assert rings == sorted(rings)


def test_key_at_finds_the_label_under_a_point() -> None:
    labels = _labels([1, 2])
    layout = layout_map(labels)
    for label in labels:
        cx, cy = layout.boxes[label.key].centre
        assert layout.key_at(cx, cy) == label.key
    assert layout.key_at(0.0, 0.0) is None  # "You"


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 3), st.floats(30.0, 180.0)),
        max_size=30,
    )
)
def test_any_mix_of_rings_and_name_lengths_never_overlaps(
    people: list[tuple[int, float]],
) -> None:
    labels = [Label(i, ring, width, 28.0) for i, (ring, width) in enumerate(people)]
    _assert_clear(layout_map(labels), labels)


# ---------------------------------------------------------------------- ring edges
# No name is drawn across the edge of a ring: every label lies wholly inside its own
# ring's band, however many names, however long, at any text size.


def _far(box: Box) -> float:
    """The farthest any part of the box is from the centre."""
    return max(
        math.hypot(x, y) for x in (box.x, box.x + box.width) for y in (box.y, box.y + box.height)
    )


def _near(box: Box) -> float:
    """The nearest any part of the box comes to the centre."""
    dx = max(box.x, 0.0, -(box.x + box.width))
    dy = max(box.y, 0.0, -(box.y + box.height))
    return math.hypot(dx, dy)


def _crossings(labels: list[Label]) -> list[str]:
    layout = layout_map(labels)
    edges = (0.0, *layout.band_radii)
    found = []
    for label in labels:
        box = layout.boxes[label.key]
        inner, outer = edges[label.ring - 1], edges[label.ring]
        if _near(box) <= inner or _far(box) >= outer:
            found.append(
                f"{label.key} on ring {label.ring}: {_near(box):.0f}–{_far(box):.0f} "
                f"is not inside {inner:.0f}–{outer:.0f}"
            )
    return found


@pytest.mark.parametrize("height", [28.0, 56.0])  # the text size: 100 % and 200 %
@pytest.mark.parametrize(
    "rings",
    [[1, 2, 3], [1] * 6 + [2] * 2, [2] * 12 + [3], [1, 2, 3] * 10, [3] * 30],
    ids=["one-each", "crowded-inner", "crowded-middle", "mixed", "all-outer"],
)
def test_every_name_lies_inside_its_ring(rings: list[int], height: float) -> None:
    widths = [60 + (i * 53) % 220 for i in range(len(rings))]
    labels = [Label(i, ring, widths[i] * height / 28, height) for i, ring in enumerate(rings)]
    assert _crossings(labels) == []


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(1, 3), st.floats(30, 400), st.sampled_from([24.0, 36.0, 56.0])),
        min_size=1,
        max_size=24,
    )
)
def test_no_name_crosses_a_ring_edge(people: list[tuple[int, float, float]]) -> None:
    labels = [Label(i, ring, width, height) for i, (ring, width, height) in enumerate(people)]
    assert _crossings(labels) == []
