"""Fixtures over the hand-written sample exports in ``samples.py``.

The same bytes are offered as a session fixture for the property tests, which mutate
them.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.core.data.exchange.samples import (
    DAYLIO_CSV,
    DAYONE_JOURNAL,
    JRNL_JSON,
    JRNL_TEXT,
    MD_FRONT,
)
from tests.core.data.exchange.samples import dayone_zip as _dayone_zip


@pytest.fixture(scope="session")
def samples() -> dict[str, bytes]:
    """Valid sample bytes for every format (used by the property tests)."""
    return {
        "jrnl": json.dumps(JRNL_JSON, ensure_ascii=False).encode(),
        "jrnl-txt": JRNL_TEXT.encode(),
        "dayone-json": json.dumps(DAYONE_JOURNAL).encode(),
        "dayone-zip": _dayone_zip(),
        "daylio": DAYLIO_CSV.encode(),
        "markdown": MD_FRONT.encode(),
    }


@pytest.fixture
def jrnl_doc() -> dict[str, Any]:
    """A fresh copy of the jrnl JSON sample, safe to change."""
    return copy.deepcopy(JRNL_JSON)


@pytest.fixture
def dayone_doc() -> dict[str, Any]:
    """A fresh copy of the Day One journal sample, safe to change."""
    return copy.deepcopy(DAYONE_JOURNAL)


@pytest.fixture
def make_dayone_zip() -> Callable[..., bytes]:
    """Build a Day One zip: ``make_dayone_zip(journal=None, extra={name: bytes})``."""
    return _dayone_zip
