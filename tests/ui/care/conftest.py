"""Fixtures for the Care map & plans section: a question-answerer the test controls.

The UI context, theme, pictures and Qt warnings come from ``tests/ui/conftest.py``.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget


class FakeAsker:
    """Answers the care section's questions without a dialog, and remembers them."""

    def __init__(self) -> None:
        self.answer = True
        self.asked: list[str] = []

    def confirm_remove_person(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(f"person {name}")
        return self.answer

    def confirm_remove_resource(self, parent: QWidget | None, name: str) -> bool:
        self.asked.append(f"resource {name}")
        return self.answer


@pytest.fixture
def asker() -> FakeAsker:
    """A question-answerer the test controls."""
    return FakeAsker()
