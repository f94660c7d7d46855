"""Moments stored as UTC text read back exactly, quickly or not."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from hj_journal.store.coltypes import UTCDateTime

KIND = UTCDateTime()


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
        datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2026, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=-5))),
    ],
)
def test_a_moment_reads_back_as_the_same_aware_moment(moment: datetime) -> None:
    stored = KIND.process_bind_param(moment, None)  # type: ignore[arg-type]
    assert stored is not None and len(stored) == 26
    back = KIND.process_result_value(stored, None)  # type: ignore[arg-type]
    assert back == moment and back.tzinfo is UTC


def test_text_in_another_form_is_refused_as_before() -> None:
    for text in ("2026-01-02T03:04:05.000006", "2026-01-02 03:04:05", "yesterday"):
        with pytest.raises(ValueError):
            KIND.process_result_value(text, None)  # type: ignore[arg-type]


def test_naive_moments_are_refused() -> None:
    with pytest.raises(ValueError, match="naive"):
        KIND.process_bind_param(datetime(2026, 1, 2), None)  # type: ignore[arg-type]
