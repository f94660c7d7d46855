"""Shared fixtures for the practice-session tests."""

from __future__ import annotations

import pytest

from hj_journal.core.services import Services


@pytest.fixture
def practice(services: Services) -> Services:
    services.settings.set("vault.kind", "practice")
    return services
