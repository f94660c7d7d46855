"""Shared fixtures for the practice-session tests."""

from __future__ import annotations

import pytest

from hj_journal.core.services import Services
from hj_journal.core.settings import VaultKind


@pytest.fixture
def practice(services: Services) -> Services:
    services.settings.vault_kind = VaultKind.PRACTICE
    return services
