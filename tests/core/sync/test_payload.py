"""The payload inside a sealed file."""

from __future__ import annotations

import pytest

from hj_journal.core.sync import payload


def test_bytes_and_text_come_back_as_they_went() -> None:
    doc = payload.decode(payload.encode({"rows": [{"data": b"\x00\xff", "text": "é ✓"}]}))
    assert doc["rows"] == [{"data": b"\x00\xff", "text": "é ✓"}]


def test_other_documents_are_refused() -> None:
    with pytest.raises(ValueError):
        payload.decode(b'{"format": "something else"}')
    with pytest.raises(ValueError):
        payload.decode(b'{"format": "hj-journal-sync", "version": 99}')
    with pytest.raises(ValueError):
        payload.decode(b"\xff\xfe")
