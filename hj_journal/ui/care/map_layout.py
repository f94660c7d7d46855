"""Where each name sits on the care map: plain geometry, no Qt, no pixels.

"You" is at the centre; each ring is a circle, and the people on it are spread evenly
around it as labels (rounded boxes holding their names). A ring grows until none of
its labels touch each other or anything closer to the centre; when a ring is crowded,
its labels alternate between two or three lanes so the ring does not have to grow as
much. Because the map is laid out at the real text size and simply gets larger with
more people (the view scrolls), names stay readable however many there are.

Coordinates are relative to the centre of the map, y pointing down, as in Qt.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

RING_COUNT = 3
MAX_LANES = 3
TURNS = 4


@dataclass(frozen=True)
class Label:
    """One name to place: who (``key``), on which ring, and the size of its label."""

    key: int
    ring: int
    width: float
    height: float


@dataclass(frozen=True)
class Box:
    """A label's rectangle: top-left corner and size."""

    x: float
    y: float
    width: float
    height: float

    @classmethod
    def centred(cls, cx: float, cy: float, width: float, height: float) -> Box:
        """The box of this size centred on (``cx``, ``cy``)."""
        return cls(cx - width / 2, cy - height / 2, width, height)

    @property
    def centre(self) -> tuple[float, float]:
        """The middle of the box."""
        return (self.x + self.width / 2, self.y + self.height / 2)

    def overlaps(self, other: Box, gap: float = 0.0) -> bool:
        """Whether the two boxes come closer than ``gap`` to each other."""
        return (
            self.x < other.x + other.width + gap
            and other.x < self.x + self.width + gap
            and self.y < other.y + other.height + gap
            and other.y < self.y + self.height + gap
        )

    def contains(self, px: float, py: float) -> bool:
        """Whether the point lies inside the box."""
        return self.x <= px <= self.x + self.width and self.y <= py <= self.y + self.height

    def far(self) -> float:
        """How far the farthest corner of the box is from the centre of the map."""
        return max(
            math.hypot(x, y)
            for x in (self.x, self.x + self.width)
            for y in (self.y, self.y + self.height)
        )

    def near(self) -> float:
        """How close the box comes to the centre of the map (0 when it covers it)."""
        dx = max(self.x, 0.0, -(self.x + self.width))
        dy = max(self.y, 0.0, -(self.y + self.height))
        return math.hypot(dx, dy)

    def reach(self) -> float:
        """How far the box reaches from the centre of the map along either axis."""
        return max(abs(self.x), abs(self.x + self.width), abs(self.y), abs(self.y + self.height))


@dataclass(frozen=True)
class MapLayout:
    """The placed map: ring radii (innermost first), the centre, and every label."""

    ring_radii: tuple[float, ...]  # where each ring's names sit (their first lane)
    band_radii: tuple[float, ...]  # the outer edge of each ring's band, for drawing
    you: Box
    boxes: dict[int, Box]
    order: tuple[int, ...]  # keys in reading order: ring by ring, clockwise from the top
    extent: float  # half the side of the square that holds everything, margin included

    def key_at(self, px: float, py: float) -> int | None:
        """The label under a point (relative to the centre), if any."""
        for key in reversed(self.order):  # the last painted is on top
            if self.boxes[key].contains(px, py):
                return key
        return None


def _start_angle(ring: int) -> float:
    # Start at the top, turned a little further on each ring so names on
    # neighbouring rings do not line up in a column.
    return -math.pi / 2 + (ring - 1) * 0.41


def _place_ring(
    labels: Sequence[Label], radius: float, lanes: int, lane_step: float, start: float
) -> list[Box]:
    count = len(labels)
    boxes = []
    for index, label in enumerate(labels):
        angle = start + 2 * math.pi * index / count
        r = radius + (index % lanes) * lane_step
        boxes.append(
            Box.centred(r * math.cos(angle), r * math.sin(angle), label.width, label.height)
        )
    return boxes


