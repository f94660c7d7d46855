"""No name on the care map is drawn across the edge of a ring: every label lies wholly
inside its own ring's band, however many names, however long, at any text size."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from hj_journal.ui.care.map_layout import Box, Label, layout_map


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
