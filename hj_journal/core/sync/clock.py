"""Hybrid logical clocks and version vectors: which change came after which.

A clock reading is text that sorts in time order: milliseconds since 1970, a counter
for changes within one millisecond, and the device id, which breaks ties the same way
on every device. Each device's clock never runs behind what it has seen from the others
(:meth:`Clock.observe`), so a change made after reading another device's change always
reads later, even when the two computers' clocks disagree.

A version carries its own reading (its *dot*) and a version vector, its context: for
each writer, the latest of its readings this version was made after. A version covers
another when it is that version or its context includes the other's dot. The writer
("actor") is the device id, or the device id with ``~n`` when a device writes a new
version of an entry while one of its own earlier versions is still kept beside it, so
that nothing made after the new one covers the old one by accident.
"""

from __future__ import annotations

from collections.abc import Mapping

Vector = dict[str, str]


def reading(ms: int, counter: int, device: str) -> str:
    """One clock reading as sortable text."""
    return f"{ms:015d}.{counter:05d}.{device}"


def parse(value: str) -> tuple[int, int, str]:
    """(milliseconds, counter, device) of a reading; ValueError if it is not one."""
    ms, counter, device = value.split(".", 2)
    return int(ms), int(counter), device


def milliseconds(value: str) -> int:
    """The wall-clock part of a reading, in milliseconds since 1970."""
    return parse(value)[0] if value else 0


class Clock:
    """One device's hybrid logical clock."""

    def __init__(self, device: str, last: str = "") -> None:
        self.device = device
        self.ms, self.counter = (parse(last)[:2]) if last else (0, 0)

    def tick(self, physical_ms: int, actor: str | None = None) -> str:
        """A new reading later than every reading made or seen so far."""
        if physical_ms > self.ms:
            self.ms, self.counter = physical_ms, 0
        else:
            self.counter += 1
        return reading(self.ms, self.counter, actor or self.device)

    def observe(self, seen: str) -> None:
        """Never run behind a reading seen from another device."""
        ms, counter, _device = parse(seen)
        if (ms, counter) > (self.ms, self.counter):
            self.ms, self.counter = ms, counter

    @property
    def last(self) -> str:
        """The latest reading, as stored."""
        return reading(self.ms, self.counter, self.device) if self.ms else ""


def actor(value: str) -> str:
    """The writer of a reading: a device id, perhaps with ``~n``."""
    return parse(value)[2]


def device_of(value: str) -> str:
    """The device that made a reading."""
    return actor(value).split("~", 1)[0]


def covers(clock: str, context: Mapping[str, str], other: str) -> bool:
    """True when the version (``clock``, ``context``) is, or was made after, ``other``."""
    return clock == other or context.get(actor(other), "") >= other


def with_dot(context: Mapping[str, str], clock: str) -> Vector:
    """A context that has also seen the version with reading ``clock``."""
    return joined(context, {actor(clock): clock})


def joined(*vectors: Mapping[str, str]) -> Vector:
    """The version vector that has seen everything each of ``vectors`` has."""
    out: Vector = {}
    for vector in vectors:
        for device, value in vector.items():
            if value > out.get(device, ""):
                out[device] = value
    return out


__all__ = [
    "Clock",
    "Vector",
    "actor",
    "covers",
    "device_of",
    "joined",
    "milliseconds",
    "parse",
    "reading",
    "with_dot",
]