def _clear(boxes: Sequence[Box], placed: Sequence[Box], gap: float, beyond: float) -> bool:
    for i, box in enumerate(boxes):
        if box.near() < beyond:  # it would reach over the edge of the ring inside
            return False
        if any(box.overlaps(other, gap) for other in placed):
            return False
        if any(box.overlaps(other, gap) for other in boxes[i + 1 :]):
            return False
    return True


def layout_map(
    labels: Sequence[Label],
    *,
    you_size: tuple[float, float] = (64.0, 64.0),
    ring_gap: float = 46.0,
    label_gap: float = 8.0,
    margin: float = 16.0,
    step: float = 6.0,
) -> MapLayout:
    """Place every label on its ring without any two labels touching.

    Rings are always laid out (an empty ring is still drawn), each at least
    ``ring_gap`` beyond the one inside it. ``label_gap`` is the least space kept
    between any two labels, and between a label and "You".
    """
    you = Box.centred(0.0, 0.0, *you_size)
    placed: list[Box] = [you]
    boxes: dict[int, Box] = {}
    order: list[int] = []
    radii: list[float] = []
    outers: list[float] = []
    nears: list[float] = []  # how close each ring's names come to the centre
    fars: list[float] = []  # and how far out they reach
    inner = math.hypot(*you_size) / 2
    for ring in range(1, RING_COUNT + 1):
        on_ring = [label for label in labels if label.ring == ring]
        # Lanes two label-heights apart still separate neighbours on the diagonals,
        # where a lane's offset is only partly vertical.
        lane_step = 2 * (max((label.height for label in on_ring), default=0.0) + label_gap)
        radius = inner + ring_gap
        lanes = 1
        # A ring's names stay clear of the edge between it and the ring inside: that
        # edge is drawn between the two, so no name is ever drawn across it.
        beyond = fars[-1] + 2 * label_gap if fars else 0.0
        near, far = radius, radius
        if on_ring:
            radius, lanes, ring_boxes = _fit_ring(
                on_ring, radius, lane_step, ring, placed, label_gap, step, beyond
            )
            for label, box in zip(on_ring, ring_boxes, strict=True):
                boxes[label.key] = box
                order.append(label.key)
            placed.extend(ring_boxes)
            near = min(box.near() for box in ring_boxes)
            far = max(box.far() for box in ring_boxes)
        else:
            near = far = max(radius, beyond)
        radii.append(radius)
        outers.append(radius + (lanes - 1) * lane_step)
        nears.append(near)
        fars.append(max(far, outers[-1]))
        # The next ring starts beyond this ring's outermost lane; the overlap check
        # moves it further out when its labels would touch these.
        inner = outers[-1] + lane_step / 4
    # Each band's edge lies halfway between the farthest name of its ring and the
    # nearest of the next, so every name sits wholly inside its band.
    bands = [(fars[i] + max(nears[i + 1], fars[i])) / 2 for i in range(RING_COUNT - 1)]
    bands.append(fars[-1] + ring_gap / 2)
    reach = max([box.reach() for box in placed] + [bands[-1]])
    return MapLayout(tuple(radii), tuple(bands), you, boxes, tuple(order), reach + margin)


def _fit_ring(
    on_ring: Sequence[Label],
    radius: float,
    lane_step: float,
    ring: int,
    placed: Sequence[Box],
    gap: float,
    step: float,
    beyond: float,
) -> tuple[float, int, list[Box]]:
    # Grow the ring a step at a time; at each size try one lane, then more, and a
    # few turns of the ring (so it can slip between the names inside it). Spacing
    # between neighbours grows with the radius, so this always ends.
    lanes_to_try = range(1, min(MAX_LANES, len(on_ring)) + 1)
    spacing = 2 * math.pi / len(on_ring)
    starts = [_start_angle(ring) + spacing * turn / TURNS for turn in range(TURNS)]
    for _ in range(10_000):
        for lanes in lanes_to_try:
            for start in starts:
                ring_boxes = _place_ring(on_ring, radius, lanes, lane_step, start)
                if _clear(ring_boxes, placed, gap, beyond):
                    return radius, lanes, ring_boxes
        radius += max(step, radius * 0.02)  # finer near the centre, faster far out
    raise AssertionError("the care map could not be laid out")  # unreachable in practice
