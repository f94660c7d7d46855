"""Fixtures for the Coping page, the guided player and prompts: a fake clock.

The UI context, theme, pictures and Qt warnings come from ``tests/ui/conftest.py``.
"""

from __future__ import annotations

import pytest


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 5_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    """A clock that only moves when the test says so."""
    return FakeClock()
